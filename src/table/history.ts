import { familyOf, isWellFormedCode } from './grammar.js';
import type { JsonPath } from './json.js';
import { type Fail, list, readJson, record, text } from './json-checks.js';
import type { CodeEntry, Lifecycle, SdkRelease, TableHistory } from './types.js';

/**
 * The catalogue's history (docs/tables.md, "The history"): when each code and action of every API version came and,
 * for those it no longer has, when they left, kept apart from the product files so that loading a table reads none
 * of it:
 *
 * - `catalogue/history/releases.json`: the SDK's releases, oldest first; everything else names a release by its
 *   place in this list;
 * - `catalogue/history/<product>.json`: per API version (the product file's, in its order), the release each code
 *   and action arrived in, grouped by release, and the removed codes and actions.
 */

/** `releases.json`. */
export interface HistoryReleasesJson {
  /** The SDK whose releases these are. */
  readonly sdk: string;
  /** `[name, date]`, oldest first. */
  readonly releases: readonly (readonly [string, string])[];
}

/**
 * Release (its place in releases.json, as a key) → the items it brought, as indexes into the product file's list
 * (its `codes`, or its `actions` in their order); `"*"`: every item no other key lists. A code listed only on an
 * error-code page (`from: "page"`) has no release.
 */
type Arrivals = Readonly<Record<string, readonly number[] | '*'>>;

export interface HistoryRemovedCodeJson {
  readonly code: string;
  /** Its Chinese description in the last release that had it. */
  readonly zh: string;
  /** The first release that had it. */
  readonly since: number;
  /** The first release without it (the one before it was the last to have it). */
  readonly removed: number;
  readonly renamedTo?: string;
}

export interface HistoryRemovedActionJson {
  readonly since: number;
  readonly removed: number;
  /**
   * The codes its last release listed: indexes into the product file's `codes`, then on into `removedCodes` (an index
   * `codes.length + i` is `removedCodes[i]`); `null` when that release listed none.
   */
  readonly codes: readonly number[] | null;
}

export interface HistoryVersionJson {
  readonly version: string;
  readonly codes: Arrivals;
  readonly actions: Arrivals;
  /** Sorted by code point. */
  readonly removedCodes: readonly HistoryRemovedCodeJson[];
  /** Sorted by name. */
  readonly removedActions: Readonly<Record<string, HistoryRemovedActionJson>>;
}

export interface HistoryProductJson {
  readonly product: string;
  /** The product file's API versions, in its order. */
  readonly versions: readonly HistoryVersionJson[];
}

/* ------------------------------------------------------------------ serialising */

/** `releases.json`: one release a line. */
export function stringifyReleases(json: HistoryReleasesJson): string {
  const lines = json.releases.map((r) => JSON.stringify(r));
  return `{\n  "sdk": ${JSON.stringify(json.sdk)},\n  "releases": [\n${lines.map((l) => `    ${l}`).join(',\n')}\n  ]\n}\n`;
}

/** A product's history: one removed code and one removed action a line, so a refresh diffs line by line. */
export function stringifyHistory(json: HistoryProductJson): string {
  const versions = json.versions.map((v) => {
    const removedCodes = v.removedCodes.map((c) =>
      JSON.stringify({
        code: c.code,
        zh: c.zh,
        since: c.since,
        removed: c.removed,
        ...(c.renamedTo === undefined ? {} : { renamedTo: c.renamedTo }),
      }),
    );
    const removedActions = Object.entries(v.removedActions).map(
      ([name, a]) =>
        `${JSON.stringify(name)}: ${JSON.stringify({ since: a.since, removed: a.removed, codes: a.codes })}`,
    );
    return [
      '    {',
      `      "version": ${JSON.stringify(v.version)},`,
      `      "codes": ${JSON.stringify(v.codes)},`,
      `      "actions": ${JSON.stringify(v.actions)},`,
      `      "removedCodes": ${block(removedCodes, '[', ']')},`,
      `      "removedActions": ${block(removedActions, '{', '}')}`,
      '    }',
    ].join('\n');
  });
  return `{\n  "product": ${JSON.stringify(json.product)},\n  "versions": [\n${versions.join(',\n')}\n  ]\n}\n`;
}

function block(lines: readonly string[], open: string, close: string): string {
  return lines.length === 0
    ? `${open}${close}`
    : `${open}\n${lines.map((l) => `        ${l}`).join(',\n')}\n      ${close}`;
}

/* ------------------------------------------------------------------ loading */

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Parses and checks `releases.json`; every problem is a TableError naming the file and the line. */
export function parseReleases(source: string, file: string): SdkRelease[] {
  const { data, fail } = readJson(source, file);
  const root = record(data, [], 'releases.json', ['sdk', 'releases'], fail);
  text(root['sdk'], ['sdk'], '"sdk"', fail);
  const releases = list(root['releases'], ['releases'], '"releases"', fail);
  if (releases.length === 0) fail(['releases'], '"releases" is empty');
  return releases.map((item, i): SdkRelease => {
    const [version, date] = Array.isArray(item) ? (item as unknown[]) : [];
    if (
      !Array.isArray(item) ||
      item.length !== 2 ||
      typeof version !== 'string' ||
      version.trim() === '' ||
      typeof date !== 'string' ||
      !DATE.test(date)
    ) {
      return fail(['releases', i], 'a release must be ["<name>", "<yyyy-mm-dd>"]');
    }
    return { version, date, order: i };
  });
}

