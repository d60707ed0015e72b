import { rmSync } from 'node:fs';

import { buildCatalogue } from '../../src/importer/catalogue-build.js';
import { Catalogue } from '../../src/table/catalogue.js';
import { historyInputs, writeCatalogue } from '../support/history-catalogue.js';

describe('buildCatalogue with the SDK history', () => {
  const built = buildCatalogue(historyInputs());

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
    ["v1.0.0","2023-05-01"],
    ["v1.1.0","2023-10-01"],
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
      dir = writeCatalogue(built);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('gives each code and action its lifecycle', () => {
      const table = new Catalogue(dir).table('widget');
      const v100 = { version: 'v1.0.0', date: '2023-05-01', order: 0 };
      const v110 = { version: 'v1.1.0', date: '2023-10-01', order: 1 };
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
      const plain = buildCatalogue({ ...historyInputs(), history: undefined });
      expect([...plain.files.keys()].some((f) => f.includes('history'))).toBe(false);
      expect(plain.files.get('catalogue/index.json')).not.toContain('"history"');
    });
  });
});
