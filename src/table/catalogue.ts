import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { compareCodes } from './code-index.js';
import { codeProblem, familyOf, isWellFormedCode } from './grammar.js';
import {
  type HistoryProductJson,
  type HistoryVersionJson,
  LazyHistory,
  parseHistory,
  parseReleases,
  removedCodesOf,
} from './history.js';
import { type JsonPath, SERVICE_PATTERN } from './json.js';
import { code, list, readJson, record, text } from './json-checks.js';
import { CataloguePack } from './pack.js';
import { SpellingIndex } from './spelling.js';
import { TableError } from './table-error.js';
import { formatTableName, parseTableName } from './table-name.js';
import type { CodeEntry, CodeProvenance, CodeTable, SdkRelease } from './types.js';

/**
 * The catalogue: every Tencent Cloud product's codes per API version and each action's codes, as shipped in
 * `data/` (docs/tables.md, "The catalogue"):
 *
 * - `catalogue/index.json`: the products and their API versions, the sources (SDK releases and commits, pages)
 *   and the totals;
 * - `catalogue/<product>.json`: per API version, the codes (Chinese, English where known, where each is listed)
 *   and each action's codes as indexes into that list;
 * - `catalogue/codes.txt`: every code once and the products that document it, derived from the product files, so
 *   that a lint run judged by the whole catalogue reads one small file;
 * - `common.json`: the current common codes, which every product table includes.
 *
 * Loading a name reads `index.json` once per process, then only the one product file it names. The published
 * package ships the `catalogue/` folder as one file, `catalogue.pack` (pack.ts), read when the folder is absent.
 */

export const CATALOGUE_FORMAT = 1;

/** The name of the common-codes table. */
export const COMMON_TABLE = 'common';

/** Where a product's code is listed: its error-code page, the SDK, or both. */
type CodeListing = 'page' | 'sdk' | 'both';
const LISTINGS: readonly string[] = ['page', 'sdk', 'both'];

/** Where a common code's Chinese description comes from: the common-code table of a page, an SDK comment, or us. */
type CommonSource = 'page' | 'sdk' | 'ours';
const COMMON_SOURCES: readonly string[] = ['page', 'sdk', 'ours'];

export interface CatalogueCodeJson {
  readonly code: string;
  readonly zh: string;
  readonly en?: string;
  readonly from: CodeListing;
}

export interface CatalogueVersionJson {
  readonly version: string;
  /** Sorted by code point. */
  readonly codes: readonly CatalogueCodeJson[];
  /** Each action's codes as ascending indexes into `codes`; `null` where the SDK lists none. */
  readonly actions: Readonly<Record<string, readonly number[] | null>>;
}

export interface CatalogueProductJson {
  readonly product: string;
  /** Sorted, oldest first; a bare product name means the last. */
  readonly versions: readonly CatalogueVersionJson[];
}

export interface CatalogueSdkJson {
  readonly name: string;
  readonly version?: string;
  readonly commit?: string;
}

export interface CatalogueCountsJson {
  readonly products: number;
  readonly apiVersions: number;
  /** Codes summed over API versions. */
  readonly codes: number;
  readonly distinctCodes: number;
  /** Codes (summed over API versions) with an English description. */
  readonly codesWithEnglish: number;
  readonly actions: number;
  readonly actionsWithList: number;
  /** Action → code pairs. */
  readonly actionCodes: number;
  readonly commonCodes: number;
}

/** The catalogue's history (`catalogue/history/`), where it was imported with the SDK's git history. */
export interface CatalogueHistoryJson {
  /** How many releases `history/releases.json` lists. */
  readonly releases: number;
  /** Codes and actions summed over API versions that the versions no longer have, and the renames found. */
  readonly removedCodes: number;
  readonly removedActions: number;
  readonly renames: number;
}

export interface CatalogueIndexJson {
  readonly format: number;
  readonly sdk: readonly CatalogueSdkJson[];
  /** The error-code pages merged in: product → the page table, relative to the data folder. */
  readonly pages: Readonly<Record<string, string>>;
  readonly counts: CatalogueCountsJson;
  /** Absent when the catalogue was imported from a checkout, without the SDK's history. */
  readonly history?: CatalogueHistoryJson;
  /** Product → its API versions, oldest first. */
  readonly products: Readonly<Record<string, readonly string[]>>;
}

export interface CommonCodeJson {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly zhFrom: CommonSource;
}

export interface CommonJson {
  readonly table: typeof COMMON_TABLE;
  /** The list of the common codes, relative to the data folder. */
  readonly source: string;
  readonly codes: readonly CommonCodeJson[];
}

/**
 * A row of `catalogue/codes.txt`: a code, then the products that document it as their own (sorted; none for a
 * common code). See CatalogueCodes.
 */
