import type * as Jsonc from 'jsonc-parser';
import type { JSONVisitor, Node, ParseError } from 'jsonc-parser';

import { lazyRequire } from '../shared/lazy-require.js';
import { codeProblem, descriptionProblem, familyOf, quoted } from './grammar.js';
import { TableError } from './table-error.js';
import { lineLocator } from './text-position.js';
import { CODE_SCOPES, type CodeEntry, type CodeScope } from './types.js';

/**
 * jsonc-parser, loaded on first use: only a table file or a catalogue file that needs a line number reads JSON with
 * positions, and loading it with the plugin (ten modules, through Node's CommonJS interop) costs a lint run that
 * never does a tenth of the plugin's load time.
 */
const jsonc = lazyRequire('jsonc-parser') as () => typeof Jsonc;

/** The on-disk shape of a table JSON file (see docs/tables.md). */
export interface TableJson {
  readonly service: string;
  readonly version?: string;
  /** Where the table was imported from, relative to the JSON file. */
  readonly source?: string;
  readonly codes: readonly CodeJson[];
}

interface CodeJson {
  readonly code: string;
  readonly family: string;
  readonly scope: CodeScope;
  readonly zh: string;
  readonly en?: string;
}

export const SERVICE_PATTERN = /^[a-z][a-z0-9]*$/u;

const TABLE_KEYS = new Set(['$schema', 'service', 'version', 'source', 'codes']);
const CODE_KEYS = new Set(['code', 'family', 'scope', 'zh', 'en']);

export interface ParsedTableJson {
  readonly service: string;
  readonly version: string | undefined;
  readonly codes: CodeEntry[];
}

export type JsonPath = (string | number)[];

/**
 * Parses and validates a table JSON text; every problem is a TableError naming `file` and the line.
 * The text is parsed with the fast `JSON.parse` and scanned once for a key given twice in one object (which
 * `JSON.parse` would settle silently, the last one winning); only when something is wrong is it parsed again
 * with positions (jsonc-parser) to find the line of the offending value. Until the text has the shape of a table
 * (an object with "service" and a non-empty "codes" array), a message names no key or value of it: the file may
 * be any JSON file.
 */
export function parseTableJson(text: string, file: string): ParsedTableJson {
  const data = parseJson(text, file);
  /** Throws a TableError at the value (or, with `atKey`, the key) found at `path`. */
  const fail = (path: JsonPath, reason: string, atKey = false): never => {
    throw new TableError(file, lineOfPath(text, path, atKey), reason);
  };

  if (!isObject(data)) return fail([], 'a table must be a JSON object with "service" and "codes"');
  const service = data['service'];
  if (service === undefined) return fail([], 'missing "service" (the service name, e.g. "gaap")');
  const list = data['codes'];
  if (list === undefined) return fail([], 'missing "codes" (an array of codes)');
  if (!Array.isArray(list)) return fail(['codes'], '"codes" must be an array');
  if (list.length === 0) return fail(['codes'], '"codes" is empty');
  if (typeof service !== 'string') return fail(['service'], '"service" must be a string');
  checkKeys(data, TABLE_KEYS, 'table', [], fail);
  if (!SERVICE_PATTERN.test(service)) {
    return fail(
      ['service'],
      `"service" must be lower-case letters and digits starting with a letter, got ${quoted(service)}`,
    );
  }
  const version = data['version'];
  if (version !== undefined && typeof version !== 'string') return fail(['version'], '"version" must be a string');
  if (data['source'] !== undefined && typeof data['source'] !== 'string')
    return fail(['source'], '"source" must be a string');

  const firstIndex = new Map<string, number>();
  const codes = list.map((item: unknown, i): CodeEntry => {
    const at: JsonPath = ['codes', i];
    if (!isObject(item)) return fail(at, 'each entry of "codes" must be an object');
    checkKeys(item, CODE_KEYS, 'code entry', at, fail);
    const field = (key: string, required: boolean): string | undefined => {
      const value = item[key];
      if (value === undefined) return required ? fail(at, `code entry is missing "${key}"`) : undefined;
      if (typeof value !== 'string') return fail([...at, key], `"${key}" must be a string`);
      return value;
    };
    const code = field('code', true) ?? '';
    const problem = codeProblem(code);
    if (problem !== undefined) return fail([...at, 'code'], problem);
    const previous = firstIndex.get(code);
    if (previous !== undefined) {
      return fail(
        at,
        `duplicate code ${quoted(code)} (first listed on line ${lineOfPath(text, ['codes', previous], false) ?? '?'})`,
      );
    }
    firstIndex.set(code, i);
    const family = field('family', true) ?? '';
    if (family !== familyOf(code)) {
      return fail([...at, 'family'], `"family" of "${code}" must be "${familyOf(code)}", got ${quoted(family)}`);
    }
    const scope = field('scope', true) ?? '';
    if (!(CODE_SCOPES as readonly string[]).includes(scope)) {
      return fail([...at, 'scope'], `"scope" of "${code}" must be "common" or "service", got ${quoted(scope)}`);
    }
    const zh = field('zh', true) ?? '';
    if (zh.trim() === '') return fail([...at, 'zh'], `"zh" of "${code}" is empty`);
    const zhTooLong = descriptionProblem(code, zh);
    if (zhTooLong !== undefined) return fail([...at, 'zh'], zhTooLong);
    const en = field('en', false);
    if (en?.trim() === '') return fail([...at, 'en'], `"en" of "${code}" is empty`);
    const enTooLong = en === undefined ? undefined : descriptionProblem(code, en);
    if (enTooLong !== undefined) return fail([...at, 'en'], enTooLong);
    return { code, family, scope: scope as CodeScope, description: en === undefined ? { zh } : { zh, en } };
  });
  // Last: a table that is wrong in another way says that first, wherever its keys are.
  checkDuplicateKeys(text, file);
  return { service, version, codes };
}

