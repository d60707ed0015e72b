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
  // The per-action handler (gen-handlers --action CreateProxy) switches over the codes CreateProxy documents, not over
  // whole families, and its completeness is checked by tsc (a missing case does not compile). The rule judges switches
  // by family, so it is off for that generated module only.
  {
    files: ['src/create-proxy-errors.generated.ts'],
    rules: { 'tencentcloud-errors/exhaustive-error-handling': 'off' },
  },
];
