import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';

import { messageValue } from '../shared/comment-text.js';
import { DEFAULT_CODE_PROPERTIES, DEFAULT_LANG, type Lang, LANGS } from '../shared/defaults.js';
import { packageInfo } from '../shared/package-info.js';
import { partitionPoint } from '../shared/partition-point.js';
import { type CatalogueCodes, COMMON_TABLE } from '../table/catalogue.js';
import { CodeIndex, compareCodes, type SortedCodes } from '../table/code-index.js';
import { familyOf } from '../table/grammar.js';
import { type CodeTable, TableError } from '../table/index.js';
import { isEmbeddedSpec, loadTable, shippedCatalogue } from '../table/load.js';
import { parseTableName } from '../table/table-name.js';
import type { CodeDescription, CodeEntry, CodeProvenance, CodeScope } from '../table/types.js';
import { type CallModel, callModel, modelFailure } from './call-model/model.js';
import { describeValue } from './describe-value.js';
import { LruCache } from './lru-cache.js';

/** The key of this plugin's shared settings: `settings["tencentcloud-errors"]`. */
export const SETTINGS_KEY = 'tencentcloud-errors';

/** The plugin settings for one file, validated, with the code tables loaded. */
export interface ResolvedSettings {
  /**
   * The codes this file is judged against: the configured `tables` when set; else the products the file calls
   * (the `products` setting, or inferred from its imports and clients) with the common codes; else the whole
   * catalogue with the common codes.
   */
  readonly index: CodeIndex;
  readonly codeProperties: ReadonlySet<string>;
  /** The language of messages, suggestions and comments (`lang` setting); the other one where a text is missing. */
  readonly lang: Lang;
  /**
   * What `index` was made from, for messages: product names (`["tmt", "common"]`), the table specs as configured,
   * or `["every product"]` for the whole catalogue.
   */
  readonly consulted: readonly string[];
  /** Whether `consulted` names products the file was found (or set) to call, rather than tables or everything. */
  readonly scopedToProducts: boolean;
  /** Whether `index` is the whole catalogue: no tables set and no product known for the file. */
  readonly everyProduct: boolean;
  /** The `products` setting as given (validated catalogue names), `undefined` when it is not set. */
  readonly pinnedProducts: readonly string[] | undefined;
  /**
   * The catalogue's products (bare names, sorted) that document `code` as their own, common codes excluded; empty
   * for a code no product has. Tells "another product's code" apart from a typo. (This and `isTencentFamily` are
   * plain functions, not methods: they read no `this`, so a rule may destructure them.)
   */
  readonly productsOf: (code: string) => readonly string[];
  /** Whether any product of the catalogue (or the common codes) has codes of `family`. */
  readonly isTencentFamily: (family: string) => boolean;
}

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A problem is the first sentence of the report: what is wrong and where. */
interface Problem {
  readonly problem: string;
}

type Outcome = { readonly settings: ResolvedSettings } | Problem;

const SETTING = `settings["${SETTINGS_KEY}"]`;
/** `tablesDigest` is written by `configure()` only so that ESLint's cache notices a changed table; rules ignore it. */
const KNOWN_KEYS = ['tables', 'products', 'codeProperties', 'lang', 'tablesDigest'];
/** `consulted` for the whole catalogue. */
const EVERY_PRODUCT = 'every product';
const FIX = `The ${SETTINGS_KEY} rules check nothing until it is fixed.`;
/** What a file whose call model failed still gets, when the settings name its tables or products. */
const TABLES_ONLY = 'Its codes are still checked against the tables, but no rule knows which call a code comes from.';

/** What a table file was when it was loaded: a change in any of these reloads it. */
interface FileStamp {
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-256 of the bytes, for a file small enough to hash on every check; else `undefined`. */
  readonly digest: string | undefined;
}

interface CachedIndex {
  readonly stamps: readonly (FileStamp | 'missing')[];
  readonly index: CodeIndex | Problem;
}

/** Files up to this size are hashed on every check, so an edit that keeps size and mtime is seen too. */
const CONTENT_CHECK_LIMIT = 1024 * 1024;

