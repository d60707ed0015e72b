import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  buildCatalogue,
  type CatalogueInputs,
  parseOurCommonDescriptions,
} from '../../src/importer/catalogue-build.js';
import { compareSources, formatDrift, pageAndSdk } from '../../src/importer/drift.js';
import { Catalogue, CODES_HEADER } from '../../src/table/catalogue.js';
import { TableError } from '../../src/table/table-error.js';
import { fixtureInputs, writeCatalogue } from '../support/history-catalogue.js';

const inputs = fixtureInputs;

describe('buildCatalogue', () => {
  const built = buildCatalogue(inputs());

  it('writes one file per product, the index and the common table', () => {
    expect([...built.files.keys()].sort()).toEqual([
      'catalogue/broken.json',
      'catalogue/codes.txt',
      'catalogue/hollow.json',
      'catalogue/index.json',
      'catalogue/widget.json',
      'common.json',
    ]);
    expect(built.warnings).toEqual([]);
  });

  it('gives the same bytes for the same inputs', () => {
    expect(buildCatalogue(inputs()).files).toEqual(built.files);
  });

  it('merges the page into its API version: page, sdk and both; page text first, then the English twin', () => {
    expect(built.files.get('catalogue/widget.json')).toBe(`{
  "product": "widget",
  "versions": [
    {
      "version": "2020-01-01",
      "codes": [
        {"code":"FailedOperation","zh":"操作失败。","from":"sdk"},
        {"code":"FailedOperation.WidgetSoldOut","zh":"部件已售罄。","en":"The widget is sold out.","from":"sdk"},
        {"code":"ResourceNotFound.Widget","zh":"部件不存在。","from":"sdk"}
      ],
      "actions": {
        "CreateWidget": [0,1]
      }
    },
    {
      "version": "2021-01-01",
      "codes": [
        {"code":"AuthFailure.SignatureFailure","zh":"签名错误。","en":"Signature error.","from":"page"},
        {"code":"FailedOperation","zh":"操作失败。","en":"The operation failed.","from":"both"},
        {"code":"FailedOperation.WidgetRetired","zh":"部件已停产。","en":"The widget is no longer made.","from":"page"},
        {"code":"FailedOperation.WidgetSoldOut","zh":"部件已售罄。","en":"The widget is sold out.","from":"both"},
        {"code":"InternalError","zh":"内部错误。","from":"sdk"},
        {"code":"LimitExceeded.WidgetQuota","zh":"部件数量超过限制。","from":"sdk"},
        {"code":"ResourceNotFound.Widget","zh":"部件不存在。","en":"The widget does not exist.","from":"sdk"}
      ],
      "actions": {
        "CreateWidget": [3,4,5,6],
        "DescribeWidgets": null,
        "UploadWidgetImage": [4]
      }
    }
  ]
}
`);
    expect(built.files.get('catalogue/hollow.json')).toBe(`{
  "product": "hollow",
  "versions": [
    {
      "version": "2022-02-02",
      "codes": [],
      "actions": {
        "Ping": null
      }
    }
  ]
}
`);
  });

  it('takes each common code from the page, else the SDK, else our own descriptions, and says which', () => {
    expect(built.files.get('common.json')).toBe(`{
  "table": "common",
  "source": "common-codes.txt",
  "codes": [
    {"code":"AuthFailure.SignatureFailure","zh":"签名错误。","en":"Signature error.","zhFrom":"page"},
    {"code":"FailedOperation","zh":"操作失败。","en":"The operation failed.","zhFrom":"page"},
    {"code":"InternalError","zh":"内部错误。","en":"Internal error.","zhFrom":"sdk"},
    {"code":"RequestLimitExceeded","zh":"请求过于频繁。","en":"Too many requests.","zhFrom":"ours"}
  ]
}
`);
  });

  it('records the sources, the totals and each product with its versions in index.json', () => {
    expect(built.files.get('catalogue/index.json')).toBe(`{
  "format": 1,
  "sdk": [
    {"name":"tencentcloud-sdk-go","version":"9.8.7","commit":"0123456789abcdef0123456789abcdef01234567"},
    {"name":"tencentcloud-sdk-go-intl-en","version":"3.2.1"}
  ],
  "pages": {"widget":"widget-page.json"},
  "counts": {"products":3,"apiVersions":4,"codes":12,"distinctCodes":9,"codesWithEnglish":6,"actions":6,"actionsWithList":4,"actionCodes":8,"commonCodes":4},
  "products": {
    "broken": ["2023-03-03"],
    "hollow": ["2022-02-02"],
    "widget": ["2020-01-01","2021-01-01"]
  }
}
`);
  });

  it('lists every code once in codes.txt, sorted by code point, with the products that document it', () => {
    // A code a product lists that is common (FailedOperation) is common: no product owns it.
    const rows = `AuthFailure.SignatureFailure
FailedOperation
FailedOperation.WidgetRetired widget
FailedOperation.WidgetSoldOut widget
InternalError
InternalError.Backend broken
LimitExceeded.WidgetQuota widget
MissingParameter.Name broken
RequestLimitExceeded
ResourceNotFound.Widget widget
`;
    // The header ends with the digest of the rows, which a reader trusts instead of checking them again.
    const digest = createHash('sha256').update(rows).digest('hex');
    expect(built.files.get('catalogue/codes.txt')).toBe(`${CODES_HEADER}; rows sha256 ${digest}\n${rows}`);
  });

  it('refuses our descriptions of a code that is not common, or English that the page already gives', () => {
    const base = inputs();
    const withOurs = (text: string): CatalogueInputs => ({
      ...base,
      common: { ...base.common, ours: parseOurCommonDescriptions(text, 'ours.json') },
    });
    expect(() => buildCatalogue(withOurs('{\n  "InternalError": { "en": "x" },\n  "Nope": { "en": "y" }\n}'))).toThrow(
      'ours.json:3: "Nope" is not a common code of common-codes.txt',
    );
    expect(() =>
      buildCatalogue(withOurs('{\n  "InternalError": { "en": "x" },\n  "FailedOperation": { "en": "y" }\n}')),
    ).toThrow('ours.json:3: "FailedOperation" has its English in widget-page.json already');
    expect(() => buildCatalogue(withOurs('{\n  "InternalError": { "en": "x" }\n}'))).toThrow(
      'ours.json: no English description for the common code "RequestLimitExceeded"',
    );
  });
});

