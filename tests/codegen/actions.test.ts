import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { generate } from '../../src/codegen/index.js';
import type { CodeTable } from '../../src/table/index.js';
import { runInProcess, typeErrors, withBody, withReturnType } from './support.js';

/*
 * gen-handlers --action (issue 13): a code type, a guard and an exhaustive handler per action, over the codes the
 * SDK documents for it, plus one shared handler of the common codes the action's default delegates to.
 */

/** CreateProxy's codes in data/catalogue/gaap.json (2018-05-29), read once by hand, in table order. */
const CREATE_PROXY_CODES = [
  'AuthFailure',
  'AuthFailure.NotEnterpriseAuthorization',
  'AuthFailure.UnauthorizedOperation',
  'FailedOperation',
  'FailedOperation.AccountBalanceInsufficient',
  'FailedOperation.DuplicatedRequest',
  'FailedOperation.LimitNumofListener',
  'FailedOperation.ProxySellOut',
  'FailedOperation.TagResourcesFailed',
  'FailedOperation.UnTagResourcesFailed',
  'FailedOperation.UserNotAuthenticated',
  'FailedOperation.UserNotConfirmProtocol',
  'InternalError',
  'InvalidParameter',
  'InvalidParameterValue',
  'InvalidParameterValue.FeatureConflict',
  'InvalidParameterValue.InvalidBandwidth',
  'InvalidParameterValue.InvalidConcurrency',
  'InvalidParameterValue.InvalidTags',
  'InvalidParameterValue.ProjectIdNotBelong',
  'InvalidParameterValue.ProxyAndGroupFeatureConflict',
  'InvalidParameterValue.ProxyAndRegionFeatureConflict',
  'LimitExceeded.TagQuota',
  'MissingParameter',
  'ResourceNotFound',
  'ResourceUnavailable',
  'ResourceUnavailable.AccountViolation',
  'UnauthorizedOperation',
  'UnknownParameter',
];

const OUT = 'src/create-proxy-errors.generated.ts';

/** The case labels of one exported function of the module, in order. */
function casesOf(text: string, name: string): string[] {
  const start = text.indexOf(`export function ${name}(`);
  expect(start).toBeGreaterThan(-1);
  const end = text.indexOf('\n}\n', start);
  return [...text.slice(start, end).matchAll(/^ {4}case "([^"]*)":/gmu)].map((m) => m[1] ?? '');
}

