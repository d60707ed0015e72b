import path from 'node:path';

import { commentText } from '../shared/comment-text.js';
import { posixPath } from '../shared/posix-path.js';
import { shellWord } from '../shared/shell-word.js';
import { COMMON_TABLE } from '../table/catalogue.js';
import { isEmbeddedSpec } from '../table/load.js';
import type { ResolvedSettings } from './settings.js';

/**
 * The `gen-handlers` command that writes an exhaustive handler for `family` from the tables a file was judged
 * against, for a message to show: the products it calls (without `common`, which every product table includes),
 * or the configured tables, a file under `cwd` as a path relative to it (gen-handlers runs from the project root).
 * Words a POSIX shell would split or expand are single-quoted, and the result is made safe for a terminal.
 */
export function genHandlersCommand(
  settings: Pick<ResolvedSettings, 'consulted' | 'scopedToProducts'>,
  family: string,
  cwd: string,
): string {
  const products = settings.consulted.filter((name) => name !== COMMON_TABLE);
  const tables = settings.scopedToProducts
    ? products.length > 0
      ? products
      : [COMMON_TABLE]
    : settings.consulted.map((spec) => tableArgument(spec, cwd));
  const words = ['npx', 'gen-handlers', ...tables.flatMap((table) => ['--table', table]), '--family', family];
  return commentText(words.map(shellWord).join(' '));
}

/** A table spec as gen-handlers, run from `cwd`, reads it: an absolute path under `cwd` made relative. */
function tableArgument(spec: string, cwd: string): string {
  if (isEmbeddedSpec(spec) || !path.isAbsolute(spec)) return spec;
  const relative = path.relative(cwd, spec);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return relative === '' || outside ? spec : posixPath(relative);
}

/** The `gen-handlers` command that writes a handler per action for `actions` of the catalogue table `table`. */
export function genHandlersActionCommand(table: string, actions: readonly string[]): string {
  const words = ['npx', 'gen-handlers', '--table', table, ...actions.flatMap((action) => ['--action', action])];
  return commentText(words.map(shellWord).join(' '));
}
