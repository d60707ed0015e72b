import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ROOT } from '../support/paths.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};
const BIN = path.join(ROOT, pkg.bin['gen-handlers'] ?? '');

function run(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('gen-handlers import', () => {
  it('finds data/gaap.json up to date with its page', () => {
    const result = run([
      'import',
      'data/sources/gaap-error-codes.md',
      '--service',
      'gaap',
      '--api-version',
      '2018-05-29',
      '--en',
      'data/sources/gaap.en.json',
      '--out',
      'data/gaap.json',
      '--check',
    ]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe('data/gaap.json is up to date with data/sources/gaap-error-codes.md\n');
  });

  it('writes a fresh import and reports a stale one with exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tce-import-'));
    try {
      const page = path.join(dir, 'demo.md');
      writeFileSync(page, '| 错误码 | 说明 |\n|---|---|\n| FailedOperation.Demo | 演示。 |\n');
      expect(run(['import', 'demo.md', '--service', 'demo', '--out', 'demo.json'], dir)).toMatchObject({
        status: 0,
        stdout: 'wrote demo.json\n',
      });
      expect(JSON.parse(readFileSync(path.join(dir, 'demo.json'), 'utf8'))).toEqual({
        service: 'demo',
        source: 'demo.md',
        codes: [{ code: 'FailedOperation.Demo', family: 'FailedOperation', scope: 'service', zh: '演示。' }],
      });
      writeFileSync(
        page,
        '| 错误码 | 说明 |\n|---|---|\n| FailedOperation.Demo | 演示。 |\n| FailedOperation.More | 更多。 |\n',
      );
      const stale = run(['import', 'demo.md', '--service', 'demo', '--out', 'demo.json', '--check'], dir);
      expect(stale).toMatchObject({
        status: 1,
        stderr: 'demo.json is stale: re-run gen-handlers import to refresh it from demo.md\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and line of a bad page, with exit 2 and no stack trace', () => {
    const result = run(['import', 'tests/fixtures/tables/duplicate.md', '--service', 'demo']);
    expect(result).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        'gen-handlers: tests/fixtures/tables/duplicate.md:4: duplicate code "FailedOperation" (first listed on line 3)\n',
    });
  });

  it('rejects a bad --service as a usage error', () => {
    expect(run(['import', 'data/sources/gaap-error-codes.md', '--service', 'Gaap'])).toMatchObject({
      status: 2,
      stderr: 'gen-handlers: --service must be lower-case letters and digits starting with a letter, got "Gaap"\n',
    });
  });

  it('keeps English descriptions in step with the page', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tce-import-'));
    try {
      writeFileSync(path.join(dir, 'demo.md'), '| 错误码 | 说明 |\n|---|---|\n| FailedOperation.Demo | 演示。 |\n');
      writeFileSync(
        path.join(dir, 'en.json'),
        '{\n  "FailedOperation.Demo": "Demo.",\n  "FailedOperation.Gone": "Gone."\n}\n',
      );
      expect(run(['import', 'demo.md', '--service', 'demo', '--en', 'en.json'], dir)).toMatchObject({
        status: 2,
        stderr: 'gen-handlers: en.json:3: "FailedOperation.Gone" is not a code of demo.md\n',
      });
      writeFileSync(path.join(dir, 'en.json'), '{}\n');
      expect(run(['import', 'demo.md', '--service', 'demo', '--en', 'en.json'], dir)).toMatchObject({
        status: 2,
        stderr: 'gen-handlers: en.json: no English description for "FailedOperation.Demo" (demo.md:3)\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gen-handlers', () => {
  it('is an executable with a node shebang after a build, as npx runs it', () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`);
  });

  it('prints its help after a build', () => {
    const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/^Usage: gen-handlers/u);
    expect(help).toContain('import');
  });
});
