import path from 'node:path';

import { loadIndex } from '../../src/table/index.js';
import { ESLINT_BINS, eslintJson, type LintFileResult, PLUGIN_URL, tempProject } from '../support/eslint-cli.js';
import { ROOT } from '../support/paths.js';

const TS_PARSER_URL = new URL('../../node_modules/@typescript-eslint/parser/dist/index.js', import.meta.url).href;

const CONFIG = [
  `import plugin from ${JSON.stringify(PLUGIN_URL)};`,
  `import * as tsParser from ${JSON.stringify(TS_PARSER_URL)};`,
  'export default [',
  "  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },",
  '  plugin.configs.strict,',
  // The files call GAAP through a client made elsewhere: the project says so.
  "  { settings: { 'tencentcloud-errors': { products: ['gaap'] } } },",
  // Their switches are outside any call's catch: product scope, asked for, judges them by GAAP's families.
  "  { rules: { 'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }] } },",
  '];',
  '',
].join('\n');

/** A project of `count` files in JavaScript and TypeScript, each with clean code and a few mistakes. */
function projectFiles(count: number): Record<string, string> {
  const auth = loadIndex(['gaap']).codesOf('AuthFailure');
  const files: Record<string, string> = { 'eslint.config.js': CONFIG };
  for (let i = 0; i < count; i++) {
    const ts = i % 2 === 1;
    const cases = auth.filter((_, j) => i % 3 !== 0 || j !== i % auth.length).map((code) => `    case '${code}':`);
    files[`file${String(i).padStart(3, '0')}.${ts ? 'ts' : 'js'}`] = [
      `export function f${i}(err${ts ? ': { code?: string }' : ''}) {`,
      i % 4 === 0
        ? "  if (err.code === 'FailedOperation.ProxySelOut') return 1;"
        : "  if (err.code === 'FailedOperation.ProxySellOut') return 1;",
      `  if ((err${ts ? ' as { code: string }' : ''}).code === 'React.Fragment') return 2;`,
      '  switch (err.code) {',
      ...cases,
      '      return 3;',
      '    default:',
      '      return 4;',
      '  }',
      '}',
      '',
    ].join('\n');
  }
  return files;
}

/** Results without the parts that legitimately differ between runs (order of files). */
function normalise(results: LintFileResult[]): unknown {
  return results
    .map((r) => ({
      file: r.filePath,
      messages: r.messages.map((m) => [m.line, m.ruleId, m.message, (m.suggestions ?? []).map((s) => s.desc)]),
    }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

describe('the eslint CLI', () => {
  const FILES = 40;
  const project = tempProject(projectFiles(FILES));
  afterAll(() => project.remove());
  // Each run is a separate eslint process; the serial runs of both majors are shared by the tests below.
  const serial = new Map<9 | 10, LintFileResult[]>();
  const lintSerially = (major: 9 | 10): LintFileResult[] => {
    let results = serial.get(major);
    if (results === undefined) {
      results = eslintJson(project.dir, ['--ignore-pattern', 'eslint.config.js', '.'], ESLINT_BINS[major]);
      serial.set(major, results);
    }
    return results;
  };

  it.each([10, 9] as const)('ESLint %i runs both rules on JavaScript and TypeScript', (major) => {
    const results = lintSerially(major);
    expect(results).toHaveLength(FILES);
    const byFile = new Map(results.map((r) => [r.filePath, r.messages]));
    // file000.js: a misspelt code and a switch missing a code; file001.ts: clean; file003.ts: missing a code.
    expect(byFile.get('file000.js')?.map((m) => [m.line, m.ruleId])).toEqual([
      [2, 'tencentcloud-errors/no-unknown-error-code'],
      [4, 'tencentcloud-errors/exhaustive-error-handling'],
    ]);
    expect(byFile.get('file001.ts')).toEqual([]);
    expect(byFile.get('file003.ts')?.map((m) => [m.line, m.ruleId])).toEqual([
      [4, 'tencentcloud-errors/exhaustive-error-handling'],
    ]);
    expect(byFile.get('file004.js')?.[0]?.suggestions?.[0]?.desc).toContain('FailedOperation.ProxySellOut');
  });

  it('gives ESLint 9 and ESLint 10 the same findings', () => {
    expect(normalise(lintSerially(9))).toEqual(normalise(lintSerially(10)));
  });

  it.each(['auto', '2'])('gives the same findings with --concurrency=%s as serially', (concurrency) => {
    const threaded = eslintJson(project.dir, [
      '--ignore-pattern',
      'eslint.config.js',
      `--concurrency=${concurrency}`,
      '.',
    ]);
    expect(normalise(threaded)).toEqual(normalise(lintSerially(10)));
  });
});

describe('the example app under the eslint CLI', () => {
  const app = path.join(ROOT, 'examples/gaap-app');
  const findings = (results: LintFileResult[]) =>
    results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId ?? ''} (${(m.suggestions ?? []).length} suggestions)`),
    );
  const expected = [
    'src/mistakes.ts:8 tencentcloud-errors/no-unknown-error-code (3 suggestions)',
    'src/mistakes.ts:21 tencentcloud-errors/no-impossible-error-code (0 suggestions)',
    'src/mistakes.ts:34 tencentcloud-errors/exhaustive-error-handling (1 suggestions)',
  ];

  it.each([10, 9] as const)('ESLint %i finds exactly the deliberate mistakes', (major) => {
    expect(findings(eslintJson(app, ['src'], ESLINT_BINS[major]))).toEqual(expected);
  });

  it('finds the same with --concurrency=2', () => {
    expect(findings(eslintJson(app, ['--concurrency=2', 'src']))).toEqual(expected);
  });
});
