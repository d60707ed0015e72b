/**
 * The corpus of real code the plugin is tried on: every `.js`, `.mjs`, `.cjs` and `.ts` file under this
 * repository's `node_modules`, linted with ESLint's `Linter` (so ESLint's default ignoring of `node_modules` does
 * not apply). Used by the e2e corpus test, the rules bench and `scripts/lint-corpus.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { ROOT } from './paths.js';

const NODE_MODULES = path.join(ROOT, 'node_modules');

const EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts']);
const INLINE_CONFIG_NOTE = /has no effect because you have 'noInlineConfig' setting/u;

/**
 * Packages left out of the corpus: tencentcloud-sdk-nodejs (a devDependency for the README's quick-start test) is
 * 3,700 files and 44 MB of one generator's clients and model declarations, a third of the corpus if it were in; its
 * hand-written part, the SDK's `common/`, is in as tencentcloud-sdk-nodejs-common.
 */
const LEFT_OUT = new Set(['tencentcloud-sdk-nodejs']);

/** Every corpus file (path relative to `node_modules`, `/`-separated), sorted, so that samples are deterministic. */
export function corpusFiles(root: string = NODE_MODULES): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && dir === root && LEFT_OUT.has(entry.name)) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name)))
        files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

/** Every `every`-th file of a sorted list, starting with the first. */
export function sample<T>(files: readonly T[], every: number): T[] {
  return files.filter((_, i) => i % every === 0);
}

/** Which rules a corpus run turns on: see `corpusConfigs`. */
export type CorpusRules = boolean | Linter.Config;

export interface CorpusResult {
  /** Files linted (the parser accepted them). */
  readonly linted: number;
  /** Files the parser rejected under every source type tried, with the parser's message. */
  readonly rejected: readonly { readonly file: string; readonly message: string }[];
  /** Rule reports, as `file:line:column rule message`. */
  readonly reports: readonly string[];
  /** Files on which linting threw, with the error. */
  readonly crashes: readonly { readonly file: string; readonly error: string }[];
}

/**
 * The configs a corpus file is linted with: typescript-eslint's parser for `.ts`, espree (ESLint's default)
 * for the rest. `rules`: `true` for the recommended config, `false` for no rule at all (the baseline of the
 * benchmark), or a config to use in place of the recommended one.
 */
export function corpusConfigs(sourceType: 'module' | 'commonjs', rules: CorpusRules = true): Linter.Config[] {
  return [
    // ESLint ignores node_modules by default; the corpus is node_modules.
    { ignores: ['!**/node_modules/'] },
    { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType } },
    { files: ['**/*.ts'], languageOptions: { parser: tsParser, sourceType } },
    ...(rules === true ? [plugin.configs.recommended] : rules === false ? [] : [rules]),
    // Directives in the corpus could turn our rule off, and name rules of plugins we do not load.
    { linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true } },
  ];
}

/**
 * Lints `files` (relative to `root`). A file is parsed as a module first and, when the parser rejects
 * that, as CommonJS (`.cjs` files the other way round); it counts as rejected only when both fail.
 */
export function lintCorpus(
  files: readonly string[],
  options: { root?: string; rules?: CorpusRules } = {},
): CorpusResult {
  return lintSources(readCorpus(files, options.root), options);
}

export interface CorpusSource {
  readonly file: string;
  readonly text: string;
}

/** The text of each corpus file (relative to `root`), read up front so that timing excludes the disk. */
export function readCorpus(files: readonly string[], root: string = NODE_MODULES): CorpusSource[] {
  return files.map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
}

export interface LintSourcesOptions {
  readonly rules?: CorpusRules;
  /** Called with each linted file's messages, under the file name ESLint was given (`node_modules/<file>`). */
  readonly onMessages?: (filename: string, messages: readonly Linter.LintMessage[]) => void;
}

/** `lintCorpus` on texts already read. */
export function lintSources(sources: readonly CorpusSource[], options: LintSourcesOptions = {}): CorpusResult {
  const linter = new Linter({ configType: 'flat' });
  const modules = corpusConfigs('module', options.rules ?? true);
  const commonjs = corpusConfigs('commonjs', options.rules ?? true);
  let linted = 0;
  const rejected: { file: string; message: string }[] = [];
  const reports: string[] = [];
  const crashes: { file: string; error: string }[] = [];
  for (const { file, text } of sources) {
    const attempts = file.endsWith('.cjs') ? [commonjs, modules] : [modules, commonjs];
    const filename = `node_modules/${file}`;
    try {
      let messages: Linter.LintMessage[] = [];
      for (const configs of attempts) {
        messages = linter.verify(text, configs, { filename });
        if (!messages.some((message) => message.fatal === true)) break;
      }
      const fatal = messages.find((message) => message.fatal === true);
      if (fatal !== undefined) {
        rejected.push({ file, message: `${fatal.line}:${fatal.column} ${fatal.message}` });
        continue;
      }
      linted++;
      options.onMessages?.(filename, messages);
      for (const m of messages) {
        // With inline config off, ESLint notes each directive it skips; that is not a report.
        if (m.ruleId === null && INLINE_CONFIG_NOTE.test(m.message)) continue;
        reports.push(`${file}:${m.line}:${m.column} ${m.ruleId ?? '(no rule)'} ${m.message}`);
      }
    } catch (error) {
      crashes.push({ file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return { linted, rejected, reports, crashes };
}