describe('Catalogue', () => {
  const dir = writeCatalogue(buildCatalogue(inputs()));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const catalogue = new Catalogue(dir);

  it('names common, every product and every product@version', () => {
    expect(catalogue.names()).toEqual([
      'broken',
      'broken@2023-03-03',
      'common',
      'hollow',
      'hollow@2022-02-02',
      'widget',
      'widget@2020-01-01',
      'widget@2021-01-01',
    ]);
  });

  it('loads a bare product name as its newest API version, with the common codes merged in', () => {
    const table = catalogue.table('widget');
    expect(table).toMatchObject({ service: 'widget', version: '2021-01-01', origin: 'widget' });
    expect(table.codes.map((e) => [e.code, e.scope, e.provenance, e.description.zh, e.description.en])).toEqual([
      ['AuthFailure.SignatureFailure', 'common', 'page', '签名错误。', 'Signature error.'],
      ['FailedOperation', 'common', 'both', '操作失败。', 'The operation failed.'],
      ['FailedOperation.WidgetRetired', 'service', 'page', '部件已停产。', 'The widget is no longer made.'],
      ['FailedOperation.WidgetSoldOut', 'service', 'both', '部件已售罄。', 'The widget is sold out.'],
      ['InternalError', 'common', 'sdk', '内部错误。', 'Internal error.'],
      ['LimitExceeded.WidgetQuota', 'service', 'sdk', '部件数量超过限制。', undefined],
      ['RequestLimitExceeded', 'common', 'common', '请求过于频繁。', 'Too many requests.'],
      ['ResourceNotFound.Widget', 'service', 'sdk', '部件不存在。', 'The widget does not exist.'],
    ]);
    expect(table.codes[2]).toEqual({
      code: 'FailedOperation.WidgetRetired',
      family: 'FailedOperation',
      scope: 'service',
      description: { zh: '部件已停产。', en: 'The widget is no longer made.' },
      provenance: 'page',
    });
    expect(table.actions?.size).toBe(3);
    expect(new Map(table.actions)).toEqual(
      new Map([
        [
          'CreateWidget',
          ['FailedOperation.WidgetSoldOut', 'InternalError', 'LimitExceeded.WidgetQuota', 'ResourceNotFound.Widget'],
        ],
        ['DescribeWidgets', null],
        ['UploadWidgetImage', ['InternalError']],
      ]),
    );
  });

  it("makes each action's list when it is asked for: the same list before and after the whole map is iterated", () => {
    const actions = new Catalogue(dir).table('widget').actions;
    expect(actions?.size).toBe(3);
    expect(actions?.has('UploadWidgetImage')).toBe(true);
    expect(actions?.has('NoSuchAction')).toBe(false);
    const asked = actions?.get('UploadWidgetImage');
    expect(asked).toEqual(['InternalError']);
    expect([...(actions?.keys() ?? [])]).toEqual(['CreateWidget', 'DescribeWidgets', 'UploadWidgetImage']);
    expect(actions?.get('UploadWidgetImage')).toBe(asked);
    expect(actions?.get('DescribeWidgets')).toBeNull();
    expect(actions?.size).toBe(3);
  });

  it('loads an older API version by name, and the common table alone', () => {
    const old = catalogue.table('widget@2020-01-01');
    expect(old.version).toBe('2020-01-01');
    expect(old.codes.map((e) => e.code)).toEqual([
      'AuthFailure.SignatureFailure',
      'FailedOperation',
      'FailedOperation.WidgetSoldOut',
      'InternalError',
      'RequestLimitExceeded',
      'ResourceNotFound.Widget',
    ]);
    expect(old.actions?.get('CreateWidget')).toEqual(['FailedOperation', 'FailedOperation.WidgetSoldOut']);
    const common = catalogue.table('common');
    expect(common).toMatchObject({ service: 'common', origin: 'common' });
    expect(common.version).toBeUndefined();
    expect(common.actions).toBeUndefined();
    expect(common.codes.map((e) => [e.code, e.scope, e.provenance])).toEqual([
      ['AuthFailure.SignatureFailure', 'common', 'common'],
      ['FailedOperation', 'common', 'common'],
      ['InternalError', 'common', 'common'],
      ['RequestLimitExceeded', 'common', 'common'],
    ]);
  });

  it('gives a product with no codes of its own the common codes', () => {
    expect(catalogue.table('hollow').codes.map((e) => e.code)).toEqual([
      'AuthFailure.SignatureFailure',
      'FailedOperation',
      'InternalError',
      'RequestLimitExceeded',
    ]);
  });

  it('digests the bytes of the product file', () => {
    const bytes = readFileSync(path.join(dir, 'catalogue/widget.json'));
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(catalogue.table('widget@2020-01-01').digest).toBe(expected);
    expect(catalogue.digest('widget')).toBe(expected);
    expect(catalogue.bytes('widget')).toEqual(bytes);
  });

  it.each([
    [
      'widgett',
      'widgett: unknown embedded table "widgett" (did you mean "widget"? the catalogue has 3 products and "common"; a table file must end in .json or .md)',
    ],
    [
      'gizmo@2020-01-01',
      'gizmo@2020-01-01: unknown embedded table "gizmo" (the catalogue has 3 products and "common"; a table file must end in .json or .md)',
    ],
    [
      'widget@2019-01-01',
      'widget@2019-01-01: widget has no API version "2019-01-01" (it has "2020-01-01", "2021-01-01")',
    ],
    ['common@2020-01-01', 'common@2020-01-01: the common table has no API versions'],
  ])('names an unknown table clearly: %s', (name, message) => {
    expect(() => catalogue.table(name)).toThrow(TableError);
    expect(() => catalogue.table(name)).toThrow(message);
  });

  it('reports where the page and the SDK disagree', () => {
    const [page, sdk] = pageAndSdk(catalogue.table('widget'), 'tencentcloud-sdk-go 9.8.7');
    expect(formatDrift(compareSources(page, sdk), 'widget@2021-01-01')).toBe(
      `widget@2021-01-01: the error-code page (4 codes) and tencentcloud-sdk-go 9.8.7 (5 codes) share 2
only in the error-code page (2):
  AuthFailure.SignatureFailure  签名错误。 — Signature error.
  FailedOperation.WidgetRetired  部件已停产。 — The widget is no longer made.
only in tencentcloud-sdk-go 9.8.7 (3):
  InternalError  内部错误。 — Internal error.
  LimitExceeded.WidgetQuota  部件数量超过限制。
  ResourceNotFound.Widget  部件不存在。 — The widget does not exist.
`,
    );
  });
});

