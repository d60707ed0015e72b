import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

import { GAAP_PAGE_SETTINGS } from './support/gaap-page.js';

/** Rule tests on ESLint's default parser (espree), as plain JavaScript users run the rules. */
export const ruleTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  settings: GAAP_PAGE_SETTINGS,
});

/** Rule tests on typescript-eslint's parser (without type information: the rules never need it). */
export const tsRuleTester = new RuleTester({ settings: GAAP_PAGE_SETTINGS });

/** Rule tests on the catalogue (no table pinned): each file is judged by the products it calls, or by every product. */
export const catalogueRuleTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});
