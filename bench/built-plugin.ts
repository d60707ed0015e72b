import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
 * `index`: another copy of the build's `dist/index.js`, such as `installedCopy()`'s.
 */
export async function builtPlugin(index: string = BUILT_INDEX): Promise<typeof plugin> {
  assertFreshBuild();
  return ((await import(pathToFileURL(index).href)) as { default: typeof plugin }).default;
}

/**
 * The package as `npm install` lays it out, with the built plugin: `package.json`, `dist/`, `data/*.json`, and the
 * catalogue as one file, `data/catalogue.pack`, as `npm pack` writes it (the repository keeps the folder, which is
 * read differently). It is made in a temporary folder beside a link to the project's `node_modules/`, where it
 * finds its dependencies as an installed package finds its own. Returns its `dist/index.js` and a function that
 * removes it.
 */
export async function installedCopy(): Promise<{ index: string; remove: () => void }> {
  assertFreshBuild();
  const root = mkdtempSync(path.join(tmpdir(), 'tce-bench-installed-'));
  const remove = (): void => rmSync(root, { recursive: true, force: true });
  const dir = path.join(root, 'package');
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    mkdirSync(dir);
    cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
    mkdirSync(path.join(dir, 'data'));
    for (const name of readdirSync(path.join(ROOT, 'data')).filter((file) => file.endsWith('.json'))) {
      cpSync(path.join(ROOT, 'data', name), path.join(dir, 'data', name));
    }
    const { writePack } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'table', 'pack.js')).href)) as {
      writePack: (folder: string, file: string) => void;
    };
    writePack(path.join(ROOT, 'data', 'catalogue'), path.join(dir, 'data', 'catalogue.pack'));
  } catch (error) {
    remove();
    throw error;
  }
  return { index: path.join(dir, 'dist', 'index.js'), remove };
}
