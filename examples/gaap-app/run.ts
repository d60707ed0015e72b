/**
 * `npm run example`: the whole path a user takes, end to end, on the embedded GAAP table.
 *
 * 1. gen-handlers writes (or refreshes) src/create-proxy-errors.generated.ts, the per-action handler of CreateProxy,
 *    keeping its hand-written case bodies;
 * 2. ESLint lints the app with the plugin's strict preset and prints the findings with their suggestions
 *    (src/mistakes.ts holds deliberate mistakes; every other file must be clean);
 * 3. the app calls GAAP through the real Tencent Cloud Node SDK against a local stand-in server, and the
 *    generated guards and handlers dispatch the errors it throws.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';
import { loadIndex } from 'eslint-plugin-tencentcloud-errors/table';

import { createGaapClient } from './src/gaap-client.js';
import { type Outcome, tryCreateProxy } from './src/create-proxy.js';
import { type Scenario, startStandInGaap } from './stand-in-server.js';

const APP_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = path.resolve(APP_DIR, '../..');
const GENERATED = 'src/create-proxy-errors.generated.ts';
const MISTAKES = 'src/mistakes.ts';

/** The codes the stand-in answers with, in order; the last call succeeds. */
const SCRIPT_CODES = [
  'FailedOperation.ProxySellOut',
  'FailedOperation.AccountBalanceInsufficient',
  'InvalidParameterValue.InvalidBandwidth',
  'FailedOperation.ActionIsDoing',
  'AuthFailure.SignatureFailure',
  undefined,
] as const;

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string | null;
  readonly message: string;
  readonly suggestions: readonly string[];
}

export interface ExampleResult {
  readonly generated: string;
  readonly findings: readonly Finding[];
  readonly outcomes: readonly { readonly code: string | undefined; readonly outcome: Outcome }[];
}

export async function runExample(log: (line: string) => void = console.log): Promise<ExampleResult> {
  // 1. Generate the handlers, as `npx gen-handlers` would, from the app's folder.
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = path.join(ROOT, pkg.bin['gen-handlers'] ?? '');
  const gen = spawnSync(process.execPath, [bin, '--table', 'gaap', '--action', 'CreateProxy', '--out', GENERATED], {
    cwd: APP_DIR,
    encoding: 'utf8',
  });
  if (gen.status !== 0) throw new Error(`gen-handlers failed (${gen.status}): ${gen.stderr}`);
  const generated = path.join(APP_DIR, GENERATED);
  log('1. gen-handlers --table gaap --action CreateProxy');
  log(`   ${gen.stdout.trim()}`);
  log(`   generated file: ${path.relative(ROOT, generated)}`);

  // 2. Lint the app with the plugin's presets.
  const eslint = new ESLint({ cwd: APP_DIR });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const findings: Finding[] = [];
  log('');
  log('2. eslint examples/gaap-app/src (tencentcloud-errors strict preset)');
  for (const result of results) {
    const file = path.relative(APP_DIR, result.filePath);
    log(`   ${file}: ${result.messages.length === 0 ? 'clean' : `${result.messages.length} finding(s)`}`);
    const source = result.source ?? readFileSync(result.filePath, 'utf8');
    for (const message of result.messages) {
      const suggestions = (message.suggestions ?? []).map(
        (s) =>
          `${s.desc} (line ${lineAt(source, s.fix.range[0])}: ${firstLine(s.fix.text)}${s.fix.text.includes('\n') ? ' …' : ''})`,
      );
      findings.push({
        file,
        line: message.line,
        column: message.column,
        ruleId: message.ruleId,
        message: message.message,
        suggestions,
      });
      log(`     ${message.line}:${message.column}  ${message.message}  (${message.ruleId ?? 'eslint'})`);
      for (const suggestion of suggestions) log(`         suggestion: ${suggestion}`);
    }
  }
  const unexpected = findings.filter((f) => f.file !== MISTAKES);
  if (unexpected.length > 0) throw new Error(`unexpected findings outside ${MISTAKES}: ${JSON.stringify(unexpected)}`);

  // 3. Run the app against a stand-in GAAP server, through the real SDK.
  const index = loadIndex(['gaap']);
  const script: Scenario[] = SCRIPT_CODES.map((code) =>
    code === undefined
      ? { action: 'CreateProxy', response: { InstanceId: 'link-0123abcd' } }
      : { action: 'CreateProxy', error: { code, message: index.get(code)?.description.en ?? code } },
  );
  const standIn = await startStandInGaap(script);
  const outcomes: { code: string | undefined; outcome: Outcome }[] = [];
  log('');
  log(`3. the app against a stand-in GAAP server on ${standIn.endpoint} (tencentcloud-sdk-nodejs-common CommonClient)`);
  try {
    const client = createGaapClient(standIn.endpoint);
    for (const [i, code] of SCRIPT_CODES.entries()) {
      const outcome = await tryCreateProxy(client, `demo-${i}`);
      outcomes.push({ code, outcome });
      const thrown =
        outcome.error === undefined
          ? ''
          : ` [${(outcome.error as Error).constructor.name} ${(outcome.error as { code?: string }).code ?? ''}]`;
      log(`   CreateProxy → ${code ?? 'success'}: ${outcome.status}: ${outcome.detail}${thrown}`);
    }
  } finally {
    await standIn.close();
  }
  return { generated, findings, outcomes };
}

function lineAt(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runExample().catch((error: unknown) => {
    console.error(`example failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
