/**
 * Lints real code written by others — every `.js`, `.mjs`, `.cjs` and `.ts` file under this repository's
 * `node_modules` — with the plugin's recommended config (or, with `--preset strict`, the strict one), and prints how
 * many files were linted, how many the parser itself rejected (counted apart, not hidden), every report and every
 * crash.
 *
 *   npx tsx scripts/lint-corpus.ts                  # every file, on one worker thread per core
 *   npx tsx scripts/lint-corpus.ts --preset strict  # the same with the strict preset
 *   npx tsx scripts/lint-corpus.ts --every 10       # a deterministic tenth of them
 *   npx tsx scripts/lint-corpus.ts --jobs 1         # on the main thread only
 *
 * Exit code 0 when nothing is reported and nothing crashes, 1 otherwise. The ESLint `Linter` is used
 * directly, so ESLint's default ignoring of `node_modules` does not apply.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

import plugin from '../src/index.js';
import { corpusFiles, type CorpusResult, type CorpusRules, lintCorpus, sample } from '../tests/support/corpus.js';

/**
 * A worker loads this very module; run as TypeScript (through tsx), the worker registers tsx's loader first,
 * since a worker thread does not inherit the loader hooks of the main thread.
 */
const WORKER_SOURCE = import.meta.url.endsWith('.ts')
  ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`
  : `import(${JSON.stringify(import.meta.url)});`;

/** The presets a run may lint with. */
const PRESETS = ['recommended', 'strict'] as const;
type Preset = (typeof PRESETS)[number];

function presetRules(preset: Preset): CorpusRules {
  return preset === 'strict' ? plugin.configs.strict : true;
}

/** `lintCorpus` split over `jobs` worker threads (files dealt round-robin); results sorted by file. */
export async function lintCorpusInWorkers(
  files: readonly string[],
  jobs: number,
  preset: Preset = 'recommended',
): Promise<CorpusResult> {
  if (jobs <= 1) return lintCorpus(files, { rules: presetRules(preset) });
  const chunks = Array.from({ length: jobs }, (_, j) => files.filter((_, i) => i % jobs === j));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<CorpusResult>((resolve, reject) => {
          const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { corpusFiles: chunk, preset } });
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

const USAGE =
  'usage: npx tsx scripts/lint-corpus.ts [--preset recommended|strict] [--every N] [--jobs N]  (N: a positive integer)';

async function main(argv: string[]): Promise<number> {
  let every = 1;
  let jobs = availableParallelism();
  let preset: Preset = 'recommended';
  try {
    const { values } = parseArgs({
      args: argv,
      options: { every: { type: 'string' }, jobs: { type: 'string' }, preset: { type: 'string' } },
    });
    every = Number(values.every ?? every);
    jobs = Number(values.jobs ?? jobs);
    preset = (values.preset ?? preset) as Preset;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(every) || every < 1 || !Number.isInteger(jobs) || jobs < 1 || !PRESETS.includes(preset)) {
    console.error(USAGE);
    return 2;
  }
  const all = corpusFiles();
  const files = sample(all, every);
  const start = performance.now();
  const result = await lintCorpusInWorkers(files, jobs, preset);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const byExtension = new Map<string, number>();
  for (const file of files) byExtension.set(path.extname(file), (byExtension.get(path.extname(file)) ?? 0) + 1);
  console.log(
    `${files.length} of ${all.length} files under node_modules, ${preset} preset (${[...byExtension].map(([ext, n]) => `${n} ${ext}`).join(', ')}) in ${seconds} s on ${jobs} thread(s)`,
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
  const { corpusFiles: chunk, preset } = workerData as { corpusFiles: string[]; preset: Preset };
  parentPort?.postMessage(lintCorpus(chunk, { rules: presetRules(preset) }));
} else if (isMainThread && process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
