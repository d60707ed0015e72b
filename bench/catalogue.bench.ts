import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Catalogue } from '../src/table/catalogue.js';
import { heading } from './harness.js';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));

/** Samples per contender; the two run alternately (A B A B …) so that the machine's load falls on both alike. */
const SAMPLES = 15;

interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/**
 * Times `subject` and `baseline` alternately, SAMPLES times each after one warm-up round; each sample runs the
 * task `repeat` times and counts the mean, so that sub-millisecond work is not lost in the timer's resolution.
 * Prints the median ratio and each side's median with its min–max.
 */
function interleaved(name: string, subject: () => unknown, baselineName: string, baseline: () => unknown, repeat = 1) {
  const time = (task: () => unknown): number => {
    const start = performance.now();
    for (let i = 0; i < repeat; i++) task();
    return (performance.now() - start) / repeat;
  };
  time(baseline);
  time(subject);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    b.push(time(baseline));
    a.push(time(subject));
  }
  const s = spread(a);
  const base = spread(b);
  const ms = (x: Spread) => `${x.median.toFixed(2)} ms (${x.min.toFixed(2)}–${x.max.toFixed(2)})`;
  console.log(
    `  ${name.padEnd(54)} ${`${(s.median / base.median).toFixed(2)}x`.padStart(10)}  vs ${baselineName}  (${ms(s)} / ${ms(base)})`,
  );
}

export default async function catalogueBench(): Promise<void> {
  const products = new Catalogue(DATA).products();
  const file = (product: string) => path.join(DATA, 'catalogue', `${product}.json`);

  heading(
    `catalogue: one product, loaded lazily by a fresh Catalogue (index.json, common.json, the product file) vs reading and JSON.parse of the product file; median of ${SAMPLES}, min–max`,
  );
  for (const product of ['gaap', 'cvm', 'teo']) {
    const codes = new Catalogue(DATA).table(product).codes.length;
    interleaved(
      `load ${product} (${codes} codes), fresh catalogue`,
      () => new Catalogue(DATA).table(product),
      `JSON.parse(${product}.json)`,
      () => JSON.parse(readFileSync(file(product), 'utf8')),
      20,
    );
  }
  const warm = new Catalogue(DATA);
  warm.table('gaap');
  interleaved(
    'load teo, index.json and common.json already read',
    () => warm.table('teo'),
    'JSON.parse(teo.json)',
    () => JSON.parse(readFileSync(file('teo'), 'utf8')),
    20,
  );

  heading(`catalogue: all ${products.length} products vs reading and JSON.parse of every product file`);
  interleaved(
    `load all ${products.length} products, fresh catalogue`,
    () => {
      const catalogue = new Catalogue(DATA);
      for (const product of products) catalogue.table(product);
    },
    `JSON.parse of ${products.length} files`,
    () => {
      for (const product of products) JSON.parse(readFileSync(file(product), 'utf8'));
    },
  );
}
