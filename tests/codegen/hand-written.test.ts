import { generate, type GenerateOptions } from '../../src/codegen/index.js';
import type { CodeEntry, CodeTable } from '../../src/table/index.js';
import { generated, typeErrors, withReturnType } from './support.js';

/*
 * Hand-written code is kept, or the run refuses naming its lines (issue 10, "Hand-written code lost without a
 * word"): one describe per finding of the audit, each on a small table so the edits read literally.
 */

const OUT = 'svc.ts';

function entry(code: string, zh: string): CodeEntry {
  const dot = code.indexOf('.');
  return { code, family: dot === -1 ? code : code.slice(0, dot), scope: 'service', description: { zh } };
}

const svc: CodeTable = {
  service: 'svc',
  origin: 'tables/svc.json',
  digest: 'a'.repeat(64),
  codes: [
    entry('FailedOperation.A', '甲失败。'),
    entry('FailedOperation.B', '乙失败。'),
    entry('LimitExceeded.X', '超过限制。'),
    entry('LimitExceeded.Y', '超过另一个限制。'),
  ],
};

const other: CodeTable = {
  service: 'other',
  origin: 'tables/other.json',
  digest: 'b'.repeat(64),
  codes: [entry('FailedOperation.C', '丙失败。')],
};

const run = (options: Partial<GenerateOptions>) => generate({ tables: [svc], out: OUT, ...options });
const text = (options: Partial<GenerateOptions>): string => generated({ tables: [svc], out: OUT, ...options });

/** `text` with `old` (which must occur exactly once) replaced by `replacement`. */
function edit(source: string, old: string, replacement: string): string {
  const at = source.indexOf(old);
  if (at === -1 || source.indexOf(old, at + 1) !== -1) throw new Error(`not exactly once: ${old}`);
  return `${source.slice(0, at)}${replacement}${source.slice(at + old.length)}`;
}

/** The 1-based line of the first occurrence of `needle`. */
function lineOf(source: string, needle: string): number {
  const at = source.indexOf(needle);
  if (at === -1) throw new Error(`not found: ${needle}`);
  return source.slice(0, at).split('\n').length;
}

const failedOnly = text({ families: ['FailedOperation'] });
const HANDLER_DOC_END =
  ' * A case that only rethrows is regenerated on every run; write your own body and gen-handlers keeps it.\n * @generated gen-handlers\n */\n';

describe('1. a declaration of yours with a name gen-handlers would generate', () => {
  const helper = 'function handleSvcLimitExceeded(): string {\n  return "mine";\n}';
  const type = "type SvcLimitExceededCode = 'mine';";
  const use = "export const mine: SvcLimitExceededCode = 'mine';\nexport const called = handleSvcLimitExceeded();";
  const edited = `${failedOnly}\n${helper}\n\n${type}\n\n${use}\n`;

  it('is kept while that family is not generated', () => {
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
  });

  it('makes adding the family refuse, naming your lines and asking for a rename', () => {
    const result = run({ families: ['FailedOperation', 'LimitExceeded'], existing: edited });
    expect(result).toMatchObject({
      ok: false,
      reason: 'name-clash',
      names: ['handleSvcLimitExceeded', 'SvcLimitExceededCode'],
    });
    const message = result.ok ? '' : result.message;
    expect(message).toContain(`svc.ts:${lineOf(edited, 'function handleSvcLimitExceeded')} handleSvcLimitExceeded`);
    expect(message).toContain(`svc.ts:${lineOf(edited, 'type SvcLimitExceededCode')} SvcLimitExceededCode`);
    expect(message).toContain('rename');
    expect(run({ families: ['FailedOperation', 'LimitExceeded'], existing: edited, prune: true })).toMatchObject({
      ok: false,
      reason: 'name-clash',
    });
  });
});

