import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  buildCatalogue,
  type CatalogueInputs,
  parseCodeList,
  parseOurCommonDescriptions,
} from '../../src/importer/catalogue-build.js';
import { type CommitChanges, replayHistory, type SdkHistory } from '../../src/importer/sdk-history.js';
import { readSdkTree } from '../../src/importer/sdk-tree.js';
import { Catalogue } from '../../src/table/catalogue.js';
import { parseTableJson } from '../../src/table/json.js';
import { FIXTURES } from '../support/paths.js';

const TREE = path.join(FIXTURES, 'sdk-tree');
const read = (file: string): string => readFileSync(path.join(TREE, file), 'utf8');
const W21 = 'widget@2021-01-01';

function change(
  n: number,
  subject: string,
  codes: string[] | undefined,
  actions: { added?: string[]; dropped?: string[] } = {},
): CommitChanges {
  return {
    commit: `${n}`.repeat(40).slice(0, 40),
    date: `2024-0${n}-01`,
    subject,
    errors: codes === undefined ? new Map() : new Map([[W21, new Map(codes.map((c) => [c, `${c} 的说明`]))]]),
    actions: new Map([[W21, { added: new Set(actions.added ?? []), dropped: new Set(actions.dropped ?? []) }]]),
  };
}

/**
 * The fixture tree's widget 2021-01-01 over three releases: v1.1.0 renames `FailedOperation.WidgetSoldout`, drops
 * `LimitExceeded.Old` and the action `RetireWidget` and adds `UploadWidgetImage`; v1.2.0 adds `LimitExceeded.WidgetQuota`.
 */
function history(): SdkHistory {
  const replayed = replayHistory(
    [
      change(
        1,
        'release v1.0.0',
        [
          'FailedOperation',
          'FailedOperation.WidgetSoldout',
          'InternalError',
          'LimitExceeded.Old',
          'ResourceNotFound.Widget',
        ],
        {
          added: ['CreateWidget', 'DescribeWidgets', 'RetireWidget'],
        },
      ),
      change(
        2,
        'release v1.1.0',
        ['FailedOperation', 'FailedOperation.WidgetSoldOut', 'InternalError', 'ResourceNotFound.Widget'],
        {
          added: ['UploadWidgetImage'],
          dropped: ['RetireWidget'],
        },
      ),
      change(3, 'release v1.2.0', [
        'FailedOperation',
        'FailedOperation.WidgetSoldOut',
        'InternalError',
        'LimitExceeded.WidgetQuota',
        'ResourceNotFound.Widget',
      ]),
    ],
    [{ key: W21, product: 'widget', version: '2021-01-01' }],
  );
  const retire = replayed.versions.get(W21)?.actions.get('RetireWidget');
  if (retire !== undefined)
    retire.lastCodes = ['ResourceNotFound.Widget', 'LimitExceeded.Old', 'FailedOperation.WidgetSoldout'];
  return replayed;
}

function inputs(): CatalogueInputs {
  return {
    sdk: readSdkTree(path.join(TREE, 'zh')),
    history: history(),
    pages: [{ file: 'widget-page.json', table: parseTableJson(read('widget-page.json'), 'widget-page.json') }],
    common: {
      listFile: 'common-codes.txt',
      codes: parseCodeList(read('common-codes.txt'), 'common-codes.txt'),
      ours: parseOurCommonDescriptions(read('common-descriptions.json'), 'common-descriptions.json'),
    },
  };
}

