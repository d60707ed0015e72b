import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Linter, type Rule } from 'eslint';

import plugin from '../../src/index.js';
import { CodeIndex, compareCodes } from '../../src/table/code-index.js';
import { shippedCatalogue } from '../../src/table/load.js';
import type { CodeEntry } from '../../src/table/types.js';
import { type ResolvedSettings, resolveSettings } from '../../src/util/settings.js';

/**
 * `resolveSettings` (src/util/settings.ts) as the rules see it: a bad setting is reported on every linted file,
 * once per file, whichever of the rules runs; a table file is reloaded when it changes, even when its size and
 * mtime do not; with no tables, a file is judged by the products it calls (the `products` setting, or what its
 * imports and clients say), else by the whole catalogue.
 */
const MISSPELT = 'if (err.code === "InternalErorr") {}';
const FIX = 'The tencentcloud-errors rules check nothing until it is fixed.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tce-settings-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const BOTH_RULES: Linter.RulesRecord = {
  'tencentcloud-errors/no-unknown-error-code': 'error',
  'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }],
};

function lint(
  linter: Linter,
  code: string,
  settings: Record<string, unknown>,
  rules: Linter.RulesRecord = BOTH_RULES,
  filename = 'file.js',
): string[] {
  return linter
    .verify(
      code,
      [
        { plugins: { 'tencentcloud-errors': plugin }, settings: { 'tencentcloud-errors': settings }, rules },
        { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      ],
      filename,
    )
    .map((m) => `${m.line}:${m.column} ${m.ruleId ?? '(no rule)'} ${m.message}`);
}

describe('a bad setting', () => {
  const UNKNOWN_TABLE =
    'Invalid settings["tencentcloud-errors"].tables[0]: no-such-table: unknown embedded table "no-such-table" (the catalogue has 258 products and "common"; a table file must end in .json or .md).';

  it('is reported on every linted file, once per file, by the first of the rules that runs', () => {
    const linter = new Linter();
    const settings = { tables: ['no-such-table'] };
    for (const file of ['a.js', 'b.js', 'c.js']) {
      expect(lint(linter, MISSPELT, settings, BOTH_RULES, file)).toEqual([
        `1:1 tencentcloud-errors/no-unknown-error-code ${UNKNOWN_TABLE} ${FIX}`,
      ]);
    }
  });

  it('is reported again when the same file is linted again (an editor re-linting)', () => {
    const linter = new Linter();
    const settings = { tables: ['no-such-table'] };
    const first = lint(linter, MISSPELT, settings);
    expect(lint(linter, MISSPELT, settings)).toEqual(first);
    expect(first).toHaveLength(1);
  });

  it('is reported by the exhaustiveness rule alone when it is the only rule on', () => {
    const linter = new Linter();
    expect(
      lint(
        linter,
        MISSPELT,
        { tables: ['no-such-table'] },
        { 'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }] },
      ),
    ).toEqual([`1:1 tencentcloud-errors/exhaustive-error-handling ${UNKNOWN_TABLE} ${FIX}`]);
  });

  it('is still reported on the next file when the first disables every rule', () => {
    const linter = new Linter();
    const settings = { tables: ['no-such-table'] };
    expect(lint(linter, `/* eslint-disable */\n${MISSPELT}`, settings, BOTH_RULES, 'first.js')).toEqual([]);
    expect(lint(linter, MISSPELT, settings, BOTH_RULES, 'second.js')).toEqual([
      `1:1 tencentcloud-errors/no-unknown-error-code ${UNKNOWN_TABLE} ${FIX}`,
    ]);
  });

  it('names a table file that cannot be read (a folder)', () => {
    const linter = new Linter();
    const folder = path.join(dir, 'folder.json');
    mkdirSync(folder, { recursive: true });
    expect(lint(linter, MISSPELT, { tables: [folder] })).toEqual([
      `1:1 tencentcloud-errors/no-unknown-error-code Invalid settings["tencentcloud-errors"].tables[0]: ${folder}: not a file (read as ${folder}). ${FIX}`,
    ]);
  });
});

describe('a table file', () => {
  const table = (code: string): string =>
    JSON.stringify({
      service: 'demo',
      codes: [{ code, family: 'FailedOperation', scope: 'service', zh: '演示。', en: 'Demo.' }],
    });

  it('is reloaded when its content changes, even with the same size and modification time', () => {
    const linter = new Linter();
    const file = path.join(dir, 'same-size.json');
    const stamp = new Date('2026-01-01T00:00:00Z');
    writeFileSync(file, table('FailedOperation.DemoThingA'));
    utimesSync(file, stamp, stamp);
    const settings = { tables: [file] };
    const code = 'if (err.code === "FailedOperation.DemoThingA") {}';
    expect(lint(linter, code, settings)).toEqual([]);

    writeFileSync(file, table('FailedOperation.DemoThingB'));
    utimesSync(file, stamp, stamp);
    expect(lint(linter, code, settings)).toEqual([
      '1:18 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "FailedOperation.DemoThingA". Did you mean "FailedOperation.DemoThingB" (Demo.)?',
    ]);
  });

  it('that was broken and is fixed is used from the next file on', () => {
    const linter = new Linter();
    const file = path.join(dir, 'fixed-later.json');
    writeFileSync(file, '{ "service": "demo", "codes": [');
    const settings = { tables: [file] };
    expect(lint(linter, MISSPELT, settings)).toEqual([
      `1:1 tencentcloud-errors/no-unknown-error-code Invalid settings["tencentcloud-errors"].tables[0]: ${file}:1: invalid JSON (close bracket expected) (read as ${file}). ${FIX}`,
    ]);
    writeFileSync(file, table('FailedOperation.DemoThing'));
    expect(lint(linter, 'if (err.code === "FailedOperation.DemoThing") {}', settings)).toEqual([]);
  });
});

/** What `resolveSettings` gives a file, read by a probe rule, and the messages the file got. */
interface Probed {
  readonly settings: ResolvedSettings | undefined;
  readonly messages: string[];
}

function probe(code: string, settings?: Record<string, unknown>, filename = 'file.js'): Probed {
  const found: (ResolvedSettings | undefined)[] = [];
  const rule: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      found.push(resolveSettings(context as unknown as Parameters<typeof resolveSettings>[0]));
      return {};
    },
  };
  const messages = new Linter()
    .verify(
      code,
      [
        {
          plugins: { test: { rules: { probe: rule } } },
          rules: { 'test/probe': 'error' },
          ...(settings === undefined ? {} : { settings: { 'tencentcloud-errors': settings } }),
        },
      ],
      filename,
    )
    .map((m) => `${m.line}:${m.column} ${m.message}`);
  expect(found).toHaveLength(1);
  return { settings: found[0], messages };
}

