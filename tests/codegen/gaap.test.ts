import path from 'node:path';

import * as prettier from 'prettier';

import { loadIndex, loadTable } from '../../src/table/index.js';
import { ROOT } from '../support/paths.js';
import { codeWithoutComments, generated, importModules, typeErrors } from './support.js';

/** The public shape of the Node.js SDK's exception (tencentcloud-sdk-nodejs-common). */
class TencentCloudSDKHttpException extends Error {
  requestId: string;
  httpCode?: number;
  code?: string;
  constructor(message: string, requestId = '') {
    super(message);
    this.requestId = requestId;
  }
}

function sdkError(code: string): TencentCloudSDKHttpException {
  const error = new TencentCloudSDKHttpException(`message of ${code}`, 'req-1');
  error.code = code;
  return error;
}

function rawError(code: string): { Response: { Error: { Code: string; Message: string }; RequestId: string } } {
  return { Response: { Error: { Code: code, Message: `message of ${code}` }, RequestId: 'req-2' } };
}

type Guard = (err: unknown) => boolean;
type Handler = (error: unknown) => unknown;
type GaapModule = Record<string, unknown> & {
  GAAP_ERROR_CODES: readonly string[];
  isGaapErrorCode: Guard;
  isGaapError: Guard;
  gaapErrorInfo: (error: unknown) => { code: string; message?: string; requestId?: string };
};

const gaap = loadTable('gaap');
const index = loadIndex(['gaap']);
const OUT = 'src/gaap-errors.generated.ts';
const text = generated({ tables: [gaap], out: OUT });

/** The generated names of a family, spelled out as the issue gives them. */
const namesOf = (family: string) => ({ guard: `isGaap${family}Error`, handler: `handleGaap${family}` });

