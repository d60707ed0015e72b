import { CodeIndex, loadIndex, loadTable } from '../../src/table/index.js';
import { GAAP_PAGE_TABLE } from '../support/gaap-page.js';
import { FIXTURES } from '../support/paths.js';
import { tableErrorMessage } from '../support/table-error.js';

const cwd = `${FIXTURES}tables`;

function messageOf(spec: string): string {
  return tableErrorMessage(spec, cwd);
}

describe('bad table input', () => {
  it.each([
    [
      'no-table.md',
      'no-table.md:5: the page ends here without an error-code table (expected a Markdown table with the columns "错误码 | 说明")',
    ],
    [
      'wrong-columns.md',
      'wrong-columns.md:3: this table has no "错误码 | 说明" columns, and no table of the file has them: is it an error-code page?',
    ],
    ['empty-code.md', 'empty-code.md:4: the code is empty'],
    ['code-with-space.md', 'code-with-space.md:4: the code "FailedOperation.Proxy SellOut" contains white space'],
    [
      'illegal-character.md',
      'illegal-character.md:3: the code "FailedOperation.Proxy$SellOut" contains the illegal character "$"',
    ],
    ['duplicate.md', 'duplicate.md:4: duplicate code "FailedOperation" (first listed on line 3)'],
    ['duplicate.json', 'duplicate.json:6: duplicate code "FailedOperation.A" (first listed on line 4)'],
    ['invalid.json', 'invalid.json:5: invalid JSON (comma expected)'],
    ['space-code.json', 'space-code.json:5: the code "Failed Operation" contains white space'],
    [
      'wrong-family.json',
      'wrong-family.json:4: "family" of "FailedOperation.A" must be "FailedOperation", got "Failed"',
    ],
    ['bad-scope.json', 'bad-scope.json:4: "scope" of "FailedOperation.A" must be "common" or "service", got "global"'],
    [
      'unknown-key.json',
      'unknown-key.json:4: unknown key "descripton" in code entry (allowed: code, family, scope, zh, en)',
    ],
    ['missing.json', 'missing.json: file not found'],
    ['missing.md', 'missing.md: file not found'],
    [
      'table.csv',
      'table.csv: unsupported table file type ".csv" (use .json for a table, .md for an error-code page, .go or .py for an SDK error-code file)',
    ],
    [
      'gaaap',
      'gaaap: unknown embedded table "gaaap" (did you mean "gaap"? the catalogue has 258 products and "common"; a table file must end in .json or .md)',
    ],
  ])('%s', (spec, message) => {
    expect(messageOf(spec)).toBe(message);
  });

  it('gives the file and line as fields too', () => {
    try {
      loadTable('duplicate.json', { cwd });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        name: 'TableError',
        file: 'duplicate.json',
        line: 6,
        reason: 'duplicate code "FailedOperation.A" (first listed on line 4)',
      });
    }
  });
});

describe('several sources', () => {
  it('merge into one index, the first table winning for a shared code', () => {
    const index = loadIndex([GAAP_PAGE_TABLE, 'extra.json'], { cwd });
    expect(index.size).toBe(71);
    expect(index.tables.map((t) => t.service)).toEqual(['gaap', 'extra']);
    expect(index.get('FailedOperation')?.description.zh).toBe('操作失败。');
    expect(index.has('FailedOperation.ExtraThing')).toBe(true);
    expect(index.codesOf('FailedOperation')).toHaveLength(33);
    expect(index.codesOf('ResourceNotFound')).toEqual(['ResourceNotFound', 'ResourceNotFound.Widget']);
  });

  it('keep table order in entries', () => {
    const index = new CodeIndex([loadTable('extra.json', { cwd }), loadTable('gaap')]);
    expect(index.entries[0]?.code).toBe('FailedOperation');
    expect(index.get('FailedOperation')?.description.en).toBe('Another description.');
    expect(
      index
        .entriesOf('FailedOperation')
        .map((e) => e.code)
        .slice(0, 2),
    ).toEqual(['FailedOperation', 'FailedOperation.ExtraThing']);
  });
});