/** Serialises a table deterministically: two-space JSON, keys in a fixed order, final newline. */
export function stringifyTableJson(table: TableJson): string {
  const ordered = {
    service: table.service,
    ...(table.version === undefined ? {} : { version: table.version }),
    ...(table.source === undefined ? {} : { source: table.source }),
    codes: table.codes.map((c) => ({
      code: c.code,
      family: c.family,
      scope: c.scope,
      zh: c.zh,
      ...(c.en === undefined ? {} : { en: c.en }),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(
  value: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  what: string,
  at: JsonPath,
  fail: (path: JsonPath, reason: string, atKey?: boolean) => never,
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key))
      fail([...at, key], `unknown key ${quoted(key)} in ${what} (allowed: ${[...allowed].join(', ')})`, true);
  }
}

/**
 * Refuses a key given twice in one object of a JSON text (JSON.parse keeps the last: a second "codes" would replace
 * the list without a word), naming the line of the second and of the first.
 */
function checkDuplicateKeys(text: string, file: string): void {
  /** Per open object, its keys so far and the offset of each. */
  const objects: Map<string, number>[] = [];
  let duplicate: { key: string; offset: number; first: number } | undefined;
  const visitor: JSONVisitor = {
    onObjectBegin: () => {
      objects.push(new Map());
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onObjectProperty: (key, offset) => {
      const keys = objects.at(-1);
      const first = keys?.get(key);
      if (first !== undefined) duplicate ??= { key, offset, first };
      else keys?.set(key, offset);
    },
  };
  try {
    jsonc().visit(text, visitor);
  } catch (error) {
    // A table nests three levels deep: one the recursive visitor cannot read is no table.
    if (error instanceof RangeError) throw new TableError(file, undefined, `invalid JSON (${TOO_DEEP})`);
    throw error;
  }
  if (duplicate !== undefined) {
    const line = lineLocator(text);
    throw new TableError(
      file,
      line(duplicate.offset),
      `the key ${quoted(duplicate.key)} is given twice in one object (first on line ${line(duplicate.first)}); JSON would keep only the last`,
    );
  }
}

/** The 1-based line of the value at `path` (or of its key), found by parsing again with positions. */
export function lineOfPath(text: string, path: JsonPath, atKey: boolean): number | undefined {
  const tree = positionedTree(text, []);
  const root = tree === tooDeep ? undefined : tree;
  const node: Node | undefined =
    root === undefined ? undefined : path.length === 0 ? root : jsonc().findNodeAtLocation(root, path);
  if (node === undefined) return undefined;
  const offset = atKey && node.parent?.type === 'property' ? node.parent.offset : node.offset;
  return lineLocator(text)(offset);
}

/**
 * A JSON text's value, parsed with the fast `JSON.parse`; when that fails, parsed again with positions to throw a
 * TableError naming the line and what is wrong (`invalid JSON (comma expected)`).
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    if (positionedTree(text, errors) === tooDeep) throw new TableError(file, undefined, `invalid JSON (${TOO_DEEP})`);
    const [first] = errors;
    throw new TableError(
      file,
      first === undefined ? undefined : lineLocator(text)(first.offset),
      `invalid JSON${first === undefined ? '' : ` (${describeParseError(first)})`}`,
    );
  }
}

/**
 * A JSON text as a tree with positions (jsonc-parser), for readers that report the line of each entry; the first
 * syntax error, or one that the text nests too deeply to read, is a TableError naming the file (and the line).
 */
export function parseJsonWithPositions(text: string, file: string): Node | undefined {
  const errors: ParseError[] = [];
  const root = positionedTree(text, errors);
  if (root === tooDeep) throw new TableError(file, undefined, `invalid JSON (${TOO_DEEP})`);
  const [first] = errors;
  if (first !== undefined) throw new TableError(file, lineLocator(text)(first.offset), 'invalid JSON');
  return root;
}

const tooDeep = Symbol('too deep');
const TOO_DEEP = 'nested too deeply to read';

/**
 * The tree of a JSON text with positions (jsonc-parser), or `tooDeep` when it nests so deeply that the recursive
 * parser would overflow the stack.
 */
function positionedTree(text: string, errors: ParseError[]): Node | undefined | typeof tooDeep {
  try {
    return jsonc().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep;
    throw error;
  }
}

function describeParseError(error: ParseError): string {
  const name = jsonc().printParseErrorCode(error.error);
  return name.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
}