describe('2. a statement in a generated handler before its switch', () => {
  const edited = edit(
    failedOnly,
    '  const info = svcErrorInfo(error);\n  switch',
    '  console.log("handling", error); // before\n  const info = svcErrorInfo(error);\n  const started = Date.now();\n  console.log(info.code, started);\n  switch',
  );

  it('is kept in place by a re-run', () => {
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
  });

  it('is kept in its handler when another family is added', () => {
    const added = text({ families: ['FailedOperation', 'LimitExceeded'], existing: edited });
    expect(added).toContain(
      'export function handleSvcFailedOperation(error: SvcError<SvcFailedOperationCode>): never {\n  console.log("handling", error); // before\n  const info = svcErrorInfo(error);\n  const started = Date.now();\n  console.log(info.code, started);\n  switch (info.code) {\n',
    );
    expect(typeErrors({ 'svc.ts': `declare const console: { log(...args: unknown[]): void };\n${added}` })).toEqual([]);
  });

  it('makes dropping its family refuse, naming the lines; --prune drops them and says so', () => {
    const result = run({ families: ['LimitExceeded'], existing: edited });
    expect(result).toMatchObject({ ok: false, reason: 'unkept-lines' });
    const first = lineOf(edited, 'console.log("handling"');
    const message = result.ok ? '' : result.message;
    expect(message).toContain(`svc.ts:${first}`);
    expect(message).toContain(`svc.ts:${first + 2}-${first + 3}`);
    expect(message).toContain('--prune');
    const pruned = run({ families: ['LimitExceeded'], existing: edited, prune: true });
    expect(pruned).toMatchObject({ ok: true });
    expect(pruned.ok ? pruned.dropped : []).toEqual([
      `svc.ts:${first} (in handleSvcFailedOperation, before its switch)`,
      `svc.ts:${first + 2}-${first + 3} (in handleSvcFailedOperation, before its switch)`,
    ]);
  });
});

describe('3. a statement between a generated JSDoc and its function', () => {
  const body = "\n      // mine\n      return { kind: 'A', code: info.code };";
  let edited = edit(
    failedOnly,
    `${HANDLER_DOC_END}export function handleSvcFailedOperation`,
    `${HANDLER_DOC_END}export const MARK = 1;\nexport function handleSvcFailedOperation`,
  );
  edited = edit(
    withReturnType(edited, 'handleSvcFailedOperation', 'object'),
    '    case "FailedOperation.A":\n      // 甲失败。\n      throw svcThrowable(error);',
    `    case "FailedOperation.A":${body}`,
  );

  it('is kept where it is', () => {
    expect(typeErrors({ 'svc.ts': edited })).toEqual([]);
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
  });

  it('adding a second table keeps it, moves the body into the renamed handler, and still compiles', () => {
    const result = generate({ tables: [svc, other], out: OUT, families: ['FailedOperation'], existing: edited });
    expect(result).toMatchObject({ ok: true, kept: ['FailedOperation.A'] });
    const both = result.ok ? result.text : '';
    expect(both).toContain(
      `${HANDLER_DOC_END}export const MARK = 1;\nexport function handleSvcOtherFailedOperation(error: SvcOtherError<SvcOtherFailedOperationCode>): object {\n`,
    );
    expect(both).toContain(`    case "FailedOperation.A":${body}\n    case "FailedOperation.B":\n`);
    expect(both).not.toContain('handleSvcFailedOperation');
    expect(typeErrors({ 'svc.ts': both })).toEqual([]);
  });

  it('a body that names a declaration the second table renames makes the run refuse, naming the error', () => {
    const named = edit(edited, body, `${body}\n    case "FailedOperation.B":\n      return error satisfies SvcError;`);
    expect(typeErrors({ 'svc.ts': named })).toEqual([]);
    const result = generate({ tables: [svc, other], out: OUT, families: ['FailedOperation'], existing: named });
    expect(result).toMatchObject({ ok: false, reason: 'type-errors' });
    expect(result.ok ? '' : result.message).toMatch(
      /would not compile where the current one does: Cannot find name 'SvcError'\. \(line \d+ of the new text: "return error satisfies SvcError;"\)/u,
    );
  });
});

