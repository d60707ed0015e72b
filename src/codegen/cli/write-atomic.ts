import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** The target changed between the read it was generated from and the rename: nothing was written. */
export class ConcurrentEditError extends Error {
  override readonly name = 'ConcurrentEditError';
}

export interface WriteOptions {
  /**
   * The text the target held when it was read (`null`: it did not exist). Checked again around the rename: if the
   * target changed since (an editor saved it), the editor's text stays and `ConcurrentEditError` is thrown.
   */
  readonly expected?: string | null;
}

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, flushed to disk (fsync), given
 * the target's file mode, then renamed over it. A reader (or a killed run) sees the old file or the new one,
 * never a part. A run killed between the two steps leaves its temporary file behind; the next write to the same
 * target removes such leftovers of processes that are gone.
 *
 * With `expected`, an editor's save is not overwritten (see replaceChecked): a file that appeared where there was
 * none is never replaced, and the target's text, size and modification time are checked against what was read
 * right before the rename, and its old text (kept under a hard link) right after it: a save that landed in
 * between is put back and ConcurrentEditError thrown.
 */
export function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  mkdirSync(dir, { recursive: true });
  removeLeftovers(dir, base);
  const temp = tempName(dir, base);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, text);
      const mode = modeOf(file);
      if (mode !== undefined) fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.expected === undefined) renameSync(temp, file);
    else if (options.expected === null) createChecked(temp, file);
    else replaceChecked(temp, file, options.expected, tempName(dir, base));
  } finally {
    rmSync(temp, { force: true });
  }
}

function tempName(dir: string, base: string): string {
  return path.join(dir, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Puts `temp` where there was no file: as a hard link, which fails rather than replace a file that appeared since
 * (an editor's new file). Without hard links (some file systems), the check and a rename, as close as they can be.
 */
function createChecked(temp: string, file: string): void {
  try {
    linkSync(temp, file);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw changed(file);
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  if (currentText(file) !== null) throw changed(file);
  renameSync(temp, file);
}

/** What `link` answers on a file system without hard links. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Renames `temp` over `file`, which was read as `expected`, unless an editor saved it since:
 *
 * 1. its text is checked, and its size, modification time and inode noted;
 * 2. its inode gets a second name (`backup`, a hard link), which keeps the user's text alive through the rename;
 * 3. immediately before the rename, the target is stat'ed again: another inode (an editor's save by rename) or
 *    another size or time (a save in place) refuses, nothing written;
 * 4. after the rename, the old inode must still hold the text that was read: a save in place that landed between
 *    3 and the rename is put back (the backup renamed over the new file) and refused.
 *
 * What is left is the moment between the stat of step 3 and the rename for a save by rename, a few microseconds.
 * Without hard links, steps 1 and 3 alone.
 */
function replaceChecked(temp: string, file: string, expected: string, backup: string): void {
  if (currentText(file) !== expected) throw changed(file);
  const before = statSync(file);
  let linked = true;
  try {
    linkSync(file, backup);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    linked = false;
  }
  try {
    if (linked && !sameFile(statSync(backup), before)) throw changed(file);
    if (!sameFile(statOrUndefined(file), before)) throw changed(file);
    renameSync(temp, file);
    if (linked && (!sameFile(statSync(backup), before) || readFileSync(backup, 'utf8') !== expected)) {
      renameSync(backup, file);
      throw changed(file);
    }
  } finally {
    if (linked) rmSync(backup, { force: true });
  }
}

function sameFile(now: Stats | undefined, then: Stats): boolean {
  return now !== undefined && now.ino === then.ino && now.size === then.size && now.mtimeMs === then.mtimeMs;
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function changed(file: string): ConcurrentEditError {
  return new ConcurrentEditError(`${file} changed since it was read`);
}

/** The permission bits of an existing file, or `undefined` when there is none. */
function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** The target's text now, or `null` when it does not exist. */
function currentText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function removeLeftovers(dir: string, base: string): void {
  const prefix = `.${base}.`;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp$/u.exec(name.slice(prefix.length));
    if (match !== null && !isRunning(Number(match[1]))) rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