/**
 * The loaded indexes, shared by table lists (keyed `tables` + the resolved specs; replaced when one of their files
 * changes) and product sets (keyed `products` + the sorted catalogue names): an LRU bounded in entries and in
 * (estimated) bytes, so a process that lints with many different tables (an editor's language server, a monorepo
 * run) keeps the recent ones and lets the others go.
 */
const indexes = new LruCache<string, CachedIndex>({ maxEntries: 1024, maxBytes: 64 * 1024 * 1024 });

/** What an index of these tables takes on the heap, estimated: its strings, and the maps and entries per code. */
function estimatedBytes(index: CodeIndex | Problem): number {
  if (!(index instanceof CodeIndex)) return 1024;
  let bytes = 0;
  for (const entry of index.entries) {
    bytes +=
      BYTES_PER_CODE + 2 * (entry.code.length + entry.description.zh.length + (entry.description.en?.length ?? 0));
  }
  return bytes;
}

/** The heap an index takes per code beyond its strings (its entry, the maps and the spelling index), measured. */
const BYTES_PER_CODE = 512;

/** What each linted file resolved, so that the rules running on one file check the tables once. */
const perFile = new WeakMap<object, Map<string, Outcome>>();
/** Per linted file, the settings object its last rule read and what they resolved to (see resolveForFile). */
const lastRead = new WeakMap<object, { readonly settings: unknown; readonly cwd: string; readonly outcome: Outcome }>();
/** The files a settings problem or a failed call model has been reported on: once per file, by whichever rule asks first. */
const reportedFiles = new WeakSet<object>();

/**
 * Reads `settings["tencentcloud-errors"]` (`{ tables?, products?, codeProperties?, lang? }`) from a rule's context
 * and gives the codes the file is judged against:
 *
 * - `tables` set: exactly those tables (paths resolved against `context.cwd`). A table list is loaded once and kept
 *   while its files stay as they were (size, mtime and, for files up to 1 MB, content); a changed file reloads it,
 *   checked at most once per linted file.
 * - else the products of the `products` setting, or those the file is seen to call (its call model), with the
 *   common codes; one index per product set.
 * - else every API version of every product of the catalogue, with the common codes, loaded once per process.
 *
 * The indexes of table lists and of product sets share one LRU cache (at most 32 of them and 64 MB, estimated), so
 * a long-lived process that meets many table files keeps its heap bounded.
 *
 * A bad setting (wrong shape, unknown table or product name, missing or unreadable file, malformed table) is
 * reported on every linted file, once per file, naming the setting and the file; the function then returns
 * `undefined` and the calling rule does nothing for that file.
 */
export function resolveSettings(context: RuleContext): ResolvedSettings | undefined {
  const outcome = resolveForFile(context);
  if ('settings' in outcome) return outcome.settings;
  reportOnce(context, `${outcome.problem}. ${FIX}`);
  return undefined;
}

/**
 * The call model of the file, for a rule whose settings resolved (see callModel). Where the `tables` or `products`
 * setting is set, the settings did not need the model, so a defect building it is told here, once per file, by
 * whichever rule asks first; the file is still checked against its tables, as the empty model leaves it.
 */
export function fileModel(context: RuleContext, settings: ResolvedSettings): CallModel {
  const model = callModel(context, settings.pinnedProducts);
  const failure = modelFailure(context);
  if (failure !== undefined) reportOnce(context, `${failedModel(failure).problem}. ${TABLES_ONLY}`);
  return model;
}

/**
 * Reports `message` on the file's first line, unless a settings problem or a failed model has been reported on it.
 * A plain message rather than a messageId: the report belongs to the settings, not to whichever rule happened to
 * read them first, so no rule has to carry a message for it.
 */
function reportOnce(context: RuleContext, message: string): void {
  if (reportedFiles.has(context.sourceCode)) return;
  reportedFiles.add(context.sourceCode);
  (
    context as unknown as { report(descriptor: { loc: { line: number; column: number }; message: string }): void }
  ).report({ loc: { line: 1, column: 0 }, message });
}

