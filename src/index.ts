import type { ESLint, Linter, Rule } from 'eslint';

import { buildConfig, type ConfigureOptions } from './configure.js';
import { rules as ruleModules } from './rules/index.js';
import { ALL_FAMILIES } from './shared/defaults.js';
import { packageInfo } from './shared/package-info.js';

/** The name the configs register the plugin under: rules are `tencentcloud-errors/<rule>`. */
const PLUGIN_NAME = 'tencentcloud-errors';

/**
 * The rules' names, spelled out so that the published declarations need ESLint's public types only (not the types
 * of `@typescript-eslint/utils`, which the rules are written with). tests/plugin.test.ts checks that these are
 * exactly the names of `src/rules/index.ts`.
 */
type RuleName =
  'exhaustive-error-handling' | 'no-impossible-error-code' | 'no-removed-action' | 'no-unknown-error-code';

/** A preset of this plugin: a flat config that registers the plugin and turns rules on. */
interface Preset extends Linter.Config {
  name: string;
  plugins: { 'tencentcloud-errors': ESLint.Plugin };
  rules: Linter.RulesRecord;
}

/** The plugin object: what `import tencentcloudErrors from 'eslint-plugin-tencentcloud-errors'` gives. */
interface TencentcloudErrorsPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: { recommended: Preset; strict: Preset };
  /**
   * A flat config for your own tables and families: registers the plugin, sets the shared settings with a content
   * digest of the tables (so ESLint's `--cache` notices a changed table) and turns on `no-unknown-error-code` and
   * `no-impossible-error-code`, plus `exhaustive-error-handling` when `families` is given.
   */
  configure(options?: ConfigureOptions): Linter.Config;
}

const tencentcloudErrors: TencentcloudErrorsPlugin = {
  meta: { name: packageInfo.name, version: packageInfo.version },
  // @typescript-eslint/utils types a rule's context more richly than eslint's own types do; the objects are
  // the same at run time, so the record is handed to ESLint under ESLint's type.
  rules: ruleModules as unknown as Record<RuleName, Rule.RuleModule>,
  configs: {
    /**
     * Flat config: registers the plugin and reports unknown or misspelt error codes, and codes the guarded action
     * cannot return, as errors; calls to actions the product has dropped as warnings.
     */
    recommended: preset('recommended', {
      [`${PLUGIN_NAME}/no-impossible-error-code`]: 'error',
      [`${PLUGIN_NAME}/no-removed-action`]: 'warn',
      [`${PLUGIN_NAME}/no-unknown-error-code`]: 'error',
    }),
    /** Flat config: `recommended`, and every code family handled exhaustively wherever it is handled at all. */
    strict: preset('strict', {
      [`${PLUGIN_NAME}/exhaustive-error-handling`]: ['error', { families: [ALL_FAMILIES], scope: 'action' }],
      [`${PLUGIN_NAME}/no-impossible-error-code`]: 'error',
      [`${PLUGIN_NAME}/no-removed-action`]: 'error',
      [`${PLUGIN_NAME}/no-unknown-error-code`]: 'error',
    }),
  },
  configure,
};

/** A preset: a flat config that registers the plugin (through a getter, as the object is still being built). */
function preset(name: string, presetRules: Linter.RulesRecord): Preset {
  return {
    name: `${PLUGIN_NAME}/${name}`,
    plugins: {
      get [PLUGIN_NAME](): ESLint.Plugin {
        return tencentcloudErrors;
      },
    },
    rules: presetRules,
  };
}

/**
 * A flat config for your own tables and families: registers the plugin, sets the shared settings with a content
 * digest of the tables (so ESLint's `--cache` notices a changed table) and turns on `no-unknown-error-code` and
 * `no-impossible-error-code`, plus `exhaustive-error-handling` when `families` is given.
 */
function configure(options: ConfigureOptions = {}): Linter.Config {
  return buildConfig(tencentcloudErrors, PLUGIN_NAME, options);
}

export default tencentcloudErrors;
// The plugin's parts as named exports too, so that tools which load the module namespace (Node's require() of
// an ES module, eslint-doc-generator) see a plugin as well.
export const { configs, meta, rules } = tencentcloudErrors;
export { configure, type ConfigureOptions };
