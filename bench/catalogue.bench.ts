import { readFileSync } from 'node:fs';
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
