/** The repository's address: links from the README must resolve on the npm registry's page too. */
const REPOSITORY = 'https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors';

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocSectionInclude: ['Options', 'When Not To Use It'],
  ruleDocTitleFormat: 'prefix-name',
  urlConfigs: `${REPOSITORY}#presets`,
  // The README ships in the package and is shown on the registry, where a path into docs/ does not resolve; the
  // rule pages link to each other relatively.
  urlRuleDoc: (name, page) => (page === 'README.md' ? `${REPOSITORY}/blob/main/docs/rules/${name}.md` : undefined),
};

export default config;
