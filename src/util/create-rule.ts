import { ESLintUtils } from '@typescript-eslint/utils';

/** What every rule of this plugin says about itself in `meta.docs`. */
export interface PluginDocs {
  readonly description: string;
  readonly recommended?: boolean;
  readonly requiresTypeChecking?: boolean;
}

/** The one rule creator of the plugin: every rule's `meta.docs.url` points at its page in `docs/rules/`. */
export const createRule = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors/blob/main/docs/rules/${name}.md`,
);
