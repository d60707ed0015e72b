import { Linter } from 'eslint';

import plugin from '../src/index.js';

/**
 * configure() checks what it is given and throws one line naming the option, instead of handing ESLint a config
 * whose schema message names no option (a string read letter by letter) or ignoring a misspelt option.
 */
const PREFIX = 'eslint-plugin-tencentcloud-errors: configure(): ';

describe('configure() rejects bad options, naming the option', () => {
  it.each([
    [{ famlies: ['FailedOperation'] }, 'unknown option "famlies". Did you mean "families"?'],
    [{ allowDefaults: true, families: ['*'] }, 'unknown option "allowDefaults". Did you mean "allowDefault"?'],
    [{ Tables: ['gaap'] }, 'unknown option "Tables". Did you mean "tables"?'],
    [
      { rules: {} },
      'unknown option "rules" (the options are tables, products, lang, codeProperties, families, allowDefault, scope, files, cwd)',
    ],
    [{ tables: 'gaap' }, '"tables" must be an array of strings, got the string "gaap"; write tables: ["gaap"]'],
    [
      { families: 'FailedOperation' },
      '"families" must be an array of strings, got the string "FailedOperation"; write families: ["FailedOperation"]',
    ],
    [{ products: 'ocr' }, '"products" must be an array of strings, got the string "ocr"; write products: ["ocr"]'],
    [{ codeProperties: { code: true } }, '"codeProperties" must be an array of strings, got an object'],
    [{ files: 3 }, '"files" must be an array of strings, got number 3'],
    [
      { families: [] },
      '"families" must list at least one family ("*" for all); leave it out to keep exhaustive-error-handling off',
    ],
    [{ tables: [] }, '"tables" must list at least one table; leave it out to judge each file by the products it calls'],
    [
      { products: [] },
      '"products" must list at least one product; leave it out to judge each file by the products it calls',
    ],
    [
      { codeProperties: [] },
      '"codeProperties" must list at least one property name; leave it out for code, Code, errorCode and ErrorCode',
    ],
    [{ files: [] }, '"files" must list at least one glob pattern; leave it out for every file ESLint lints'],
    [{ tables: ['gaap', 3] }, '"tables[1]" must be a non-empty string, got number 3'],
    [{ families: [''] }, '"families[0]" must be a non-empty string, got the string ""'],
    [{ families: ['FailedOperation', 'FailedOperation'] }, '"families" lists "FailedOperation" twice'],
    [{ lang: 'fr' }, '"lang" must be "en" or "zh", got the string "fr"'],
    [{ families: ['*'], allowDefault: 'false' }, '"allowDefault" must be true or false, got the string "false"'],
    [{ cwd: '' }, '"cwd" must be the path of a folder, got the string ""'],
    [{ cwd: 1 }, '"cwd" must be the path of a folder, got number 1'],
    [
      { tables: ['gaap'], products: ['ocr'] },
      'give "tables" or "products", not both ("tables": exactly those tables; "products": those products and the common codes)',
    ],
    [{ families: ['*'], scope: 'actions' }, '"scope" must be "product" or "action", got the string "actions"'],
    [
      { scope: 'action' },
      '"scope" applies to exhaustive-error-handling, which "families" turns on; give "families" or leave "scope" out',
    ],
    [
      { allowDefault: true },
      '"allowDefault" applies to exhaustive-error-handling, which "families" turns on; give "families" or leave "allowDefault" out',
    ],
    ['gaap', 'expected an object of options, got the string "gaap"'],
    [null, 'expected an object of options, got null'],
    [['gaap'], 'expected an object of options, got an array'],
  ])('%j', (options, message) => {
    expect(() => plugin.configure(options as never)).toThrow(new Error(`${PREFIX}${message}`));
  });
});

describe('configure() with good options', () => {
  it('builds a config ESLint runs: families, allowDefault, files, lang and code properties', () => {
    const config = plugin.configure({
      tables: ['gaap'],
      families: ['FailedOperation'],
      allowDefault: true,
      files: ['**/*.js'],
      lang: 'en',
      codeProperties: ['code'],
    });
    const messages = new Linter().verify(
      "switch (err.code) { case 'FailedOperation.ProxySellOut': break; default: break }\nif (err.code === 'InternalErorr') {}",
      [config],
      'file.js',
    );
    expect(messages.map((m) => `${m.line} ${m.ruleId ?? ''}`)).toEqual(['2 tencentcloud-errors/no-unknown-error-code']);
  });

  it('takes no options at all: the two rules that need none', () => {
    expect(plugin.configure().rules).toEqual({
      'tencentcloud-errors/no-impossible-error-code': 'error',
      'tencentcloud-errors/no-unknown-error-code': 'error',
    });
  });

  it('passes scope to exhaustive-error-handling: action scope inside a catch around CreateProxy', () => {
    const config = plugin.configure({ products: ['gaap'], families: ['AuthFailure'], scope: 'action' });
    expect(config.rules?.['tencentcloud-errors/exhaustive-error-handling']).toEqual([
      'error',
      { families: ['AuthFailure'], allowDefault: false, scope: 'action' },
    ]);
    const messages = new Linter().verify(
      `import { gaap } from 'tencentcloud-sdk-nodejs';
const client = new gaap.v20180529.Client({});
client.DescribeProxies({}).catch((e) => {
  if (e.code === 'AuthFailure.UnauthorizedOperation') deny();
  else if (e.code === 'FailedOperation.CertificateIsUsing') free();
});`,
      [{ languageOptions: { sourceType: 'module' } }, config],
      'file.js',
    );
    expect(messages.map((m) => `${m.line} ${m.ruleId ?? ''} ${m.message}`)).toEqual([
      '4 tencentcloud-errors/exhaustive-error-handling This if-else chain handles family "AuthFailure" but misses 1 of the 2 codes of it that DescribeProxies can return: "AuthFailure.NotEnterpriseAuthorization".',
      '5 tencentcloud-errors/no-impossible-error-code Tencent Cloud error code "FailedOperation.CertificateIsUsing" is not one DescribeProxies can return (GAAP documents 13 codes for it).',
    ]);
  });
});
