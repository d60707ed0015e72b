import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

import { messageValue } from '../../shared/comment-text.js';
import { type Bilingual, type Message, message } from '../../shared/i18n.js';
import { isEmbeddedSpec } from '../../table/load.js';
import { isSourceFile } from '../../table/source.js';
import { CLI_MESSAGES as M } from './messages.js';

/**
 * The policy for table paths read from a generated file's header. A header is text anyone can commit, and
 * `gen-handlers --check` runs on it in CI: a path it names must stay inside the project (the nearest folder above
 * the generated file with a package.json, or the git root) and be a table file by extension, else a header could
 * make the run read any file the runner can (`../../.aws/credentials`, `/etc/passwd`) and quote it in an error or
 * put it into the output. A path given on the command line is the user's own choice and needs no policy.
 */

/** The nearest folder above `file` (its own folder first) that holds `name`, or `undefined`. */
export function nearestFolderWith(file: string, name: string): string | undefined {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, name))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The folders a header's table paths may point into: the package root and the git root above `file`. */
function projectRoots(file: string): string[] {
  const roots = [nearestFolderWith(file, 'package.json'), nearestFolderWith(file, '.git')].filter(
    (root): root is string => root !== undefined,
  );
  return roots.length > 0 ? roots : [path.dirname(file)];
}

/**
 * Why the header of `target` may not name the table `spec` (resolved against `base`), in words, or `undefined` when
 * it may: an embedded name, or a table file inside the project, also once its links are followed. Reads no file.
 */
export function headerTableProblem(spec: string, base: string, target: string): Bilingual | undefined {
  if (isEmbeddedSpec(spec)) return undefined;
  if (path.isAbsolute(spec) || path.win32.isAbsolute(spec)) return M.tableAbsolutePath;
  if (!isTableFile(spec)) return M.tableNotTableFile;
  const absolute = path.resolve(base, spec);
  const roots = projectRoots(target);
  if (!roots.some((root) => isInside(absolute, root))) return M.tableOutsideProject;
  const real = realPath(absolute);
  if (real !== undefined && !roots.some((root) => isInside(real, realPath(root) ?? root))) {
    return M.tableLinkOutside;
  }
  return undefined;
}

/** The one-line refusal of a header's table, naming the header line and what to do instead. */
export function headerTableRefusal(out: string, line: number, spec: string, problem: Bilingual): Message {
  return message(M.headerTableRefused, { out, line, spec: messageValue(spec), problem: message(problem) });
}

function isTableFile(spec: string): boolean {
  return path.extname(spec).toLowerCase() === '.json' || isSourceFile(spec);
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** The path with its links followed, or `undefined` when it does not exist (then nothing can be read from it). */
function realPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
