import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';

import { DEFAULT_CODE_PROPERTIES, DEFAULT_TABLES, type Lang } from '../shared/defaults.js';
import { CodeIndex, type CodeTable, TableError } from '../table/index.js';
import { isEmbeddedSpec, loadTable } from '../table/load.js';

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
  /**
   * The catalogue's products (bare names, sorted) that document `code` as their own, common codes excluded; empty
   * for a code no product has. Tells "another product's code" apart from a typo.
   */
  productsOf(code: string): readonly string[];
}

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

type Outcome = { readonly settings: ResolvedSettings } | { readonly problem: string };

const SETTING = `settings["${SETTINGS_KEY}"]`;
/** `tablesDigest` is written by `configure()` only so that ESLint's cache notices a changed table; rules ignore it. */
const KNOWN_KEYS = ['tables', 'codeProperties', 'tablesDigest'];

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

interface Problem {
  readonly problem: string;
}

/** Files up to this size are hashed on every check, so an edit that keeps size and mtime is seen too. */
const CONTENT_CHECK_LIMIT = 1024 * 1024;

/** One loaded index per table list (resolved specs), replaced when one of its files changes. */
const indexes = new Map<string, CachedIndex>();
/** What each linted file resolved, so that the rules running on one file check the tables once. */
const perFile = new WeakMap<object, Map<string, Outcome>>();
/** The files a settings problem has been reported on: once per file, by whichever rule asks first. */
const reportedFiles = new WeakSet<object>();

/**
 * Reads `settings["tencentcloud-errors"]` (`{ tables?: string[], codeProperties?: string[] }`) from a rule's
 * context, resolving table paths against `context.cwd`. A table list is loaded once and kept while its files
 * stay as they were (size, mtime and, for files up to 1 MB, content); a changed file reloads it.
 *
 * A bad setting (wrong shape, unknown table name, missing or unreadable file, malformed table) is reported on
 * every linted file, once per file, naming the setting and the file; the function then returns `undefined` and
 * the calling rule does nothing for that file.
 */
export function resolveSettings(context: RuleContext): ResolvedSettings | undefined {
  const raw: unknown = (context.settings as Record<string, unknown>)[SETTINGS_KEY];
  const outcome = resolveForFile(context.sourceCode, raw, context.cwd);
  if ('settings' in outcome) return outcome.settings;
  if (!reportedFiles.has(context.sourceCode)) {
    reportedFiles.add(context.sourceCode);
    // A plain message rather than a messageId: the report belongs to the settings, not to whichever rule
    // happened to read them first, so no rule has to carry a message for it.
    (
      context as unknown as { report(descriptor: { loc: { line: number; column: number }; message: string }): void }
    ).report({
      loc: { line: 1, column: 0 },
      message: `Invalid ${outcome.problem}. The ${SETTINGS_KEY} rules check nothing until it is fixed.`,
    });
  }
  return undefined;
}

function resolveForFile(file: object, raw: unknown, cwd: string): Outcome {
  const key = memoKey(cwd, raw);
  let memo = perFile.get(file);
  if (memo === undefined) {
    memo = new Map();
    perFile.set(file, memo);
  }
  let outcome = memo.get(key);
  if (outcome === undefined) {
    outcome = resolve(raw, cwd);
    memo.set(key, outcome);
  }
  return outcome;
}

/** The settings as a memo key; a value JSON cannot write (a cycle) is not memoised: it fails validation anyway. */
function memoKey(cwd: string, raw: unknown): string {
  try {
    return JSON.stringify([cwd, raw ?? null]);
  } catch {
    return `${cwd}\0unserialisable`;
  }
}

function resolve(raw: unknown, cwd: string): Outcome {
  const parsed = parseSettings(raw);
  if ('problem' in parsed) return parsed;
  const index = loadCached(parsed.tables, cwd);
  if ('problem' in index) return index;
  // Until product scoping lands: the configured tables, in English, with no catalogue look-up.
  const settings: ResolvedSettings = {
    index,
    codeProperties: new Set(parsed.codeProperties),
    lang: 'en',
    consulted: parsed.tables,
    scopedToProducts: false,
    productsOf: () => [],
  };
  return { settings };
}

interface ParsedSettings {
  readonly tables: readonly string[];
  readonly codeProperties: readonly string[];
}

function parseSettings(raw: unknown): ParsedSettings | { readonly problem: string } {
  if (raw === undefined) return { tables: DEFAULT_TABLES, codeProperties: DEFAULT_CODE_PROPERTIES };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problem: `${SETTING}: expected an object with "tables" and/or "codeProperties", got ${describe(raw)}` };
  }
  const record = raw as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !KNOWN_KEYS.includes(key));
  if (unknown !== undefined) {
    return { problem: `${SETTING}: unknown key "${unknown}" (known keys: ${KNOWN_KEYS.join(', ')})` };
  }
  const tables = stringList(record['tables'], 'tables', DEFAULT_TABLES);
  if ('problem' in tables) return tables;
  const codeProperties = stringList(record['codeProperties'], 'codeProperties', DEFAULT_CODE_PROPERTIES);
  if ('problem' in codeProperties) return codeProperties;
  return { tables: tables.list, codeProperties: codeProperties.list };
}

function stringList(
  value: unknown,
  name: string,
  fallback: readonly string[],
): { readonly list: readonly string[] } | { readonly problem: string } {
  if (value === undefined) return { list: fallback };
  if (!Array.isArray(value) || value.length === 0) {
    return { problem: `${SETTING}.${name}: expected a non-empty array of strings, got ${describe(value)}` };
  }
  const items: unknown[] = value;
  const bad = items.findIndex((item) => typeof item !== 'string' || item.trim() === '');
  if (bad !== -1) {
    return { problem: `${SETTING}.${name}[${bad}]: expected a non-empty string, got ${describe(items[bad])}` };
  }
  return { list: items as string[] };
}

function loadCached(given: readonly string[], cwd: string): CodeIndex | Problem {
  const specs = given.map((spec) => (isEmbeddedSpec(spec) ? spec : path.resolve(cwd, spec)));
  const key = JSON.stringify(specs);
  const cached = indexes.get(key);
  if (cached !== undefined && cached.stamps.every(isCurrent)) return cached.index;
  // Stamp before reading, so that an edit made while loading is seen on the next check.
  const stamps = specs.filter((spec) => !isEmbeddedSpec(spec)).map(stampOf);
  const index = load(given, cwd);
  indexes.set(key, { stamps, index });
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
      const reason =
        error instanceof TableError
          ? error.message
          : `${spec}: ${error instanceof Error ? error.message : String(error)}`;
      const where = isEmbeddedSpec(spec) ? '' : ` (read as ${path.resolve(cwd, spec)})`;
      return { problem: `${SETTING}.tables[${i}]: ${reason}${where}` };
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

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
