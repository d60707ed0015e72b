import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  type BuiltCatalogue,
  type CatalogueInputs,
  parseCodeList,
  parseOurCommonDescriptions,
} from '../../src/importer/catalogue-build.js';
import { type CommitChanges, replayHistory, type SdkHistory } from '../../src/importer/sdk-history.js';
import { readSdkTree } from '../../src/importer/sdk-tree.js';
import { parseTableJson } from '../../src/table/json.js';
import { FIXTURES } from './paths.js';

/**
 * The catalogue import's inputs from the fixture SDK tree (tests/fixtures/sdk-tree), and a history of three releases
 * for it, for the tests of the catalogue's build, loading and reports.
 */
const TREE = path.join(FIXTURES, 'sdk-tree');
const read = (file: string): string => readFileSync(path.join(TREE, file), 'utf8');
const W21 = 'widget@2021-01-01';

/** The releases' dates: v1.0.0, v1.1.0, v1.2.0. */
const RELEASE_DATES = ['2023-05-01', '2023-10-01', '2024-03-01'];

function change(
  n: number,
  subject: string,
  codes: string[] | undefined,
  actions: { added?: string[]; dropped?: string[] } = {},
): CommitChanges {
  return {
    commit: `${n}`.repeat(40).slice(0, 40),
    date: RELEASE_DATES[n - 1] ?? '',
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

/** The catalogue import's inputs from the fixture tree and its English twin, its page and common sources. */
export function fixtureInputs(): CatalogueInputs {
  return {
    sdk: readSdkTree(path.join(TREE, 'zh')),
    sdkCommit: '0123456789abcdef0123456789abcdef01234567',
    english: readSdkTree(path.join(TREE, 'en'), { actions: false, warnUndescribed: false }),
    pages: [{ file: 'widget-page.json', table: parseTableJson(read('widget-page.json'), 'widget-page.json') }],
    common: {
      listFile: 'common-codes.txt',
      codes: parseCodeList(read('common-codes.txt'), 'common-codes.txt'),
      ours: parseOurCommonDescriptions(read('common-descriptions.json'), 'common-descriptions.json'),
    },
  };
}

/** The same with the fixture history. */
export function historyInputs(): CatalogueInputs {
  return { ...fixtureInputs(), history: history() };
}

/** Writes a built catalogue into a new temporary folder, and returns the folder. */
export function writeCatalogue(built: BuiltCatalogue): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-history-'));
  for (const [file, text] of built.files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
