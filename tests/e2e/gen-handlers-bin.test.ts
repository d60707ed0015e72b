import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { loadTable } from '../../src/table/index.js';
import { type CliRun, generated, tempFiles, tempProject as project } from '../codegen/support.js';
import { ROOT } from '../support/paths.js';
import { syntheticTableJson } from '../support/synthetic.js';

/*
 * Only what needs a process: the built bin as npx runs it, a kill in the middle of a write, runs at the same time.
 * What gen-handlers prints, its exit codes and the files it writes are tested in-process, in tests/codegen/cli/.
 */

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};
const BIN = path.join(ROOT, pkg.bin['gen-handlers'] ?? '');

/** The environment without the variables that turn colours on or off, plus `extra`. */
function envWith(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS']) if (!(name in extra)) delete env[name];
  return env;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = envWith()): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the bin without waiting for it; resolves when it has exited. */
function start(args: string[], cwd: string): Promise<CliRun> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('gen-handlers (the built bin)', () => {
  it('is an executable with a node shebang after a build, as npx runs it', () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`);
  });

  it('prints its help after a build', () => {
    const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/^Usage: gen-handlers/u);
    expect(help).toContain('import');
  });

  it('"help" and "version" as words print, and write no file named after them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tce-words-bin-'));
    try {
      expect(run(['help'], dir).stdout).toMatch(/^Usage: gen-handlers \[options\]/u);
      expect(run(['version'], dir)).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('piped, its messages carry no escape codes; FORCE_COLOR colours them, NO_COLOR does not', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tce-colour-bin-'));
    try {
      const plain =
        "gen-handlers: unknown option '--famly'. Did you mean '--family'? Run \"gen-handlers --help\" for the options.\n";
      expect(run(['--famly', 'X'], dir)).toEqual({ status: 2, stdout: '', stderr: plain });
      expect(run(['--famly', 'X'], dir, envWith({ NO_COLOR: '1' })).stderr).toBe(plain);
      expect(run(['--famly', 'X'], dir, envWith({ FORCE_COLOR: '1' })).stderr).toBe(
        `\u001b[1m\u001b[31mgen-handlers:\u001b[39m\u001b[22m${plain.slice('gen-handlers:'.length)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('piped, the --check diff carries no escape codes; FORCE_COLOR colours its lines', () => {
    const p = project();
    try {
      expect(run(['--family', 'AuthFailure', '--lang', 'zh', 'errors.ts'], p.dir).status).toBe(0);
      p.write('errors.ts', p.read('errors.ts').replace('// 认证失败。\n', ''));
      const piped = run(['--check', 'errors.ts'], p.dir);
      expect(piped.status).toBe(1);
      expect(piped.stdout).toContain('\n+      // 认证失败。\n');
      expect(piped.stdout).not.toContain('\u001b');
      const forced = run(['--check', 'errors.ts'], p.dir, envWith({ FORCE_COLOR: '1' }));
      expect(forced.stdout).toContain('\n\u001b[32m+      // 认证失败。\u001b[39m\n');
      expect(forced.stdout).toContain('\n\u001b[1m--- errors.ts\tcurrent\u001b[22m\n');
    } finally {
      p.cleanup();
    }
  });

  it('--check finds the examples current from the repository root and from their own folders', () => {
    const files = [
      'examples/generated/gaap-errors.generated.ts',
      'examples/gaap-app/src/create-proxy-errors.generated.ts',
    ];
    for (const file of files) {
      expect(run(['--check', file], ROOT)).toEqual({ status: 0, stdout: `${file} is up to date\n`, stderr: '' });
      const name = path.basename(file);
      expect(run(['--check', name], path.join(ROOT, path.dirname(file)))).toEqual({
        status: 0,
        stdout: `${name} is up to date\n`,
        stderr: '',
      });
    }
  });

  it('imports a page into a table JSON file, then finds it up to date', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tce-import-bin-'));
    try {
      writeFileSync(path.join(dir, 'demo.md'), '| 错误码 | 说明 |\n|---|---|\n| FailedOperation.Demo | 演示。 |\n');
      expect(run(['import', 'demo.md', '--service', 'demo', '--out', 'demo.json'], dir)).toEqual({
        status: 0,
        stdout: 'wrote demo.json\n',
        stderr: '',
      });
      expect(JSON.parse(readFileSync(path.join(dir, 'demo.json'), 'utf8'))).toEqual({
        service: 'demo',
        source: 'demo.md',
        codes: [{ code: 'FailedOperation.Demo', family: 'FailedOperation', scope: 'service', zh: '演示。' }],
      });
      expect(run(['import', 'demo.md', '--service', 'demo', '--out', 'demo.json', '--check'], dir)).toEqual({
        status: 0,
        stdout: 'demo.json is up to date with demo.md\n',
        stderr: '',
      });
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

  it("runs at the same time on one file each write, find it current or refuse the others' write; the complete file, no temporary file", async () => {
    const p = project();
    try {
      const args = ['--table', 'tables/gaap.json', '--out', 'gaap.ts'];
      const runs = await Promise.all([1, 2, 3, 4].map(() => start(args, p.dir)));
      for (const result of runs) {
        // A run that finds the file changed between its read and its rename writes nothing and says so (exit 1).
        const outcome =
          result.status === 1
            ? result.stderr
            : `${String(result.status)} ${result.stdout}${result.stderr === '' ? '' : ` stderr: ${result.stderr}`}`;
        expect([
          '0 wrote gaap.ts\n',
          '0 gaap.ts is up to date\n',
          'gen-handlers: gaap.ts changed while gen-handlers ran (was it saved in an editor?); nothing written, run it again\n',
        ]).toContain(outcome);
      }
      expect(runs.map((r) => r.stdout)).toContain('wrote gaap.ts\n');
      expect(p.read('gaap.ts')).toBe(
        generated({ tables: [loadTable('tables/gaap.json', { cwd: p.dir })], out: 'gaap.ts' }),
      );
      expect(tempFiles(p.dir)).toEqual([]);
    } finally {
      p.cleanup();
    }
  });
});
