import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ConcurrentEditError, writeFileAtomic } from '../../../src/codegen/cli/write-atomic.js';
import { tempFiles } from '../support.js';

describe('writeFileAtomic', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tce-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file and leaves no temporary file', () => {
    const file = path.join(dir, 'out.ts');
    writeFileSync(file, 'old\n');
    writeFileAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['out.ts']);
  });

  it('removes the leftovers of a killed run, but not those of a live process or of other files', () => {
    const file = path.join(dir, 'out.ts');
    // pid 2^22 + 1 is above Linux's pid_max limit, so no process has it.
    const dead = `.out.ts.${2 ** 22 + 1}.0123abcd.tmp`;
    const live = `.out.ts.${process.pid}.89abcdef.tmp`;
    const other = `.other.ts.${2 ** 22 + 1}.0123abcd.tmp`;
    for (const name of [dead, live, other]) writeFileSync(path.join(dir, name), 'partial');
    writeFileAtomic(file, 'new\n');
    expect(existsSync(path.join(dir, dead))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([live, other, 'out.ts'].sort());
  });

  it('leaves the old file and no temporary file when the rename fails', () => {
    const target = path.join(dir, 'target');
    // A folder cannot be replaced by a file: the rename fails after the temporary file was written.
    const folder = path.join(target, 'inner');
    writeFileAtomic(path.join(folder, 'f'), 'in folder');
    expect(() => writeFileAtomic(target, 'text')).toThrow();
    expect(readdirSync(dir)).toEqual(['target']);
    expect(readFileSync(path.join(folder, 'f'), 'utf8')).toBe('in folder');
  });

  it("keeps the target's file mode", () => {
    const file = path.join(dir, 'out.ts');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'new\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('refuses, writing nothing, when the target changed since it was read (an editor saved it)', () => {
    const file = path.join(dir, 'out.ts');
    writeFileSync(file, 'saved by the editor\n');
    expect(() => writeFileAtomic(file, 'generated\n', { expected: 'as read\n' })).toThrow(ConcurrentEditError);
    expect(readFileSync(file, 'utf8')).toBe('saved by the editor\n');
    expect(readdirSync(dir)).toEqual(['out.ts']);
  });

  it('refuses when a file appeared where there was none, and writes when the target is as read', () => {
    const file = path.join(dir, 'out.ts');
    writeFileSync(file, 'appeared\n');
    expect(() => writeFileAtomic(file, 'generated\n', { expected: null })).toThrow(ConcurrentEditError);
    expect(readFileSync(file, 'utf8')).toBe('appeared\n');
    writeFileAtomic(file, 'generated\n', { expected: 'appeared\n' });
    expect(readFileSync(file, 'utf8')).toBe('generated\n');
  });

  it('writes atomically: a failed rename leaves no temporary file and nothing half-written', () => {
    // A non-empty folder where the file should go: the temporary file is written, the rename fails.
    mkdirSync(path.join(dir, 'gaap.ts'));
    writeFileSync(path.join(dir, 'gaap.ts', 'keep'), 'old');
    expect(() => writeFileAtomic(path.join(dir, 'gaap.ts'), 'new text')).toThrow();
    expect(tempFiles(dir)).toEqual([]);
    expect(readFileSync(path.join(dir, 'gaap.ts', 'keep'), 'utf8')).toBe('old');
    writeFileAtomic(path.join(dir, 'other.ts'), 'new text');
    expect(readdirSync(dir).sort()).toEqual(['gaap.ts', 'other.ts']);
  });
});
