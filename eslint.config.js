// @ts-check
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // examples/gaap-app/src/mistakes.ts holds deliberate mistakes for `npm run example`. ESLint 10 lints the app
    // with its own eslint.config.js, where this ignore does not reach, so `npm run lint` also passes it as
    // --ignore-pattern.
    ignores: ['dist/', 'coverage/', 'node_modules/', 'tests/fixtures/', '**/__snapshots__/', 'examples/**/generated/', 'examples/gaap-app/src/mistakes.ts'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      // createRule (RuleCreator) adds meta.docs.url from the rule name; tests/plugin.test.ts checks every url.
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/report-message-format': ['error', String.raw`^[A-Z].*[.?]$`],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name="context"][property.name="options"]',
          message: 'Read options from the second parameter of create(), which has the defaults applied.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
);