export type CatalogueCodeRow = readonly string[];

/**
 * The rows of `codes.txt` for these product files and common codes, sorted by code: see CatalogueCodes. A code a
 * product lists that is also a common code counts as common, as in the product's tables.
 */
export function catalogueCodes(
  products: readonly CatalogueProductJson[],
  commonCodes: readonly string[],
): CatalogueCodeRow[] {
  const common = [...commonCodes].sort(compareCodes).map((code) => ({ code }));
  // Code → its products, in the order the codes are met (a Map keeps insertion order).
  const owners = new Map<string, string[]>();
  const meet = (code: string): string[] => {
    let list = owners.get(code);
    if (list === undefined) {
      list = [];
      owners.set(code, list);
    }
    return list;
  };
  for (const product of products) {
    for (const version of [...product.versions].reverse()) {
      mergeWithCommon(version.codes, common, {
        common: ({ code }) => meet(code),
        own: ({ code }) => {
          const list = meet(code);
          // Products come in sorted order and a product's versions in a row: a product is added once.
          if (list.at(-1) !== product.product) list.push(product.product);
        },
      });
    }
  }
  return [...owners].sort(([a], [b]) => compareCodes(a, b)).map(([code, list]) => [code, ...list]);
}

/**
 * Walks an API version's codes and the common codes, both sorted by code point, in the order of the version's
 * table: `common` for each common code, with the version's own entry of it where the version lists it too (a table
 * holds it once, as common); `own` for each other code of the version.
 */
function mergeWithCommon<Own extends { readonly code: string }, Common extends { readonly code: string }>(
  own: readonly Own[],
  common: readonly Common[],
  visit: { readonly common: (entry: Common, listed: Own | undefined) => void; readonly own: (entry: Own) => void },
): void {
  let i = 0;
  let j = 0;
  while (i < own.length || j < common.length) {
    const mine = own[i];
    const theirs = common[j];
    if (theirs !== undefined && (mine === undefined || theirs.code <= mine.code)) {
      const listed = mine?.code === theirs.code ? mine : undefined;
      visit.common(theirs, listed);
      if (listed !== undefined) i++;
      j++;
    } else if (mine !== undefined) {
      visit.own(mine);
      i++;
    }
  }
}

/* ------------------------------------------------------------------ serialising */

/** A product file: two-space JSON, one code and one action a line (so a refresh diffs line by line), final newline. */
export function stringifyProduct(product: CatalogueProductJson): string {
  const versions = product.versions.map((v) => {
    const codes = v.codes.map((c) =>
      JSON.stringify({ code: c.code, zh: c.zh, ...(c.en === undefined ? {} : { en: c.en }), from: c.from }),
    );
    const actions = Object.entries(v.actions).map(([name, list]) => `${JSON.stringify(name)}: ${JSON.stringify(list)}`);
    return [
      '    {',
      `      "version": ${JSON.stringify(v.version)},`,
      `      "codes": ${block(codes, '      ', '[', ']')},`,
      `      "actions": ${block(actions, '      ', '{', '}')}`,
      '    }',
    ].join('\n');
  });
  return `{\n  "product": ${JSON.stringify(product.product)},\n  "versions": [\n${versions.join(',\n')}\n  ]\n}\n`;
}

export function stringifyIndex(index: CatalogueIndexJson): string {
  const products = Object.entries(index.products).map(([name, v]) => `${JSON.stringify(name)}: ${JSON.stringify(v)}`);
  return [
    '{',
    `  "format": ${index.format},`,
    `  "sdk": ${block(
      index.sdk.map((s) => JSON.stringify(s)),
      '  ',
      '[',
      ']',
    )},`,
    `  "pages": ${JSON.stringify(index.pages)},`,
    `  "counts": ${JSON.stringify(index.counts)},`,
    ...(index.history === undefined ? [] : [`  "history": ${JSON.stringify(index.history)},`]),
    `  "products": ${block(products, '  ', '{', '}')}`,
    '}\n',
  ].join('\n');
}

/** The first line of `codes.txt`, which says what the file is and which format it has. */
export const CODES_HEADER = `# tencentcloud-errors catalogue codes, format ${CATALOGUE_FORMAT}: a code per line, sorted by code point, then the products that document it as their own`;

/** How the importer ends the header of `codes.txt`: the SHA-256 of the rows after it, as lowercase hex. */
const DIGEST_PREFIX = '; rows sha256 ';
const CODES_DIGEST = /^; rows sha256 [0-9a-f]{64}$/u;

/** `codes.txt`: the header with the rows' digest, then a row a line, its cells separated by one space. */
export function stringifyCodes(rows: readonly CatalogueCodeRow[]): string {
  const body = `${rows.map((row) => row.join(' ')).join('\n')}\n`;
  return `${CODES_HEADER}${DIGEST_PREFIX}${sha256(Buffer.from(body, 'latin1'))}\n${body}`;
}

