import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { loadTable } from '../../../src/table/index.js';
import { ROOT } from '../../support/paths.js';
import { generated, runInProcess as run, tempFiles, tempProject as project, typeErrors, withBody } from '../support.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const OUT = 'src/gaap-errors.generated.ts';

/** One line on stderr, prefixed, and no stack trace. */
function expectOneLine(stderr: string, ...parts: string[]): void {
  expect(stderr).toMatch(/^gen-handlers: [^\n]+\n$/u);
  expect(stderr).not.toMatch(/\n\s+at /u);
  for (const part of parts) expect(stderr).toContain(part);
}

describe('gen-handlers [options] [<file>] (runCli in-process)', () => {
  it('writes the default output with no arguments, the same text as generate()', async () => {
    const p = project();
    try {
      const result = await run([], p.dir);
      expect(result).toMatchObject({ status: 0, stdout: `wrote ${OUT}\n`, stderr: '' });
      expect(p.read(OUT)).toBe(generated({ tables: [loadTable('gaap')], out: OUT }));
      expect(tempFiles(p.dir)).toEqual([]);
      expect(await run([OUT], p.dir)).toMatchObject({ status: 0, stdout: `${OUT} is up to date\n` });
    } finally {
      p.cleanup();
    }
  });

  it('--check <file> exits 0 on a current file and 1 with a unified diff on a stale one, writing nothing', async () => {
    const p = project();
    try {
      expect(
        await run(
          ['--table', 'tables/gaap.json', '--family', 'FailedOperation', '--lang', 'en', '--out', 'gaap.ts'],
          p.dir,
        ),
      ).toMatchObject({ status: 0 });
      const current = p.read('gaap.ts');
      expect(current).toContain(
        '// gen-handlers-settings: {"tables":["tables/gaap.json"],"families":["FailedOperation"],"lang":"en","format":2}',
      );
      expect(await run(['--check', 'gaap.ts'], p.dir)).toMatchObject({
        status: 0,
        stdout: 'gaap.ts is up to date\n',
        stderr: '',
      });

      const table = JSON.parse(p.read('tables/gaap.json')) as {
        codes: { code: string; family: string; scope: string; zh: string; en?: string }[];
      };
      table.codes.push({
        code: 'FailedOperation.BrandNew',
        family: 'FailedOperation',
        scope: 'service',
        zh: '全新。',
        en: 'Brand new.',
      });
      p.write('tables/gaap.json', JSON.stringify(table, null, 2));
      const stale = await run(['--check', 'gaap.ts'], p.dir);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toBe('gen-handlers: gaap.ts is stale; run "npx gen-handlers gaap.ts" to update it\n');
      expect(stale.stdout).toMatch(/^Index: gaap\.ts\n={67}\n--- gaap\.ts\tcurrent\n\+\+\+ gaap\.ts\tgenerated\n@@ /u);
      expect(stale.stdout).toContain(
        '\n+    case "FailedOperation.BrandNew":\n+      // Brand new.\n+      throw gaapThrowable(error);\n',
      );
      expect(stale.stdout).toMatch(/\n-\/\/ Table tables\/gaap\.json: .* sha256 [0-9a-f]{64}\n/u);
      expect(p.read('gaap.ts')).toBe(current);

      expect(await run(['gaap.ts'], p.dir)).toMatchObject({ status: 0, stdout: 'wrote gaap.ts\n' });
      expect(p.read('gaap.ts')).toContain('case "FailedOperation.BrandNew":');
    } finally {
      p.cleanup();
    }
  });

  it('--check finds the example in examples/generated current, from the repository root', async () => {
    expect(await run(['--check', 'examples/generated/gaap-errors.generated.ts'], ROOT)).toMatchObject({
      status: 0,
      stdout: 'examples/generated/gaap-errors.generated.ts is up to date\n',
      stderr: '',
    });
  });

  it('records table paths from the generated file, so --check and re-runs work from any folder', async () => {
    const p = project();
    try {
      const out = 'src/gen/errors.ts';
      expect(await run(['--table', 'tables/gaap.json', '--family', 'AuthFailure', '--out', out], p.dir)).toEqual({
        status: 0,
        stdout: `wrote ${out}\n`,
        stderr: '',
      });
      const header = p.read(out).slice(0, p.read(out).indexOf('\n\n'));
      // The commands start from the project root (the folder of package.json); the settings from the file's folder.
      expect(header).toContain(
        '\n// Regenerate: npx gen-handlers --table tables/gaap.json --family AuthFailure --out src/gen/errors.ts\n',
      );
      expect(header).toContain('\n// Check (CI): npx gen-handlers --check src/gen/errors.ts\n');
      expect(header).toContain('\n// Table ../../tables/gaap.json: gaap 2018-05-29, ');
      expect(header).toContain(
        '\n// gen-handlers-settings: {"tables":["../../tables/gaap.json"],"families":["AuthFailure"],"lang":"en","format":2}',
      );
      const current = { status: 0, stderr: '' };
      expect(await run(['--check', out], p.dir)).toEqual({ ...current, stdout: `${out} is up to date\n` });
      expect(await run(['--check', 'errors.ts'], path.join(p.dir, 'src/gen'))).toEqual({
        ...current,
        stdout: 'errors.ts is up to date\n',
      });
      expect(await run(['--check', 'gen/errors.ts'], path.join(p.dir, 'src'))).toEqual({
        ...current,
        stdout: 'gen/errors.ts is up to date\n',
      });
      expect(await run(['errors.ts'], path.join(p.dir, 'src/gen'))).toEqual({
        ...current,
        stdout: 'errors.ts is up to date\n',
      });

      // It reads the table the header names from wherever it runs: a change to it makes the file stale.
      const table = JSON.parse(p.read('tables/gaap.json')) as { codes: object[] };
      table.codes.push({ code: 'AuthFailure.BrandNew', family: 'AuthFailure', scope: 'service', zh: '全新。' });
      p.write('tables/gaap.json', JSON.stringify(table));
      const stale = await run(['--check', 'errors.ts'], path.join(p.dir, 'src/gen'));
      expect(stale.status).toBe(1);
      expect(stale.stderr).toBe('gen-handlers: errors.ts is stale; run "npx gen-handlers errors.ts" to update it\n');
      expect(stale.stdout).toContain('\n+    case "AuthFailure.BrandNew":\n+      // 全新。\n');
    } finally {
      p.cleanup();
    }
  });

  describe('a file of format 1 (table paths from the folder gen-handlers ran in)', () => {
    /*
     * tests/fixtures/codegen/format-1: a table and the file gen-handlers wrote from it before format 2, run from
     * that folder, then edited: a case body that returns a string (the handler's return type inferred), a comment
     * in place of a description, and a declaration of its own.
     */
    const FIXTURE = path.join(ROOT, 'tests/fixtures/codegen/format-1');
    const OLD = 'src/svc.generated.ts';

    function oldProject(): ReturnType<typeof project> {
      const p = project();
      mkdirSync(path.join(p.dir, 'src'));
      cpSync(path.join(FIXTURE, 'tables/svc.json'), path.join(p.dir, 'tables/svc.json'));
      cpSync(path.join(FIXTURE, OLD), path.join(p.dir, OLD));
      return p;
    }

    it('is read from the folder it names its tables from, and rewritten in format 2 keeping what was written', async () => {
      const p = oldProject();
      try {
        const old = p.read(OLD);
        expect(old).toContain('// gen-handlers-settings: {"tables":["tables/svc.json"],"families":"*","lang":"zh"}\n');
        expect(await run([OLD], p.dir)).toEqual({
          status: 0,
          stdout: `wrote ${OLD}, kept 2 hand-written case bodies\n`,
          stderr: '',
        });
        const text = p.read(OLD);
        expect(text).toContain(
          '// gen-handlers-settings: {"tables":["../tables/svc.json"],"families":"*","lang":"zh","format":2}\n',
        );
        expect(text).toContain('\n/** Mine: how long to wait before a retry. */\nexport const RETRY_SECONDS = 30;\n');
        expect(text).toContain(`    case "FailedOperation.A":\n      return 'retry later';\n`);
        // A skeleton with a comment of the user's keeps the comment and throws as format 2 does.
        expect(text).toContain(
          '    case "FailedOperation.B":\n      // mine: the caller retries\n      throw svcThrowable(error);\n',
        );
        // The handler with a body of the user's keeps its inferred return type; the other one gets never.
        expect(text).toContain('export function handleSvcFailedOperation(error: SvcError<SvcFailedOperationCode>) {\n');
        expect(text).toContain(
          'export function handleSvcLimitExceeded(error: SvcError<SvcLimitExceededCode>): never {\n',
        );
        expect(typeErrors({ 'svc.ts': text })).toEqual([]);
        expect(await run(['--check', 'svc.generated.ts'], path.join(p.dir, 'src'))).toEqual({
          status: 0,
          stdout: 'svc.generated.ts is up to date\n',
          stderr: '',
        });
      } finally {
        p.cleanup();
      }
    });

    it('run from another folder, says where its table paths start', async () => {
      const p = oldProject();
      try {
        expect(await run(['--check', 'svc.generated.ts'], path.join(p.dir, 'src'))).toEqual({
          status: 2,
          stdout: '',
          stderr:
            'gen-handlers: tables/svc.json: file not found (a table the header of svc.generated.ts names; its header, from a gen-handlers before format 2, names table files relative to the folder it ran in: run it from there, or pass --table)\n',
        });
      } finally {
        p.cleanup();
      }
    });
  });

  it.each([
    [['--out', 'errors.js'], '--out errors.js', 'errors.ts'],
    [['--out', 'lib/errors.mjs'], '--out lib/errors.mjs', 'lib/errors.ts'],
    [['--out', 'errors.cjs'], '--out errors.cjs', 'errors.ts'],
    [['errors.d.ts'], 'errors.d.ts', 'errors.ts'],
  ])('%j: refuses to write TypeScript into a file that is not a TypeScript module', async (args, named, suggested) => {
    const p = project();
    try {
      expect(await run(['--table', 'gaap', ...args], p.dir)).toEqual({
        status: 2,
        stdout: '',
        stderr: `gen-handlers: ${named} is not a TypeScript module: gen-handlers writes TypeScript (types, guards and handlers), so name it ${suggested} (or .mts, .cts, .tsx)\n`,
      });
      expect(readdirSync(p.dir).sort()).toEqual(['package.json', 'tables']);
    } finally {
      p.cleanup();
    }
  });

  it('a bare name without an extension is taken for a mistyped command, and the message says to name a .ts file', async () => {
    const p = project();
    try {
      expect(await run(['--table', 'gaap', 'errors'], p.dir)).toEqual({
        status: 2,
        stdout: '',
        stderr:
          'gen-handlers: unknown command \'errors\'. The commands are help, import, version; a module to write needs a file name with an extension, e.g. errors.ts. Run "gen-handlers --help" for the commands.\n',
      });
      expect(readdirSync(p.dir).sort()).toEqual(['package.json', 'tables']);
    } finally {
      p.cleanup();
    }
  });

  it('writes .mts, .cts and .tsx modules', async () => {
    const p = project();
    try {
      for (const file of ['a.mts', 'b.cts', 'c.tsx']) {
        expect(await run(['--table', 'gaap', '--family', 'AuthFailure', '--out', file], p.dir)).toMatchObject({
          status: 0,
          stdout: `wrote ${file}\n`,
        });
      }
    } finally {
      p.cleanup();
    }
  });

  it('--check reports a missing file in one line, with the command that creates it, and no diff', async () => {
    const p = project();
    try {
      expect(await run(['--check', 'missing.ts'], p.dir)).toEqual({
        status: 1,
        stdout: '',
        stderr: 'gen-handlers: missing.ts does not exist; run "npx gen-handlers missing.ts" to create it\n',
      });
      expect(existsSync(path.join(p.dir, 'missing.ts'))).toBe(false);
    } finally {
      p.cleanup();
    }
  });

  it('refuses a file it did not generate (exit 1, unchanged) unless --force', async () => {
    const p = project();
    try {
      p.write('mine.ts', 'export const mine = 1;\n');
      const refused = await run(['mine.ts'], p.dir);
      expect(refused.status).toBe(1);
      expectOneLine(refused.stderr, 'mine.ts exists and was not generated by gen-handlers', '--force');
      expect(p.read('mine.ts')).toBe('export const mine = 1;\n');
      expect(await run(['mine.ts', '--force'], p.dir)).toMatchObject({ status: 0, stdout: 'wrote mine.ts\n' });
      expect(p.read('mine.ts')).toMatch(/^\/\/ DO NOT EDIT/u);
    } finally {
      p.cleanup();
    }
  });

  it('refuses to lose a hand-written body (exit 1, unchanged) unless --prune', async () => {
    const p = project();
    try {
      await run(['--table', 'tables/gaap.json', '--out', 'gaap.ts'], p.dir);
      const edited = withBody(p.read('gaap.ts'), 'FailedOperation.ProxySellOut', 'return;');
      expect(edited).toContain('case "FailedOperation.ProxySellOut":\n      return;\n');
      p.write('gaap.ts', edited);
      const table = JSON.parse(p.read('tables/gaap.json')) as { codes: { code: string }[] };
      table.codes = table.codes.filter((c) => c.code !== 'FailedOperation.ProxySellOut');
      p.write('tables/gaap.json', JSON.stringify(table));

      const refused = await run(['gaap.ts'], p.dir);
      expect(refused.status).toBe(1);
      expectOneLine(refused.stderr, 'FailedOperation.ProxySellOut', '--prune');
      expect(p.read('gaap.ts')).toBe(edited);

      expect(await run(['gaap.ts', '--prune'], p.dir)).toMatchObject({
        status: 0,
        stdout: 'wrote gaap.ts, pruned FailedOperation.ProxySellOut\n',
      });
      expect(p.read('gaap.ts')).not.toContain('ProxySellOut');
    } finally {
      p.cleanup();
    }
  });

  it('a run that refuses makes --check fail with the same message; --prune drops the lines and lists them', async () => {
    const p = project();
    try {
      await run(['--table', 'tables/gaap.json', '--family', 'FailedOperation', '--out', 'gaap.ts'], p.dir);
      const edited = p
        .read('gaap.ts')
        .replace(
          '  const info = gaapErrorInfo(error);\n  switch',
          '  const info = gaapErrorInfo(error);\n  audit(info.code);\n  switch',
        );
      expect(edited).toContain('  audit(info.code);\n');
      p.write('gaap.ts', edited);
      const line = edited.slice(0, edited.indexOf('  audit(info.code);')).split('\n').length;

      const refused = await run(['gaap.ts', '--family', 'AuthFailure'], p.dir);
      expect(refused.status).toBe(1);
      expectOneLine(refused.stderr, `gaap.ts:${line} (in handleGaapFailedOperation, before its switch)`, '--prune');
      expect(await run(['--check', 'gaap.ts', '--family', 'AuthFailure'], p.dir)).toEqual({ ...refused, stdout: '' });
      expect(p.read('gaap.ts')).toBe(edited);

      expect(await run(['gaap.ts', '--family', 'AuthFailure', '--prune'], p.dir)).toEqual({
        status: 0,
        stdout: `wrote gaap.ts, dropped gaap.ts:${line} (in handleGaapFailedOperation, before its switch)\n`,
        stderr: '',
      });
      expect(p.read('gaap.ts')).not.toContain('audit');
    } finally {
      p.cleanup();
    }
  });

  it('a switch to another --table reads the recorded table to tell your case comments from its descriptions', async () => {
    const p = project();
    try {
      await run(
        ['--table', 'tables/gaap.json', '--family', 'FailedOperation', '--lang', 'zh', '--out', 'gaap.ts'],
        p.dir,
      );
      const table = JSON.parse(p.read('tables/gaap.json')) as { codes: { code: string; zh: string }[] };
      for (const c of table.codes) if (c.code === 'FailedOperation.ProxySellOut') c.zh = '新的描述。';
      p.write('tables/next.json', JSON.stringify(table));
      const mine = p.read('gaap.ts').replace(/(case "FailedOperation\.ActionIsDoing":\n {6})\/\/ [^\n]*/u, '$1// mine');
      expect(mine).toContain(
        'case "FailedOperation.ActionIsDoing":\n      // mine\n      throw gaapThrowable(error);\n',
      );
      p.write('gaap.ts', mine);

      expect(await run(['gaap.ts', '--table', 'tables/next.json'], p.dir)).toEqual({
        status: 0,
        stdout: 'wrote gaap.ts, kept 1 hand-written case body\n',
        stderr: '',
      });
      expect(p.read('gaap.ts')).toContain(
        'case "FailedOperation.ActionIsDoing":\n      // mine\n      throw gaapThrowable(error);\n',
      );
      expect(p.read('gaap.ts')).toContain(
        'case "FailedOperation.ProxySellOut":\n      // 新的描述。\n      throw gaapThrowable(error);\n',
      );
    } finally {
      p.cleanup();
    }
  });

  it.each([
    [['--lang', 'fr'], '--lang must be one of zh, en, got "fr"'],
    [['--bogus'], 'unknown option \'--bogus\'. Run "gen-handlers --help" for the options.'],
    [['--table', 'nosuchtable'], 'unknown embedded table "nosuchtable"'],
    [['--table', 'tables/missing.json'], 'tables/missing.json: file not found'],
    [['--family', 'FailedOpration'], 'unknown family "FailedOpration" (did you mean "FailedOperation"?)'],
    [['a.ts', 'b.ts'], 'expected at most one file'],
    [['--out', 'a.ts', 'b.ts'], 'name different files'],
    [['tables'], 'tables is not a file'],
  ])('%j is a usage error: exit 2, one line on stderr', async (args, message) => {
    const p = project();
    try {
      const result = await run(args, p.dir);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expectOneLine(result.stderr, message);
      expect(readdirSync(p.dir).sort()).toEqual(['package.json', 'tables']);
    } finally {
      p.cleanup();
    }
  });

  it('names the file and line of a bad table', async () => {
    const result = await run(
      ['--table', 'tests/fixtures/tables/duplicate.json', '--out', path.join(tmpdir(), 'never-written.ts')],
      ROOT,
    );
    expect(result.status).toBe(2);
    expectOneLine(result.stderr, 'tests/fixtures/tables/duplicate.json:');
  });

  it('prints its version and a help that lists every flag and the import command', async () => {
    expect(await run(['--version'], ROOT)).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    const help = await run(['--help'], ROOT);
    expect(help.status).toBe(0);
    for (const flag of [
      '--table',
      '--family',
      '--out',
      '--check',
      '--prune',
      '--force',
      '--lang',
      '--version',
      'import',
    ]) {
      expect(help.stdout).toContain(flag);
    }
  });
});
