import { generate } from '../../src/codegen/index.js';
import { type CodeEntry, type CodeTable, loadTable } from '../../src/table/index.js';
import { GAAP_PAGE_TABLE } from '../support/gaap-page.js';
import { generated, importModules, typeErrors, withReturnType } from './support.js';

const OUT = 'src/gaap-errors.generated.ts';
const gaap = loadTable(GAAP_PAGE_TABLE);

/** Replaces the body of one case (everything after `case "<code>":` up to the next case) with `body`. */
function editCase(text: string, code: string, body: string): string {
  const label = `    case "${code}":`;
  const start = text.indexOf(label);
  if (start === -1) throw new Error(`no case for ${code}`);
  const bodyStart = start + label.length;
  const next = text.indexOf('\n    case ', bodyStart);
  const nextDefault = text.indexOf('\n    default:', bodyStart);
  const end = Math.min(...[next, nextDefault].filter((i) => i !== -1));
  return `${text.slice(0, bodyStart)}${body}${text.slice(end)}`;
}

function entry(code: string, zh: string): CodeEntry {
  return { code, family: code.slice(0, code.indexOf('.')), scope: 'service', description: { zh } };
}

/** A copy of the GAAP table without `removed` and with `added` inserted after the given codes. */
function nextTable(removed: string, added: [after: string, entry: CodeEntry][]): CodeTable {
  const codes: CodeEntry[] = [];
  for (const e of gaap.codes) {
    if (e.code !== removed) codes.push(e);
    for (const [after, extra] of added) if (after === e.code) codes.push(extra);
  }
  return { ...gaap, origin: 'tables/gaap-next.json', digest: 'f'.repeat(64), codes };
}

const HELPER_MODULE =
  'export function report(kind: string, message: string | undefined): string {\n  return `${kind}: ${message ?? ""}`;\n}\n';