export function stringifyCommon(common: CommonJson): string {
  const codes = common.codes.map((c) => JSON.stringify({ code: c.code, zh: c.zh, en: c.en, zhFrom: c.zhFrom }));
  return `{\n  "table": ${JSON.stringify(common.table)},\n  "source": ${JSON.stringify(common.source)},\n  "codes": ${block(codes, '  ', '[', ']')}\n}\n`;
}

function block(lines: readonly string[], indent: string, open: string, close: string): string {
  return lines.length === 0
    ? `${open}${close}`
    : `${open}\n${lines.map((l) => `${indent}  ${l}`).join(',\n')}\n${indent}${close}`;
}

/* ------------------------------------------------------------------ loading */

/** What a table name resolves to: its file, as messages name it, and its bytes. */
interface Resolved {
  readonly product: string;
  readonly version: string | undefined;
  readonly file: string;
  readonly bytes: () => Buffer;
}

/**
 * The files of `catalogue/`, each by its path relative to that folder (with `/`): from the folder itself, or from
 * the pack that ships it (pack.ts).
 */
interface CatalogueFiles {
  /** How messages name a file: its path, or the pack's with the entry (`…/catalogue.pack (gaap.json)`). */
  nameOf(name: string): string;
  read(name: string): Buffer;
}

class CatalogueFolder implements CatalogueFiles {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  nameOf(name: string): string {
    return path.join(this.#dir, name);
  }

  read(name: string): Buffer {
    return readBytes(this.nameOf(name));
  }
}

interface LoadedIndex {
  readonly json: CatalogueIndexJson;
  readonly products: ReadonlyMap<string, readonly string[]>;
  readonly spelling: SpellingIndex;
}

interface LoadedCommon {
  readonly entries: readonly CodeEntry[];
  readonly byCode: ReadonlyMap<string, CodeEntry>;
}

/**
 * A catalogue folder (this package's `data/`, or a freshly imported one): its `catalogue/` folder, else its
 * `catalogue.pack`. Everything is read on first use.
 */
export class Catalogue {
  readonly dir: string;
  #files: CatalogueFiles | undefined;
  #index: LoadedIndex | undefined;
  #common: LoadedCommon | undefined;
  /** The tables already made, by name: the files are read and checked once per catalogue. */
  readonly #tables = new Map<string, CodeTable>();
  #releases: readonly SdkRelease[] | undefined;
  #codes: CatalogueCodes | undefined;
  /** Each product's history and the product file it was checked against, read on first use. */
  readonly #histories = new Map<string, { history: HistoryProductJson; product: CatalogueProductJson }>();
  /** Every removed code of the history, with the tables that dropped it, read on first use. */
  #removedCodes: ReadonlyMap<string, readonly string[]> | undefined;

  constructor(dir: string) {
    this.dir = dir;
  }

  get commonFile(): string {
    return path.join(this.dir, 'common.json');
  }

  /** The folder `catalogue/` when it exists, else the pack `catalogue.pack` when that exists (else the folder). */
  get #catalogueFiles(): CatalogueFiles {
    if (this.#files === undefined) {
      const folder = path.join(this.dir, 'catalogue');
      const pack = path.join(this.dir, 'catalogue.pack');
      this.#files = !existsSync(folder) && existsSync(pack) ? new CataloguePack(pack) : new CatalogueFolder(folder);
    }
    return this.#files;
  }

