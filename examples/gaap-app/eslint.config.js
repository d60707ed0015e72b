// The example app's ESLint config, as a user of the plugin writes it.
import tencentcloudErrors from 'eslint-plugin-tencentcloud-errors';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
  // Both rules; every family handled anywhere must be handled in full.
  tencentcloudErrors.configs.strict,
  // The app calls GAAP only. Files that import the SDK say so themselves; the others (create-proxy.ts takes its
  // client from ./gaap-client.js, the generated handlers import nothing) are judged against GAAP's codes too.
  { settings: { 'tencentcloud-errors': { products: ['gaap'] } } },
  // The strict preset judges a switch inside a catch around a known action by the codes that action can return (its
  // action scope), and no other switch. The per-action handler (gen-handlers --action CreateProxy) is a function
  // outside any catch that switches over CreateProxy's codes only; tsc checks its completeness (a missing case does
  // not compile), so the rule is off for that generated module all the same.
  {
    files: ['src/create-proxy-errors.generated.ts'],
    rules: { 'tencentcloud-errors/exhaustive-error-handling': 'off' },
  },
];
