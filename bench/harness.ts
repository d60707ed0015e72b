/**
 * The one way this project measures: a subject against a baseline in the same run, sampled alternately
 * (A B A B …, after one warm-up round of each) so that whatever else the machine does falls on both alike, and
 * printed as the ratio of the medians with each side's median and min–max. Absolute times are context only.
 */

/** Median and range of a set of samples, in ms. */
interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** One comparison: a subject measured against a baseline in the same run. */
export interface Comparison {
  readonly section: string;
  readonly subject: string;
  readonly baseline: string;
  readonly subjectMs: Spread;
  readonly baselineMs: Spread;
  /** median subject time / median baseline time. */
  readonly ratio: number;
}

export interface CompareOptions {
  /** Samples of each side; default 15. */
  readonly samples?: number;
  /** Runs of the task per sample (the sample is their mean), for work below the timer's resolution; default 1. */
  readonly repeat?: number;
  /**
   * Each run of a task returns its own time in ms, which the sample uses instead of the wall time: for work timed
   * inside another process, without that process's start-up. Default `false`.
   */
  readonly selfTimed?: boolean;
}

export type Task = () => unknown;

/** Measures `subject` and `baseline` alternately and prints the ratio of their medians. */
export async function compare(
  section: string,
  subject: [name: string, fn: Task],
  baseline: [name: string, fn: Task],
  options: CompareOptions = {},
): Promise<Comparison> {
  const samples = options.samples ?? 15;
  const repeat = options.repeat ?? 1;
  const time = async (task: Task): Promise<number> => {
    const start = performance.now();
    let own = 0;
    for (let i = 0; i < repeat; i++) own += Number(await task());
    return (options.selfTimed === true ? own : performance.now() - start) / repeat;
  };
  await time(baseline[1]);
  await time(subject[1]);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < samples; i++) {
    // Alternate which side goes first, so neither always runs on a machine the other just warmed.
    if (i % 2 === 0) {
      b.push(await time(baseline[1]));
      a.push(await time(subject[1]));
    } else {
      a.push(await time(subject[1]));
      b.push(await time(baseline[1]));
    }
  }
  const subjectMs = spread(a);
  const baselineMs = spread(b);
  const comparison: Comparison = {
    section,
    subject: subject[0],
    baseline: baseline[0],
    subjectMs,
    baselineMs,
    ratio: subjectMs.median / baselineMs.median,
  };
  report(comparison);
  return comparison;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

function formatSpread(s: Spread): string {
  return `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)})`;
}

function report(c: Comparison): void {
  console.log(
    `  ${c.subject.padEnd(54)} ${`${c.ratio.toFixed(2)}x`.padStart(8)}  vs ${c.baseline}  (${formatSpread(c.subjectMs)} / ${formatSpread(c.baselineMs)})`,
  );
}

export function heading(title: string): void {
  console.log(`\n${title}`);
}
