import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { heading } from './harness.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PATHS = 300;
/** The most the heap may grow with 300 different table paths in one process. */
const TARGET_MB = 100;

/**
 * Memory of a long-lived process (an editor's language server) that lints with many different table files: the
 * heap growth after linting with 300 different table paths of 2,000 codes each, against linting 300 times with the
 * same one, each in a fresh process (bench/table-paths-heap.ts), alternately, median of 3 with min–max. The index
 * cache is an LRU bounded in entries and bytes: the growth must stay under 100 MB. Sets a failing exit code when not.
 */
export default async function tablePathsBench(): Promise<void> {
  heading(`table paths: heap growth after linting with ${PATHS} table files of 2,000 codes in one process`);
  const growth = (mode: 'distinct' | 'same'): number => {
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench/table-paths-heap.ts'), mode, String(PATHS)],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`heap run failed: ${run.stderr}`);
    return Number(run.stdout.trim());
  };
  const distinct: number[] = [];
  const same: number[] = [];
  for (let i = 0; i < 3; i++) {
    same.push(growth('same'));
    distinct.push(growth('distinct'));
  }
  const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  const spread = (values: number[]): string => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${mb(sorted[1] ?? Number.NaN)} (${mb(sorted[0] ?? Number.NaN)}–${mb(sorted[2] ?? Number.NaN)})`;
  };
  const median = [...distinct].sort((a, b) => a - b)[1] ?? Number.NaN;
  console.log(`  ${PATHS} different table paths                 ${spread(distinct)}  (target < ${TARGET_MB} MB)`);
  console.log(`  the same table path ${PATHS} times              ${spread(same)}`);
  await Promise.resolve();
  if (!(median < TARGET_MB * 1024 * 1024)) {
    console.log(`  FAILED heap growth ${mb(median)} is not under ${TARGET_MB} MB`);
    process.exitCode = 1;
  }
}