/**
 * The language of a rule's messages for the file: the `lang` setting when it is one of the languages, else the
 * default. Read without the tables, so that a rule's report can be worded before anything is loaded; a bad `lang`
 * is `resolveSettings`' to report.
 */
export function messageLang(context: RuleContext): Lang {
  const read = readSettings(context);
  const lang = 'problem' in read ? undefined : read.raw?.values['lang'];
  return LANGS.includes(lang as Lang) ? (lang as Lang) : DEFAULT_LANG;
}

function resolveForFile(context: RuleContext): Outcome {
  const file = context.sourceCode;
  // The rules of one file share its settings object: the first of them reads it, the others take its outcome.
  const last = lastRead.get(file);
  if (last !== undefined && last.settings === context.settings && last.cwd === context.cwd) return last.outcome;
  const outcome = readAndResolve(context);
  lastRead.set(file, { settings: context.settings, cwd: context.cwd, outcome });
  return outcome;
}

function readAndResolve(context: RuleContext): Outcome {
  const file = context.sourceCode;
  const read = readSettings(context);
  if ('problem' in read) return read;
  const key = JSON.stringify([context.cwd, read.raw ?? null]);
  let memo = perFile.get(file);
  if (memo === undefined) {
    memo = new Map();
    perFile.set(file, memo);
  }
  let outcome = memo.get(key);
  if (outcome === undefined) {
    outcome = resolve(read.raw, context, key);
    memo.set(key, outcome);
  }
  return outcome;
}

function resolve(raw: RawSettings | undefined, context: RuleContext, key: string): Outcome {
  const { cwd } = context;
  const parsed = parseSettings(raw);
  if ('problem' in parsed) return parsed;
  if (parsed.tables !== undefined) {
    const index = loadCached(parsed.tables, cwd);
    if ('problem' in index) return index;
    return {
      settings: { ...common(parsed), index, consulted: parsed.tables, scopedToProducts: false, everyProduct: false },
    };
  }
  let products: readonly string[];
  try {
    products = parsed.products ?? callModel(context, undefined).products;
  } catch (error) {
    return brokenCatalogue(error);
  }
  const failure = parsed.products === undefined ? modelFailure(context) : undefined;
  if (failure !== undefined) return failedModel(failure);
  // The catalogue does not change while the process runs: files with the same settings and products share them.
  const sharedKey = `${key} ${products.join(' ')}`;
  let outcome = byProducts.get(sharedKey);
  if (outcome === undefined) {
    outcome = resolveProducts(parsed, products);
    byProducts.set(sharedKey, outcome, 1);
  }
  return outcome;
}

/** The outcomes of settings without `tables`, by settings, cwd and products: see resolve. */
const byProducts = new LruCache<string, Outcome>({ maxEntries: 1024, maxBytes: Infinity });

function resolveProducts(parsed: ParsedSettings, products: readonly string[]): Outcome {
  if (products.length > 0) {
    const index = productIndex(products);
    if ('problem' in index) return index;
    const names = [...new Set(products.map(productOfSpec))].sort(compareCodes);
    return {
      settings: {
        ...common(parsed),
        index,
        consulted: [...names, COMMON_TABLE],
        scopedToProducts: true,
        everyProduct: false,
      },
    };
  }
  const index = wholeCatalogue();
  if ('problem' in index) return index;
  return {
    settings: { ...common(parsed), index, consulted: [EVERY_PRODUCT], scopedToProducts: false, everyProduct: true },
  };
}

/** What resolved settings have whatever the file is judged by. */
function common(parsed: ParsedSettings) {
  return {
    codeProperties: new Set(parsed.codeProperties),
    lang: parsed.lang,
    pinnedProducts: parsed.products,
    productsOf,
    isTencentFamily,
  };
}

/* ------------------------------------------------------------------ reading the settings */

/**
 * The settings as plain data, copied out of whatever the config holds: only the known keys (every one a JSON
 * value: a string, a number, a boolean, `null`, or an array of them), with anything else as `OTHER`. What cannot
 * be read (a getter or a Proxy trap that throws, a revoked Proxy, an array that claims a million entries) is a
 * setting problem in one line, like any other, never a crash of the lint run.
 */
