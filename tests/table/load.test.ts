import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { fsReason } from '../../src/table/load.js';
import { tableErrorMessage } from '../support/table-error.js';

/**
 * `loadTable` on inputs that once crashed or went silent: every one is a TableError naming the file and, where
 * the problem has one, the line. The inputs are made here (a folder, a huge file, deep nesting, odd SDK lines).
 */
let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'tce-load-'));
  mkdirSync(path.join(cwd, 'folder.json'));
  writeFileSync(path.join(cwd, 'huge.json'), '');
  truncateSync(path.join(cwd, 'huge.json'), 65 * 1024 * 1024);
  writeFileSync(path.join(cwd, 'deep.json'), `{"service":"x","codes":${'['.repeat(100_000)}`);
  writeFileSync(
    path.join(cwd, 'deep-valid.json'),
    `{"service":"x","codes":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  );
  writeFileSync(
    path.join(cwd, 'long.json'),
    JSON.stringify({
      service: 'x',
      codes: [{ code: 'FailedOperation', family: 'FailedOperation', scope: 'service', zh: '长'.repeat(2001) }],
    }),
  );
  writeFileSync(path.join(cwd, 'header-only.md'), '# 错误码\n\n| 错误码 | 说明 |\n| --- | --- |\n');
  const go = (line: string): string =>
    `package v1\n\nconst (\n\t// 操作失败。\n\tFAILEDOPERATION = "FailedOperation"\n\n\t// 其他。\n${line}\n)\n`;
  const lines: [string, string][] = [['typed', '\tB string = "FailedOperation.B"']];
  for (const [name, line] of lines) {
    mkdirSync(path.join(cwd, name, 'tencentcloud/demo/v20200101'), { recursive: true });
    writeFileSync(path.join(cwd, name, 'tencentcloud/demo/v20200101/errors.go'), go(line));
  }
  mkdirSync(path.join(cwd, 'py/tencentcloud/demo/v20200101'), { recursive: true });
  writeFileSync(
    path.join(cwd, 'py/tencentcloud/demo/v20200101/errorcodes.py'),
    "# 操作失败。\nFAILEDOPERATION = 'FailedOperation'\n\n# 其他。\nB: str = 'FailedOperation.B'\n",
  );
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function messageOf(spec: string): string {
  return tableErrorMessage(spec, cwd);
}

describe('loadTable refuses, naming the file', () => {
  it.each([
    ['folder.json', 'folder.json: not a file'],
    ['huge.json', 'huge.json: the file is 65 MB; a table may be at most 64 MB'],
    ['deep.json', 'deep.json: invalid JSON (nested too deeply to read)'],
    ['deep-valid.json', 'deep-valid.json: each entry of "codes" must be an object'],
    ['long.json', 'long.json:1: the description of "FailedOperation" is longer than 2000 characters (2001)'],
    ['header-only.md', 'header-only.md:3: the error-code table has a header row but no codes'],
    [
      'typed/tencentcloud/demo/v20200101/errors.go',
      'typed/tencentcloud/demo/v20200101/errors.go:8: expected NAME = "Family.Code" (a constant set to a code string); this constant has a type',
    ],
    [
      'py/tencentcloud/demo/v20200101/errorcodes.py',
      "py/tencentcloud/demo/v20200101/errorcodes.py:5: expected NAME = 'Family.Code' (a constant set to a code string); this name has a type annotation",
    ],
  ])('%s', (spec, message) => {
    expect(messageOf(spec)).toBe(message);
  });
});

describe('fsReason: a file-system error in words', () => {
  const errno = (code: string, syscall = 'open'): Error => Object.assign(new Error(`${code}: x`), { code, syscall });
  it.each([
    [errno('EACCES'), 'permission denied (EACCES)'],
    [errno('EISDIR', 'read'), 'it is a folder (EISDIR)'],
    [errno('EIO', 'read'), 'read failed (EIO)'],
    [errno('EROFS'), 'the file system is read-only (EROFS)'],
    [errno('ENOSPC', 'write'), 'no space left on the device (ENOSPC)'],
    [new Error('plain'), 'plain'],
  ])('%s → %s', (error, want) => {
    expect(fsReason(error)).toBe(want);
  });
});
