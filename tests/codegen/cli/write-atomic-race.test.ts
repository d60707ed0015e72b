import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ConcurrentEditError, writeFileAtomic } from '../../../src/codegen/cli/write-atomic.js';

/*
 * An editor's save that lands between gen-handlers' last check and its rename, made to land there: node:fs's
 * renameSync and linkSync are wrapped so a test can act at that moment, then do the real call.
 */
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, renameSync: vi.fn(real.renameSync), linkSync: vi.fn(real.linkSync) };
});

const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');

describe('writeFileAtomic and an editor saving at the last moment', () => {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = realFs.mkdtempSync(path.join(tmpdir(), 'tce-atomic-race-'));
    file = path.join(dir, 'out.ts');
    realFs.writeFileSync(file, 'as read\n');
  });
  afterEach(() => {
    vi.mocked(fs.renameSync).mockImplementation(realFs.renameSync);
    vi.mocked(fs.linkSync).mockImplementation(realFs.linkSync);
    realFs.rmSync(dir, { recursive: true, force: true });
  });

  it('a save in place just before the rename: the save is put back, the write refused, nothing left over', () => {
    vi.mocked(fs.renameSync).mockImplementationOnce((from, to) => {
      realFs.writeFileSync(file, 'saved by the editor, in place\n');
      realFs.renameSync(from, to);
    });
    expect(() => writeFileAtomic(file, 'generated\n', { expected: 'as read\n' })).toThrow(ConcurrentEditError);
    expect(realFs.readFileSync(file, 'utf8')).toBe('saved by the editor, in place\n');
    expect(realFs.readdirSync(dir)).toEqual(['out.ts']);
  });

  it('a save by rename before the last check: refused, the save kept', () => {
    vi.mocked(fs.linkSync).mockImplementationOnce((existing, name) => {
      realFs.linkSync(existing, name);
      // The editor writes its own temporary file and renames it over the target, as many editors save.
      realFs.writeFileSync(`${file}.editor`, 'saved by the editor, by rename\n');
      realFs.renameSync(`${file}.editor`, file);
    });
    expect(() => writeFileAtomic(file, 'generated\n', { expected: 'as read\n' })).toThrow(ConcurrentEditError);
    expect(realFs.readFileSync(file, 'utf8')).toBe('saved by the editor, by rename\n');
    expect(realFs.readdirSync(dir)).toEqual(['out.ts']);
  });

  it('a new file an editor creates just before ours: never replaced', () => {
    const fresh = path.join(dir, 'new.ts');
    vi.mocked(fs.linkSync).mockImplementationOnce((existing, name) => {
      realFs.writeFileSync(fresh, 'created by the editor\n');
      realFs.linkSync(existing, name);
    });
    expect(() => writeFileAtomic(fresh, 'generated\n', { expected: null })).toThrow(ConcurrentEditError);
    expect(realFs.readFileSync(fresh, 'utf8')).toBe('created by the editor\n');
    expect(realFs.readdirSync(dir).sort()).toEqual(['new.ts', 'out.ts']);
  });

  it('on a file system without hard links, it still checks just before the rename, and writes', () => {
    vi.mocked(fs.linkSync).mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM', syscall: 'link' });
    });
    writeFileAtomic(file, 'generated\n', { expected: 'as read\n' });
    writeFileAtomic(path.join(dir, 'new.ts'), 'created\n', { expected: null });
    expect(realFs.readFileSync(file, 'utf8')).toBe('generated\n');
    expect(realFs.readFileSync(path.join(dir, 'new.ts'), 'utf8')).toBe('created\n');
    expect(realFs.readdirSync(dir).sort()).toEqual(['new.ts', 'out.ts']);
  });

  it('with nothing in the way, writes and leaves neither its temporary file nor its link', () => {
    writeFileAtomic(file, 'generated\n', { expected: 'as read\n' });
    writeFileAtomic(file, 'again\n', { expected: 'generated\n' });
    expect(realFs.readFileSync(file, 'utf8')).toBe('again\n');
    expect(realFs.readdirSync(dir)).toEqual(['out.ts']);
  });
});