describe('4. comments and duplicate labels in a generated handler', () => {
  it('a comment written in place of the description of a rethrowing case is kept', () => {
    const edited = edit(failedOnly, '      // 乙失败。\n', '      // retried by the caller, see docs/retry.md\n');
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
    const added = text({ families: ['FailedOperation', 'LimitExceeded'], existing: edited });
    expect(added).toContain(
      '    case "FailedOperation.B":\n      // retried by the caller, see docs/retry.md\n      throw svcThrowable(error);\n',
    );
  });

  it('the throw the generator wrote follows the renamed helper when a second table is added, in bodies of yours', () => {
    // A comment in place of a description, and a comment above a case label (which joins the case before it).
    let edited = edit(failedOnly, '      // 乙失败。\n', '      // retried by the caller\n');
    edited = edit(edited, '    case "FailedOperation.B":\n', '    // about B\n    case "FailedOperation.B":\n');
    const result = generate({ tables: [svc, other], out: OUT, families: ['FailedOperation'], existing: edited });
    expect(result).toMatchObject({ ok: true, kept: ['FailedOperation.A', 'FailedOperation.B'] });
    const both = result.ok ? result.text : '';
    expect(both).toContain(
      '    case "FailedOperation.A":\n      // 甲失败。\n      throw svcOtherThrowable(error);\n    // about B\n    case "FailedOperation.B":\n      // retried by the caller\n      throw svcOtherThrowable(error);\n',
    );
    expect(both).not.toContain('svcThrowable');
    expect(typeErrors({ 'svc.ts': both })).toEqual([]);
  });

  it('a comment between `switch (…) {` and the first case is kept', () => {
    const edited = edit(
      failedOnly,
      '  switch (info.code) {\n',
      '  switch (info.code) {\n    // every case below is reviewed\n',
    );
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
  });

  it('the second body of a duplicate case label refuses, naming it; --prune drops it and says so', () => {
    const edited = edit(
      failedOnly,
      '    case "FailedOperation.B":\n',
      '    case "FailedOperation.B":\n      return \'first\';\n    case "FailedOperation.B":\n      return \'second\';\n    case "FailedOperation.B":\n',
    );
    const second = lineOf(edited, "      return 'second';") - 1;
    const result = run({ families: ['FailedOperation'], existing: edited });
    expect(result).toMatchObject({ ok: false, reason: 'unkept-lines' });
    expect(result.ok ? '' : result.message).toContain(`svc.ts:${second}-${second + 1}`);
    const pruned = run({ families: ['FailedOperation'], existing: edited, prune: true });
    expect(pruned.ok ? pruned.text : '').toContain('    case "FailedOperation.B":\n      return \'first\';\n');
    expect(pruned.ok ? pruned.text : '').not.toContain('second');
    expect(pruned.ok ? pruned.dropped : []).toEqual([
      `svc.ts:${second}-${second + 1} (a second case 'FailedOperation.B' in handleSvcFailedOperation)`,
    ]);
  });

  it('an eslint-disable-next-line between a JSDoc and its function stays there', () => {
    const edited = edit(
      failedOnly,
      `${HANDLER_DOC_END}export function handleSvcFailedOperation`,
      `${HANDLER_DOC_END}// eslint-disable-next-line @typescript-eslint/explicit-module-boundary-types\nexport function handleSvcFailedOperation`,
    );
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
  });
});

