/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocSectionInclude: ['Options', 'When Not To Use It'],
  ruleDocTitleFormat: 'prefix-name',
  urlConfigs: 'https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors#presets',
};

export default config;