describe('gen-handlers --table gaap --action CreateProxy', () => {
  let dir = '';
  const run = (...args: string[]) => runInProcess(args, dir);
  const read = (): string => readFileSync(path.join(dir, OUT), 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tce-gen-action-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a handler whose cases are exactly the 29 codes CreateProxy documents, compiling under strict', async () => {
    expect(await run('--table', 'gaap', '--action', 'CreateProxy', '--out', OUT)).toEqual({
      status: 0,
      stdout: `wrote ${OUT}\n`,
      stderr: '',
    });
    const text = read();
    expect(casesOf(text, 'handleCreateProxyError')).toEqual(CREATE_PROXY_CODES);
    expect(text).toContain('export type CreateProxyErrorCode =');
    expect(text).toContain(
      'export function isCreateProxyError(err: unknown): err is GaapError<CreateProxyErrorCode | GaapCommonErrorCode> {\n',
    );
    expect(text).toContain(
      'export function handleCreateProxyError(error: GaapError<CreateProxyErrorCode | GaapCommonErrorCode>): never {\n',
    );
    expect(text).toContain('return handleGaapCommonError(error as GaapError<typeof info.code>);');
    expect(text).toContain(
      '// gen-handlers-settings: {"tables":["gaap"],"actions":["CreateProxy"],"lang":"en","format":2}',
    );
    // One shared handler of the common codes; no family handlers.
    expect(text.match(/export function handle/gu)).toHaveLength(2);
    expect(casesOf(text, 'handleGaapCommonError')).toContain('RequestLimitExceeded');
    expect(typeErrors({ 'errors.ts': text })).toEqual([]);
  });

  it('a missing case of an action code is a type error (the default takes common codes only)', async () => {
    await run('--table', 'gaap', '--action', 'CreateProxy', '--out', OUT);
    const text = read().replace(
      '    case "FailedOperation.ProxySellOut":\n      // ',
      '    case "FailedOperation.ProxySellOutX" as string:\n      // ',
    );
    expect(typeErrors({ 'errors.ts': text }).join('\n')).toContain('FailedOperation.ProxySellOut');
  });

  it('a re-run with no flags keeps a hand-written body, and --check agrees', async () => {
    await run('--table', 'gaap', '--action', 'CreateProxy', '--out', OUT);
    const mine = withReturnType(
      withBody(read(), 'FailedOperation.ProxySellOut', "return 'sold out';"),
      'handleCreateProxyError',
      'string',
    );
    writeFileSync(path.join(dir, OUT), mine);
    expect(await run(OUT)).toEqual({
      status: 0,
      stdout: `${OUT} is up to date, kept 1 hand-written case body\n`,
      stderr: '',
    });
    expect(read()).toBe(mine);
    expect(await run('--check', OUT)).toMatchObject({ status: 0, stderr: '' });
    expect(typeErrors({ 'errors.ts': mine })).toEqual([]);
  });

  it('adding an action keeps the body, in the handler it was written in', async () => {
    await run('--table', 'gaap', '--action', 'CreateProxy', '--out', OUT);
    const mine = withReturnType(
      withBody(read(), 'FailedOperation.ProxySellOut', "return 'sold out';"),
      'handleCreateProxyError',
      'string',
    );
    writeFileSync(path.join(dir, OUT), mine);
    expect(await run('--action', 'CreateProxy', '--action', 'DescribeProxies', OUT)).toMatchObject({ status: 0 });
    const text = read();
    expect(text.match(/return 'sold out';/gu)).toHaveLength(1);
    // The return type written for CreateProxy's handler stays; the new handler gets never.
    expect(text).toContain(
      'export function handleCreateProxyError(error: GaapError<CreateProxyErrorCode | GaapCommonErrorCode>): string {\n',
    );
    expect(text).toContain('export function handleDescribeProxiesError(');
    expect(await run('--check', OUT)).toMatchObject({ status: 0 });
    expect(typeErrors({ 'errors.ts': text })).toEqual([]);
  });

  it('refuses to drop a body of an action no longer chosen without --prune', async () => {
    await run('--table', 'gaap', '--action', 'CreateProxy', '--action', 'DescribeProxies', '--out', OUT);
    writeFileSync(path.join(dir, OUT), withBody(read(), 'FailedOperation.ProxySellOut', 'return 1;'));
    const refused = await run('--action', 'DescribeProxies', OUT);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('FailedOperation.ProxySellOut');
    expect(await run('--action', 'DescribeProxies', '--prune', OUT)).toMatchObject({ status: 0 });
    expect(read()).not.toContain('handleCreateProxyError');
  });

  it('an unknown action is a one-line error with a did-you-mean, exit 2', async () => {
    expect(await run('--table', 'gaap', '--action', 'CreateProxx', '--out', OUT)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'gen-handlers: unknown action "CreateProxx" (did you mean "CreateProxy"?) in table(s) gaap\n',
    });
  });

  it('--action with --family is a usage error', async () => {
    const both = await run('--action', 'CreateProxy', '--family', 'FailedOperation', '--out', OUT);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^gen-handlers: give --family or --action, not both/u);
  });

  it("--action '*' generates every action the SDK lists codes for, and compiles", async () => {
    expect(await run('--table', 'gaap', '--action', '*', '--out', OUT)).toMatchObject({ status: 0 });
    const text = read();
    expect(casesOf(text, 'handleCreateProxyError')).toEqual(CREATE_PROXY_CODES);
    expect(text).toContain('// gen-handlers-settings: {"tables":["gaap"],"actions":"*","lang":"en","format":2}');
    expect(typeErrors({ 'errors.ts': text })).toEqual([]);
    expect(await run('--check', OUT)).toMatchObject({ status: 0 });
  });
});