/** Codes only one product has (checked against data/catalogue by hand). */
const CVM_CODE = 'FailedOperation.AccountIsYourSelf';
const OCR_CODE = 'FailedOperation.CardSideError';
const ASR_CODE = 'FailedOperation.ErrorRecognize';
const TMT_CODE = 'FailedOperation.DecodeErr';
/** A code of es API 2018-04-16 that es 2025-01-01 does not have. */
const ES_2018_CODE = 'AuthFailure.UnAuthCreateInstance';
const NO_IMPORTS = 'if (err.code === "x") {}';
const TMT_FILE = 'import { tmt } from "tencentcloud-sdk-nodejs";\nconst client = new tmt.v20180321.Client({});';

describe('zero config', () => {
  it('knows a CVM code and an OCR code in a file with no imports: every product, every API version', () => {
    const { settings, messages } = probe(NO_IMPORTS);
    expect(messages).toEqual([]);
    expect(settings?.index.has(CVM_CODE)).toBe(true);
    expect(settings?.index.has(OCR_CODE)).toBe(true);
    expect(settings?.index.has(ES_2018_CODE)).toBe(true);
    expect(settings?.index.has('InternalError')).toBe(true);
    expect(settings?.consulted).toEqual(['every product']);
    expect(settings?.scopedToProducts).toBe(false);
    expect(settings?.lang).toBe('en');
    expect(settings?.codeProperties).toEqual(new Set(['code', 'Code', 'errorCode', 'ErrorCode']));
  });

  it('reads the whole catalogue from codes.txt as an index of every table would give it, in code order', () => {
    const index = probe(NO_IMPORTS).settings?.index;
    const productsOf = probe(NO_IMPORTS).settings?.productsOf;
    const catalogue = shippedCatalogue();
    const tables = catalogue.products().flatMap((p) => catalogue.versionTables(p).reverse());
    const expected = new CodeIndex(tables);
    const view = (e: CodeEntry) => [e.code, e.family, e.scope, e.description, e.provenance];
    const inCodeOrder = [...expected.entries].sort((a, b) => compareCodes(a.code, b.code));
    expect(index?.size).toBe(expected.size);
    expect(index?.entries.map(view)).toEqual(inCodeOrder.map(view));
    expect(index?.families()).toEqual(expected.families());
    for (const family of expected.families()) expect(index?.codesOf(family)).toEqual(expected.codesOf(family));
    const owners = new Map<string, Set<string>>();
    for (const table of tables) {
      for (const e of table.codes)
        if (e.scope === 'service') owners.set(e.code, (owners.get(e.code) ?? new Set()).add(table.service));
    }
    for (const e of expected.entries) {
      expect(index?.get(e.code)?.code).toBe(e.code);
      expect(productsOf?.(e.code)).toEqual([...(owners.get(e.code) ?? [])].sort());
    }
  });

  it('is what an empty settings object gives too', () => {
    expect(probe(NO_IMPORTS, {}).settings?.consulted).toEqual(['every product']);
  });

  it('builds the whole-catalogue index once: every file without products shares it', () => {
    expect(probe(NO_IMPORTS, undefined, 'a.js').settings?.index).toBe(probe('', {}, 'b.js').settings?.index);
  });

  it('lets no-unknown-error-code pass a CVM code in a file with no imports', () => {
    const linter = new Linter();
    expect(
      lint(linter, `if (err.code === "${CVM_CODE}") {}`, {}, { 'tencentcloud-errors/no-unknown-error-code': 'error' }),
    ).toEqual([]);
  });
});