  /** A file of `catalogue/` (`name` relative to it, with `/`): how messages name it, and its bytes. */
  #read(name: string): { file: string; bytes: Buffer } {
    const files = this.#catalogueFiles;
    return { file: files.nameOf(name), bytes: files.read(name) };
  }

  /** The SDK releases of the catalogue's history, oldest first; empty when it has no history. */
  releases(): readonly SdkRelease[] {
    if (this.#releases === undefined) {
      if (this.#loadIndex().json.history === undefined) return [];
      const { file, bytes } = this.#read('history/releases.json');
      this.#releases = parseReleases(bytes.toString('utf8'), file);
    }
    return this.#releases;
  }

  /** `codes.txt`: every code of the catalogue once, with the products that document it. */
  codes(): CatalogueCodes {
    if (this.#codes === undefined) {
      const { file, bytes } = this.#read('codes.txt');
      // index.json is read only when a row's products are checked: a file that asks whether a code exists does not.
      this.#codes = new CatalogueCodes(bytes, file, () => this.#loadIndex().products);
    }
    return this.#codes;
  }

  /** The validated `index.json`. */
  index(): CatalogueIndexJson {
    return this.#loadIndex().json;
  }

  /** Every table name, sorted: `common`, each product, and each `product@version`. */
  names(): string[] {
    const names = [COMMON_TABLE];
    for (const [product, versions] of this.#loadIndex().products) {
      names.push(product, ...versions.map((v) => `${product}@${v}`));
    }
    return names.sort(compareCodes);
  }

  /** The products, sorted. */
  products(): string[] {
    return [...this.#loadIndex().products.keys()];
  }

  /** The bytes a name's table is read from (its product file, or `common.json`). */
  bytes(name: string): Buffer {
    return this.#resolve(name).bytes();
  }

  /** SHA-256 (hex) of the bytes a name's table is read from, as `table(name).digest` gives it. */
  digest(name: string): string {
    return sha256(this.bytes(name));
  }

  /**
   * The table of a name: `common`, a product (its newest API version) or `product@version`. A product table holds
   * the API version's codes and the common codes (which keep the common table's entry and scope `common`), sorted
   * by code point, and the version's actions.
   */
  table(name: string): CodeTable {
    let table = this.#tables.get(name);
    if (table === undefined) {
      table = this.#readTable(name);
      this.#tables.set(name, table);
    }
    return table;
  }

  #readTable(name: string): CodeTable {
    const resolved = this.#resolve(name);
    const bytes = resolved.bytes();
    const digest = sha256(bytes);
    const common = this.#loadCommon();
    if (resolved.product === COMMON_TABLE) {
      return { service: COMMON_TABLE, origin: name, digest, codes: common.entries };
    }
    const product = parseProduct(bytes.toString('utf8'), resolved.file, resolved.product);
    const version =
      resolved.version === undefined
        ? product.versions.at(-1)
        : product.versions.find((v) => v.version === resolved.version);
    if (version === undefined) {
      throw new TableError(resolved.file, undefined, `no API version ${resolved.version ?? ''} (index.json lists it)`);
    }
    return this.#versionTable(resolved.product, version, name, digest);
  }

  /**
   * The tables (`product@version`) whose history lists `code` as removed, of every product; none where the
   * catalogue has no history. For a file judged by the whole catalogue, which calls no product whose history would
   * tell: the history files are read once, the first time a code no table has is asked about (a few hundred codes
   * in all), without the product files.
   */
  removedCodeTables(code: string): readonly string[] {
    if (this.#removedCodes === undefined) {
      const found = new Map<string, string[]>();
      if (this.#loadIndex().json.history !== undefined) {
        for (const product of Object.keys(this.index().products)) {
          const { file, bytes } = this.#read(`history/${product}.json`);
          for (const { version, codes } of removedCodesOf(bytes.toString('utf8'), file)) {
            const table = formatTableName({ product, version });
            for (const each of codes) {
              const tables = found.get(each);
              if (tables === undefined) found.set(each, [table]);
              else tables.push(table);
            }
          }
        }
      }
      this.#removedCodes = found;
    }
    return this.#removedCodes.get(code) ?? [];
  }

  /** A product's history, checked against its product file (read again: the tables keep none of it). */
  #history(product: string): { history: HistoryProductJson; product: CatalogueProductJson } {
    let loaded = this.#histories.get(product);
    if (loaded === undefined) {
      const releases = this.releases();
      const resolved = this.#resolve(product);
      const json = parseProduct(resolved.bytes().toString('utf8'), resolved.file, product);
      const { file, bytes } = this.#read(`history/${product}.json`);
      loaded = { history: parseHistory(bytes.toString('utf8'), file, json, releases.length), product: json };
      this.#histories.set(product, loaded);
    }
    return loaded;
  }

  /**
   * Every API version's table of a product, oldest first, as `table("product@version")` gives each, reading and
   * checking the product file once. Throws a TableError for an unknown product, as `table()` does.
   */
  versionTables(product: string): CodeTable[] {
    const resolved = this.#resolve(product);
    if (resolved.product === COMMON_TABLE || resolved.version !== undefined) {
      throw new TableError(product, undefined, 'not a product name');
    }
    const bytes = resolved.bytes();
    const digest = sha256(bytes);
    const parsed = parseProduct(bytes.toString('utf8'), resolved.file, resolved.product);
    return parsed.versions.map((v) => this.#versionTable(product, v, `${product}@${v.version}`, digest));
  }

  /** The catalogue's products closest to a misspelt product name, best first (`common` is not a product). */
  nearestProducts(name: string): string[] {
    return this.#loadIndex()
      .spelling.nearest(name)
      .filter((n) => n !== COMMON_TABLE);
  }

  /** One API version's codes merged with the common codes, and its actions. */
  #versionTable(product: string, version: CatalogueVersionJson, origin: string, digest: string): CodeTable {
    const common = this.#loadCommon();
    // Both lists are sorted by code point (the product file's order is checked on loading).
    const own = version.codes;
    const codes: CodeEntry[] = [];
    mergeWithCommon(own, common.entries, {
      common: (theirs, listed) => codes.push({ ...theirs, provenance: listed?.from ?? 'common' }),
      own: ({ code, zh, en, from }) => {
        const description = en === undefined ? { zh } : { zh, en };
        codes.push({ code, family: familyOf(code), scope: 'service', description, provenance: from });
      },
    });
    // Each action's list is made when it is asked for: the catalogue has 15,000 actions (13 MB of lists made at
    // once), of which a lint run reads those its files call.
    // Ascending indexes into a sorted list: the codes come out sorted.
    const codesOf = (list: readonly number[]): readonly string[] => list.map((n) => own[n]?.code ?? '');
    const table = { service: product, version: version.version, origin, digest, codes };
    if (this.#loadIndex().json.history === undefined) {
      return { ...table, actions: new ActionMap(version.actions, codesOf) };
    }
    const name = version.version;
    const history = new LazyHistory(() => {
      const { history: json, product: shape } = this.#history(product);
      const i = shape.versions.findIndex((v) => v.version === name);
      return {
        json: json.versions[i] as HistoryVersionJson,
        shape: shape.versions[i] as CatalogueVersionJson,
        releases: this.releases(),
      };
    });
    return { ...table, actions: new ActionMap(version.actions, codesOf, () => history.removedActions()), history };
  }

  #resolve(name: string): Resolved {
    const { product, version } = parseTableName(name);
    if (product === COMMON_TABLE) {
      if (version !== undefined) throw new TableError(name, undefined, 'the common table has no API versions');
      const file = this.commonFile;
      return { product, version, file, bytes: () => readBytes(file) };
    }
    const index = this.#loadIndex();
    const versions = index.products.get(product);
    if (versions === undefined) {
      const near = index.spelling.nearest(product);
      const hint = near.length === 0 ? '' : `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? `;
      throw new TableError(
        name,
        undefined,
        `unknown embedded table "${product}" (${hint}the catalogue has ${index.products.size} products and "${COMMON_TABLE}"; a table file must end in .json or .md)`,
      );
    }
    if (version !== undefined && !versions.includes(version)) {
      throw new TableError(
        name,
        undefined,
        `${product} has no API version "${version}" (it has ${versions.map((v) => `"${v}"`).join(', ')})`,
      );
    }
    const files = this.#catalogueFiles;
    const file = `${product}.json`;
    return { product, version, file: files.nameOf(file), bytes: () => files.read(file) };
  }

  #loadIndex(): LoadedIndex {
    if (this.#index === undefined) {
      const { file, bytes } = this.#read('index.json');
      const json = parseIndex(bytes.toString('utf8'), file);
      const products = new Map(Object.entries(json.products));
      this.#index = { json, products, spelling: new SpellingIndex([COMMON_TABLE, ...products.keys()]) };
    }
    return this.#index;
  }

  #loadCommon(): LoadedCommon {
    if (this.#common === undefined) {
      const file = this.commonFile;
      const json = parseCommon(readBytes(file).toString('utf8'), file);
      const entries = json.codes.map((c): CodeEntry => ({
        code: c.code,
        family: familyOf(c.code),
        scope: 'common',
        description: { zh: c.zh, en: c.en },
        provenance: 'common' satisfies CodeProvenance,
      }));
      entries.sort((a, b) => compareCodes(a.code, b.code));
      this.#common = { entries, byCode: new Map(entries.map((e) => [e.code, e])) };
    }
    return this.#common;
  }
}