describe('generate({ actions })', () => {
  const table: CodeTable = {
    service: 'svc',
    origin: 'tables/svc.json',
    digest: 'a'.repeat(64),
    codes: [
      { code: 'FailedOperation.A', family: 'FailedOperation', scope: 'service', description: { zh: '甲。' } },
      { code: 'InternalError', family: 'InternalError', scope: 'common', description: { zh: '内部错误。' } },
    ],
    actions: new Map<string, readonly string[] | null>([
      ['DoA', ['FailedOperation.A']],
      ['DoB', null],
      ['DoC', []],
    ]),
  };

  it('refuses an action whose SDK list is unknown (null), naming it', () => {
    const result = generate({ tables: [table], actions: ['DoB'], out: 'svc.ts' });
    expect(result).toMatchObject({ ok: false, reason: 'unknown-action', names: ['DoB'] });
    expect(!result.ok && result.message).toBe(
      'the SDK lists no error codes for action DoB of table(s) tables/svc.json (unknown, not none): generate its families with --family instead',
    );
  });

  it('refuses an action whose SDK list is empty (its code type would have no codes)', () => {
    expect(generate({ tables: [table], actions: ['DoC'], out: 'svc.ts' })).toMatchObject({
      ok: false,
      reason: 'unknown-action',
      names: ['DoC'],
    });
  });

  it("'*' leaves out the actions without codes", () => {
    const result = generate({ tables: [table], actions: '*', out: 'svc.ts' });
    if (!result.ok) throw new Error(result.message);
    expect(result.text.match(/^export function handle\w+/gmu)).toEqual([
      'export function handleDoAError',
      'export function handleSvcCommonError',
    ]);
    expect(typeErrors({ 'svc.ts': result.text })).toEqual([]);
  });

  it('compiles when the tables have no common codes (the common code type is never)', () => {
    const noCommon: CodeTable = { ...table, codes: table.codes.filter((c) => c.scope !== 'common') };
    const result = generate({ tables: [noCommon], actions: ['DoA'], out: 'svc.ts' });
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain('export type SvcCommonErrorCode = never;');
    expect(typeErrors({ 'svc.ts': result.text })).toEqual([]);
  });

  it('refuses actions on a table that lists none', () => {
    const plain: CodeTable = { service: table.service, origin: table.origin, digest: table.digest, codes: table.codes };
    expect(generate({ tables: [plain], actions: ['DoA'], out: 'svc.ts' })).toMatchObject({
      ok: false,
      reason: 'unknown-action',
    });
  });

  it('an action that documents common codes only passes the error on to the shared handler as it is', () => {
    const onlyCommon: CodeTable = { ...table, actions: new Map([['DoCommon', ['InternalError']]]) };
    const result = generate({ tables: [onlyCommon], actions: ['DoCommon'], out: 'svc.ts' });
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain(
      '    case "InternalError":\n      // 内部错误。\n      throw svcThrowable(error);\n    default:\n      return handleSvcCommonError(error);\n',
    );
    expect(typeErrors({ 'svc.ts': result.text })).toEqual([]);
  });

  it('a common code the action does not list reaches the shared handler; the module compiles', () => {
    const result = generate({ tables: [table], actions: ['DoA'], out: 'svc.ts' });
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain('export type DoAErrorCode = "FailedOperation.A";');
    expect(result.text).toContain('export type SvcCommonErrorCode = "InternalError";');
    expect(typeErrors({ 'svc.ts': result.text })).toEqual([]);
  });
});

describe('generate({ actions }) after a table update', () => {
  const entry = (code: string, scope: 'common' | 'service' = 'service') => ({
    code,
    family: code.split('.')[0] ?? code,
    scope,
    description: { zh: `${code}。` },
  });
  const v1: CodeTable = {
    service: 'svc',
    origin: 'tables/svc.json',
    digest: 'a'.repeat(64),
    codes: [entry('FailedOperation.A'), entry('InternalError', 'common')],
    actions: new Map([['DoA', ['FailedOperation.A']]]),
  };
  const v2: CodeTable = {
    ...v1,
    digest: 'b'.repeat(64),
    codes: [entry('FailedOperation.A'), entry('FailedOperation.B'), entry('InternalError', 'common')],
    actions: new Map([['DoA', ['FailedOperation.A', 'FailedOperation.B']]]),
  };

  it('keeps a hand-written body when the action gains a new code, the old table no longer at hand', () => {
    const first = generate({ tables: [v1], actions: ['DoA'], out: 'svc.ts' });
    if (!first.ok) throw new Error(first.message);
    const mine = withReturnType(
      first.text.replace(
        '    case "FailedOperation.A":\n      // FailedOperation.A。\n      throw svcThrowable(error);',
        '    case "FailedOperation.A":\n      return \'a\';',
      ),
      'handleDoAError',
      'string',
    );
    expect(mine).toContain("return 'a';");
    const second = generate({ tables: [v2], actions: ['DoA'], out: 'svc.ts', existing: mine, previous: [] });
    if (!second.ok) throw new Error(second.message);
    expect(second.kept).toEqual(['FailedOperation.A']);
    expect(second.text).toContain('case "FailedOperation.B":');
    expect(second.text).toContain("return 'a';");
    expect(typeErrors({ 'svc.ts': second.text })).toEqual([]);
  });
});