describe('products inferred from the file', () => {
  it('a file importing only TMT knows TMT and the common codes, not an ASR-only code', () => {
    const { settings, messages } = probe(TMT_FILE);
    expect(messages).toEqual([]);
    expect(settings?.index.has(TMT_CODE)).toBe(true);
    expect(settings?.index.has('InternalError')).toBe(true);
    expect(settings?.index.has(ASR_CODE)).toBe(false);
    expect(settings?.productsOf(ASR_CODE)).toEqual(['asr']);
    expect(settings?.consulted).toEqual(['tmt', 'common']);
    expect(settings?.scopedToProducts).toBe(true);
  });

  it('a file using two products knows both', () => {
    const { settings } = probe(
      'const { ocr, cvm } = require("tencentcloud-sdk-nodejs");\nnew cvm.v20170312.Client({});\nnew ocr.v20181119.Client({});',
    );
    expect(settings?.index.has(CVM_CODE)).toBe(true);
    expect(settings?.index.has(OCR_CODE)).toBe(true);
    expect(settings?.index.has(TMT_CODE)).toBe(false);
    expect(settings?.consulted).toEqual(['cvm', 'ocr', 'common']);
  });

  it('a product with no version named has every API version; a version named pins it', () => {
    const bare = probe('import { es } from "tencentcloud-sdk-nodejs";').settings;
    expect(bare?.index.has(ES_2018_CODE)).toBe(true);
    const pinned = probe('import { es } from "tencentcloud-sdk-nodejs";\nnew es.v20250101.Client({});').settings;
    expect(pinned?.index.has(ES_2018_CODE)).toBe(false);
    expect(pinned?.index.has('InternalError')).toBe(true);
    expect(pinned?.consulted).toEqual(['es', 'common']);
  });

  it('files with the same products share one index', () => {
    const a = probe(TMT_FILE, undefined, 'a.js').settings;
    const b = probe(
      'const sdk = require("tencentcloud-sdk-nodejs-tmt");\nnew sdk.tmt.v20180321.Client({});',
      {},
      'b.js',
    );
    expect(b.settings?.index).toBe(a?.index);
  });

  it('are not consulted when tables are set: exactly those tables', () => {
    const { settings } = probe(TMT_FILE, { tables: ['cvm', 'common'] });
    expect(settings?.index.has(CVM_CODE)).toBe(true);
    expect(settings?.index.has(TMT_CODE)).toBe(false);
    expect(settings?.consulted).toEqual(['cvm', 'common']);
    expect(settings?.scopedToProducts).toBe(false);
  });
});

