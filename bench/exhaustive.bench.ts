import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';

import plugin from '../src/index.js';
import { type CodeIndex, loadIndex } from '../src/table/index.js';
import { compare, heading } from './harness.js';

const SWITCHES = 2_000;
const EXHAUSTIVE = 'tencentcloud-errors/exhaustive-error-handling';

/** A type name for a family's union of codes: `FailedOperationCode`. */
const unionName = (family: string): string => `${family}Code`;

/** Timed runs of each comparison, after one untimed run of each; the median ratio is the figure to read. */
const ROUNDS = 5;

/**
 * `count` functions, each a `switch (err.code)` over the codes of one GAAP family (the families in turn,
 * every other round missing the family's last code), each with a `default`. With `typed`, `err.code` is the
 * family's string-literal union; without, the file is plain JavaScript.
 */
function handlersSource(index: CodeIndex, count: number, typed: boolean): string {
  const families = index.families();
  const lines: string[] = [];
  if (typed) {
    for (const family of families) {
      lines.push(
        `export type ${unionName(family)} = ${index
          .entriesOf(family)
          .map((e) => `'${e.code}'`)
          .join(' | ')};`,
      );
    }
  }
  for (let i = 0; i < count; i += 1) {
    const family = families[i % families.length] as string;
    const codes = index.entriesOf(family).map((e) => e.code);
    const handled = Math.floor(i / families.length) % 2 === 1 && codes.length > 1 ? codes.slice(0, -1) : codes;
    lines.push(
      typed
        ? `export function handle${i}(err: { code: ${unionName(family)} }): number {`
        : `export function handle${i}(err) {`,
    );
    lines.push('  switch (err.code) {');
    handled.forEach((code, k) => lines.push(`    case '${code}':`, `      return ${k};`));
    lines.push('    default:', '      return -1;', '  }', '}');
  }
  return `${lines.join('\n')}\n`;
}

type Task = [name: string, fn: () => unknown];

/** ROUNDS interleaved samples of each (after one untimed run), as the harness takes them. */
async function rounds(subject: Task, baseline: Task): Promise<void> {
  await compare('exhaustive', subject, baseline, { samples: ROUNDS });
}