/** What a history check needs to know of the product file. */
export interface ProductShape {
  readonly product: string;
  readonly versions: readonly {
    readonly version: string;
    readonly codes: readonly { readonly code: string; readonly from: string }[];
    readonly actions: Readonly<Record<string, unknown>>;
  }[];
}

/**
 * Parses and checks a product's history against its product file and the releases: the same API versions, indexes
 * in range, each removed code and action once and not also current. Every problem is a TableError naming the file
 * and the line.
 */
export function parseHistory(
  source: string,
  file: string,
  product: ProductShape,
  releaseCount: number,
): HistoryProductJson {
  const { data, fail } = readJson(source, file);
  const root = record(data, [], 'a history file', ['product', 'versions'], fail);
  if (root['product'] !== product.product) fail(['product'], `"product" must be "${product.product}"`);
  const versions = list(root['versions'], ['versions'], '"versions"', fail);
  if (versions.length !== product.versions.length) {
    fail(['versions'], `"versions" must list the product file's ${product.versions.length} API versions`);
  }
  const release = (value: unknown, at: JsonPath): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= releaseCount) {
      return fail(at, `a release must be an index into releases.json (0 to ${releaseCount - 1})`);
    }
    return value;
  };
  product.versions.forEach((shape, i) => {
    const at: JsonPath = ['versions', i];
    const v = record(
      versions[i],
      at,
      'an API version',
      ['version', 'codes', 'actions', 'removedCodes', 'removedActions'],
      fail,
    );
    if (v['version'] !== shape.version) fail([...at, 'version'], `"version" must be "${shape.version}"`);
    const current = new Set(shape.codes.map((c) => c.code));
    arrivals(v['codes'], [...at, 'codes'], shape.codes.length, release, fail);
    arrivals(v['actions'], [...at, 'actions'], Object.keys(shape.actions).length, release, fail);
    const removedCodes = list(v['removedCodes'], [...at, 'removedCodes'], '"removedCodes"', fail);
    let previous = '';
    removedCodes.forEach((item, j) => {
      const where: JsonPath = [...at, 'removedCodes', j];
      const c = record(item, where, 'a removed code', ['code', 'zh', 'since', 'removed', 'renamedTo'], fail);
      const code = c['code'];
      if (typeof code !== 'string' || !isWellFormedCode(code) || current.has(code) || !(previous < code)) {
        fail([...where, 'code'], '"code" must be a code the version no longer has, after the one before it');
      }
      previous = code as string;
      text(c['zh'], [...where, 'zh'], '"zh"', fail);
      lifetime(c, where, release, fail);
      const renamedTo = c['renamedTo'];
      if (renamedTo !== undefined && (typeof renamedTo !== 'string' || !current.has(renamedTo))) {
        fail([...where, 'renamedTo'], '"renamedTo" must be a code the version has');
      }
    });
    const removedActions = record(v['removedActions'], [...at, 'removedActions'], '"removedActions"', undefined, fail);
    const listed = shape.codes.length + removedCodes.length;
    for (const name in removedActions) {
      const where: JsonPath = [...at, 'removedActions', name];
      if (Object.hasOwn(shape.actions, name)) fail(where, `${name} is a current action of the version`);
      const a = record(removedActions[name], where, 'a removed action', ['since', 'removed', 'codes'], fail);
      lifetime(a, where, release, fail);
      const codes = a['codes'];
      if (codes !== null && !ascending(codes, listed)) {
        fail(
          [...where, 'codes'],
          `"codes" must be null or ascending indexes into "codes", then "removedCodes" (0 to ${listed - 1})`,
        );
      }
    }
  });
  return data as HistoryProductJson;
}

/**
 * The codes a history file lists as removed, by API version, read without its product file (parseHistory checks the
 * rest when a product's tables load it): for a file judged by the whole catalogue, which calls no product whose
 * history would tell a removed code.
 */
export function removedCodesOf(source: string, file: string): { version: string; codes: string[] }[] {
  const { data, fail } = readJson(source, file);
  const root = record(data, [], 'a history file', ['product', 'versions'], fail);
  return list(root['versions'], ['versions'], '"versions"', fail).map((item, i) => {
    const at: JsonPath = ['versions', i];
    const v = record(item, at, 'an API version', undefined, fail);
    const version = text(v['version'], [...at, 'version'], '"version"', fail);
    const removed = list(v['removedCodes'], [...at, 'removedCodes'], '"removedCodes"', fail);
    const codes = removed.map((entry, j) => {
      const where: JsonPath = [...at, 'removedCodes', j];
      return text(record(entry, where, 'a removed code', undefined, fail)['code'], [...where, 'code'], '"code"', fail);
    });
    return { version, codes };
  });
}