interface RawSettings {
  /** The keys as the config gives them, known or not (an unknown one is a problem of parseSettings). */
  readonly keys: readonly string[];
  readonly values: Readonly<Record<string, RawValue>>;
}

/** A value of a setting: a JSON scalar, an array of values, or OTHER (an object, a function, a symbol, …). */
type RawValue = string | number | boolean | null | readonly RawValue[] | { readonly other: string };

/** The most entries a setting's array may have: more is a mistake (or a Proxy that says so). */
const MAX_ENTRIES = 10_000;

function readSettings(context: RuleContext): { readonly raw: RawSettings | undefined } | Problem {
  let value: unknown;
  try {
    value = (context.settings as Record<string, unknown>)[SETTINGS_KEY];
  } catch (error) {
    return invalid(`${SETTING}: reading it threw ${thrownText(error)}`);
  }
  if (value === undefined) return { raw: undefined };
  let keys: string[];
  let isArray: boolean;
  try {
    isArray = Array.isArray(value);
    keys = typeof value === 'object' && value !== null && !isArray ? Object.keys(value) : [];
  } catch (error) {
    return invalid(`${SETTING}: reading its keys threw ${thrownText(error)}`);
  }
  if (typeof value !== 'object' || value === null || isArray) {
    return invalid(
      `${SETTING}: expected an object with "tables", "products", "codeProperties" and/or "lang", got ${describeValue(value)}`,
    );
  }
  const values: Record<string, RawValue> = Object.create(null) as Record<string, RawValue>;
  for (const key of keys.filter((k) => KNOWN_KEYS.includes(k))) {
    const copied = copyValue(() => (value as Record<string, unknown>)[key], `${SETTING}.${key}`);
    if (typeof copied === 'object' && copied !== null && 'problem' in copied) return copied;
    values[key] = copied;
  }
  return { raw: { keys, values } };
}

/** A value read through `get`, as plain data; what throws on the way is a Problem naming `where`. */
function copyValue(get: () => unknown, where: string, depth = 0): RawValue | Problem {
  let value: unknown;
  try {
    value = get();
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return value;
    }
    if (!Array.isArray(value)) return { other: describeValue(value) };
    if (depth > 0) return { other: 'an array' };
    const items: unknown[] = value;
    const length = items.length;
    if (length > MAX_ENTRIES) return invalid(`${where}: expected at most ${MAX_ENTRIES} entries, got ${length}`);
    const copy: RawValue[] = [];
    for (let i = 0; i < length; i++) {
      const item = copyValue(() => items[i], `${where}[${i}]`, depth + 1);
      if (typeof item === 'object' && item !== null && 'problem' in item) return item;
      copy.push(item);
    }
    return copy;
  } catch (error) {
    return invalid(`${where}: reading it threw ${thrownText(error)}`);
  }
}

/** What a getter or a trap threw, in words, never throwing itself (a thrown object may have a throwing getter). */
function thrownText(error: unknown): string {
  try {
    if (!(error instanceof Error)) return describeValue(error);
    // A string by Error's type only: a thrown Error may carry anything there (a number, a symbol).
    const message: unknown = error.message;
    return `an error ("${messageValue(String(message))}")`;
  } catch {
    return 'an error';
  }
}

interface ParsedSettings {
  readonly tables: readonly string[] | undefined;
  /** Validated catalogue names: `ocr` (every API version) or `tmt@2018-03-21`. */
  readonly products: readonly string[] | undefined;
  readonly codeProperties: readonly string[];
  readonly lang: Lang;
}