export default async function exhaustiveBench(): Promise<void> {
  const index = loadIndex(['gaap']);
  const js = handlersSource(index, SWITCHES, false);
  const linter = new Linter({ configType: 'flat' });
  const config = (rules: Linter.RulesRecord): Linter.Config[] => [
    {
      files: ['**/*.js'],
      plugins: { 'tencentcloud-errors': plugin },
      languageOptions: { sourceType: 'module' },
      rules,
    },
  ];
  const withRule = config({ [EXHAUSTIVE]: ['error', { families: ['*'] }] });
  const withoutRule = config({});
  const recommended = config({ 'tencentcloud-errors/no-unknown-error-code': 'error' });
  const strict = config({
    'tencentcloud-errors/no-unknown-error-code': 'error',
    [EXHAUSTIVE]: ['error', { families: ['*'] }],
  });
  const reports = linter.verify(js, withRule, 'handlers.js').length;

  heading(
    `exhaustive-error-handling: lint of ${SWITCHES.toLocaleString('en-US')} switches on error codes (${js.split('\n').length.toLocaleString('en-US')} lines, ${reports} reports), ESLint Linter, espree`,
  );
  await rounds(
    ['with exhaustive-error-handling ("*")', () => linter.verify(js, withRule, 'handlers.js')],
    ['no rules', () => linter.verify(js, withoutRule, 'handlers.js')],
  );
  // Less at the mercy of the machine's load: ESLint's own timing of the rule's listeners within one run.
  const timed = new ESLint({
    overrideConfigFile: true,
    stats: true,
    overrideConfig: [
      {
        files: ['**/*.js'],
        plugins: { 'tencentcloud-errors': plugin },
        rules: { [EXHAUSTIVE]: ['error', { families: ['*'] }] },
      },
    ],
  });
  for (let run = 1; run <= ROUNDS; run += 1) {
    const pass = (await timed.lintText(js, { filePath: 'handlers.js' }))[0]?.stats?.times.passes[0];
    const ruleMs = pass?.rules?.[EXHAUSTIVE]?.total ?? Number.NaN;
    if (run === ROUNDS && pass !== undefined) {
      console.log(
        `  ESLint stats, run ${run}: the rule's listeners ${ruleMs.toFixed(1)} ms of ${pass.total.toFixed(0)} ms (${((100 * ruleMs) / pass.total).toFixed(1)}%; parse ${(pass.parse?.total ?? Number.NaN).toFixed(0)} ms)`,
      );
    }
  }
  await rounds(
    ['no-unknown-error-code + exhaustive-error-handling', () => linter.verify(js, strict, 'handlers.js')],
    ['no-unknown-error-code alone', () => linter.verify(js, recommended, 'handlers.js')],
  );

  // The same switches written over string-literal unions, for typescript-eslint's type-aware rule.
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-exhaustive-bench-'));
  try {
    writeFileSync(path.join(dir, 'handlers.ts'), handlersSource(index, SWITCHES, true));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', noEmit: true, skipLibCheck: true },
        files: ['handlers.ts'],
      }),
    );
    const eslintWith = (config: Linter.Config) => (): ESLint =>
      new ESLint({
        cwd: dir,
        overrideConfigFile: true,
        stats: true,
        overrideConfig: [{ files: ['**/*.ts'], ...config }],
      });
    const ours = eslintWith({
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { 'tencentcloud-errors': plugin },
      rules: { [EXHAUSTIVE]: ['error', { families: ['*'] }] },
    });
    const theirs = eslintWith({
      languageOptions: {
        parser: tsParser as Linter.Parser,
        parserOptions: { projectService: true, tsconfigRootDir: dir },
      },
      plugins: { '@typescript-eslint': tseslint.plugin as ESLint.Plugin },
      rules: { '@typescript-eslint/switch-exhaustiveness-check': 'error' },
    });
    const count = async (eslint: ESLint): Promise<number> =>
      (await eslint.lintFiles(['handlers.ts'])).reduce((n, r) => n + r.messages.length, 0);
    const lint = (make: () => ESLint) => async (): Promise<number> => count(make());

    heading(
      `exhaustive-error-handling vs typescript-eslint switch-exhaustiveness-check (type-aware, projectService), the same ${SWITCHES.toLocaleString('en-US')} switches over string-literal unions`,
    );
    // Load the TypeScript compiler before either first run, so that neither pays for it.
    tsParser.parseForESLint('const loaded = true;', { filePath: path.join(dir, 'warm-up.ts') });
    // Cold: a fresh ESLint each, as in a CI run; the type-aware rule builds its TypeScript program here.
    await compare(
      'exhaustive',
      ['switch-exhaustiveness-check, first run', lint(theirs)],
      ['exhaustive-error-handling, first run', lint(ours)],
      { samples: 3 },
    );
    // Warm: one ESLint each, linting again, as in an editor after the first file.
    const oursWarm = ours();
    const theirsWarm = theirs();
    const ourReports = await count(oursWarm);
    const theirReports = await count(theirsWarm);
    await rounds(
      ['switch-exhaustiveness-check, warm', () => count(theirsWarm)],
      ['exhaustive-error-handling, warm', () => count(oursWarm)],
    );
    // The rules' own listeners, by ESLint's timing, in one more warm run each: the parse and the type checker's
    // program are outside these figures.
    const ruleMs = async (eslint: ESLint, rule: string): Promise<number> =>
      (await eslint.lintFiles(['handlers.ts']))[0]?.stats?.times.passes[0]?.rules?.[rule]?.total ?? Number.NaN;
    const ourRuleMs = await ruleMs(oursWarm, EXHAUSTIVE);
    const theirRuleMs = await ruleMs(theirsWarm, '@typescript-eslint/switch-exhaustiveness-check');
    console.log(
      `  ESLint stats, warm: switch-exhaustiveness-check's listeners ${theirRuleMs.toFixed(1)} ms, exhaustive-error-handling's ${ourRuleMs.toFixed(1)} ms (${(theirRuleMs / ourRuleMs).toFixed(2)}x)`,
    );
    console.log(
      `  reports: exhaustive-error-handling ${ourReports}, switch-exhaustiveness-check ${theirReports} (the same incomplete switches)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
