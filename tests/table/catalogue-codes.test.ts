import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { buildCatalogue } from '../../src/importer/catalogue-build.js';
import {
  Catalogue,
  catalogueCodes,
  type CatalogueProductJson,
  type CommonJson,
  stringifyCodes,
} from '../../src/table/catalogue.js';
import { shippedCatalogue } from '../../src/table/load.js';
import { fixtureInputs, writeCatalogue } from '../support/history-catalogue.js';

/**
 * `catalogue/codes.json`, what a lint run judged by the whole catalogue reads instead of every product file: the
 * shipped one is what the product files say (the importer writes it; a hand edit of a product file that forgets it
 * fails here), and a damaged one is a one-line error naming the file and line.
 */
describe('the shipped codes.json', () => {
  it('is derived from the shipped product files and common codes', () => {
    const catalogue = shippedCatalogue();
    const products = catalogue
      .products()
      .map((p) => JSON.parse(catalogue.bytes(p).toString('utf8')) as CatalogueProductJson);
    const common = (JSON.parse(catalogue.bytes('common').toString('utf8')) as CommonJson).codes.map((c) => c.code);
    const file = path.join(catalogue.dir, 'catalogue', 'codes.json');
    expect(readFileSync(file, 'utf8')).toBe(stringifyCodes(catalogueCodes(products, common)));
    const every = new Set([
      ...products.flatMap((p) => p.versions.flatMap((v) => v.codes.map((c) => c.code))),
      ...common,
    ]);
    expect(
      catalogue
        .codes()
        .codes.map(([code]) => code)
        .sort(),
    ).toEqual([...every].sort());
  });
});

describe('a damaged codes.json', () => {
  const dir = writeCatalogue(buildCatalogue(fixtureInputs()));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'catalogue', 'codes.json');
  const original = readFileSync(file, 'utf8');
  afterEach(() => writeFileSync(file, original));

  it.each([
    ['"format": 1', '"format": 2', ':2: "format" must be 1'],
    ['["InternalError"]', '"InternalError"', ':6: a row must be an array: a code, then the products that document it'],
    ['["InternalError"]', '[]', ':6: a row must be an array: a code, then the products that document it'],
    [
      '["InternalError.Backend","broken"]',
      '["InternalError.Backend","gizmo"]',
      ':7: the products of InternalError.Backend must be products of index.json, sorted, each once',
    ],
    [
      '["InternalError.Backend","broken"]',
      '["InternalError.Backend","widget","broken"]',
      ':7: the products of InternalError.Backend must be products of index.json, sorted, each once',
    ],
    ['"codes": [', '"codes": {', ':4: invalid JSON (property name expected)'],
  ])('names the file and line: %s → %s', (from, to, where) => {
    expect(original).toContain(from);
    writeFileSync(file, original.replace(from, to));
    expect(() => new Catalogue(dir).codes()).toThrow(`${file}${where}`);
  });

  it('is named when missing', () => {
    rmSync(file);
    expect(() => new Catalogue(dir).codes()).toThrow(`${file}: file not found (the catalogue is incomplete)`);
  });
});

describe('catalogueCodes', () => {
  it('is what buildCatalogue writes', () => {
    const built = buildCatalogue(fixtureInputs());
    const products = [...built.files]
      .filter(([name]) => /^catalogue\/(?!index|codes)[a-z]+\.json$/u.test(name))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, text]) => JSON.parse(text) as CatalogueProductJson);
    const common = (JSON.parse(built.files.get('common.json') ?? '') as CommonJson).codes.map((c) => c.code);
    expect(built.files.get('catalogue/codes.json')).toBe(stringifyCodes(catalogueCodes(products, common)));
  });
});
