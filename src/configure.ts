import { createHash } from 'node:crypto';

import type { ESLint, Linter } from 'eslint';

import { DEFAULT_CODE_PROPERTIES, type Lang } from './shared/defaults.js';
import { tableDigest, TableError } from './table/index.js';
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
 * `no-unknown-error-code`, plus `exhaustive-error-handling` when `families` is given. Plain data throughout, so it
 * works with ESLint's `--concurrency`.
 */
export function buildConfig(plugin: ESLint.Plugin, pluginName: string, options: ConfigureOptions = {}): Linter.Config {
  const codeProperties = [...(options.codeProperties ?? DEFAULT_CODE_PROPERTIES)];
  const rules: Linter.RulesRecord = { [`${pluginName}/no-unknown-error-code`]: 'error' };
  if (options.families !== undefined) {
    rules[`${pluginName}/exhaustive-error-handling`] = [
      'error',
      { families: [...options.families], allowDefault: options.allowDefault ?? false },
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