describe('the generated GAAP module (every family)', () => {
  let mod: GaapModule;
  beforeAll(async () => {
    mod = await importModules<GaapModule>({ 'gaap.ts': text });
  });

  it('compiles under --strict and noUncheckedIndexedAccess (and the other strict flags), with a typed use of it', () => {
    const usage = `
import { GAAP_ERROR_CODES, gaapErrorInfo, handleGaapFailedOperation, isGaapFailedOperationError, type GaapErrorCode, type GaapFailedOperationCode } from './gaap.js';
declare class TencentCloudSDKHttpException extends Error { requestId: string; httpCode?: number; code?: string }
export function use(err: unknown): string | undefined {
  const all: readonly GaapErrorCode[] = GAAP_ERROR_CODES;
  const sold: GaapFailedOperationCode = 'FailedOperation.ProxySellOut';
  if (isGaapFailedOperationError(err)) {
    const { code, message, requestId }: { code: GaapFailedOperationCode; message?: string | undefined; requestId?: string | undefined } = gaapErrorInfo(err);
    if (code === sold) handleGaapFailedOperation(err);
    return message ?? requestId ?? all[0];
  }
  return undefined;
}
export function sdk(e: TencentCloudSDKHttpException) {
  if (isGaapFailedOperationError(e)) return gaapErrorInfo(e).code;
  return undefined;
}
// @ts-expect-error a code of another family is not a FailedOperation code
export const wrong: GaapFailedOperationCode = 'AuthFailure.MFAFailure';
`;
    expect(typeErrors({ 'gaap.ts': text, 'usage.ts': usage })).toEqual([]);
  });

  it('compiles under isolatedDeclarations: every export has the type it declares, handlers a return type', () => {
    const isolated = { isolatedDeclarations: true, declaration: true };
    expect(typeErrors({ 'gaap.ts': text }, isolated)).toEqual([]);
    const actions = generated({ tables: [gaap], out: OUT, actions: '*' });
    expect(typeErrors({ 'actions.ts': actions }, isolated)).toEqual([]);
    // The check does look: a handler without its return type is an error.
    const inferred = text.replace(
      'handleGaapFailedOperation(error: GaapError<GaapFailedOperationCode>): never {',
      'handleGaapFailedOperation(error: GaapError<GaapFailedOperationCode>) {',
    );
    expect(inferred).not.toBe(text);
    expect(typeErrors({ 'gaap.ts': inferred }, isolated)).toEqual([
      expect.stringMatching(
        /^gaap\.ts:\d+: Function must have an explicit return type annotation with --isolatedDeclarations\.$/u,
      ),
    ]);
  });

  it('exports the code list in table order and a code guard', () => {
    expect(mod.GAAP_ERROR_CODES).toEqual(index.entries.map((e) => e.code));
    expect(mod.isGaapErrorCode('FailedOperation.ProxyStatusNotInRuning')).toBe(true);
    expect(mod.isGaapErrorCode('FailedOperation.ProxyStatusNotInRunning')).toBe(false);
    expect(mod.isGaapErrorCode(42)).toBe(false);
  });

  it.each(index.families())(
    'family %s: its guard accepts SDK- and raw-shaped errors of the family and rejects others',
    (family) => {
      const guard = mod[namesOf(family).guard] as Guard;
      expect(typeof guard).toBe('function');
      const own = index.entriesOf(family).map((e) => e.code);
      const others = index.entries.map((e) => e.code).filter((code) => index.familyOf(code) !== family);
      for (const code of own) {
        expect(guard(sdkError(code)), code).toBe(true);
        expect(guard(rawError(code)), code).toBe(true);
      }
      for (const code of others) {
        expect(guard(sdkError(code)), code).toBe(false);
        expect(guard(rawError(code)), code).toBe(false);
      }
      expect(guard(sdkError(`${family}.NotInTheTable`))).toBe(false);
      expect(guard(rawError(`${family}.NotInTheTable`))).toBe(false);
      for (const junk of [
        undefined,
        null,
        'FailedOperation',
        new Error('plain'),
        { code: own[0], message: 42 },
        { Response: null },
        { Response: { Error: own[0] } },
      ]) {
        expect(guard(junk)).toBe(false);
      }
    },
  );

  it.each(index.families())(
    'family %s: the untouched handler throws an SDK error as it is, and a raw response as an Error naming its code',
    (family) => {
      const handler = mod[namesOf(family).handler] as Handler;
      const thrownBy = (error: unknown): unknown => {
        try {
          handler(error);
        } catch (caught) {
          return caught;
        }
        return 'nothing thrown';
      };
      for (const entry of index.entriesOf(family)) {
        const sdk = sdkError(entry.code);
        expect(thrownBy(sdk)).toBe(sdk);
        const raw = rawError(entry.code);
        const thrown = thrownBy(raw);
        expect(thrown).toBeInstanceOf(Error);
        expect({ ...(thrown as object), message: (thrown as Error).message }).toEqual({
          code: entry.code,
          message: `message of ${entry.code}`,
          requestId: 'req-2',
          cause: raw,
        });
        // What it throws is itself an error of the table, in the SDK's shape.
        expect((mod.isGaapError as Guard)(thrown)).toBe(true);
      }
    },
  );

  it('normalizes both shapes to code, message and request ID', () => {
    expect(mod.gaapErrorInfo(rawError('InternalError'))).toEqual({
      code: 'InternalError',
      message: 'message of InternalError',
      requestId: 'req-2',
    });
    const sdk = sdkError('InternalError');
    expect(mod.gaapErrorInfo(sdk)).toBe(sdk);
  });

  it('has one case per code of each family, in table order, with the description as a comment (English; Chinese where the table has no English)', () => {
    for (const family of index.families()) {
      const handler = text.slice(text.indexOf(`export function handleGaap${family}(`));
      const body = handler.slice(0, handler.indexOf('\n}\n'));
      const cases = [...body.matchAll(/^ {4}case "([^"]+)":\n {6}\/\/ (.*)$/gmu)].map((m) => [
        m[1],
        // The release note after the description is checked below.
        m[2]?.replace(/ \(since tencentcloud-sdk-go v\d+\.\d+\.\d+, \d{4}-\d{2}-\d{2}\)$/u, ''),
      ]);
      expect(cases).toEqual(
        index
          .entriesOf(family)
          .map((e) => [e.code, (e.description.en ?? e.description.zh).replace(/\s+/gu, ' ').trim()]),
      );
    }
  });

  it('names the release that brought each code the SDK lists, and none for a code only the page has', () => {
    // GAAP 2018-05-29's errors.go came in tencentcloud-sdk-go v1.0.181 (2021-06-10, commit 098631f941) with both.
    expect(text).toContain(
      '    case "FailedOperation.ProxySellOut":\n      // The line is sold out or resources are insufficient; submit a ticket to apply. (since tencentcloud-sdk-go v1.0.181, 2021-06-10)\n',
    );
    expect(text).toContain(
      '    case "FailedOperation.LimitNumofDomains":\n      // The number of domain names exceeds the limit.\n',
    );
  });

  it('matches the example in examples/generated as the CLI writes it: formatted with the repository Prettier options', async () => {
    const file = path.join(ROOT, 'examples/generated/gaap-errors.generated.ts');
    const example = generated({ tables: [gaap], out: 'examples/generated/gaap-errors.generated.ts' });
    const options = await prettier.resolveConfig(file, { editorconfig: true });
    expect(options).toMatchObject({ singleQuote: true, printWidth: 120 });
    const formatted = await prettier.format(example, { ...options, filepath: file });
    await expect(formatted).toMatchFileSnapshot('../../examples/generated/gaap-errors.generated.ts');
  });

  it('regenerates byte-identically, with and without the previous text', () => {
    expect(generated({ tables: [gaap], out: OUT })).toBe(text);
    expect(generated({ tables: [gaap], out: OUT, existing: text })).toBe(text);
  });

  it('writes Chinese descriptions with --lang zh and changes nothing but comments', () => {
    const chinese = generated({ tables: [gaap], out: OUT, lang: 'zh' });
    expect(chinese).toContain(
      `      // ${index.get('FailedOperation.ProxySellOut')?.description.zh ?? 'missing'}（自 tencentcloud-sdk-go v1.0.181 起，2021-06-10）\n`,
    );
    expect(codeWithoutComments(chinese)).toBe(codeWithoutComments(text));
  });

  it('records the table, its digest and the families in the header, and imports nothing', () => {
    const header = text.slice(0, text.indexOf('\n\n'));
    expect(header).toMatch(/^\/\/ DO NOT EDIT/u);
    expect(header).toContain(`// Regenerate: npx gen-handlers --table gaap --out ${OUT}`);
    expect(header).toContain(`// Check (CI): npx gen-handlers --check ${OUT}`);
    expect(header).toContain(`sha256 ${gaap.digest}`);
    expect(header).toContain(`// Families: all (${index.families().length})`);
    expect(text).not.toMatch(/^import /mu);
    expect(text).not.toContain("eslint-plugin-tencentcloud-errors'");
  });

  it('merges several tables: every code once (the first table wins), the services joined in the names', () => {
    const demo = {
      service: 'demo',
      origin: 'tables/demo.json',
      digest: 'd'.repeat(64),
      codes: [
        {
          code: 'InternalError',
          family: 'InternalError',
          scope: 'common' as const,
          description: { zh: '另一个描述。' },
        },
        { code: 'DemoFailure.Only', family: 'DemoFailure', scope: 'service' as const, description: { zh: '演示。' } },
      ],
    };
    const merged = generated({ tables: [gaap, demo], out: 'src/gaap-demo-errors.generated.ts' });
    expect(merged).toContain('export const GAAP_DEMO_ERROR_CODES = [');
    expect(merged).toContain('export function handleGaapDemoDemoFailure(');
    expect(merged.match(/^ {2}"InternalError",$/gmu)).toHaveLength(1);
    expect(merged).toContain(
      `    case "InternalError":\n      // ${index.get('InternalError')?.description.en ?? ''} (since tencentcloud-sdk-go v1.0.181, 2021-06-10)\n`,
    );
    // A table's origin is its path from the generated file's folder; the command names it from the project root.
    expect(merged).toContain(
      '// Regenerate: npx gen-handlers --table gaap --table src/tables/demo.json --out src/gaap-demo-errors.generated.ts',
    );
    expect(merged).toContain(`// Table tables/demo.json: demo, 2 codes, sha256 ${'d'.repeat(64)}`);
    expect(typeErrors({ 'merged.ts': merged })).toEqual([]);
  });

  it('generates only the chosen families', () => {
    const some = generated({ tables: [gaap], out: OUT, families: ['InvalidParameterValue', 'AuthFailure'] });
    expect([...some.matchAll(/^export function (handle\w+)/gmu)].map((m) => m[1])).toEqual([
      'handleGaapAuthFailure',
      'handleGaapInvalidParameterValue',
    ]);
    expect(some).toContain('// Families: AuthFailure, InvalidParameterValue');
  });
});
