import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Linter } from 'eslint';

import plugin from '../../src/index.js';

/**
 * `resolveSettings` (src/util/settings.ts) as the rules see it: a bad setting is reported on every linted file,
 * once per file, whichever of the rules runs; a table file is reloaded when it changes, even when its size and
 * mtime do not.
 */
const MISSPELT = 'if (err.code === "InternalErorr") {}';
const FIX = 'The tencentcloud-errors rules check nothing until it is fixed.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tce-settings-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const BOTH_RULES: Linter.RulesRecord = {
  'tencentcloud-errors/no-unknown-error-code': 'error',
  'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }],
};

function lint(
  linter: Linter,
  code: string,
  settings: Record<string, unknown>,
  rules: Linter.RulesRecord = BOTH_RULES,
  filename = 'file.js',
): string[] {
  return linter
    .verify(
      code,
      [
        { plugins: { 'tencentcloud-errors': plugin }, settings: { 'tencentcloud-errors': settings }, rules },
        { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      ],
      filename,
    )
    .map((m) => `${m.line}:${m.column} ${m.ruleId ?? '(no rule)'} ${m.message}`);
}

describe('a bad setting', () => {
  const UNKNOWN_TABLE =
    'Invalid settings["tencentcloud-errors"].tables[0]: no-such-table: unknown embedded table "no-such-table" (the catalogue has 258 products and "common"; a table file must end in .json or .md).';

  it('is reported on every linted file, once per file, by the first of the rules that runs', () => {
    const linter = new Linter();
    const settings = { tables: ['no-such-table'] };
    for (const file of ['a.js', 'b.js', 'c.js']) {
      expect(lint(linter, MISSPELT, settings, BOTH_RULES, file)).toEqual([
        `1:1 tencentcloud-errors/no-unknown-error-code ${UNKNOWN_TABLE} ${FIX}`,
      ]);
    }
  });

  it('is reported again when the same file is linted again (an editor re-linting)', () => {
    const linter = new Linter();
    const settings = { tables: ['no-such-table'] };
    const first = lint(linter, MISSPELT, settings);
    expect(lint(linter, MISSPELT, settings)).toEqual(first);
    expect(first).toHaveLength(1);
  });

  it('is reported by the exhaustiveness rule alone when it is the only rule on', () => {
    const linter = new Linter();
    expect(
      lint(
        linter,
        MISSPELT,
        { tables: ['no-such-table'] },
        { 'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }] },
      ),
    ).toEqual([`1:1 tencentcloud-errors/exhaustive-error-handling ${UNKNOWN_TABLE} ${FIX}`]);
  });

  it('is still reported on the next file when the first disables every rule', () => {
    const linter = new Linter();
    const settings = { tables: ['no-such-table'] };
    expect(lint(linter, `/* eslint-disable */\n${MISSPELT}`, settings, BOTH_RULES, 'first.js')).toEqual([]);
    expect(lint(linter, MISSPELT, settings, BOTH_RULES, 'second.js')).toEqual([
      `1:1 tencentcloud-errors/no-unknown-error-code ${UNKNOWN_TABLE} ${FIX}`,
    ]);
  });

  it('names a table file that cannot be read (a folder)', () => {
    const linter = new Linter();
    const folder = path.join(dir, 'folder.json');
    mkdirSync(folder, { recursive: true });
    expect(lint(linter, MISSPELT, { tables: [folder] })).toEqual([
      `1:1 tencentcloud-errors/no-unknown-error-code Invalid settings["tencentcloud-errors"].tables[0]: ${folder}: not a file (read as ${folder}). ${FIX}`,
    ]);
  });
});

describe('a table file', () => {
  const table = (code: string): string =>
    JSON.stringify({
      service: 'demo',
      codes: [{ code, family: 'FailedOperation', scope: 'service', zh: '演示。', en: 'Demo.' }],
    });

  it('is reloaded when its content changes, even with the same size and modification time', () => {
    const linter = new Linter();
    const file = path.join(dir, 'same-size.json');
    const stamp = new Date('2026-01-01T00:00:00Z');
    writeFileSync(file, table('FailedOperation.DemoThingA'));
    utimesSync(file, stamp, stamp);
    const settings = { tables: [file] };
    const code = 'if (err.code === "FailedOperation.DemoThingA") {}';
    expect(lint(linter, code, settings)).toEqual([]);

    writeFileSync(file, table('FailedOperation.DemoThingB'));
    utimesSync(file, stamp, stamp);
    expect(lint(linter, code, settings)).toEqual([
      '1:18 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "FailedOperation.DemoThingA". Did you mean "FailedOperation.DemoThingB" (演示。)?',
    ]);
  });

  it('that was broken and is fixed is used from the next file on', () => {
    const linter = new Linter();
    const file = path.join(dir, 'fixed-later.json');
    writeFileSync(file, '{ "service": "demo", "codes": [');
    const settings = { tables: [file] };
    expect(lint(linter, MISSPELT, settings)).toEqual([
      `1:1 tencentcloud-errors/no-unknown-error-code Invalid settings["tencentcloud-errors"].tables[0]: ${file}:1: invalid JSON (close bracket expected) (read as ${file}). ${FIX}`,
    ]);
    writeFileSync(file, table('FailedOperation.DemoThing'));
    expect(lint(linter, 'if (err.code === "FailedOperation.DemoThing") {}', settings)).toEqual([]);
  });
});