/**
 * An action the product has dropped: TMT's TextTranslate left in tencentcloud-sdk-go v1.3.130 (2026-07-08); its last
 * release, v1.3.129, listed 26 codes, 20 of them common codes or codes TMT still has, 6 TMT's errors.go no longer has.
 */
describe('gen-handlers --table tmt --action TextTranslate (a removed action)', () => {
  let dir = '';
  const OUT_TMT = 'src/text-translate-errors.generated.ts';
  const run = (...args: string[]) => runInProcess(args, dir);
  const read = (): string => readFileSync(path.join(dir, OUT_TMT), 'utf8');
  const WARNING =
    'gen-handlers: warning: TextTranslate was removed from tmt 2018-03-21 in tencentcloud-sdk-go v1.3.130 (2026-07-08); generating the 26 codes its last release (v1.3.129) listed\n';

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tce-gen-removed-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('warns in one line and generates the last list: current codes first, then the dropped ones, noted so', async () => {
    expect(await run('--table', 'tmt', '--action', 'TextTranslate', '--out', OUT_TMT)).toEqual({
      status: 0,
      stdout: `wrote ${OUT_TMT}\n`,
      stderr: WARNING,
    });
    const text = read();
    expect(casesOf(text, 'handleTextTranslateError').slice(-7)).toEqual([
      'UnsupportedOperation.UnsupportedSourceLanguage',
      'FailedOperation.LanguageRecognitionErr',
      'FailedOperation.RequestAiLabErr',
      'FailedOperation.RequestHunYuanErr',
      'InternalError.ErrorGetRoute',
      'LimitExceeded.LimitedAccessFrequency',
      'UnsupportedOperation.TextTooLong',
    ]);
    expect(casesOf(text, 'handleTextTranslateError')).toHaveLength(26);
    expect(text).toContain(
      '    case "UnsupportedOperation.TextTooLong":\n      // 单次请求text超过长度限制。 (removed in tencentcloud-sdk-go v1.3.130, 2026-07-08)\n',
    );
    // The dropped codes join the module's codes, after the table's.
    expect(text).toContain('  "UnsupportedRegion",\n  "FailedOperation.LanguageRecognitionErr",\n');
    expect(typeErrors({ 'errors.ts': text })).toEqual([]);
  });

  it('a re-run keeps a hand-written body of a dropped code and takes the other cases for its own', async () => {
    await run('--table', 'tmt', '--action', 'TextTranslate', '--out', OUT_TMT);
    const mine = withReturnType(
      withBody(read(), 'UnsupportedOperation.TextTooLong', "return 'too long';"),
      'handleTextTranslateError',
      'string',
    );
    writeFileSync(path.join(dir, OUT_TMT), mine);
    expect(await run(OUT_TMT)).toEqual({
      status: 0,
      stdout: `${OUT_TMT} is up to date, kept 1 hand-written case body\n`,
      stderr: WARNING,
    });
    expect(await run('--check', OUT_TMT)).toMatchObject({ status: 0 });
    expect(typeErrors({ 'errors.ts': mine })).toEqual([]);
  });

  it("takes a case comment written before the release notes for the generator's", async () => {
    await run('--table', 'gaap', '--action', 'CreateProxy', '--out', OUT);
    const file = path.join(dir, OUT);
    const current = readFileSync(file, 'utf8');
    const before = current.replaceAll(/ \(since tencentcloud-sdk-go v[\d.]+, \d{4}-\d{2}-\d{2}\)/gu, '');
    expect(before).not.toBe(current);
    writeFileSync(file, before);
    expect(await run(OUT)).toEqual({ status: 0, stdout: `wrote ${OUT}\n`, stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(current);
  });
});
