import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { FIXTURES, ROOT } from '../../support/paths.js';
import { runInProcess } from '../support.js';

const run = (args: string[], cwd = ROOT) => runInProcess(args, cwd);

describe('gen-handlers import (runCli in-process)', () => {
  it('finds data/gaap.json up to date with its page', async () => {
    const result = await run([
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

  it('writes a fresh import and reports a stale one with exit 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tce-import-'));
    try {
      const page = path.join(dir, 'demo.md');
      writeFileSync(page, '| 错误码 | 说明 |\n|---|---|\n| FailedOperation.Demo | 演示。 |\n');
      expect(await run(['import', 'demo.md', '--service', 'demo', '--out', 'demo.json'], dir)).toMatchObject({
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
      const stale = await run(['import', 'demo.md', '--service', 'demo', '--out', 'demo.json', '--check'], dir);
      expect(stale).toMatchObject({
        status: 1,
        stderr: 'demo.json is stale: re-run gen-handlers import to refresh it from demo.md\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and line of a bad page, with exit 2 and no stack trace', async () => {
    const result = await run(['import', 'tests/fixtures/tables/duplicate.md', '--service', 'demo']);
    expect(result).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        'gen-handlers: tests/fixtures/tables/duplicate.md:4: duplicate code "FailedOperation" (first listed on line 3)\n',
    });
  });

  it('rejects a bad --service as a usage error', async () => {
    expect(await run(['import', 'data/sources/gaap-error-codes.md', '--service', 'Gaap'])).toMatchObject({
      status: 2,
      stderr: 'gen-handlers: --service must be lower-case letters and digits starting with a letter, got "Gaap"\n',
    });
  });

  it('keeps English descriptions in step with the page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tce-import-'));
    try {
      writeFileSync(path.join(dir, 'demo.md'), '| 错误码 | 说明 |\n|---|---|\n| FailedOperation.Demo | 演示。 |\n');
      writeFileSync(
        path.join(dir, 'en.json'),
        '{\n  "FailedOperation.Demo": "Demo.",\n  "FailedOperation.Gone": "Gone."\n}\n',
      );
      expect(await run(['import', 'demo.md', '--service', 'demo', '--en', 'en.json'], dir)).toMatchObject({
        status: 2,
        stderr: 'gen-handlers: en.json:3: "FailedOperation.Gone" is not a code of demo.md\n',
      });
      writeFileSync(path.join(dir, 'en.json'), '{}\n');
      expect(await run(['import', 'demo.md', '--service', 'demo', '--en', 'en.json'], dir)).toMatchObject({
        status: 2,
        stderr: 'gen-handlers: en.json: no English description for "FailedOperation.Demo" (demo.md:3)\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gen-handlers import of SDK error-code files (runCli in-process)', () => {
  const cwd = `${FIXTURES}sdk`;
  const GO = 'tencentcloud/demo/v20200101/errors.go';
  const PY = 'tencentcloud/demo/v20200101/errorcodes.py';

  it('import into a table JSON each with --out-dir, and refuse two sources for one file', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tce-sdk-'));
    try {
      const run = (args: string[]) => runInProcess(['import', ...args], cwd);
      const result = await run([GO, '--out-dir', out]);
      expect(result).toMatchObject({ status: 0, stderr: '', stdout: `wrote ${path.join(out, 'demo.json')}\n` });
      expect(JSON.parse(readFileSync(path.join(out, 'demo.json'), 'utf8'))).toMatchObject({
        service: 'demo',
        version: '2020-01-01',
        codes: [
          { code: 'FailedOperation', family: 'FailedOperation', scope: 'service', zh: '操作失败。' },
          {},
          {},
          {},
          {},
        ],
      });
      expect(await run([GO, '--out-dir', out, '--check'])).toMatchObject({ status: 0, stderr: '' });
      expect(await run(['demo-error-codes.md', '--out-dir', out, '--check'])).toMatchObject({
        status: 1,
        stderr: `${path.join(out, 'demo.json')} is stale: re-run gen-handlers import to refresh it from demo-error-codes.md\n`,
      });
      const widget = 'tencentcloud/widget/v20210101/errors.go';
      expect(await run([GO, widget, '--out-dir', out])).toMatchObject({
        status: 0,
        stdout: `wrote ${path.join(out, 'demo.json')}\nwrote ${path.join(out, 'widget.json')}\n`,
      });
      expect(JSON.parse(readFileSync(path.join(out, 'widget.json'), 'utf8'))).toEqual({
        service: 'widget',
        version: '2021-01-01',
        source: path.relative(out, path.join(cwd, widget)),
        codes: [{ code: 'ResourceNotFound.Widget', family: 'ResourceNotFound', scope: 'service', zh: '部件不存在。' }],
      });
      expect(await run([GO, PY, '--out-dir', out])).toMatchObject({
        status: 2,
        stderr: `gen-handlers: ${GO} and ${PY} would both be written to ${path.join(out, 'demo.json')} (the same service)\n`,
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