describe('editing the generated file and re-running gen-handlers', () => {
  const original = generated({ tables: [gaap], out: OUT });
  const soldOut = "\n      // sold out: tell the user and stop\n      return report('sold out', info.message);";
  const balance =
    '\n      return report(`balance ${describeBalance()}`, info.requestId);\n      // a note after the last statement';
  const tags = "\n      /* a block comment */ return report('tags', info.message); // trailing";
  // Bodies that return a value, in handlers whose return type says so.
  let edited = withReturnType(original, 'handleGaapFailedOperation', 'string');
  edited = withReturnType(edited, 'handleGaapInvalidParameterValue', 'string');
  edited = editCase(edited, 'FailedOperation.ProxySellOut', soldOut);
  edited = editCase(edited, 'FailedOperation.AccountBalanceInsufficient', balance);
  edited = editCase(edited, 'InvalidParameterValue.InvalidTags', tags);
  const header = edited.slice(0, edited.indexOf('\n\n') + 2);
  const importLine = "import { report } from './report.js';\n";
  edited = `${header}${importLine}\n${edited.slice(header.length)}`;
  const helper =
    "// How much money is missing, for the message.\nfunction describeBalance(): string {\n  const missing = ['¥', 10].join('');\n  return `missing ${missing}`;\n}";
  const anchor = '\n/**\n * A code of the FailedOperation family';
  edited = edited.replace(anchor, `\n${helper}\n${anchor}`);

  const next = nextTable('FailedOperation.ProxySellOut', [
    ['FailedOperation.ActionIsDoing', entry('FailedOperation.NewlyAdded', '新的错误。')],
    ['InvalidParameterValue.InvalidBandwidth', entry('InvalidParameterValue.AlsoNew', '另一个新的错误。')],
  ]);

  it('the edited file compiles and its edited cases run the hand-written code', async () => {
    expect(typeErrors({ 'gaap.ts': edited, 'report.ts': HELPER_MODULE })).toEqual([]);
    const mod = await importModules<Record<string, (e: unknown) => unknown>>({
      'gaap.ts': edited,
      'report.ts': HELPER_MODULE,
    });
    const raw = { Response: { Error: { Code: 'FailedOperation.ProxySellOut', Message: 'none left' }, RequestId: 'r' } };
    expect(mod.handleGaapFailedOperation?.(raw)).toBe('sold out: none left');
  });

  it('a re-run with the same table keeps every edit byte for byte', () => {
    expect(generated({ tables: [gaap], out: OUT, existing: edited })).toBe(edited);
  });

  it('refuses, naming the code, when a code with a hand-written body left the table', () => {
    const result = generate({ tables: [next], out: OUT, existing: edited });
    expect(result).toMatchObject({ ok: false, reason: 'orphaned-bodies', names: ['FailedOperation.ProxySellOut'] });
    expect(result.ok ? '' : result.message).toContain('FailedOperation.ProxySellOut');
    expect(result.ok ? '' : result.message).toContain('--prune');
  });

  describe('with --prune', () => {
    const result = generate({ tables: [next], out: OUT, existing: edited, prune: true });
    const text = result.ok ? result.text : '';

    it('succeeds and reports what it kept and dropped', () => {
      expect(result).toMatchObject({
        ok: true,
        kept: ['FailedOperation.AccountBalanceInsufficient', 'InvalidParameterValue.InvalidTags'],
        pruned: ['FailedOperation.ProxySellOut'],
      });
    });

    it('drops the removed code and its body', () => {
      expect(text).not.toContain('"FailedOperation.ProxySellOut"');
      expect(text).not.toContain('sold out');
    });

    it('keeps the other edited bodies, the import and the helper verbatim', () => {
      expect(text).toContain(`    case "FailedOperation.AccountBalanceInsufficient":${balance}\n`);
      expect(text).toContain(`    case "InvalidParameterValue.InvalidTags":${tags}\n`);
      expect(text).toContain(`\n\n${importLine}\n`);
      expect(text).toContain(`\n\n${helper}\n\n`);
      expect(text.indexOf(importLine)).toBeLessThan(text.indexOf('export const GAAP_ERROR_CODES'));
    });

    it('adds the new codes as skeleton cases in table order', () => {
      expect(text).toContain('    case "FailedOperation.ActionIsDoing":\n      // ');
      expect(text).toMatch(
        /case "FailedOperation\.ActionIsDoing":\n {6}\/\/ .*\n {6}throw gaapThrowable\(error\);\n {4}case "FailedOperation\.NewlyAdded":\n {6}\/\/ 新的错误。\n {6}throw gaapThrowable\(error\);\n {4}case "FailedOperation\.BelongDifferentGroup":/u,
      );
      expect(text).toMatch(
        /case "InvalidParameterValue\.InvalidBandwidth":\n {6}\/\/ .*\n {6}throw gaapThrowable\(error\);\n {4}case "InvalidParameterValue\.AlsoNew":/u,
      );
      expect(text).toContain('  | "InvalidParameterValue.AlsoNew"\n');
    });

    it('records the new table in the header', () => {
      // Its origin is a path from the generated file's folder; the command names it from the project root.
      expect(text).toContain(
        '// Regenerate: npx gen-handlers --table src/tables/gaap-next.json --out src/gaap-errors.generated.ts',
      );
      expect(text).toContain('"tables":["tables/gaap-next.json"]');
      expect(text).toContain(`sha256 ${'f'.repeat(64)}`);
    });

    it('still compiles, and a second run changes nothing', () => {
      expect(typeErrors({ 'gaap.ts': text, 'report.ts': HELPER_MODULE })).toEqual([]);
      expect(generated({ tables: [next], out: OUT, existing: text })).toBe(text);
    });
  });

  it('refuses to replace a file it did not generate, unless forced', () => {
    const mine = 'export const mine = 1;\n';
    expect(generate({ tables: [gaap], out: OUT, existing: mine })).toMatchObject({ ok: false, reason: 'not-ours' });
    expect(generated({ tables: [gaap], out: OUT, existing: mine, force: true })).toBe(original);
  });

  it('--force never discards the hand-written code of a file it generated', () => {
    expect(generated({ tables: [gaap], out: OUT, existing: edited, force: true })).toBe(edited);
  });

  it('refuses a file of its own that does not parse, naming the line, even with --force', () => {
    const broken = editCase(
      edited,
      'FailedOperation.ActionIsDoing',
      '\n      if (info.message {\n        return;\n      }',
    );
    const line = broken.slice(0, broken.indexOf('if (info.message {')).split('\n').length;
    for (const force of [false, true]) {
      const result = generate({ tables: [gaap], out: OUT, existing: broken, force });
      expect(result).toMatchObject({ ok: false, reason: 'syntax-error' });
      expect(result.ok ? '' : result.message).toMatch(
        new RegExp(`^src/gaap-errors\\.generated\\.ts:${line}: '\\)' expected\\.`, 'u'),
      );
    }
  });

  it('keeps a hand-written body whose family is dropped from --family only with --prune', () => {
    // Lines of the edited file, checked here so that a change of layout shows in the test and not only in numbers.
    const lines = edited.split('\n');
    expect(lines[581]).toMatch(/^export function handleGaapInvalidParameterValue\(.*\): string \{$/u);
    expect(lines.slice(608, 610)).toEqual([`    case "InvalidParameterValue.InvalidTags":`, tags.slice(1)]);
    const result = generate({ tables: [gaap], out: OUT, existing: edited, families: ['FailedOperation'] });
    // The handler's return type, which the user changed to string for that body, is theirs too, and listed.
    expect(result).toMatchObject({
      ok: false,
      reason: 'unkept-lines',
      names: ['src/gaap-errors.generated.ts:582', 'src/gaap-errors.generated.ts:609-610'],
      message:
        "refusing to rewrite src/gaap-errors.generated.ts: hand-written lines would be lost: src/gaap-errors.generated.ts:582 (the return type string of handleGaapInvalidParameterValue, a handler no longer generated), src/gaap-errors.generated.ts:609-610 (the body of case 'InvalidParameterValue.InvalidTags', a code no longer generated) (move them elsewhere or pass --prune to drop them)",
    });
  });

  it('reads a CRLF checkout (with a byte-order mark) of an edited file as the LF file it was', () => {
    const windows = `\uFEFF${edited.replace(/\n/gu, '\r\n')}`;
    expect(generated({ tables: [gaap], out: OUT, existing: windows })).toBe(edited);
  });

  it('keeps comments put above the header (moved below it), and refuses code put above it', () => {
    const directives = '// @ts-nocheck\n/* eslint-disable */';
    const moved = generated({ tables: [gaap], out: OUT, existing: `${directives}\n${edited}` });
    expect(moved).toBe(`${header}${directives}\n\n${edited.slice(header.length)}`);
    expect(generated({ tables: [gaap], out: OUT, existing: moved })).toBe(moved);
    expect(generate({ tables: [gaap], out: OUT, existing: `const x = 1;\n${edited}` })).toMatchObject({
      ok: false,
      reason: 'not-ours',
      message: expect.stringContaining('there is code above the gen-handlers header') as unknown,
    });
  });

  it('keeps a case whose only change is its comment, and gives a bare rethrow its description back', () => {
    const recommented = editCase(
      original,
      'FailedOperation.ProxySellOut',
      '\n      // my own words\n      throw gaapThrowable(error);',
    );
    expect(generated({ tables: [gaap], out: OUT, existing: recommented })).toBe(recommented);
    const bare = editCase(original, 'FailedOperation.ProxySellOut', '\n      throw gaapThrowable(error);');
    expect(generated({ tables: [gaap], out: OUT, existing: bare })).toBe(original);
  });
});
