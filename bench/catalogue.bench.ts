import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Catalogue } from '../src/table/catalogue.js';
import { compare, heading } from './harness.js';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));

const SAMPLES = 15;

export default async function catalogueBench(): Promise<void> {
  const products = new Catalogue(DATA).products();
  const file = (product: string) => path.join(DATA, 'catalogue', `${product}.json`);

  heading(
    `catalogue: one product, loaded lazily by a fresh Catalogue (index.json, common.json, the product file) vs reading and JSON.parse of the product file; median of ${SAMPLES}, min–max`,
  );
  for (const product of ['gaap', 'cvm', 'teo']) {
    const codes = new Catalogue(DATA).table(product).codes.length;
    await compare(
      'catalogue',
      [`load ${product} (${codes} codes), fresh catalogue`, () => new Catalogue(DATA).table(product)],
      [`JSON.parse(${product}.json)`, () => JSON.parse(readFileSync(file(product), 'utf8'))],
      { samples: SAMPLES, repeat: 20 },
    );
  }
  const warm = new Catalogue(DATA);
  warm.table('gaap');
  await compare(
    'catalogue',
    ['load teo, index.json and common.json already read', () => warm.table('teo')],
    ['JSON.parse(teo.json)', () => JSON.parse(readFileSync(file('teo'), 'utf8'))],
    { samples: SAMPLES, repeat: 20 },
  );

  // The history is read only when asked: loading a table must cost what it did before the catalogue had one.
  const plain = withoutHistory();
  try {
    heading(
      `catalogue: the first load of a fresh Catalogue with the history vs the same catalogue without it (a copy of data/ whose index.json has no "history"); median of ${SAMPLES}, min–max`,
    );
    for (const product of ['tmt', 'cvm', 'teo']) {
      await compare(
        'catalogue',
        [`load ${product}, with the history`, () => new Catalogue(DATA).table(product)],
        [`load ${product}, without`, () => new Catalogue(plain).table(product)],
        { samples: SAMPLES, repeat: 20 },
      );
    }
    await compare(
      'catalogue',
      [
        `load all ${products.length} products, with the history`,
        () => {
          const catalogue = new Catalogue(DATA);
          for (const product of products) catalogue.table(product);
        },
      ],
      [
        `load all ${products.length} products, without`,
        () => {
          const catalogue = new Catalogue(plain);
          for (const product of products) catalogue.table(product);
        },
      ],
      { samples: SAMPLES },
    );
  } finally {
    rmSync(plain, { recursive: true, force: true });
  }

  heading(`catalogue: all ${products.length} products vs reading and JSON.parse of every product file`);
  await compare(
    'catalogue',
    [
      `load all ${products.length} products, fresh catalogue`,
      () => {
        const catalogue = new Catalogue(DATA);
        for (const product of products) catalogue.table(product);
      },
    ],
    [
      `JSON.parse of ${products.length} files`,
      () => {
        for (const product of products) JSON.parse(readFileSync(file(product), 'utf8'));
      },
    ],
    { samples: SAMPLES },
  );
}

/** A copy of data/ without the history: no catalogue/history/, and index.json without its "history" line. */
function withoutHistory(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-bench-plain-'));
  cpSync(DATA, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}history`) });
  const index = path.join(dir, 'catalogue', 'index.json');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/^ {2}"history": .*\n/mu, ''));
  return dir;
}
