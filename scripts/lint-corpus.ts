/**
 * Lints real code written by others — every `.js`, `.mjs`, `.cjs` and `.ts` file under this repository's
 * `node_modules` — with the plugin's recommended config, and prints how many files were linted, how many
 * the parser itself rejected (counted apart, not hidden), every report and every crash.
 *
 *   npx tsx scripts/lint-corpus.ts            # every file, on one worker thread per core
 *   npx tsx scripts/lint-corpus.ts --every 10 # a deterministic tenth of them
 *   npx tsx scripts/lint-corpus.ts --jobs 1   # on the main thread only
 *
 * Exit code 0 when nothing is reported and nothing crashes, 1 otherwise. The ESLint `Linter` is used
 * directly, so ESLint's default ignoring of `node_modules` does not apply.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../src/index.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const NODE_MODULES = path.join(ROOT, 'node_modules');

const EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts']);
const INLINE_CONFIG_NOTE = /has no effect because you have 'noInlineConfig' setting/u;

/** Every corpus file (path relative to `node_modules`, `/`-separated), sorted, so that samples are deterministic. */
export function corpusFiles(root: string = NODE_MODULES): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name)))
        files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

/** Every `every`-th file of a sorted list, starting with the first. */
export function sample<T>(files: readonly T[], every: number): T[] {
  return files.filter((_, i) => i % every === 0);
}

/** Which rules a corpus run turns on: see `corpusConfigs`. */
export type CorpusRules = boolean | Linter.Config;

export interface CorpusResult {
  /** Files linted (the parser accepted them). */
  readonly linted: number;
  /** Files the parser rejected under every source type tried, with the parser's message. */
  readonly rejected: readonly { readonly file: string; readonly message: string }[];
  /** Rule reports, as `file:line:column rule message`. */
  readonly reports: readonly string[];
  /** Files on which linting threw, with the error. */
  readonly crashes: readonly { readonly file: string; readonly error: string }[];
}

/**
 * The configs a corpus file is linted with: typescript-eslint's parser for `.ts`, espree (ESLint's default)
 * for the rest. `rules`: `true` for the recommended config, `false` for no rule at all (the baseline of the
 * benchmark), or a config to use in place of the recommended one.
 */
export function corpusConfigs(sourceType: 'module' | 'commonjs', rules: CorpusRules = true): Linter.Config[] {
  return [
    // ESLint ignores node_modules by default; the corpus is node_modules.
    { ignores: ['!**/node_modules/'] },
    { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType } },
    { files: ['**/*.ts'], languageOptions: { parser: tsParser, sourceType } },
    ...(rules === true ? [plugin.configs.recommended] : rules === false ? [] : [rules]),
    // Directives in the corpus could turn our rule off, and name rules of plugins we do not load.
    { linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true } },
  ];
}

/**
 * Lints `files` (relative to `root`). A file is parsed as a module first and, when the parser rejects
 * that, as CommonJS (`.cjs` files the other way round); it counts as rejected only when both fail.
 */
export function lintCorpus(
  files: readonly string[],
  options: { root?: string; rules?: CorpusRules } = {},
): CorpusResult {
  return lintSources(readCorpus(files, options.root), options);
}

export interface CorpusSource {
  readonly file: string;
  readonly text: string;
}

/** The text of each corpus file (relative to `root`), read up front so that timing excludes the disk. */
export function readCorpus(files: readonly string[], root: string = NODE_MODULES): CorpusSource[] {
  return files.map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
}

