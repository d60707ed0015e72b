import { statSync } from 'node:fs';
import path from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';

import { DEFAULT_CODE_PROPERTIES, DEFAULT_TABLES } from '../shared/defaults.js';
import { CodeIndex, type CodeTable, TableError } from '../table/index.js';
import { isEmbeddedSpec, loadTable } from '../table/load.js';

/** The key of this plugin's shared settings: `settings["tencentcloud-errors"]`. */
export const SETTINGS_KEY = 'tencentcloud-errors';

/** The plugin settings, validated, with the code tables loaded. */
export interface ResolvedSettings {
  readonly index: CodeIndex;
  readonly codeProperties: ReadonlySet<string>;
}

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

type Outcome = { readonly settings: ResolvedSettings } | { readonly problem: string };

const SETTING = `settings["${SETTINGS_KEY}"]`;
/** `tablesDigest` is written by `configure()` only so that ESLint's cache notices a changed table; rules ignore it. */
const KNOWN_KEYS = ['tables', 'codeProperties', 'tablesDigest'];

/** Loaded indexes, keyed by the resolved table list (with each file's size and mtime, so an edited table reloads). */
const indexes = new Map<string, CodeIndex | { readonly problem: string }>();
/** Resolved settings, keyed by the resolved table list and the code properties. */
const outcomes = new Map<string, Outcome>();
/** Problems already reported in this process: each is reported once, not on every file. */
const reported = new Set<string>();

/**
 * Reads `settings["tencentcloud-errors"]` (`{ tables?: string[], codeProperties?: string[] }`) from a rule's
 * context, resolving table paths against `context.cwd` and loading each table list once per process.
 *
 * A bad setting (wrong shape, unknown table name, missing file, malformed table) is reported once per process,
 * on the first file linted, naming the setting and the file; the function then returns `undefined` and the
 * calling rule does nothing for that file.
 */
export function resolveSettings(context: RuleContext): ResolvedSettings | undefined {
  const raw: unknown = (context.settings as Record<string, unknown>)[SETTINGS_KEY];
  const outcome = resolve(raw, context.cwd);
  if ('settings' in outcome) return outcome.settings;
  if (!reported.has(outcome.problem)) {
    reported.add(outcome.problem);
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

function resolve(raw: unknown, cwd: string): Outcome {
  const parsed = parseSettings(raw);
  if ('problem' in parsed) return parsed;
  const specs = parsed.tables.map((spec) => (isEmbeddedSpec(spec) ? spec : path.resolve(cwd, spec)));
  const tableKey = JSON.stringify(specs.map((spec) => `${spec}|${stamp(spec)}`));
  const key = JSON.stringify([tableKey, parsed.codeProperties]);
  let outcome = outcomes.get(key);
  if (outcome === undefined) {
    const index = loadCached(tableKey, parsed.tables, cwd);
    outcome = 'problem' in index ? index : { settings: { index, codeProperties: new Set(parsed.codeProperties) } };
    outcomes.set(key, outcome);
  }
  return outcome;
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

function loadCached(key: string, given: readonly string[], cwd: string): CodeIndex | { readonly problem: string } {
  let index = indexes.get(key);
  if (index === undefined) {
    index = load(given, cwd);
    indexes.set(key, index);
  }
  return index;
}

function load(given: readonly string[], cwd: string): CodeIndex | { readonly problem: string } {
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

/** A file table's size and mtime, so that the cache notices an edited table; nothing for an embedded name. */
function stamp(spec: string): string {
  if (isEmbeddedSpec(spec)) return '';
  try {
    const stats = statSync(spec);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