describe("a handler's return type and async", () => {
  const SIGNATURE = 'export function handleSvcFailedOperation(error: SvcError<SvcFailedOperationCode>): never {\n';

  it('are written as never (what the skeleton returns) on a new handler', () => {
    expect(failedOnly).toContain(SIGNATURE);
  });

  it('are kept when the user writes them, also when another family is added', () => {
    const edited = edit(
      edit(
        failedOnly,
        SIGNATURE,
        'export async function handleSvcFailedOperation(error: SvcError<SvcFailedOperationCode>): Promise<void> {\n',
      ),
      '    case "FailedOperation.A":\n      // 甲失败。\n      throw svcThrowable(error);\n',
      '    case "FailedOperation.A":\n      await Promise.resolve();\n      return;\n',
    );
    expect(typeErrors({ 'svc.ts': edited })).toEqual([]);
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
    const added = text({ families: ['FailedOperation', 'LimitExceeded'], existing: edited });
    expect(added).toContain(
      'export async function handleSvcFailedOperation(error: SvcError<SvcFailedOperationCode>): Promise<void> {\n',
    );
    expect(added).toContain('export function handleSvcLimitExceeded(error: SvcError<SvcLimitExceededCode>): never {\n');
    expect(typeErrors({ 'svc.ts': added })).toEqual([]);
  });

  it('a return type over several lines is kept byte for byte when another family is added', () => {
    const type = '\n  | { readonly retry: true }\n  | undefined';
    const edited = edit(
      edit(
        failedOnly,
        SIGNATURE,
        `export function handleSvcFailedOperation(error: SvcError<SvcFailedOperationCode>):${type} {\n`,
      ),
      '    case "FailedOperation.A":\n      // 甲失败。\n      throw svcThrowable(error);\n',
      '    case "FailedOperation.A":\n      return undefined;\n',
    );
    expect(typeErrors({ 'svc.ts': edited })).toEqual([]);
    const added = text({ families: ['FailedOperation', 'LimitExceeded'], existing: edited });
    expect(added).toContain(
      `export function handleSvcFailedOperation(error: SvcError<SvcFailedOperationCode>): ${type.trimStart()} {\n`,
    );
    expect(typeErrors({ 'svc.ts': added })).toEqual([]);
  });

  it("with no return type: kept so where a body is the user's, never where the handler is all skeleton", () => {
    const untyped = edit(failedOnly, SIGNATURE, SIGNATURE.replace('): never {', ') {'));
    expect(text({ families: ['FailedOperation'], existing: untyped })).toBe(failedOnly);
    const mine = edit(
      untyped,
      '    case "FailedOperation.A":\n      // 甲失败。\n      throw svcThrowable(error);\n',
      '    case "FailedOperation.A":\n      return 1;\n',
    );
    expect(text({ families: ['FailedOperation'], existing: mine })).toBe(mine);
  });
});

describe('5. a function of yours whose JSDoc carries a copied @generated tag', () => {
  const mine =
    '/**\n * Retries a call once.\n * @generated gen-handlers\n */\nexport function retryOnce<T>(call: () => T): T {\n  try {\n    return call();\n  } catch {\n    return call();\n  }\n}';
  const edited = `${failedOnly}\n${mine}\n`;

  it('is kept', () => {
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
    expect(text({ families: ['FailedOperation', 'LimitExceeded'], existing: edited })).toContain(`\n${mine}\n`);
  });
});

describe('edits to generated code outside the case bodies', () => {
  it('refuse, naming the lines; --prune regenerates them and says so', () => {
    const edited = edit(
      failedOnly,
      '      return svcUnhandled(info.code, error);\n',
      "      console.error('unexpected');\n      return svcUnhandled(info.code, error);\n",
    );
    const line = lineOf(edited, "console.error('unexpected')");
    const result = run({ families: ['FailedOperation'], existing: edited });
    expect(result).toMatchObject({ ok: false, reason: 'unkept-lines' });
    expect(result.ok ? '' : result.message).toContain(
      `svc.ts:${line} (an edit to the generated handleSvcFailedOperation)`,
    );
    const pruned = run({ families: ['FailedOperation'], existing: edited, prune: true });
    expect(pruned).toMatchObject({ ok: true, text: failedOnly });
    expect(pruned.ok ? pruned.dropped : []).toEqual([
      `svc.ts:${line} (an edit to the generated handleSvcFailedOperation)`,
    ]);
  });
});

describe('edits that a re-run names at their own lines', () => {
  it("a reworded line inside a generated JSDoc is named at that line, not the JSDoc's first", () => {
    const edited = edit(
      failedOnly,
      ' * A case that only rethrows is regenerated on every run;',
      ' * A case that only rethrows is regenerated on every run (we keep it so);',
    );
    const line = lineOf(edited, '(we keep it so)');
    const result = run({ families: ['FailedOperation'], existing: edited, lang: 'en' });
    expect(result.ok ? '' : result.message).toBe(
      `refusing to rewrite svc.ts: hand-written lines would be lost: svc.ts:${line} (an edit to the generated handleSvcFailedOperation) (move them elsewhere or pass --prune to drop them)`,
    );
  });

  it('async and a return type of a handler no longer generated: refused, or listed by --prune', () => {
    const both = text({ families: ['FailedOperation', 'LimitExceeded'] });
    const edited = edit(
      edit(both, 'export function handleSvcLimitExceeded(', 'export async function handleSvcLimitExceeded('),
      '): never {\n  const info = svcErrorInfo(error);\n  switch (info.code) {\n    case "LimitExceeded',
      '): Promise<never> {\n  const info = svcErrorInfo(error);\n  switch (info.code) {\n    case "LimitExceeded',
    );
    const first = lineOf(edited, 'export async function handleSvcLimitExceeded(');
    const last = lineOf(edited, '): Promise<never> {');
    const span = first === last ? `${first}` : `${first}-${last}`;
    const what = `svc.ts:${span} (async and the return type Promise<never> of handleSvcLimitExceeded, a handler no longer generated)`;
    const result = run({ families: ['FailedOperation'], existing: edited });
    expect(result.ok ? '' : result.message).toBe(
      `refusing to rewrite svc.ts: hand-written lines would be lost: ${what} (move them elsewhere or pass --prune to drop them)`,
    );
    const pruned = run({ families: ['FailedOperation'], existing: edited, prune: true });
    expect(pruned).toMatchObject({ ok: true, text: failedOnly, dropped: [what] });
  });
});

