import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { loadTable } from '../../src/table/index.js';
import { generated } from './support.js';

function lint(text: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    text,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 'tencentcloud-errors': plugin },
        // The generated module imports nothing: the project names the product it was generated for.
        settings: { 'tencentcloud-errors': { products: ['gaap'] } },
        rules: {
          'tencentcloud-errors/no-unknown-error-code': 'error',
          'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }],
        },
      },
    ],
    'src/gaap-errors.generated.ts',
  );
}

describe("the generated GAAP module and this plugin's own rules", () => {
  const text = generated({ tables: [loadTable('gaap')], out: 'src/gaap-errors.generated.ts' });

  it('passes no-unknown-error-code and exhaustive-error-handling (families: ["*"]) with no report', () => {
    expect(lint(text)).toEqual([]);
  });

  it('passes them too with some families only and with English comments', () => {
    const gaap = loadTable('gaap');
    expect(lint(generated({ tables: [gaap], out: 'a.ts', families: ['AuthFailure', 'FailedOperation'] }))).toEqual([]);
    expect(lint(generated({ tables: [gaap], out: 'a.ts', lang: 'en' }))).toEqual([]);
  });

  it('the rules do look at it: a handler missing a case, or a misspelt case, is reported', () => {
    const missing = text.replace(/ {4}case 'FailedOperation\.ProxySellOut':\n[^\n]*\n {6}throw error;\n/u, '');
    expect(missing).not.toBe(text);
    expect(lint(missing).map((m) => m.ruleId)).toEqual(['tencentcloud-errors/exhaustive-error-handling']);
    const misspelt = text.replace(
      "case 'FailedOperation.ProxyStatusNotInRuning':",
      "case 'FailedOperation.ProxyStatusNotInRunning':",
    );
    expect(lint(misspelt).map((m) => m.ruleId)).toContain('tencentcloud-errors/no-unknown-error-code');
  });
});