function parseSettings(raw: RawSettings | undefined): ParsedSettings | Problem {
  if (raw === undefined) {
    return { tables: undefined, products: undefined, codeProperties: DEFAULT_CODE_PROPERTIES, lang: DEFAULT_LANG };
  }
  const unknown = raw.keys.find((key) => !KNOWN_KEYS.includes(key));
  if (unknown !== undefined) {
    return invalid(`${SETTING}: unknown key "${messageValue(unknown)}" (known keys: ${KNOWN_KEYS.join(', ')})`);
  }
  const record = raw.values;
  const tables = stringList(record['tables'], 'tables');
  if ('problem' in tables) return tables;
  const products = stringList(record['products'], 'products');
  if ('problem' in products) return products;
  if (tables.list !== undefined && products.list !== undefined) {
    return invalid(
      `${SETTING}: "tables" and "products" are both set; give one ("tables": exactly those tables; "products": those products and the common codes)`,
    );
  }
  const checked = products.list === undefined ? undefined : checkProducts(products.list);
  if (checked !== undefined && 'problem' in checked) return checked;
  const codeProperties = stringList(record['codeProperties'], 'codeProperties');
  if ('problem' in codeProperties) return codeProperties;
  const lang = record['lang'] ?? DEFAULT_LANG;
  if (!LANGS.includes(lang as Lang)) {
    return invalid(`${SETTING}.lang: expected "en" or "zh", got ${describeRaw(lang)}`);
  }
  return {
    tables: tables.list,
    products: checked?.list,
    codeProperties: codeProperties.list ?? DEFAULT_CODE_PROPERTIES,
    lang: lang as Lang,
  };
}

/** A copied value as a message names it. */
function describeRaw(value: RawValue | undefined): string {
  return isOther(value) ? value.other : describeValue(value);
}

function isOther(value: RawValue | undefined): value is { readonly other: string } {
  return typeof value === 'object' && value !== null && 'other' in value;
}

function stringList(
  value: RawValue | undefined,
  name: string,
): { readonly list: readonly string[] | undefined } | Problem {
  if (value === undefined) return { list: undefined };
  if (!Array.isArray(value) || value.length === 0) {
    return invalid(`${SETTING}.${name}: expected a non-empty array of strings, got ${describeRaw(value)}`);
  }
  const items: readonly RawValue[] = value;
  const bad = items.findIndex((item) => typeof item !== 'string' || item.trim() === '');
  if (bad !== -1) {
    return invalid(`${SETTING}.${name}[${bad}]: expected a non-empty string, got ${describeRaw(items[bad])}`);
  }
  return { list: items as string[] };
}

/** Checks each entry of `products` against the catalogue: a product, or a product at one of its API versions. */
function checkProducts(given: readonly string[]): { readonly list: readonly string[] } | Problem {
  const catalogue = shippedCatalogue();
  let known: Readonly<Record<string, readonly string[]>>;
  try {
    known = catalogue.index().products;
  } catch (error) {
    return brokenCatalogue(error);
  }
  for (const [i, spec] of given.entries()) {
    const { product, version } = parseTableName(spec);
    const where = `${SETTING}.products[${i}]`;
    if (product === COMMON_TABLE) {
      return invalid(`${where}: "${COMMON_TABLE}" is not a product (the common codes are always included)`);
    }
    const versions = Object.hasOwn(known, product) ? known[product] : undefined;
    if (versions === undefined) {
      const near = catalogue.nearestProducts(product);
      const hint = near.length === 0 ? '' : `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? `;
      return invalid(
        `${where}: unknown product "${messageValue(product)}" (${hint}the catalogue has ${Object.keys(known).length} products)`,
      );
    }
    if (version !== undefined && !versions.includes(version)) {
      return invalid(
        `${where}: ${product} has no API version "${messageValue(version)}" (it has ${versions.map((v) => `"${v}"`).join(', ')})`,
      );
    }
  }
  return { list: given };
}

function invalid(text: string): Problem {
  return { problem: `Invalid ${text}` };
}

/**
 * The call model failed on a file for another reason: a defect of the plugin, which neither the settings nor a
 * reinstall mend. The file is left unchecked, as for a bad setting, rather than stopping the whole lint run.
 */
function failedModel(error: unknown): Problem {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const where = packageInfo.bugs?.url === undefined ? '' : ` at ${packageInfo.bugs.url}`;
  return {
    problem: `The ${SETTINGS_KEY} call model failed on this file (${messageValue(reason)}); please report it${where}`,
  };
}

