import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type CodeTable, loadTable } from '../../src/table/index.js';
import { FIXTURES, ROOT } from '../support/paths.js';

const cwd = `${FIXTURES}sdk`;
const GO = 'tencentcloud/demo/v20200101/errors.go';
const PY = 'tencentcloud/demo/v20200101/errorcodes.py';
const codesOf = (table: CodeTable) => table.codes;

describe('SDK error-code files', () => {
  it('read a Go errors.go and a Python errorcodes.py as the same table as the equivalent page', () => {
    const page = loadTable('demo-error-codes.md', { cwd });
    const go = loadTable(GO, { cwd });
    const python = loadTable(PY, { cwd });
    expect(codesOf(go)).toEqual(codesOf(page));
    expect(codesOf(python)).toEqual(codesOf(page));
    expect(codesOf(page)).toHaveLength(5);
    expect(go.codes[1]).toEqual({
      code: 'FailedOperation.WidgetSoldOut',
      family: 'FailedOperation',
      scope: 'service',
      description: { zh: '部件已售罄， 请稍后再试。' },
    });
  });

  it('take the service and API version from the SDK path', () => {
    expect(loadTable(GO, { cwd })).toMatchObject({ service: 'demo', version: '2020-01-01' });
    expect(loadTable(PY, { cwd })).toMatchObject({ service: 'demo', version: '2020-01-01' });
    expect(loadTable('demo-error-codes.md', { cwd }).service).toBe('demo');
  });

  it.each([
    ['bad/space.go', 'bad/space.go:2: the code "Failed Operation" contains white space'],
    ['bad/no-comment.py', 'bad/no-comment.py:1: no description comment above "FailedOperation"'],
    [
      'bad/empty.py',
      "bad/empty.py: no error codes found (expected lines such as NAME = 'Family.Code' with a comment above)",
    ],
  ])('name the file and line of a problem: %s', (spec, message) => {
    expect(() => loadTable(spec, { cwd })).toThrow(message);
  });

  it('import into a table JSON each with --out-dir, and refuse two sources for one file', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tce-sdk-'));
    try {
      const bin = path.join(ROOT, 'dist/codegen/cli/bin.js');
      const run = (args: string[]) => spawnSync(process.execPath, [bin, 'import', ...args], { cwd, encoding: 'utf8' });
      const result = run([GO, '--out-dir', out]);
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
      expect(run([GO, '--out-dir', out, '--check'])).toMatchObject({ status: 0, stderr: '' });
      expect(run(['demo-error-codes.md', '--out-dir', out, '--check'])).toMatchObject({
        status: 1,
        stderr: `${path.join(out, 'demo.json')} is stale: re-run gen-handlers import to refresh it from demo-error-codes.md\n`,
      });
      const widget = 'tencentcloud/widget/v20210101/errors.go';
      expect(run([GO, widget, '--out-dir', out])).toMatchObject({
        status: 0,
        stdout: `wrote ${path.join(out, 'demo.json')}\nwrote ${path.join(out, 'widget.json')}\n`,
      });
      expect(JSON.parse(readFileSync(path.join(out, 'widget.json'), 'utf8'))).toEqual({
        service: 'widget',
        version: '2021-01-01',
        source: path.relative(out, path.join(cwd, widget)),
        codes: [{ code: 'ResourceNotFound.Widget', family: 'ResourceNotFound', scope: 'service', zh: '部件不存在。' }],
      });
      expect(run([GO, PY, '--out-dir', out])).toMatchObject({
        status: 2,
        stderr: `gen-handlers: ${GO} and ${PY} would both be written to ${path.join(out, 'demo.json')} (the same service)\n`,
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