describe('a damaged catalogue file', () => {
  const dir = writeCatalogue(buildCatalogue(inputs()));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const product = path.join(dir, 'catalogue', 'widget.json');
  const original = readFileSync(product, 'utf8');
  afterEach(() => writeFileSync(product, original));

  it.each([
    [
      '{"code":"ResourceNotFound.Widget","zh":"部件不存在。","from":"sdk"}',
      '{"code":"ResourceNotFound.Widget","zh":"部件不存在。","from":"docs"}',
      ':9: "from" must be one of page, sdk, both',
    ],
    [
      '{"code":"ResourceNotFound.Widget","zh":"部件不存在。","from":"sdk"}',
      '{"code":"Resource NotFound","zh":"部件不存在。","from":"sdk"}',
      ':9: the code "Resource NotFound" contains white space',
    ],
    [
      '{"code":"FailedOperation.WidgetSoldOut","zh":"部件已售罄。","en":"The widget is sold out.","from":"sdk"}',
      '{"code":"FailedOperation","zh":"部件已售罄。","from":"sdk"}',
      ':8: "FailedOperation" after "FailedOperation": codes must be unique and sorted by code point',
    ],
    [
      '"CreateWidget": [0,1]',
      '"CreateWidget": [1,3]',
      ':12: the codes of action CreateWidget must be ascending indexes into "codes" (0 to 2)',
    ],
    [
      '"version": "2020-01-01",',
      '"version": "2020-01-01", "extra": 1,',
      ':5: unknown key "extra" in an API version (allowed: version, codes, actions)',
    ],
    ['"product": "widget",', '"product": "widget"', ':3: invalid JSON (comma expected)'],
  ])('names the file and line: %s', (from, to, where) => {
    writeFileSync(product, original.replace(from, to));
    expect(() => catalogue().table('widget')).toThrow(`${product}${where}`);
  });

  function catalogue(): Catalogue {
    return new Catalogue(dir);
  }
});
