import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Catalogue } from '../../src/table/catalogue.js';
import { loadTable, shippedCatalogue } from '../../src/table/load.js';
import { ROOT } from '../support/paths.js';

const DATA = path.join(ROOT, 'data');

/**
 * The shipped catalogue's history, checked against tencentcloud-sdk-go's git history: TMT dropped 8 codes and 5
 * actions in v1.3.55 (2026-03-13, commit 425b895ea5) and 8 codes and TextTranslate in v1.3.130 (2026-07-08, commit
 * cab4944198).
 */
describe('the shipped history', () => {
  const tmt = loadTable('tmt');
  const v1_3_129 = { version: 'v1.3.129', date: '2026-07-07', order: 1627 };
  const v1_3_130 = { version: 'v1.3.130', date: '2026-07-08', order: 1628 };

  it('knows when TMT lost a code, and when a current one came', () => {
    expect(tmt.history?.code('FailedOperation.LanguageRecognitionErr')).toEqual({
      since: { version: 'v1.0.646', date: '2023-04-25', order: 866 },
      removed: { last: v1_3_129, in: v1_3_130 },
    });
    expect(tmt.history?.code('InvalidParameter.SeqIntervalTooLarge')?.removed?.in).toEqual({
      version: 'v1.3.55',
      date: '2026-03-13',
      order: 1553,
    });
    expect(tmt.history?.code('FailedOperation.NoFreeAmount')).toEqual({
      since: { version: 'v1.0.181', date: '2021-06-10', order: 403 },
    });
  });

  it('answers TextTranslate by its last list, while TMT now has ImageTranslateLLM only', () => {
    expect([...(tmt.actions?.keys() ?? [])]).toEqual(['ImageTranslateLLM']);
    expect(tmt.history?.action('TextTranslate')).toEqual({
      since: { version: '3.0.10', date: '2018-07-06', order: 0 },
      removed: { last: v1_3_129, in: v1_3_130 },
    });
    const list = tmt.actions?.get('TextTranslate');
    expect(list).toHaveLength(26);
    expect(list).toContain('FailedOperation.NoFreeAmount');
    expect(list).toContain('UnsupportedOperation.TextTooLong');
    expect(list).not.toContain('InvalidParameter.SeqIntervalTooLarge');
    expect([...tmt.history!.removedActions().keys()]).toEqual([
      'FileTranslate',
      'GetFileTranslate',
      'ImageTranslate',
      'LanguageDetect',
      'SpeechTranslate',
      'TextTranslate',
      'TextTranslateBatch',
    ]);
  });

  it('finds renames: SMS 2019-07-11 fixed the case of SdkAppid in v1.0.191 (2021-06-22)', () => {
    expect(loadTable('sms@2019-07-11').history?.code('InvalidParameterValue.SdkAppidNotExist')?.removed).toEqual({
      last: { version: 'v1.0.190', date: '2021-06-21', order: 412 },
      in: { version: 'v1.0.191', date: '2021-06-22', order: 413 },
      renamedTo: 'InvalidParameterValue.SdkAppIdNotExist',
    });
  });

  it('tells which tables dropped a code, of every product, for a file judged by the whole catalogue', () => {
    const catalogue = shippedCatalogue();
    expect(catalogue.removedCodeTables('FailedOperation.LanguageRecognitionErr')).toEqual(['tmt@2018-03-21']);
    expect(catalogue.removedCodeTables('InvalidParameter.APICreated')).toEqual(['tcb@2018-06-08']);
    expect(catalogue.removedCodeTables('FailedOperation.NoFreeAmount')).toEqual([]);
  });

  it('lists every release, oldest first', () => {
    const releases = shippedCatalogue().releases();
    expect(releases).toHaveLength(1665);
    expect(releases[0]).toEqual({ version: '3.0.10', date: '2018-07-06', order: 0 });
    expect(releases.at(-1)).toEqual({ version: 'v1.3.166', date: '2026-08-21', order: 1664 });
  });
});

describe('a damaged history file', () => {
  let dir = '';
  let file = '';
  let original = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tce-history-'));
    cpSync(DATA, dir, { recursive: true });
    file = path.join(dir, 'catalogue', 'history', 'tmt.json');
    original = readFileSync(file, 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => writeFileSync(file, original));

  it.each([
    ['"removed":1628}', '"removed":9999}', ':11: a release must be an index into releases.json (0 to 1664)'],
    [
      '{"code":"FailedOperation","zh"',
      '{"code":"FailedOperation.NoFreeAmount","zh"',
      ':9: "code" must be a code the version no longer has, after the one before it',
    ],
    ['"since":632,"removed":1553', '"since":1553,"removed":632', ':9: "removed" must come after "since"'],
    [
      '"TextTranslate": {"since":0',
      '"ImageTranslateLLM": {"since":0',
      ':32: ImageTranslateLLM is a current action of the version',
    ],
    ['"actions": {"1385":"*"}', '"actions": {"1385":[1]}', ':7: must be "*" or ascending indexes (0 to 0)'],
  ])('names the file and line, and loading the table itself is unharmed: %s', (from, to, where) => {
    expect(original).toContain(from);
    writeFileSync(file, original.replace(from, to));
    const catalogue = new Catalogue(dir);
    const table = catalogue.table('tmt');
    expect(table.codes.length).toBeGreaterThan(0);
    expect(() => table.history?.code('InternalError')).toThrow(`${file}${where}`);
  });

  it('names the file and line when the removed codes of every product are read', () => {
    writeFileSync(file, original.replace('{"code":"FailedOperation","zh"', '{"code":7,"zh"'));
    expect(() => new Catalogue(dir).removedCodeTables('InternalError.Anything')).toThrow(
      `${file}:9: "code" must be a non-empty string`,
    );
  });
});