/**
 * A version's actions, each with its codes (`null`: none listed), each list made from the product file when it is
 * first asked for; `get()` and `has()` also answer a removed action (`removed`), iteration gives the current ones
 * only.
 */
class ActionMap implements ReadonlyMap<string, readonly string[] | null> {
  /** The version's actions as the product file has them: indexes into its codes. */
  readonly #lists: Readonly<Record<string, readonly number[] | null>>;
  readonly #codesOf: (list: readonly number[]) => readonly string[];
  readonly #removed: (() => ReadonlyMap<string, readonly string[] | null>) | undefined;
  /** The lists made so far, by action; all of them, in the product file's order, once the map is iterated. */
  #made = new Map<string, readonly string[] | null>();
  #complete = false;

  constructor(
    lists: Readonly<Record<string, readonly number[] | null>>,
    codesOf: (list: readonly number[]) => readonly string[],
    removed?: () => ReadonlyMap<string, readonly string[] | null>,
  ) {
    this.#lists = lists;
    this.#codesOf = codesOf;
    this.#removed = removed;
  }

  /** The list of a current action, made on first use; `undefined` for a name the version does not have. */
  #current(name: string): readonly string[] | null | undefined {
    let list = this.#made.get(name);
    if (list === undefined && Object.hasOwn(this.#lists, name)) {
      const indexes = this.#lists[name];
      list = indexes === null || indexes === undefined ? null : this.#codesOf(indexes);
      this.#made.set(name, list);
    }
    return list;
  }

