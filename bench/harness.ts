import { Bench } from 'tinybench';

/** One comparison: a subject measured against a baseline in the same run. */
export interface Comparison {
  readonly section: string;
  readonly subject: string;
  readonly baseline: string;
  readonly subjectMs: number;
  readonly baselineMs: number;
  /** subject time / baseline time. */
  readonly ratio: number;
}

export interface CompareOptions {
  /** Minimum time per task in ms (tinybench `time`); default 300. */
  readonly time?: number;
  /** Minimum iterations per task (tinybench `iterations`); default 10. */
  readonly iterations?: number;
}

export type Task = () => unknown;

/**
 * Measures `subject` and `baseline` with tinybench in one run and returns the ratio of their
 * median latencies. Absolute times are printed for context; the ratio is the figure to read.
 */
export async function compare(
  section: string,
  subject: [name: string, fn: Task],
  baseline: [name: string, fn: Task],
  options: CompareOptions = {},
): Promise<Comparison> {
  const bench = new Bench({ time: options.time ?? 300, iterations: options.iterations ?? 10, warmup: true });
  bench.add(baseline[0], baseline[1]).add(subject[0], subject[1]);
  await bench.run();
  const median = (name: string): number => {
    const result = bench.getTask(name)?.result;
    if (result === undefined || !('latency' in result)) throw new Error(`benchmark task "${name}" did not complete`);
    return result.latency.p50 ?? result.latency.mean;
  };
  const subjectMs = median(subject[0]);
  const baselineMs = median(baseline[0]);
  const comparison = {
    section,
    subject: subject[0],
    baseline: baseline[0],
    subjectMs,
    baselineMs,
    ratio: subjectMs / baselineMs,
  };
  report(comparison);
  return comparison;
}

/** Times one run of each (for work too slow to repeat many times), as a ratio. */
export async function compareOnce(
  section: string,
  subject: [string, () => Promise<unknown> | unknown],
  baseline: [string, () => Promise<unknown> | unknown],
): Promise<Comparison> {
  const time = async (fn: () => Promise<unknown> | unknown): Promise<number> => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  const baselineMs = await time(baseline[1]);
  const subjectMs = await time(subject[1]);
  const comparison = {
    section,
    subject: subject[0],
    baseline: baseline[0],
    subjectMs,
    baselineMs,
    ratio: subjectMs / baselineMs,
  };
  report(comparison);
  return comparison;
}

function report(c: Comparison): void {
  const ms = (value: number): string =>
    value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
  console.log(
    `  ${c.subject.padEnd(54)} ${`${c.ratio.toFixed(2)}x`.padStart(10)}  vs ${c.baseline}  (${ms(c.subjectMs)} ms / ${ms(c.baselineMs)} ms)`,
  );
}

export function heading(title: string): void {
  console.log(`\n${title}`);
}
