import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type plugin from '../src/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** `dist/index.js`, the plugin as a package installs it. */
export const BUILT_INDEX = path.join(ROOT, 'dist', 'index.js');

/** Throws unless `dist/` exists and is newer than the last commit that changed `src/`. */
export function assertFreshBuild(): void {
  const newest = spawnSync('git', ['log', '-1', '--format=%ct', '--', 'src'], { cwd: ROOT, encoding: 'utf8' });
  const built = statSync(BUILT_INDEX, { throwIfNoEntry: false });
  if (built === undefined) throw new Error('no dist/: run npm run build first');
  if (built.mtimeMs / 1000 < Number(newest.stdout.trim())) {
    throw new Error('dist/ is older than the last commit of src/: run npm run build first');
  }
}

/**
 * The built plugin, which is what users run: the sources as `tsx` compiles them keep every function's name with a
 * call of `Object.defineProperty` each time a function is made, which a rule's `create` does for every file.
 */
export async function builtPlugin(): Promise<typeof plugin> {
  assertFreshBuild();
  return ((await import(pathToFileURL(BUILT_INDEX).href)) as { default: typeof plugin }).default;
}