  /** Every current action with its list, in the product file's order. */
  get #map(): ReadonlyMap<string, readonly string[] | null> {
    if (!this.#complete) {
      this.#made = new Map(Object.keys(this.#lists).map((name) => [name, this.#current(name) ?? null]));
      this.#complete = true;
    }
    return this.#made;
  }

  get size(): number {
    return Object.keys(this.#lists).length;
  }

  get(name: string): readonly string[] | null | undefined {
    const list = this.#current(name);
    return list === undefined ? this.#removed?.().get(name) : list;
  }

  has(name: string): boolean {
    return Object.hasOwn(this.#lists, name) || (this.#removed?.().has(name) ?? false);
  }

  forEach(
    callback: (
      list: readonly string[] | null,
      name: string,
      map: ReadonlyMap<string, readonly string[] | null>,
    ) => void,
    thisArg?: unknown,
  ): void {
    for (const [name, list] of this.#map) callback.call(thisArg, list, name, this);
  }

  entries(): MapIterator<[string, readonly string[] | null]> {
    return this.#map.entries();
  }

  keys(): MapIterator<string> {
    // The names alone: no list is made for them.
    return Object.keys(this.#lists).values();
  }

  values(): MapIterator<readonly string[] | null> {
    return this.#map.values();
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[] | null]> {
    return this.#map[Symbol.iterator]();
  }
}

/* ------------------------------------------------------------------ validating */

const API_VERSION = /^\d{4}-\d{2}-\d{2}$/u;
const NON_BLANK = /\S/;

/** Parses and validates a product file; every problem is a TableError naming the file and line. */
function parseProduct(source: string, file: string, expected?: string): CatalogueProductJson {
  const { data, fail } = readJson(source, file);
  const root = record(data, [], 'a product file', ['product', 'versions'], fail);
  const product = text(root['product'], ['product'], '"product"', fail);
  if (expected !== undefined && product !== expected) fail(['product'], `"product" must be "${expected}"`);
  const versions = list(root['versions'], ['versions'], '"versions"', fail);
  if (versions.length === 0) fail(['versions'], '"versions" is empty');
  const seenVersions = new Set<string>();
  for (const [i, item] of versions.entries()) {
    const at: JsonPath = ['versions', i];
    const v = record(item, at, 'an API version', ['version', 'codes', 'actions'], fail);
    const version = text(v['version'], [...at, 'version'], '"version"', fail);
    if (!API_VERSION.test(version) || seenVersions.has(version)) {
      fail([...at, 'version'], `"version" must be a new yyyy-mm-dd date, got ${JSON.stringify(version)}`);
    }
    seenVersions.add(version);
    const codes = list(v['codes'], [...at, 'codes'], '"codes"', fail);
    // The hot loop of loading (17,000 entries for the whole catalogue): plain checks, a path only on failure.
    let previous = '';
    for (let j = 0; j < codes.length; j++) {
      const item: unknown = codes[j];
      const where = (...rest: (string | number)[]): JsonPath => [...at, 'codes', j, ...rest];
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        fail(where(), 'a code entry must be an object');
      }
      const c = item as Record<string, unknown>;
      for (const key in c) {
        if (key !== 'code' && key !== 'zh' && key !== 'en' && key !== 'from') {
          fail(where(key), `unknown key "${key}" in a code entry (allowed: code, zh, en, from)`);
        }
      }
      const value = c['code'];
      if (typeof value !== 'string' || !isWellFormedCode(value)) {
        fail(where('code'), typeof value === 'string' ? (codeProblem(value) ?? '') : '"code" must be a string');
      }
      const codeText = value as string;
      if (j > 0 && !(previous < codeText)) {
        fail(where('code'), `"${codeText}" after "${previous}": codes must be unique and sorted by code point`);
      }
      previous = codeText;
      if (typeof c['zh'] !== 'string' || !NON_BLANK.test(c['zh'])) fail(where('zh'), '"zh" must be a non-empty string');
      const en = c['en'];
      if (en !== undefined && (typeof en !== 'string' || !NON_BLANK.test(en))) {
        fail(where('en'), '"en" must be a non-empty string');
      }
      const from = c['from'];
      if (from !== 'page' && from !== 'sdk' && from !== 'both') {
        fail(where('from'), `"from" must be one of ${LISTINGS.join(', ')}`);
      }
    }
    const actions = record(v['actions'], [...at, 'actions'], '"actions"', undefined, fail);
    for (const name in actions) {
      const indexes = actions[name];
      if (indexes === null) continue;
      const bad = (): never =>
        fail(
          [...at, 'actions', name],
          `the codes of action ${name} must be ascending indexes into "codes" (0 to ${codes.length - 1})`,
        );
      if (!Array.isArray(indexes)) bad();
      const all = indexes as unknown[];
      let last = -1;
      for (let k = 0; k < all.length; k++) {
        const n = all[k];
        if (typeof n !== 'number' || !Number.isInteger(n) || n <= last || n >= codes.length) bad();
        last = n as number;
      }
    }
  }
  return data as CatalogueProductJson;
}

const HISTORY_COUNTS = ['releases', 'removedCodes', 'removedActions', 'renames'] as const;

function parseIndex(source: string, file: string): CatalogueIndexJson {
  const { data, fail } = readJson(source, file);
  const root = record(data, [], 'index.json', ['format', 'sdk', 'pages', 'counts', 'history', 'products'], fail);
  if (root['format'] !== CATALOGUE_FORMAT) {
    fail(['format'], `"format" must be ${CATALOGUE_FORMAT} (this package reads catalogue format ${CATALOGUE_FORMAT})`);
  }
  list(root['sdk'], ['sdk'], '"sdk"', fail);
  if (root['history'] !== undefined) {
    const history = record(root['history'], ['history'], '"history"', HISTORY_COUNTS, fail);
    for (const key of HISTORY_COUNTS) {
      const n = history[key];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail(['history', key], `"${key}" must be a count`);
    }
  }
  const products = record(root['products'], ['products'], '"products"', undefined, fail);
  for (const [name, versions] of Object.entries(products)) {
    if (!SERVICE_PATTERN.test(name) || name === COMMON_TABLE) fail(['products', name], `bad product name "${name}"`);
    const all = list(versions, ['products', name], `the versions of ${name}`, fail);
    if (all.length === 0 || all.some((v) => typeof v !== 'string' || !API_VERSION.test(v))) {
      fail(['products', name], `the versions of ${name} must be a non-empty array of yyyy-mm-dd dates`);
    }
  }
  return data as CatalogueIndexJson;
}

/**
 * `catalogue/codes.txt`: what a lint run judged by the whole catalogue needs to know of it, written by the importer
 * from the product files and `common.json`, so that such a run reads one small file instead of all of them. After
 * a header line, each line is a code and the products that document it as their own (sorted; none for a common
 * code), separated by single spaces, in code-point order.
 *
 * It is on the path of a lint run's first file, so it is read as little as that file needs. The importer ends the
 * header with the SHA-256 of the rows it wrote, which it checked: rows that still have that digest are not checked
 * again, nor decoded or split; a code is found by binary search over their bytes, and a row's products are checked
 * against `index.json` when they are first asked for. Rows without the digest or with another one (a hand edit) are
 * checked line by line when the file is read. A damaged file is a TableError naming its line.
 *
 * A row is known by its position, the offset of its first byte in the file.
 */
export class CatalogueCodes {
  readonly file: string;
  /** The whole file; its rows are ASCII, so a byte is a character. */
  readonly #bytes: Buffer;
  /** The position of the first row: the byte after the header's line break. */
  readonly #first: number;
  /** The products of `index.json`, asked for when a row's products are first checked. */
  readonly #products: () => ReadonlyMap<string, unknown>;
  /** Every row's position, in order: found when the rows are checked or first enumerated. */
  #positions: readonly number[] | undefined;

  constructor(bytes: Buffer, file: string, products: () => ReadonlyMap<string, unknown>) {
    this.file = file;
    this.#bytes = bytes;
    this.#products = products;
    const end = bytes.indexOf(0x0a);
    const header = bytes.toString('latin1', 0, end === -1 ? bytes.length : end);
    const digest = header.startsWith(CODES_HEADER) ? header.slice(CODES_HEADER.length) : undefined;
    if (digest === undefined || (digest !== '' && !CODES_DIGEST.test(digest))) {
      this.#fail(1, `the first line must be "${CODES_HEADER}"`);
    }
    this.#first = end + 1;
    if (end === -1 || bytes[bytes.length - 1] !== 0x0a) {
      this.#fail(bytes.toString('latin1').split('\n').length, 'the file must end with a line break');
    }
    if (digest !== `${DIGEST_PREFIX}${sha256(bytes.subarray(this.#first))}`) this.#check();
  }

  /** Checks every row's start and order, naming the first bad line, and notes their positions. */
  #check(): void {
    const lines = this.#bytes.toString('latin1', this.#first).split('\n');
    const positions: number[] = [];
    // A space sorts before every character of a code, so lines sorted by code point are rows sorted by code. A
    // code twice is in two lines in a row, the second as long as the code or with a space after it.
    let previous = '';
    let previousLength = 0;
    let at = this.#first;
    for (let row = 0, rows = lines.length - 1; row < rows; row++) {
      const line = lines[row] as string;
      if (line === '' || line.charCodeAt(0) === 32) this.#fail(row + 2, 'a line must start with a code');
      if (row > 0) {
        const again =
          (line.length === previousLength || line.charCodeAt(previousLength) === 32) &&
          line.startsWith(previous.slice(0, previousLength));
        if (!(previous < line) || again) this.#fail(row + 2, 'the codes must be sorted by code point, each once');
      }
      const space = line.indexOf(' ');
      previousLength = space === -1 ? line.length : space;
      previous = line;
      positions.push(at);
      at += line.length + 1;
    }
    this.#positions = positions;
  }

  /** Every row's position, in code order. */
  positions(): readonly number[] {
    if (this.#positions === undefined) {
      const positions: number[] = [];
      const bytes = this.#bytes;
      for (let at = this.#first; at < bytes.length; at = bytes.indexOf(0x0a, at) + 1) positions.push(at);
      this.#positions = positions;
    }
    return this.#positions;
  }

  /**
   * The position of `code`'s row, or -1: a binary search over the rows' bytes, where a probe at any byte stands for
   * the row that byte is in. Rows before `low` are before `code`; rows from `high` on are not.
   */
  find(code: string): number {
    const bytes = this.#bytes;
    let low = this.#first;
    let high = bytes.length;
    while (low < high) {
      const probe = low + ((high - low) >>> 1);
      const start = bytes.lastIndexOf(0x0a, probe - 1) + 1;
      const end = bytes.indexOf(0x0a, probe);
      if (bytes.toString('latin1', start, end) < code) low = end + 1;
      else high = start;
    }
    return low < bytes.length && this.code(low) === code ? low : -1;
  }

  /** The code of a row. */
  code(at: number): string {
    const line = this.#line(at);
    const space = line.indexOf(' ');
    return space === -1 ? line : line.slice(0, space);
  }

  /** Whether a row names products: whether its code is a product's own rather than a common code. */
  hasOwners(at: number): boolean {
    return this.#line(at).includes(' ');
  }

  /** The products of a row, checked: products of `index.json`, sorted, each once. */
  owners(at: number): readonly string[] {
    const cells = this.#line(at).split(' ');
    cells.shift();
    let previous = '';
    const products = this.#products();
    for (const owner of cells) {
      if (!(previous < owner) || !products.has(owner)) {
        this.#fail(
          this.lineOf(at),
          `the products of ${this.code(at)} must be products of index.json, sorted, each once`,
        );
      }
      previous = owner;
    }
    return cells;
  }

  /** Every row, checked: a code, then its products. */
  rows(): CatalogueCodeRow[] {
    return this.positions().map((at) => [this.code(at), ...this.owners(at)]);
  }

  /** The line of the file (from 1, the header) a row is on. */
  lineOf(at: number): number {
    let line = 1;
    for (let i = this.#bytes.indexOf(0x0a); i !== -1 && i < at; i = this.#bytes.indexOf(0x0a, i + 1)) line++;
    return line;
  }

  /** The text of a row; empty for a position that is not a row's. */
  #line(at: number): string {
    if (at < this.#first || at >= this.#bytes.length || this.#bytes[at - 1] !== 0x0a) return '';
    return this.#bytes.toString('latin1', at, this.#bytes.indexOf(0x0a, at));
  }

  #fail(line: number, reason: string): never {
    throw new TableError(this.file, line, reason);
  }
}

function parseCommon(source: string, file: string): CommonJson {
  const { data, fail } = readJson(source, file);
  const root = record(data, [], 'common.json', ['table', 'source', 'codes'], fail);
  if (root['table'] !== COMMON_TABLE) fail(['table'], `"table" must be "${COMMON_TABLE}"`);
  const codes = list(root['codes'], ['codes'], '"codes"', fail);
  if (codes.length === 0) fail(['codes'], '"codes" is empty');
  const seen = new Set<string>();
  for (const [i, entry] of codes.entries()) {
    const at: JsonPath = ['codes', i];
    const c = record(entry, at, 'a code entry', ['code', 'zh', 'en', 'zhFrom'], fail);
    code(c['code'], [...at, 'code'], seen, fail);
    text(c['zh'], [...at, 'zh'], '"zh"', fail);
    text(c['en'], [...at, 'en'], '"en"', fail);
    if (!COMMON_SOURCES.includes(c['zhFrom'] as string)) {
      fail([...at, 'zhFrom'], `"zhFrom" must be one of ${COMMON_SOURCES.join(', ')}`);
    }
  }
  return data as CommonJson;
}

function readBytes(file: string): Buffer {
  if (!existsSync(file)) throw new TableError(file, undefined, 'file not found (the catalogue is incomplete)');
  return readFileSync(file);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