describe('buildCatalogue with the SDK history', () => {
  const built = buildCatalogue(inputs());

  it('writes the releases and one history file per product, and counts in index.json', () => {
    expect([...built.files.keys()].filter((f) => f.includes('history/')).sort()).toEqual([
      'catalogue/history/broken.json',
      'catalogue/history/hollow.json',
      'catalogue/history/releases.json',
      'catalogue/history/widget.json',
    ]);
    expect(built.files.get('catalogue/history/releases.json')).toBe(
      `{
  "sdk": "tencentcloud-sdk-go",
  "releases": [
    ["v1.0.0","2024-01-01"],
    ["v1.1.0","2024-02-01"],
    ["v1.2.0","2024-03-01"]
  ]
}
`,
    );
    expect(built.history).toEqual({ releases: 3, removedCodes: 2, removedActions: 1, renames: 1 });
    expect(built.files.get('catalogue/index.json')).toContain(
      '\n  "history": {"releases":3,"removedCodes":2,"removedActions":1,"renames":1},\n',
    );
  });

  it('groups arrivals by release (the most frequent as "*"; page-only codes have none) and lists what left', () => {
    // widget 2021-01-01's codes: 0 AuthFailure.SignatureFailure (page), 1 FailedOperation, 2 FailedOperation.WidgetRetired
    // (page), 3 FailedOperation.WidgetSoldOut, 4 InternalError, 5 LimitExceeded.WidgetQuota, 6 ResourceNotFound.Widget;
    // its actions: 0 CreateWidget, 1 DescribeWidgets, 2 UploadWidgetImage. A removed action's codes go on past 6
    // into removedCodes: 7 FailedOperation.WidgetSoldout, 8 LimitExceeded.Old.
    expect(built.files.get('catalogue/history/widget.json')).toBe(
      `{
  "product": "widget",
  "versions": [
    {
      "version": "2020-01-01",
      "codes": {},
      "actions": {},
      "removedCodes": [],
      "removedActions": {}
    },
    {
      "version": "2021-01-01",
      "codes": {"0":"*","1":[3],"2":[5]},
      "actions": {"0":"*","1":[2]},
      "removedCodes": [
        {"code":"FailedOperation.WidgetSoldout","zh":"FailedOperation.WidgetSoldout 的说明","since":0,"removed":1,"renamedTo":"FailedOperation.WidgetSoldOut"},
        {"code":"LimitExceeded.Old","zh":"LimitExceeded.Old 的说明","since":0,"removed":1}
      ],
      "removedActions": {
        "RetireWidget": {"since":0,"removed":1,"codes":[6,7,8]}
      }
    }
  ]
}
`,
    );
  });

  describe('loaded', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'tce-history-'));
      for (const [file, text] of built.files) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('gives each code and action its lifecycle', () => {
      const table = new Catalogue(dir).table('widget');
      const v100 = { version: 'v1.0.0', date: '2024-01-01', order: 0 };
      const v110 = { version: 'v1.1.0', date: '2024-02-01', order: 1 };
      const v120 = { version: 'v1.2.0', date: '2024-03-01', order: 2 };
      expect(table.history?.code('InternalError')).toEqual({ since: v100 });
      expect(table.history?.code('LimitExceeded.WidgetQuota')).toEqual({ since: v120 });
      expect(table.history?.code('FailedOperation.WidgetRetired')).toBeUndefined();
      expect(table.history?.code('FailedOperation.WidgetSoldout')).toEqual({
        since: v100,
        removed: { last: v100, in: v110, renamedTo: 'FailedOperation.WidgetSoldOut' },
      });
      expect(table.history?.code('LimitExceeded.Old')).toEqual({ since: v100, removed: { last: v100, in: v110 } });
      expect(table.history?.action('UploadWidgetImage')).toEqual({ since: v110 });
      expect(table.history?.action('RetireWidget')).toEqual({ since: v100, removed: { last: v100, in: v110 } });
      expect(table.history?.action('NoSuchAction')).toBeUndefined();
    });

    it('answers a removed action by its last list, but iterates the current ones only', () => {
      const table = new Catalogue(dir).table('widget');
      expect(table.actions?.has('RetireWidget')).toBe(true);
      expect(table.actions?.get('RetireWidget')).toEqual([
        'ResourceNotFound.Widget',
        'FailedOperation.WidgetSoldout',
        'LimitExceeded.Old',
      ]);
      expect([...(table.actions?.keys() ?? [])]).toEqual(['CreateWidget', 'DescribeWidgets', 'UploadWidgetImage']);
      expect(table.history?.removedCodes().map((e) => [e.code, e.family, e.scope, e.description.zh])).toEqual([
        ['FailedOperation.WidgetSoldout', 'FailedOperation', 'service', 'FailedOperation.WidgetSoldout 的说明'],
        ['LimitExceeded.Old', 'LimitExceeded', 'service', 'LimitExceeded.Old 的说明'],
      ]);
    });

    it('has no history where the catalogue was imported without one', () => {
      const plain = buildCatalogue({ ...inputs(), history: undefined });
      expect([...plain.files.keys()].some((f) => f.includes('history'))).toBe(false);
      expect(plain.files.get('catalogue/index.json')).not.toContain('"history"');
    });
  });
});
