import path from 'node:path';

import { ESLint } from 'eslint';

import { corpusConfigs, type CorpusRules, type CorpusSource } from '../tests/support/corpus.js';
import { ROOT } from '../tests/support/paths.js';

/**
 * Lints `sources` as `npx eslint` does, by default under the same file names as `lintSources` (`node_modules/<file>`): through
 * ESLint's `ESLint` class, one instance per run. Its config array is made once, and a file gets the config merged
 * for the configs it matches, once per run. `Linter#verify` given a config array makes and merges it again for every
 * file, so each rule's options are validated and merged with its defaults once per file: a cost per file and per
 * rule that no lint run from the command line or an editor pays. A file the parser rejects as a module is linted as
 * CommonJS (`.cjs` files the other way round), as `lintSources` does. Returns the number of rules' reports (ESLint's
 * notes on skipped inline config are not counted, as `lintSources` does not).
 */
export async function lintSourcesAsCli(
  sources: readonly CorpusSource[],
  rules: CorpusRules = true,
  /** The folder the files' names are relative to: files that exist there are linted where they are. */
  root: string = path.join(ROOT, 'node_modules'),
): Promise<number> {
  const engine = (sourceType: 'module' | 'commonjs'): ESLint =>
    new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: corpusConfigs(sourceType, rules) });
  const modules = engine('module');
  const commonjs = engine('commonjs');
  let reports = 0;
  for (const { file, text } of sources) {
    const filePath = path.join(root, file);
    const attempts = file.endsWith('.cjs') ? [commonjs, modules] : [modules, commonjs];
    for (const [i, eslint] of attempts.entries()) {
      const [result] = await eslint.lintText(text, { filePath });
      const fatal = result?.messages.some((message) => message.fatal === true) ?? false;
      if (!fatal || i === attempts.length - 1) {
        reports += result?.messages.filter((message) => message.ruleId !== null).length ?? 0;
        break;
      }
    }
  }
  return reports;
}
