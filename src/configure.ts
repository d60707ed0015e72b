import { createHash } from 'node:crypto';

import type { ESLint, Linter } from 'eslint';

import { DEFAULT_CODE_PROPERTIES, type Lang, LANGS } from './shared/defaults.js';
import { packageInfo } from './shared/package-info.js';
import { tableDigest, TableError } from './table/index.js';
import { SpellingIndex } from './table/spelling.js';
import { describeValue } from './util/index.js';
import { SETTINGS_KEY } from './util/settings.js';

/** What `configure()` takes: the shared settings, and the families the exhaustiveness rule checks. */
export interface ConfigureOptions {
  /**
   * Table specs (embedded names, `.json`, `.md`, `errors.go`, `errorcodes.py`), resolved against `cwd`: exactly these
   * tables. Leave out (with `products`) for the products each file calls, or the whole catalogue.
   */
  readonly tables?: readonly string[];
  /** The products the files call (`"ocr"`, `"tmt@2018-03-21"`), with the common codes; not with `tables`. */
  readonly products?: readonly string[];
  /** The language of the rules' messages and suggestions: `"en"` (default) or `"zh"`. */
  readonly lang?: Lang;
  /** Member names that hold an error code. Default `code`, `Code`, `errorCode`, `ErrorCode`. */
  readonly codeProperties?: readonly string[];
  /** Families for `exhaustive-error-handling` (`"*"` for all); leave out to keep that rule off. */
  readonly families?: readonly string[];
  /** Let a `default` / final `else` excuse missing codes. Default `false`. */
  readonly allowDefault?: boolean;
  /**
   * What `exhaustive-error-handling` takes a family's codes to be: `"product"` (default), or `"action"`, the codes
   * the guarded actions can return inside a `catch` or error callback of known actions' calls.
   */
  readonly scope?: 'product' | 'action';
  /** Glob patterns the config applies to; default: every file ESLint lints. */
  readonly files?: readonly string[];
  /** The folder relative table paths are resolved against; default `process.cwd()` (where ESLint runs). */
  readonly cwd?: string;
}

/**
 * A content digest of the tables: ESLint's `--cache` keys results by the config, not by the files a rule reads,
 * so the config carries this digest in its settings and a changed table invalidates cached results. Only the
 * bytes are hashed (the rules parse the tables themselves). A table that cannot be read digests its error
 * instead; the rules then report that error once, clearly.
 */
function tablesDigest(tables: readonly string[], cwd = process.cwd()): string {
  const hash = createHash('sha256');
  for (const spec of tables) {
    let part: string;
    try {
      part = tableDigest(spec, { cwd });
    } catch (error) {
      if (!(error instanceof TableError)) throw error;
      part = `unreadable: ${error.message}`;
    }
    hash.update(`${spec}\0${part}\0`);
  }
  return hash.digest('hex');
}

/**
 * Builds a flat config that registers the plugin, sets the shared settings (with the tables' digest, when tables are
 * named; without them the rules judge each file by the products it calls, or by the whole catalogue) and turns on
 * `no-unknown-error-code` and `no-impossible-error-code`, plus `exhaustive-error-handling` when `families` is given.
 * Plain data throughout, so it works with ESLint's `--concurrency`.
 */
export function buildConfig(plugin: ESLint.Plugin, pluginName: string, options: ConfigureOptions = {}): Linter.Config {
  checkOptions(options);
  const codeProperties = [...(options.codeProperties ?? DEFAULT_CODE_PROPERTIES)];
  const rules: Linter.RulesRecord = {
    [`${pluginName}/no-impossible-error-code`]: 'error',
    [`${pluginName}/no-unknown-error-code`]: 'error',
  };
  if (options.families !== undefined) {
    rules[`${pluginName}/exhaustive-error-handling`] = [
      'error',
      {
        families: [...options.families],
        allowDefault: options.allowDefault ?? false,
        ...(options.scope === undefined ? {} : { scope: options.scope }),
      },
    ];
  }
  return {
    name: `${pluginName}/configured`,
    ...(options.files === undefined ? {} : { files: [...options.files] }),
    plugins: { [pluginName]: plugin },
    settings: {
      [SETTINGS_KEY]: {
        // Embedded products and the catalogue change only with this package, whose version is part of ESLint's
        // cache key already; table files get the digest.
        ...(options.tables === undefined
          ? {}
          : { tables: [...options.tables], tablesDigest: tablesDigest(options.tables, options.cwd) }),
        ...(options.products === undefined ? {} : { products: [...options.products] }),
        codeProperties,
        ...(options.lang === undefined ? {} : { lang: options.lang }),
      },
    },
    rules,
  };
}

