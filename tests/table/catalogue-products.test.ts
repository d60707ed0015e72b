import { shippedCatalogue } from '../../src/table/load.js';

/** `Catalogue.versionTables` and `Catalogue.nearestProducts`, which the rules' settings use for products. */
describe('Catalogue.versionTables', () => {
  it('gives every API version of a product, oldest first, each as table("product@version") gives it', () => {
    const catalogue = shippedCatalogue();
    const tables = catalogue.versionTables('es');
    expect(tables.map((t) => [t.service, t.version, t.origin])).toEqual([
      ['es', '2018-04-16', 'es@2018-04-16'],
      ['es', '2025-01-01', 'es@2025-01-01'],
    ]);
    expect(tables[0]).toEqual(catalogue.table('es@2018-04-16'));
    expect(tables[1]).toEqual(catalogue.table('es@2025-01-01'));
  });

  it.each([
    {
      name: 'ocrr',
      want: 'ocrr: unknown embedded table "ocrr" (did you mean "ocr"? the catalogue has 258 products and "common"; a table file must end in .json or .md)',
    },
    { name: 'common', want: 'common: not a product name' },
    { name: 'es@2018-04-16', want: 'es@2018-04-16: not a product name' },
  ])('refuses $name', ({ name, want }) => {
    expect(() => shippedCatalogue().versionTables(name)).toThrow(want);
  });
});

describe('Catalogue.nearestProducts', () => {
  it.each([
    { given: 'ocrr', want: ['ocr'] },
    { given: 'gaaap', want: ['gaap'] },
    { given: 'comon', want: [] },
    { given: 'zzzzzzzz', want: [] },
  ])('$given: $want', ({ given, want }) => {
    expect(shippedCatalogue().nearestProducts(given)).toEqual(want);
  });
});
