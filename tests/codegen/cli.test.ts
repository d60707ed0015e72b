import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { writeFileAtomic } from '../../src/codegen/cli/write-atomic.js';
import { loadTable } from '../../src/table/index.js';
import { ROOT } from '../support/paths.js';
import { syntheticTableJson } from '../support/synthetic.js';
import { generated } from './support.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};
const BIN = path.join(ROOT, pkg.bin['gen-handlers'] ?? '');
const OUT = 'src/gaap-errors.generated.ts';

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary project folder with a copy of the GAAP table at tables/gaap.json. */
function project(): {
  dir: string;
  read: (file: string) => string;
  write: (file: string, text: string) => void;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-gen-cli-'));
  mkdirSync(path.join(dir, 'tables'));
  writeFileSync(path.join(dir, 'tables/gaap.json'), readFileSync(path.join(ROOT, 'data/gaap.json')));
  return {
    dir,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(path.join(dir, file), text),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Files whose names look like writeFileAtomic's temporary files. */
function tempFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

/** One line on stderr, prefixed, and no stack trace. */
function expectOneLine(stderr: string, ...parts: string[]): void {
  expect(stderr).toMatch(/^gen-handlers: [^\n]+\n$/u);
  expect(stderr).not.toMatch(/\n\s+at /u);
  for (const part of parts) expect(stderr).toContain(part);
}

describe('gen-handlers (the built bin)', () => {
  it('writes the default output with no arguments, the same text as generate()', () => {
    const p = project();
    try {
      const result = run([], p.dir);
      expect(result).toMatchObject({ status: 0, stdout: `wrote ${OUT}\n`, stderr: '' });
      expect(p.read(OUT)).toBe(generated({ tables: [loadTable('gaap')], out: OUT }));
      expect(tempFiles(p.dir)).toEqual([]);
      expect(run([OUT], p.dir)).toMatchObject({ status: 0, stdout: `${OUT} is up to date\n` });
    } finally {
      p.cleanup();
    }
  });

  it('--check <file> exits 0 on a current file and 1 with a unified diff on a stale one, writing nothing', () => {
    const p = project();
    try {
      expect(
        run(['--table', 'tables/gaap.json', '--family', 'FailedOperation', '--lang', 'en', '--out', 'gaap.ts'], p.dir),
      ).toMatchObject({ status: 0 });
      const current = p.read('gaap.ts');
      expect(current).toContain(
        '// gen-handlers-settings: {"tables":["tables/gaap.json"],"families":["FailedOperation"],"lang":"en"}',
      );
      expect(run(['--check', 'gaap.ts'], p.dir)).toMatchObject({
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
      const stale = run(['--check', 'gaap.ts'], p.dir);
      expect(stale.status).toBe(1);
      expectOneLine(stale.stderr, 'gaap.ts is stale');
      expect(stale.stdout).toMatch(/^Index: gaap\.ts\n={67}\n--- gaap\.ts\tcurrent\n\+\+\+ gaap\.ts\tgenerated\n@@ /u);
      expect(stale.stdout).toContain(
        "\n+    case 'FailedOperation.BrandNew':\n+      // Brand new.\n+      throw error;\n",
      );
      expect(stale.stdout).toMatch(/\n-\/\/ Table tables\/gaap\.json: .* sha256 [0-9a-f]{64}\n/u);
      expect(p.read('gaap.ts')).toBe(current);

      expect(run(['gaap.ts'], p.dir)).toMatchObject({ status: 0, stdout: 'wrote gaap.ts\n' });
      expect(p.read('gaap.ts')).toContain("case 'FailedOperation.BrandNew':");
    } finally {
      p.cleanup();
    }
  });

  it('--check finds the example in examples/generated current, from the repository root', () => {
    expect(run(['--check', 'examples/generated/gaap-errors.generated.ts'], ROOT)).toMatchObject({
      status: 0,
      stdout: 'examples/generated/gaap-errors.generated.ts is up to date\n',
      stderr: '',
    });
  });

  it('--check reports a missing file as stale', () => {
    const p = project();
    try {
      const result = run(['--check', 'missing.ts'], p.dir);
      expect(result.status).toBe(1);
      expectOneLine(result.stderr, 'missing.ts is missing');
      expect(existsSync(path.join(p.dir, 'missing.ts'))).toBe(false);
    } finally {
      p.cleanup();
    }
  });

  it('refuses a file it did not generate (exit 1, unchanged) unless --force', () => {
    const p = project();
    try {
      p.write('mine.ts', 'export const mine = 1;\n');
      const refused = run(['mine.ts'], p.dir);
      expect(refused.status).toBe(1);
      expectOneLine(refused.stderr, 'mine.ts exists and was not generated by gen-handlers', '--force');
      expect(p.read('mine.ts')).toBe('export const mine = 1;\n');
      expect(run(['mine.ts', '--force'], p.dir)).toMatchObject({ status: 0, stdout: 'wrote mine.ts\n' });
      expect(p.read('mine.ts')).toMatch(/^\/\/ DO NOT EDIT/u);
    } finally {
      p.cleanup();
    }
  });

  it('refuses to lose a hand-written body (exit 1, unchanged) unless --prune', () => {
    const p = project();
    try {
      run(['--table', 'tables/gaap.json', '--out', 'gaap.ts'], p.dir);
      const edited = p
        .read('gaap.ts')
        .replace(/(case 'FailedOperation\.ProxySellOut':)\n[^\n]*\n\s*throw error;/u, '$1\n      return;');
      expect(edited).toContain("case 'FailedOperation.ProxySellOut':\n      return;\n");
      p.write('gaap.ts', edited);
      const table = JSON.parse(p.read('tables/gaap.json')) as { codes: { code: string }[] };
      table.codes = table.codes.filter((c) => c.code !== 'FailedOperation.ProxySellOut');
      p.write('tables/gaap.json', JSON.stringify(table));

      const refused = run(['gaap.ts'], p.dir);
      expect(refused.status).toBe(1);
      expectOneLine(refused.stderr, 'FailedOperation.ProxySellOut', '--prune');
      expect(p.read('gaap.ts')).toBe(edited);

      expect(run(['gaap.ts', '--prune'], p.dir)).toMatchObject({
        status: 0,
        stdout: 'wrote gaap.ts, pruned FailedOperation.ProxySellOut\n',
      });
      expect(p.read('gaap.ts')).not.toContain('ProxySellOut');
    } finally {
      p.cleanup();
    }
  });

  it.each([
    [['--lang', 'fr'], '--lang must be one of zh, en, got "fr"'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--table', 'nosuchtable'], 'unknown embedded table "nosuchtable"'],
    [['--table', 'tables/missing.json'], 'tables/missing.json: file not found'],
    [['--family', 'FailedOpration'], 'unknown family "FailedOpration" (did you mean "FailedOperation"?)'],
    [['a.ts', 'b.ts'], 'expected at most one file'],
    [['--out', 'a.ts', 'b.ts'], 'name different files'],
    [['tables'], 'tables is not a file'],
  ])('%j is a usage error: exit 2, one line on stderr', (args, message) => {
    const p = project();
    try {
      const result = run(args, p.dir);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expectOneLine(result.stderr, message);
      expect(readdirSync(p.dir)).toEqual(['tables']);
    } finally {
      p.cleanup();
    }
  });

  it('names the file and line of a bad table', () => {
    const result = run(
      ['--table', 'tests/fixtures/tables/duplicate.json', '--out', path.join(tmpdir(), 'never-written.ts')],
      ROOT,
    );
    expect(result.status).toBe(2);
    expectOneLine(result.stderr, 'tests/fixtures/tables/duplicate.json:');
  });

  it('prints its version and a help that lists every flag and the import command', () => {
    expect(run(['--version'], ROOT)).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    const help = run(['--help'], ROOT);
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

  it('writes atomically: a failed rename leaves no temporary file and nothing half-written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tce-atomic-'));
    try {
      // A non-empty folder where the file should go: the temporary file is written, the rename fails.
      mkdirSync(path.join(dir, 'gaap.ts'));
      writeFileSync(path.join(dir, 'gaap.ts', 'keep'), 'old');
      expect(() => writeFileAtomic(path.join(dir, 'gaap.ts'), 'new text')).toThrow();
      expect(tempFiles(dir)).toEqual([]);
      expect(readFileSync(path.join(dir, 'gaap.ts', 'keep'), 'utf8')).toBe('old');
      writeFileAtomic(path.join(dir, 'other.ts'), 'new text');
      expect(readdirSync(dir).sort()).toEqual(['gaap.ts', 'other.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a killed run leaves the old file or the complete new one, never a part of it', async () => {
    const p = project();
    try {
      p.write('tables/big.json', syntheticTableJson(1500, 40));
      run(['--out', 'big.ts'], p.dir);
      const old = p.read('big.ts');
      const started = Date.now();
      expect(run(['--table', 'tables/big.json', '--out', 'new.ts'], p.dir).status).toBe(0);
      const fullMs = Date.now() - started;
      const fresh = p
        .read('new.ts')
        .replace('--out new.ts', '--out big.ts')
        .replace('--check new.ts', '--check big.ts');
      for (const fraction of [0.7, 0.95, 1.05]) {
        p.write('big.ts', old);
        const child = spawn(process.execPath, [BIN, '--table', 'tables/big.json', '--out', 'big.ts'], {
          cwd: p.dir,
          stdio: 'ignore',
        });
        const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
        await new Promise((resolve) => setTimeout(resolve, fullMs * fraction));
        child.kill('SIGKILL');
        await exited;
        const now = p.read('big.ts');
        expect(now === old || now === fresh, `after a kill at ${fraction} of a run`).toBe(true);
        // A kill between writing the temporary file and renaming it can leave that file, never the target half-written.
        for (const temp of tempFiles(p.dir)) {
          expect(temp).toMatch(/^\.big\.ts\.\d+\.[0-9a-f]{8}\.tmp$/u);
          rmSync(path.join(p.dir, temp));
        }
      }
    } finally {
      p.cleanup();
    }
  });
});