/** The shipped catalogue cannot be read: the package is damaged, not the settings. */
function brokenCatalogue(error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return { problem: `The ${SETTINGS_KEY} catalogue cannot be read (reinstall the package): ${reason}` };
}

/* ------------------------------------------------------------------ the catalogue */

/** The product of a catalogue name: `tmt@2018-03-21` → `tmt`. */
function productOfSpec(spec: string): string {
  return parseTableName(spec).product;
}

/** Each product's tables, every API version, newest first; shipped data does not change, so kept for the process. */
const productTables = new Map<string, readonly CodeTable[]>();

function tablesOf(product: string): readonly CodeTable[] {
  let tables = productTables.get(product);
  if (tables === undefined) {
    tables = shippedCatalogue().versionTables(product).reverse();
    productTables.set(product, tables);
  }
  return tables;
}

/**
 * The index of catalogue names (`cvm`: every API version, newest first; `cvm@2017-03-12`: that one), with the
 * common codes (every product table has them).
 */
function productIndex(specs: readonly string[]): CodeIndex | Problem {
  const sorted = [...new Set(specs)].sort(compareCodes);
  const key = `products ${sorted.join(' ')}`;
  let index = indexes.get(key)?.index;
  if (index === undefined) {
    try {
      const tables = new Set<CodeTable>();
      for (const spec of sorted) {
        const product = productOfSpec(spec);
        const all = tablesOf(product);
        const chosen = product === spec ? all : all.filter((t) => t.version === spec.slice(product.length + 1));
        for (const table of chosen) tables.add(table);
      }
      index = new CodeIndex([...tables]);
    } catch (error) {
      index = brokenCatalogue(error);
    }
    indexes.set(key, { stamps: [], index }, estimatedBytes(index));
  }
  return index;
}

let whole: CodeIndex | Problem | undefined;

/**
 * The index of every API version of every product, with the common codes, from `codes.txt` alone: a file judged
 * by it reads no product file until a report needs a code's description (a "did you mean" names it), and then only
 * the product file that has it. Loaded once per process; its entries are made as they are asked for.
 */
function wholeCatalogue(): CodeIndex | Problem {
  if (whole === undefined) {
    try {
      const catalogue = shippedCatalogue();
      whole = new CodeIndex([], new CatalogueCodeList(catalogue.codes(), () => catalogue.products()[0] ?? ''));
    } catch (error) {
      whole = brokenCatalogue(error);
    }
  }
  return whole;
}

/** The whole catalogue's codes as the index asks for them, each entry made on first use. */
class CatalogueCodeList implements SortedCodes {
  readonly #codes: CatalogueCodes;
  /** The first product, whose tables describe the common codes (asked for when a description is). */
  readonly #first: () => string;
  readonly #entries = new Map<number, CatalogueEntry>();

  constructor(codes: CatalogueCodes, first: () => string) {
    this.#codes = codes;
    this.#first = first;
  }

  positions(): readonly number[] {
    return this.#codes.positions();
  }

  find(code: string): number {
    return this.#codes.find(code);
  }

  entry(at: number): CatalogueEntry {
    let entry = this.#entries.get(at);
    if (entry === undefined) {
      entry = new CatalogueEntry(this.#codes, at, this.#first);
      this.#entries.set(at, entry);
    }
    return entry;
  }
}

/**
 * A code of the whole catalogue. Its code, family and scope are known from `codes.txt`; its description and
 * provenance are those of the first table that lists it (the newest API version of the first product that
 * documents it; for a common code, the first product's newest), read on first use.
 */
class CatalogueEntry implements CodeEntry {
  readonly code: string;
  readonly family: string;
  readonly scope: CodeScope;
  readonly #codes: CatalogueCodes;
  readonly #at: number;
  readonly #first: () => string;
  #owners: readonly string[] | undefined;
  #entry: CodeEntry | undefined;

  constructor(codes: CatalogueCodes, at: number, first: () => string) {
    this.code = codes.code(at);
    this.family = familyOf(this.code);
    this.scope = codes.hasOwners(at) ? 'service' : 'common';
    this.#codes = codes;
    this.#at = at;
    this.#first = first;
  }

