import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { assertFreshBuild, BUILT_INDEX } from './built-plugin.js';
import { compare, heading } from './harness.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Imports the module at the URL of the first argument and prints how long that took, in ms; with a second URL,
 * imports that one first, untimed.
 */
const IMPORT_TIME = [
  'const [url, before] = process.argv.slice(1);',
  'if (before !== undefined) await import(before);',
  'const start = performance.now();',
  'await import(url);',
  'process.stdout.write(String(performance.now() - start));',
].join(' ');

/** A task that imports `url` in a fresh Node.js process (after `before`) and returns the import's own time. */
function importTime(url: string, before?: string): () => number {
  return () => {
    const args = ['--input-type=module', '-e', IMPORT_TIME, url, ...(before === undefined ? [] : [before])];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`importing ${url} failed: ${run.stderr}`);
    return Number(run.stdout);
  };
}

/**
 * The cost of loading the plugin, which ESLint pays once per process (and once per worker with --concurrency):
 * the built plugin against eslint-plugin-regexp (an established plugin that, like ours, ships without a bundler),
 * each imported in a fresh process, on its own and after ESLint (as in a lint run, where ESLint is loaded
 * already; the plugin's rule helpers load parts of it).
 */
export default async function importBench(): Promise<void> {
  assertFreshBuild();
  const plugin = pathToFileURL(BUILT_INDEX).href;
  const regexp = import.meta.resolve('eslint-plugin-regexp');
  const eslint = import.meta.resolve('eslint');
  heading('import: the built plugin (dist/index.js) against eslint-plugin-regexp, each in a fresh process');
  await compare(
    'import',
    ['import eslint-plugin-tencentcloud-errors', importTime(plugin)],
    ['import eslint-plugin-regexp', importTime(regexp)],
    { samples: 11, selfTimed: true },
  );
  await compare(
    'import',
    ['import eslint-plugin-tencentcloud-errors after eslint', importTime(plugin, eslint)],
    ['import eslint-plugin-regexp after eslint', importTime(regexp, eslint)],
    { samples: 11, selfTimed: true },
  );
}
