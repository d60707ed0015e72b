import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { TableError } from '../table/table-error.js';

/**
 * The few git plumbing commands the importer runs on an SDK repository (bare or not): it never checks a tree out,
 * it reads commits, file lists and blobs. Every failure is a TableError naming the repository and the command.
 */

/** The largest output read from one git command: the client.go diffs of tencentcloud-sdk-go's history are ~100 MB. */
const MAX_OUTPUT = 1024 * 1024 * 1024;

/** The git directory of `dir` when it is a repository's top (a bare repository, or a work tree with `.git`). */
export function gitDirOf(dir: string): string | undefined {
  if (existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects'))) return dir;
  const dotGit = path.join(dir, '.git');
  return existsSync(dotGit) ? dotGit : undefined;
}

/** Runs `git --git-dir=<gitDir> <args>` and returns its output (as bytes: callers decode what they need). */
export function gitBytes(gitDir: string, args: readonly string[], input?: string): Buffer {
  try {
    return execFileSync('git', [`--git-dir=${gitDir}`, ...args], {
      maxBuffer: MAX_OUTPUT,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(input === undefined ? {} : { input }),
    });
  } catch (error) {
    const { code, stderr } = error as NodeJS.ErrnoException & { stderr?: Buffer };
    const said = stderr?.toString('utf8').trim().split('\n')[0];
    const reason = code === 'ENOENT' ? 'git is not installed (or not on PATH)' : said || String(error);
    throw new TableError(gitDir, undefined, `git ${args[0] ?? ''} failed: ${reason}`);
  }
}

/** Runs a git command and returns its output as text. */
export function git(gitDir: string, args: readonly string[]): string {
  return gitBytes(gitDir, args).toString('utf8');
}

/**
 * The texts of blobs named `<commit>:<path>`, read with one `git cat-file --batch`; a name that does not exist at
 * that commit is absent from the map.
 */
export function readBlobs(gitDir: string, names: readonly string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  if (names.length === 0) return blobs;
  const out = gitBytes(gitDir, ['cat-file', '--batch'], `${names.join('\n')}\n`);
  let at = 0;
  for (const name of names) {
    const newline = out.indexOf(10, at);
    if (newline === -1) break;
    const header = out.subarray(at, newline).toString('utf8');
    // `<sha> blob <size>`, or `<name> missing`.
    const size = /^[0-9a-f]+ blob (\d+)$/u.exec(header)?.[1];
    if (size === undefined) {
      at = newline + 1;
      continue;
    }
    const end = newline + 1 + Number(size);
    blobs.set(name, out.subarray(newline + 1, end).toString('utf8'));
    at = end + 1;
  }
  return blobs;
}

/**
 * Calls `line` with each line of `bytes` that starts with one of `prefixes` (compared as bytes, so the rest of a
 * large output is never decoded).
 */
export function eachLineStartingWith(bytes: Buffer, prefixes: readonly string[], line: (text: string) => void): void {
  const heads = prefixes.map((p) => Buffer.from(p, 'utf8'));
  let at = 0;
  while (at < bytes.length) {
    let end = bytes.indexOf(10, at);
    if (end === -1) end = bytes.length;
    for (const head of heads) {
      if (end - at >= head.length && bytes.compare(head, 0, head.length, at, at + head.length) === 0) {
        line(bytes.subarray(at, end).toString('utf8'));
        break;
      }
    }
    at = end + 1;
  }
}