/** `lintCorpus` on texts already read. */
export function lintSources(sources: readonly CorpusSource[], options: { rules?: CorpusRules } = {}): CorpusResult {
  const linter = new Linter({ configType: 'flat' });
  const modules = corpusConfigs('module', options.rules ?? true);
  const commonjs = corpusConfigs('commonjs', options.rules ?? true);
  let linted = 0;
  const rejected: { file: string; message: string }[] = [];
  const reports: string[] = [];
  const crashes: { file: string; error: string }[] = [];
  for (const { file, text } of sources) {
    const attempts = file.endsWith('.cjs') ? [commonjs, modules] : [modules, commonjs];
    try {
      let messages: Linter.LintMessage[] = [];
      for (const configs of attempts) {
        messages = linter.verify(text, configs, { filename: `node_modules/${file}` });
        if (!messages.some((message) => message.fatal === true)) break;
      }
      const fatal = messages.find((message) => message.fatal === true);
      if (fatal !== undefined) {
        rejected.push({ file, message: `${fatal.line}:${fatal.column} ${fatal.message}` });
        continue;
      }
      linted++;
      for (const m of messages) {
        // With inline config off, ESLint notes each directive it skips; that is not a report.
        if (m.ruleId === null && INLINE_CONFIG_NOTE.test(m.message)) continue;
        reports.push(`${file}:${m.line}:${m.column} ${m.ruleId ?? '(no rule)'} ${m.message}`);
      }
    } catch (error) {
      crashes.push({ file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return { linted, rejected, reports, crashes };
}

/**
 * A worker loads this very module; run as TypeScript (through tsx), the worker registers tsx's loader first,
 * since a worker thread does not inherit the loader hooks of the main thread.
 */
const WORKER_SOURCE = import.meta.url.endsWith('.ts')
  ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`
  : `import(${JSON.stringify(import.meta.url)});`;

/** `lintCorpus` split over `jobs` worker threads (files dealt round-robin); results sorted by file. */
export async function lintCorpusInWorkers(files: readonly string[], jobs: number): Promise<CorpusResult> {
  if (jobs <= 1) return lintCorpus(files);
  const chunks = Array.from({ length: jobs }, (_, j) => files.filter((_, i) => i % jobs === j));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<CorpusResult>((resolve, reject) => {
          const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { corpusFiles: chunk } });
          worker.once('message', (result: CorpusResult) => resolve(result));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`corpus worker exited with code ${code}`));
          });
        }),
    ),
  );
  const byFile = <T extends { file: string }>(a: T, b: T): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    linted: results.reduce((sum, r) => sum + r.linted, 0),
    rejected: results.flatMap((r) => r.rejected).sort(byFile),
    reports: results.flatMap((r) => r.reports).sort(),
    crashes: results.flatMap((r) => r.crashes).sort(byFile),
  };
}

const USAGE = 'usage: npx tsx scripts/lint-corpus.ts [--every N] [--jobs N]  (N: a positive integer)';

async function main(argv: string[]): Promise<number> {
  let every = 1;
  let jobs = availableParallelism();
  try {
    const { values } = parseArgs({ args: argv, options: { every: { type: 'string' }, jobs: { type: 'string' } } });
    every = Number(values.every ?? every);
    jobs = Number(values.jobs ?? jobs);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(every) || every < 1 || !Number.isInteger(jobs) || jobs < 1) {
    console.error(USAGE);
    return 2;
  }
  const all = corpusFiles();
  const files = sample(all, every);
  const start = performance.now();
  const result = await lintCorpusInWorkers(files, jobs);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const byExtension = new Map<string, number>();
  for (const file of files) byExtension.set(path.extname(file), (byExtension.get(path.extname(file)) ?? 0) + 1);
  console.log(
    `${files.length} of ${all.length} files under node_modules (${[...byExtension].map(([ext, n]) => `${n} ${ext}`).join(', ')}) in ${seconds} s on ${jobs} thread(s)`,
  );
  console.log(`  linted: ${result.linted}`);
  console.log(`  rejected by the parser: ${result.rejected.length}`);
  for (const { file, message } of result.rejected) console.log(`    ${file}: ${message}`);
  console.log(`  reports: ${result.reports.length}`);
  for (const report of result.reports) console.log(`    ${report}`);
  console.log(`  crashes: ${result.crashes.length}`);
  for (const { file, error } of result.crashes) console.log(`    ${file}: ${error}`);
  return result.reports.length === 0 && result.crashes.length === 0 ? 0 : 1;
}

if (!isMainThread && (workerData as { corpusFiles?: unknown } | null)?.corpusFiles !== undefined) {
  parentPort?.postMessage(lintCorpus((workerData as { corpusFiles: string[] }).corpusFiles));
} else if (isMainThread && process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