/** What each list option holds, for its messages: an item, and what leaving the option out means. */
const LISTS = {
  tables: { item: 'table', omit: 'leave it out to judge each file by the products it calls' },
  products: { item: 'product', omit: 'leave it out to judge each file by the products it calls' },
  codeProperties: { item: 'property name', omit: 'leave it out for code, Code, errorCode and ErrorCode' },
  families: { item: 'family ("*" for all)', omit: 'leave it out to keep exhaustive-error-handling off' },
  files: { item: 'glob pattern', omit: 'leave it out for every file ESLint lints' },
} as const;

/** Every option of configure(), in the order the messages list them. */
const OPTIONS: readonly (keyof ConfigureOptions)[] = [
  'tables',
  'products',
  'lang',
  'codeProperties',
  'families',
  'allowDefault',
  'scope',
  'files',
  'cwd',
];

/**
 * Checks what configure() was given before any of it reaches ESLint, whose schema messages would not name the
 * option (a string for a list is read letter by letter): a wrong type, an empty list, an unknown option (with a
 * "did you mean") or a pair that does not go together is thrown as one line naming the option. The tables
 * themselves are checked by the rules, which report a bad one on the linted files.
 */
function checkOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw configureError(`expected an object of options, got ${describeValue(options)}`);
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if ((OPTIONS as readonly string[]).includes(key)) continue;
    const [near] = new SpellingIndex(OPTIONS).nearest(key, 1);
    throw configureError(
      near === undefined
        ? `unknown option "${key}" (the options are ${OPTIONS.join(', ')})`
        : `unknown option "${key}". Did you mean "${near}"?`,
    );
  }
  for (const [key, { item, omit }] of Object.entries(LISTS)) {
    const value = given[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      const hint = typeof value === 'string' ? `; write ${key}: [${JSON.stringify(value)}]` : '';
      throw configureError(`"${key}" must be an array of strings, got ${describeValue(value)}${hint}`);
    }
    if (value.length === 0) throw configureError(`"${key}" must list at least one ${item}; ${omit}`);
    const items: unknown[] = value;
    items.forEach((entry, i) => {
      if (typeof entry !== 'string' || entry.trim() === '') {
        throw configureError(`"${key}[${i}]" must be a non-empty string, got ${describeValue(entry)}`);
      }
      if (key === 'families' && items.indexOf(entry) !== i) throw configureError(`"families" lists "${entry}" twice`);
    });
  }
  if (given['lang'] !== undefined && !LANGS.includes(given['lang'] as Lang)) {
    throw configureError(`"lang" must be "en" or "zh", got ${describeValue(given['lang'])}`);
  }
  if (given['allowDefault'] !== undefined && typeof given['allowDefault'] !== 'boolean') {
    throw configureError(`"allowDefault" must be true or false, got ${describeValue(given['allowDefault'])}`);
  }
  if (given['scope'] !== undefined && given['scope'] !== 'product' && given['scope'] !== 'action') {
    throw configureError(`"scope" must be "product" or "action", got ${describeValue(given['scope'])}`);
  }
  if (given['cwd'] !== undefined && (typeof given['cwd'] !== 'string' || given['cwd'] === '')) {
    throw configureError(`"cwd" must be the path of a folder, got ${describeValue(given['cwd'])}`);
  }
  if (given['tables'] !== undefined && given['products'] !== undefined) {
    throw configureError(
      'give "tables" or "products", not both ("tables": exactly those tables; "products": those products and the common codes)',
    );
  }
  for (const key of ['allowDefault', 'scope']) {
    if (given[key] !== undefined && given['families'] === undefined) {
      throw configureError(
        `"${key}" applies to exhaustive-error-handling, which "families" turns on; give "families" or leave "${key}" out`,
      );
    }
  }
}

function configureError(message: string): Error {
  return new Error(`${packageInfo.name}: configure(): ${message}`);
}