  /** The products that document the code as their own, sorted; none for a common code. */
  get owners(): readonly string[] {
    this.#owners ??= this.scope === 'service' ? this.#codes.owners(this.#at) : NO_PRODUCTS;
    return this.#owners;
  }

  get description(): CodeDescription {
    return this.#listed().description;
  }

  get provenance(): CodeProvenance | undefined {
    return this.#listed().provenance;
  }

  #listed(): CodeEntry {
    if (this.#entry === undefined) {
      const product = this.owners[0] ?? this.#first();
      for (const table of tablesOf(product)) {
        this.#entry = findCode(table.codes, this.code);
        if (this.#entry !== undefined) break;
      }
      // codes.txt is checked against the product files when the catalogue is imported and by the tests.
      if (this.#entry === undefined) {
        throw new TableError(
          this.#codes.file,
          this.#codes.lineOf(this.#at),
          `names ${this.code}, which no table of ${product} lists`,
        );
      }
    }
    return this.#entry;
  }
}

/** The entry of `code` in a table's codes (sorted by code point), by binary search. */
function findCode(codes: readonly CodeEntry[], code: string): CodeEntry | undefined {
  const found = codes[partitionPoint(codes, (entry) => entry.code < code)];
  return found?.code === code ? found : undefined;
}

const NO_PRODUCTS: readonly string[] = [];

/** `ResolvedSettings.productsOf`: the products whose any API version documents `code` as its own. */
function productsOf(code: string): readonly string[] {
  const all = wholeCatalogue();
  const entry = 'problem' in all ? undefined : all.get(code);
  return entry instanceof CatalogueEntry ? entry.owners : NO_PRODUCTS;
}

/** `ResolvedSettings.isTencentFamily`. */
function isTencentFamily(family: string): boolean {
  const all = wholeCatalogue();
  return 'problem' in all || all.hasFamily(family);
}

/* ------------------------------------------------------------------ table files */

function loadCached(given: readonly string[], cwd: string): CodeIndex | Problem {
  const specs = given.map((spec) => (isEmbeddedSpec(spec) ? spec : path.resolve(cwd, spec)));
  const key = `tables ${JSON.stringify(specs)}`;
  const cached = indexes.get(key);
  if (cached !== undefined && cached.stamps.every(isCurrent)) return cached.index;
  // Stamp before reading, so that an edit made while loading is seen on the next check.
  const stamps = specs.filter((spec) => !isEmbeddedSpec(spec)).map(stampOf);
  const index = load(given, cwd);
  indexes.set(key, { stamps, index }, estimatedBytes(index));
  return index;
}

function load(given: readonly string[], cwd: string): CodeIndex | Problem {
  // Load one by one so that the problem names the entry of `tables` it comes from.
  const tables: CodeTable[] = [];
  for (const [i, spec] of given.entries()) {
    try {
      tables.push(loadTable(spec, { cwd }));
    } catch (error) {
      // A TableError's message already starts with the table as given (`file:line: reason`).
      const reason = error instanceof TableError ? error.message : `${messageValue(spec)}: ${thrownText(error)}`;
      const where = isEmbeddedSpec(spec) ? '' : ` (read as ${messageValue(path.resolve(cwd, spec))})`;
      return invalid(`${SETTING}.tables[${i}]: ${reason}${where}`);
    }
  }
  return new CodeIndex(tables);
}

function stampOf(file: string): FileStamp | 'missing' {
  try {
    const stats = statSync(file);
    const digest =
      stats.isFile() && stats.size <= CONTENT_CHECK_LIMIT
        ? createHash('sha256').update(readFileSync(file)).digest('hex')
        : undefined;
    return { file, size: stats.size, mtimeMs: stats.mtimeMs, digest };
  } catch {
    return 'missing';
  }
}

/** Whether a table file is still what it was when stamped. */
function isCurrent(stamp: FileStamp | 'missing'): boolean {
  if (stamp === 'missing') return false;
  const now = stampOf(stamp.file);
  return now !== 'missing' && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs && now.digest === stamp.digest;
}