function lifetime(
  item: Record<string, unknown>,
  at: JsonPath,
  release: (value: unknown, at: JsonPath) => number,
  fail: Fail,
): void {
  const since = release(item['since'], [...at, 'since']);
  const removed = release(item['removed'], [...at, 'removed']);
  if (removed <= since) fail([...at, 'removed'], '"removed" must come after "since"');
}

function arrivals(
  value: unknown,
  at: JsonPath,
  count: number,
  release: (value: unknown, at: JsonPath) => number,
  fail: Fail,
): void {
  const groups = record(value, at, 'the arrivals', undefined, fail);
  for (const key in groups) {
    release(/^\d+$/u.test(key) ? Number(key) : -1, [...at, key]);
    const indexes = groups[key];
    if (indexes !== '*' && !ascending(indexes, count)) {
      fail([...at, key], `must be "*" or ascending indexes (0 to ${count - 1})`);
    }
  }
}

function ascending(value: unknown, count: number): boolean {
  if (!Array.isArray(value)) return false;
  let last = -1;
  for (const n of value as unknown[]) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= last || n >= count) return false;
    last = n;
  }
  return true;
}

/* ------------------------------------------------------------------ the model */

interface Item {
  readonly lifecycle: Lifecycle;
}

interface ResolvedHistory {
  readonly codes: ReadonlyMap<string, Item & { readonly entry?: CodeEntry }>;
  readonly actions: ReadonlyMap<string, Item & { readonly codes?: readonly string[] | null }>;
  readonly removedCodes: readonly CodeEntry[];
  readonly removedActions: ReadonlyMap<string, readonly string[] | null>;
}

type HistorySource = () => {
  json: HistoryVersionJson;
  shape: ProductShape['versions'][number];
  releases: readonly SdkRelease[];
};

/** One API version's history, read by `load` and worked out on first use (the table holds nothing of it before). */
export class LazyHistory implements TableHistory {
  readonly #load: HistorySource;
  #resolved: ResolvedHistory | undefined;

  constructor(load: HistorySource) {
    this.#load = load;
  }

  code(code: string): Lifecycle | undefined {
    return this.#get().codes.get(code)?.lifecycle;
  }

  action(name: string): Lifecycle | undefined {
    return this.#get().actions.get(name)?.lifecycle;
  }

  removedCodes(): readonly CodeEntry[] {
    return this.#get().removedCodes;
  }

  removedActions(): ReadonlyMap<string, readonly string[] | null> {
    return this.#get().removedActions;
  }

  #get(): ResolvedHistory {
    this.#resolved ??= resolve(this.#load());
    return this.#resolved;
  }
}

function resolve({
  json,
  shape,
  releases,
}: {
  json: HistoryVersionJson;
  shape: ProductShape['versions'][number];
  releases: readonly SdkRelease[];
}): ResolvedHistory {
  const at = (n: number): SdkRelease => releases[n] as SdkRelease;
  const removal = (item: { since: number; removed: number }, renamedTo?: string): Lifecycle => ({
    since: at(item.since),
    removed: {
      last: at(item.removed - 1),
      in: at(item.removed),
      ...(renamedTo === undefined ? {} : { renamedTo }),
    },
  });
  const codes = new Map<string, Item & { entry?: CodeEntry }>();
  const own = shape.codes.map((c) => c.code);
  arrive(
    json.codes,
    own,
    (i) => shape.codes[i]?.from !== 'page',
    (code, since) => {
      codes.set(code, { lifecycle: { since } });
    },
    at,
  );
  const removedCodes = json.removedCodes.map((c): CodeEntry => {
    const entry: CodeEntry = {
      code: c.code,
      family: familyOf(c.code),
      scope: 'service',
      description: { zh: c.zh },
      provenance: 'sdk',
    };
    codes.set(c.code, { lifecycle: removal(c, c.renamedTo), entry });
    return entry;
  });
  const actions = new Map<string, Item>();
  arrive(
    json.actions,
    Object.keys(shape.actions),
    () => true,
    (name, since) => {
      actions.set(name, { lifecycle: { since } });
    },
    at,
  );
  const listed = [...own, ...json.removedCodes.map((c) => c.code)];
  const removedActions = new Map<string, readonly string[] | null>();
  for (const [name, a] of Object.entries(json.removedActions)) {
    removedActions.set(name, a.codes === null ? null : a.codes.map((n) => listed[n] ?? ''));
    actions.set(name, { lifecycle: removal(a) });
  }
  return { codes, actions, removedCodes, removedActions };
}

/** Calls `found` with each item that has a release, and that release. */
function arrive(
  groups: Arrivals,
  items: readonly string[],
  hasRelease: (index: number) => boolean,
  found: (item: string, since: SdkRelease) => void,
  at: (n: number) => SdkRelease,
): void {
  const given = new Map<number, number>();
  let rest: number | undefined;
  for (const [key, indexes] of Object.entries(groups)) {
    if (indexes === '*') rest = Number(key);
    else for (const i of indexes) given.set(i, Number(key));
  }
  items.forEach((item, i) => {
    const release = given.get(i) ?? (hasRelease(i) ? rest : undefined);
    if (release !== undefined) found(item, at(release));
  });
}
