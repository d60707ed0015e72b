import type { ESLint, Linter, Rule } from 'eslint';

import { rules } from './rules/index.js';
import { packageInfo } from './util/package-info.js';

/** The name the configs register the plugin under: rules are `tencentcloud-errors/<rule>`. */
const PLUGIN_NAME = 'tencentcloud-errors';

const plugin = {
  meta: { name: packageInfo.name, version: packageInfo.version },
  // @typescript-eslint/utils types a rule's context more richly than eslint's own types do; the objects are
  // the same at run time, so the record is handed to ESLint under ESLint's type.
  rules: rules as unknown as Record<keyof typeof rules, Rule.RuleModule>,
  configs: {
    /** Flat config: registers the plugin and reports unknown or misspelt error codes as errors. */
    recommended: {
      name: `${PLUGIN_NAME}/recommended`,
      plugins: {
        get [PLUGIN_NAME](): ESLint.Plugin {
          return plugin;
        },
      },
      rules: {
        [`${PLUGIN_NAME}/no-unknown-error-code`]: 'error',
      } satisfies Linter.RulesRecord,
    },
    /** Flat config: `recommended`, and every code family handled exhaustively wherever it is handled at all. */
    strict: {
      name: `${PLUGIN_NAME}/strict`,
      plugins: {
        get [PLUGIN_NAME](): ESLint.Plugin {
          return plugin;
        },
      },
      rules: {
        [`${PLUGIN_NAME}/exhaustive-error-handling`]: ['error', { families: ['*'] }],
        [`${PLUGIN_NAME}/no-unknown-error-code`]: 'error',
      } satisfies Linter.RulesRecord,
    },
  },
} satisfies ESLint.Plugin;

export default plugin;
export { rules };