describe('the new text is type-checked against the old one', () => {
  it('refuses, naming the new errors, when it would not compile where the current file does', () => {
    const edited = `${text({ families: ['FailedOperation', 'LimitExceeded'] })}\nexport const first: SvcLimitExceededCode = 'LimitExceeded.X';\n`;
    expect(typeErrors({ 'svc.ts': edited })).toEqual([]);
    const result = run({ families: ['FailedOperation'], existing: edited });
    expect(result).toMatchObject({ ok: false, reason: 'type-errors' });
    expect(result.ok ? '' : result.message).toContain("Cannot find name 'SvcLimitExceededCode'");
  });

  it('does not refuse for errors the current file has already', () => {
    const edited = `${failedOnly}\nexport const broken: number = 'not a number';\n`;
    expect(typeErrors({ 'svc.ts': edited })).toHaveLength(1);
    expect(text({ families: ['FailedOperation', 'LimitExceeded'], existing: edited })).toContain(
      "\nexport const broken: number = 'not a number';\n",
    );
  });
});

describe('other lines of yours around generated code', () => {
  it('a comment line put among the lines of the header is kept, just below it', () => {
    const edited = edit(
      failedOnly,
      '// Families: FailedOperation\n',
      '// Families: FailedOperation\n// owner: payments team\n',
    );
    const once = text({ families: ['FailedOperation'], existing: edited });
    expect(once).toBe(edit(failedOnly, '"format":2}\n\n', '"format":2}\n\n// owner: payments team\n\n'));
    expect(text({ families: ['FailedOperation'], existing: once })).toBe(once);
  });

  it('comments among the header lines that start like its own lines are kept too, each once', () => {
    const edited = edit(
      failedOnly,
      '// Families: FailedOperation\n',
      "// Families: FailedOperation\n// Families: ours to review, not the generator's\n// Table note: pinned to the May export\n// Regenerate: npx gen-handlers after the export\n",
    );
    const once = text({ families: ['FailedOperation'], existing: edited, lang: 'en' });
    expect(once).toContain(
      '"format":2}\n\n// Families: ours to review, not the generator\'s\n// Table note: pinned to the May export\n// Regenerate: npx gen-handlers after the export\n\n',
    );
    expect(once.match(/^\/\/ Families: /gmu)).toHaveLength(2);
    expect(text({ families: ['FailedOperation'], existing: once, lang: 'en' })).toBe(once);
  });

  it('a comment after a generated declaration, on its last line, is kept: there, then on the next line', () => {
    const edited = edit(
      failedOnly,
      'export type SvcErrorCode = (typeof SVC_ERROR_CODES)[number];\n',
      'export type SvcErrorCode = (typeof SVC_ERROR_CODES)[number]; // every code\n',
    );
    // Only where the comment is differs from the new text: the file stays as it is.
    expect(text({ families: ['FailedOperation'], existing: edited })).toBe(edited);
    const added = text({ families: ['FailedOperation', 'LimitExceeded'], existing: edited });
    expect(added).toContain('export type SvcErrorCode = (typeof SVC_ERROR_CODES)[number];\n\n// every code\n\n/**');
    expect(text({ families: ['FailedOperation', 'LimitExceeded'], existing: added })).toBe(added);
  });
});