describe('productsOf', () => {
  it.each([
    { code: ASR_CODE, want: ['asr'] },
    { code: 'FailedOperation.ServiceIsolate', want: ['aai', 'asr', 'tmt'] },
    { code: ES_2018_CODE, want: ['es'] },
    { code: 'InternalError', want: [] },
    { code: 'FailedOperation.NoSuchThing', want: [] },
  ])('$code: $want', ({ code, want }) => {
    expect(probe(NO_IMPORTS, { tables: ['gaap'] }).settings?.productsOf(code)).toEqual(want);
  });
});

describe('the products setting', () => {
  it('pins the products, whatever the file imports', () => {
    const { settings, messages } = probe(TMT_FILE, { products: ['ocr'] });
    expect(messages).toEqual([]);
    expect(settings?.index.has(OCR_CODE)).toBe(true);
    expect(settings?.index.has(TMT_CODE)).toBe(false);
    expect(settings?.index.has('InternalError')).toBe(true);
    expect(settings?.consulted).toEqual(['ocr', 'common']);
    expect(settings?.scopedToProducts).toBe(true);
  });

  it('pins an API version', () => {
    const { settings } = probe(NO_IMPORTS, { products: ['es@2025-01-01', 'tmt@2018-03-21'] });
    expect(settings?.index.has(ES_2018_CODE)).toBe(false);
    expect(settings?.index.has(TMT_CODE)).toBe(true);
    expect(settings?.consulted).toEqual(['es', 'tmt', 'common']);
  });

  it.each([
    {
      given: { products: ['ocrr'] },
      want: 'Invalid settings["tencentcloud-errors"].products[0]: unknown product "ocrr" (did you mean "ocr"? the catalogue has 258 products).',
    },
    {
      given: { products: ['ocr', 'tmt@2018-03-22'] },
      want: 'Invalid settings["tencentcloud-errors"].products[1]: tmt has no API version "2018-03-22" (it has "2018-03-21").',
    },
    {
      given: { products: ['common'] },
      want: 'Invalid settings["tencentcloud-errors"].products[0]: "common" is not a product (the common codes are always included).',
    },
    {
      given: { products: 'ocr' },
      want: 'Invalid settings["tencentcloud-errors"].products: expected a non-empty array of strings, got the string "ocr".',
    },
    {
      given: { products: [] },
      want: 'Invalid settings["tencentcloud-errors"].products: expected a non-empty array of strings, got an empty array.',
    },
    {
      given: { tables: ['gaap'], products: ['gaap'] },
      want: 'Invalid settings["tencentcloud-errors"]: "tables" and "products" are both set; give one ("tables": exactly those tables; "products": those products and the common codes).',
    },
  ])('reports $given, naming the key', ({ given, want }) => {
    const { settings, messages } = probe(NO_IMPORTS, given);
    expect(settings).toBeUndefined();
    expect(messages).toEqual([`1:1 ${want} ${FIX}`]);
  });
});

describe('the lang setting', () => {
  it.each([
    { given: {}, want: 'en' },
    { given: { lang: 'en' }, want: 'en' },
    { given: { lang: 'zh' }, want: 'zh' },
  ])('$given: $want', ({ given, want }) => {
    expect(probe(NO_IMPORTS, given).settings?.lang).toBe(want);
  });

  it.each([
    { given: 'fr', got: 'the string "fr"' },
    { given: 'EN', got: 'the string "EN"' },
    { given: 1, got: 'number 1' },
  ])('reports $given, naming the key', ({ given, got }) => {
    expect(probe(NO_IMPORTS, { lang: given }).messages).toEqual([
      `1:1 Invalid settings["tencentcloud-errors"].lang: expected "en" or "zh", got ${got}. ${FIX}`,
    ]);
  });
});
