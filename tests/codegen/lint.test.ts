import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import js from '@eslint/js';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';

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
    const missing = text.replace(
      / {4}case "FailedOperation\.ProxySellOut":\n[^\n]*\n {6}throw gaapThrowable\(error\);\n/u,
      '',
    );
    expect(missing).not.toBe(text);
    expect(lint(missing).map((m) => m.ruleId)).toEqual(['tencentcloud-errors/exhaustive-error-handling']);
    const misspelt = text.replace(
      'case "FailedOperation.ProxyStatusNotInRuning":',
      'case "FailedOperation.ProxyStatusNotInRunning":',
    );
    expect(lint(misspelt).map((m) => m.ruleId)).toContain('tencentcloud-errors/no-unknown-error-code');
  });
});

/**
 * Type-aware lint of files in a temporary project (a tsconfig.json, strict): ESLint's and typescript-eslint's
 * recommended rules, type-checked ones included, as a user's project would run them. Every report as
 * `file:line rule`.
 */
async function lintTypeChecked(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-typed-lint-'));
  try {
    const tsconfig = {
      compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler' },
    };
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['*.ts'] }));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        js.configs.recommended,
        ...tseslint.configs.recommendedTypeChecked,
        { languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: dir } } },
      ],
    });
    const results = await eslint.lintFiles(Object.keys(files));
    return results.flatMap((r) =>
      r.messages.map((m) => `${path.basename(r.filePath)}:${m.line} ${m.ruleId ?? m.message}`),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the generated GAAP module and typescript-eslint's recommendedTypeChecked", () => {
  const gaap = loadTable('gaap');
  const families = generated({ tables: [gaap], out: 'src/gaap-errors.generated.ts' });
  const actions = generated({ tables: [gaap], out: 'src/create-proxy-errors.generated.ts', actions: ['CreateProxy'] });

  it('passes with no report, per family and per action: every case throws an Error', async () => {
    expect(await lintTypeChecked({ 'families.ts': families, 'actions.ts': actions })).toEqual([]);
  });

  it('passes for an action that documents common codes only (its default passes the error on uncast)', async () => {
    const onlyCommon = { ...gaap, actions: new Map([['OnlyCommon', ['InternalError', 'RequestLimitExceeded']]]) };
    const text = generated({ tables: [onlyCommon], out: 'src/only-common.ts', actions: ['OnlyCommon'] });
    expect(text).toContain('      return handleGaapCommonError(error);\n');
    expect(await lintTypeChecked({ 'only-common.ts': text })).toEqual([]);
  });

  it('does look at it: a skeleton that rethrows the error object as it came is reported', async () => {
    const rethrow = families.replace(
      '    case "FailedOperation.ProxySellOut":\n      // ',
      '    case "FailedOperation.ProxySellOut":\n      throw error;\n      // ',
    );
    expect(rethrow).not.toBe(families);
    const line = rethrow.slice(0, rethrow.indexOf('      throw error;')).split('\n').length;
    expect(await lintTypeChecked({ 'families.ts': rethrow })).toEqual([
      `families.ts:${line} @typescript-eslint/only-throw-error`,
    ]);
  });
});
