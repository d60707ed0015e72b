import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { buildCatalogue } from '../../src/importer/catalogue-build.js';
import {
  Catalogue,
  catalogueCodes,
  type CatalogueProductJson,
  CODES_HEADER,
  type CommonJson,
  stringifyCodes,
} from '../../src/table/catalogue.js';
import { compareCodes } from '../../src/table/code-index.js';
import { shippedCatalogue } from '../../src/table/load.js';
import { fixtureInputs, writeCatalogue } from '../support/history-catalogue.js';

/**
 * `catalogue/codes.txt`, what a lint run judged by the whole catalogue reads instead of every product file: the
 * shipped one is what the product files say (the importer writes it; a hand edit of a product file that forgets it
 * fails here), and a damaged one is a one-line error naming the file and line.
 */
describe('the shipped codes.txt', () => {
  it('is derived from the shipped product files and common codes', () => {
    const catalogue = shippedCatalogue();
    const products = catalogue
      .products()
      .map((p) => JSON.parse(catalogue.bytes(p).toString('utf8')) as CatalogueProductJson);
    const common = (JSON.parse(catalogue.bytes('common').toString('utf8')) as CommonJson).codes.map((c) => c.code);
    const file = path.join(catalogue.dir, 'catalogue', 'codes.txt');
    expect(readFileSync(file, 'utf8')).toBe(stringifyCodes(catalogueCodes(products, common)));
    const every = new Set([
      ...products.flatMap((p) => p.versions.flatMap((v) => v.codes.map((c) => c.code))),
      ...common,
    ]);
    const codes = catalogue.codes();
    expect(codes.rows().map(([code]) => code)).toEqual([...every].sort(compareCodes));
    for (const code of every) expect(codes.code(codes.find(code))).toBe(code);
    expect(codes.find('FailedOperation.NoSuchCode')).toBe(-1);
    expect(codes.find('')).toBe(-1);
    // Before the first row, after the last, a row's code cut short or with a space after it.
    const first = codes.code(codes.positions()[0] ?? -1);
    const last = codes.code(codes.positions().at(-1) ?? -1);
    expect(codes.find(' ')).toBe(-1);
    expect(codes.find(`${last}Z`)).toBe(-1);
    expect(codes.find('~')).toBe(-1);
    expect(codes.find(first.slice(0, -1))).toBe(-1);
    expect(codes.find('InternalError ')).toBe(-1);
    expect(codes.positions()).toHaveLength(every.size);
  });
});

describe('a damaged codes.txt', () => {
  const dir = writeCatalogue(buildCatalogue(fixtureInputs()));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'catalogue', 'codes.txt');
  const original = readFileSync(file, 'utf8');
  afterEach(() => writeFileSync(file, original));

  // When the file is read: its header, its last line break, its lines' order.
  it.each([
    [CODES_HEADER, '# format 2', `:1: the first line must be "${CODES_HEADER}"`],
    ['ResourceNotFound.Widget widget\n', 'ResourceNotFound.Widget widget', ':11: the file must end with a line break'],
    ['FailedOperation\n', '\n', ':3: a line must start with a code'],
    ['FailedOperation\n', ' FailedOperation\n', ':3: a line must start with a code'],
    ['InternalError\n', 'InternalError\nInternalError\n', ':7: the codes must be sorted by code point, each once'],
    [
      'InternalError\n',
      'InternalError\nInternalError widget\n',
      ':7: the codes must be sorted by code point, each once',
    ],
    [
      'InternalError.Backend broken\n',
      'InternalError.Backend broken\nInternalError.Backend widget\n',
      ':8: the codes must be sorted by code point, each once',
    ],
    [
      'AuthFailure.SignatureFailure\n',
      'ZAuthFailure.SignatureFailure\n',
      ':3: the codes must be sorted by code point, each once',
    ],
  ])('names the file and line: %j → %j', (from, to, where) => {
    expect(original).toContain(from);
    writeFileSync(file, original.replace(from, to));
    expect(() => new Catalogue(dir).codes()).toThrow(`${file}${where}`);
  });

  // When a row's products are asked for.
  it.each([
    ['InternalError.Backend broken', 'InternalError.Backend gizmo'],
    ['InternalError.Backend broken', 'InternalError.Backend widget broken'],
    ['InternalError.Backend broken', 'InternalError.Backend broken broken'],
    ['InternalError.Backend broken', 'InternalError.Backend broken  widget'],
  ])('names the file and line of a row whose products are wrong: %j → %j', (from, to) => {
    writeFileSync(file, original.replace(from, to));
    const codes = new Catalogue(dir).codes();
    const row = codes.find('InternalError.Backend');
    expect(() => codes.owners(row)).toThrow(
      `${file}:7: the products of InternalError.Backend must be products of index.json, sorted, each once`,
    );
    expect(() => codes.rows()).toThrow(`${file}:7: `);
  });

  it('is checked line by line without the digest of its rows, or with another one (a hand edit)', () => {
    const [header = '', ...rest] = original.split('\n');
    const rows = rest.join('\n');
    expect(header).toMatch(/^.*; rows sha256 [0-9a-f]{64}$/u);
    const want = new Catalogue(dir).codes().rows();
    expect(want).toHaveLength(10);
    writeFileSync(file, `${CODES_HEADER}\n${rows}`);
    expect(new Catalogue(dir).codes().rows()).toEqual(want);
    writeFileSync(file, `${CODES_HEADER}\n${rows.replace('InternalError\n', 'InternalError\nInternalError\n')}`);
    expect(() => new Catalogue(dir).codes()).toThrow(`${file}:7: the codes must be sorted by code point, each once`);
    // A row added in its place: another digest, rows that pass the check.
    writeFileSync(file, original.replace('InternalError\n', 'InternalError\nInternalError.Added widget\n'));
    const codes = new Catalogue(dir).codes();
    expect(codes.owners(codes.find('InternalError.Added'))).toEqual(['widget']);
    expect(codes.lineOf(codes.find('InternalError.Added'))).toBe(7);
  });

  it('is not checked again where its rows have the digest the importer wrote of them', () => {
    // Rows out of order, with their own digest: the reader trusts the digest (the importer checks what it writes).
    const rows = 'InternalError\nAuthFailure\n';
    const digest = createHash('sha256').update(rows).digest('hex');
    writeFileSync(file, `${CODES_HEADER}; rows sha256 ${digest}\n${rows}`);
    expect(() => new Catalogue(dir).codes()).not.toThrow();
    writeFileSync(
      file,
      `${CODES_HEADER}; rows sha256 ${digest.replace(/^./u, (c) => (c === '0' ? '1' : '0'))}\n${rows}`,
    );
    expect(() => new Catalogue(dir).codes()).toThrow(`${file}:3: the codes must be sorted by code point, each once`);
    writeFileSync(file, `${CODES_HEADER}; rows sha256 ${digest.toUpperCase()}\n${rows}`);
    expect(() => new Catalogue(dir).codes()).toThrow(`${file}:1: the first line must be "${CODES_HEADER}"`);
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
    expect(built.files.get('catalogue/codes.txt')).toBe(stringifyCodes(catalogueCodes(products, common)));
  });
});
