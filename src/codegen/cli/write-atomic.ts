import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
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
   * The text the target held when it was read (`null`: it did not exist). Checked again just before the rename:
   * if the target changed since (an editor saved it), nothing is written and `ConcurrentEditError` is thrown.
   */
  readonly expected?: string | null;
}

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, flushed to disk (fsync), given
 * the target's file mode, then renamed over it. A reader (or a killed run) sees the old file or the new one,
 * never a part. A run killed between the two steps leaves its temporary file behind; the next write to the same
 * target removes such leftovers of processes that are gone.
 */
export function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  mkdirSync(dir, { recursive: true });
  removeLeftovers(dir, base);
  const temp = path.join(dir, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
    if (options.expected !== undefined && currentText(file) !== options.expected) {
      throw new ConcurrentEditError(`${file} changed since it was read`);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
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
