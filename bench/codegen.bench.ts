import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { syntheticTableJson } from '../tests/support/synthetic.js';
import { heading } from './harness.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const BIN = path.join(ROOT, pkg.bin['gen-handlers'] ?? '');
const RUNS = 5;

/** Wall time of one fresh Node process, in ms; fails loudly if it fails. */
function processMs(args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * gen-handlers wall time, each as a ratio to the wall time of a fresh `node` that merely imports
 * ts-morph: both are fresh processes of the built bin (`npm run build` first), run alternately
 * RUNS times; the medians are compared. A fresh output file each run, so every run generates and writes.
 */
export default async function codegenBench(): Promise<void> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" before the codegen bench`);
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-codegen-bench-'));
  try {
    const big = path.join(dir, 'synthetic.json');
    writeFileSync(big, syntheticTableJson(10_000));
    heading(
      `codegen: gen-handlers wall time vs a fresh node that only imports ts-morph (fresh processes, median of ${RUNS})`,
    );
    const cases: [name: string, table: string][] = [
      ['gen-handlers, gaap (69 codes, 20 families)', 'gaap'],
      ['gen-handlers, synthetic (10,000 codes, 200 families)', big],
    ];
    for (const [name, table] of cases) {
      const baseline: number[] = [];
      const subject: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        baseline.push(processMs(['--input-type=module', '-e', "await import('ts-morph')"], ROOT));
        const out = path.join(dir, `out-${i}.ts`);
        subject.push(processMs([BIN, '--table', table, '--out', out], dir));
        rmSync(out, { force: true });
      }
      const subjectMs = median(subject);
      const baselineMs = median(baseline);
      console.log(
        `  ${name.padEnd(54)} ${`${(subjectMs / baselineMs).toFixed(2)}x`.padStart(10)}  vs node importing ts-morph  (${subjectMs.toFixed(0)} ms / ${baselineMs.toFixed(0)} ms)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
