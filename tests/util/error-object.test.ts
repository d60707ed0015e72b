import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { errorObjectName } from '../../src/util/index.js';
import { probe } from '../support/probe.js';

/** What `errorObjectName` gives for each `probe(...)` argument of `code`, seen from the probe call, in source order. */
function names(code: string): (string | undefined)[] {
  return probe(code, (argument, context) => {
    const call = argument.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) throw new Error('not a probe() argument');
    return errorObjectName(argument, call, context);
  });
}

describe('errorObjectName', () => {
  it('names the object a code is read from, through the spellings of an error-code expression', () => {
    const given = `declare const err: any;
probe(err.code); probe((err as any).code!); probe(err?.Code); probe(err["code"]); probe(String(err.code));
probe(err.code || err.Code); probe(err.code ?? ""); probe(err.code.trim()); probe(err && err.code);
probe(err && err.code ? err.code : "");`;
    expect(names(given)).toEqual(['err', 'err', 'err', 'err', 'err', 'err', 'err', 'err', 'err', 'err']);
  });

  it('names what the SDK throws, after the checks TypeScript needs to read its code (the class is exported nowhere)', () => {
    const given = `declare const err: unknown;
probe(err instanceof Error && 'code' in err && err.code);
probe(err instanceof Error && 'code' in err ? err.code : undefined);
probe((err as { code?: string }).code);
probe(typeof err === 'object' && err !== null && 'code' in err && err.code);`;
    expect(names(given)).toEqual(['err', 'err', 'err', 'err']);
  });

  it('names the raw response a code is read from', () => {
    const given = `declare const res: any;
probe(res.Response.Error.Code); probe(res?.Response?.Error?.Code);
const { Error: { Code } } = res.Response; probe(Code);
const { Response: { Error: { Code: inner } } } = res; probe(inner);`;
    expect(names(given)).toEqual(['res', 'res', 'res', 'res']);
  });

  it('follows variables bound from an error-code expression', () => {
    const given = `declare const err: any;
const code = err.code; probe(code);
const alias = code; probe(alias);
const { code: bound = '' } = err; probe(bound);
const { Code } = (err as any); probe(Code);`;
    expect(names(given)).toEqual(['err', 'err', 'err', 'err']);
  });

  it('names nothing where no variable holds the error', () => {
    const given = `declare const errors: any[]; declare function getError(): any; declare const err: any;
try { f(); } catch ({ code }) { probe(code); }
class C { code = ''; m() { probe(this.code); } }
probe(errors[0].code); probe(getError().code); probe(err.response.code); probe(err[key].code);
function g({ code }: any) { probe(code); }
let later; later = err.code; probe(later);
const { Error: { Code } } = err; probe(Code);`;
    expect(names(given)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('names nothing where the name means another variable at the point it would be thrown', () => {
    const given = `declare const err: any;
const code = err.code;
function f(err: unknown) { probe(code); }
function g() { probe(code); }
{ const err = 1; probe(code); }
switch (probe(err.code)) { case 1: let err = 2; }
switch (probe(err.code)) { case 1: let other = 2; }`;
    expect(names(given)).toEqual([undefined, 'err', undefined, undefined, 'err']);
  });

  it('gives up on a chain of aliases longer than the rules follow', () => {
    const lines = ['declare const err: any;', 'const a0 = err.code;'];
    for (let i = 1; i < 40; i++) lines.push(`const a${i} = a${i - 1};`);
    lines.push('probe(a10); probe(a39);');
    expect(names(lines.join('\n'))).toEqual(['err', undefined]);
  });
});
