import { errorCodeExpressionKey, isErrorCodeExpression } from '../../src/util/index.js';
import { probe } from '../support/probe.js';

const DEFAULT_CODE_PROPERTIES = ['code', 'Code', 'errorCode', 'ErrorCode'];

/** A key names a variable by its declaration's offset in `code` (`err@14` is the `err` declared at offset 14). */
function keys(code: string, codeProperties: readonly string[] = DEFAULT_CODE_PROPERTIES): (string | undefined)[] {
  return probe(code, (argument, context) => errorCodeExpressionKey(argument, context, new Set(codeProperties)));
}

describe('errorCodeExpressionKey', () => {
  it('gives one key to the spellings of one expression', () => {
    const given = `declare const err: any;
probe(err.code); probe((err as any).code); probe(err?.code); probe(err!.code); probe((err satisfies unknown).code);
probe(err["code"]); probe(String(err.code)); probe(err.code || err.Code); probe(err.code ?? "");`;
    expect(keys(given)).toEqual([
      'err@14.code',
      'err@14.code',
      'err@14.code',
      'err@14.code',
      'err@14.code',
      'err@14.code',
      'err@14.code',
      'err@14.code',
      'err@14.code',
    ]);
  });

  it('keeps different objects and different properties apart', () => {
    const given = `declare const err: any, other: any;
probe(err.code); probe(err.Code); probe(other.code); probe(err.inner.code); probe(this.code);`;
    expect(keys(given)).toEqual(['err@14.code', 'err@14.Code', 'other@24.code', 'err@14.inner.code', 'this.code']);
  });

  it('keys a variable bound from one by the variable, through every kind of binding', () => {
    const given = `declare const err: any, res: any, error: unknown;
const code = err.code; probe(code); probe(code);
const { Code } = res.Response.Error; probe(Code);
const { Error: { Code: nested } } = res.Response; probe(nested);
const wrapped = String((error as Record<string, unknown>).code); probe(wrapped);
const alias = code; probe(alias);
try {} catch ({ code: caught }) { probe(caught); }
const handler = ({ errorCode }: { errorCode: string }) => probe(errorCode);`;
    expect(keys(given)).toEqual([
      'var:code@56',
      'var:code@56',
      'var:Code@107',
      'var:nested@172',
      'var:wrapped@220',
      'var:alias@301',
      'var:caught@351',
      'var:errorCode@399',
    ]);
  });

  it('is undefined for what is not an error-code expression', () => {
    const given = `declare const err: any, s: string;
probe(err.message); probe(err); probe(s); probe("InternalError"); probe(err.code && err.message);
let reassigned = err.code; reassigned = s; probe(reassigned);
const [first] = err.codes; probe(first);
const { code: { length } } = err; probe(length);
function shadow(String: (x: unknown) => string) { probe(String(err.code)); }
probe(err[s]); probe(err.code.length);`;
    expect(keys(given)).toEqual([
      undefined,
      undefined,
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

  it('sees through trim(), toString(), guards and conditionals, but not toUpperCase()', () => {
    const given = `declare const err: any, e: any;
probe(err.code.trim()); probe(err.code?.trimStart()); probe(String(err.code).trimEnd()); probe(err.code.toString());
probe(e && e.code); probe(e && e.code ? e.code : ""); probe(e ? undefined : e.code); probe(e?.code ?? null);
probe(err.code.toUpperCase()); probe(err.code.trim("x")); probe(e ? e.code : e.message); probe(e ? err.code : e.code);`;
    expect(keys(given)).toEqual([
      'err@14.code',
      'err@14.code',
      'err@14.code',
      'err@14.code',
      'e@24.code',
      'e@24.code',
      'e@24.code',
      'e@24.code',
      undefined,
      undefined,
      undefined,
      '(err@14.code?:e@24.code)',
    ]);
  });

  it('keys a parameter of a function every call of which hands it a code, of the file and never passed on', () => {
    const given = `declare const err: any, res: any, other: string;
function normalise(vendor: string) { return probe(vendor); }
normalise(err.code); normalise(res.Response.Error.Code);
const mixed = (value: string) => probe(value);
mixed(err.code); mixed(other);
export function exported(value: string) { return probe(value); }
exported(err.code);
const escaped = (value: string) => probe(value);
escaped(err.code); [escaped];
function unused(value: string) { return probe(value); }
class Provider {
  private map(vendor: string) { return probe(vendor); }
  #hash(vendor: string) { return probe(vendor); }
  open(vendor: string) { return probe(vendor); }
  send() { this.map(err.code); this.#hash(err.Code); this.open(err.code); }
}`;
    const at = (before: string): number => given.indexOf(before) + before.length;
    expect(keys(given)).toEqual([
      `var:vendor@${at('function normalise(')}`,
      undefined,
      undefined,
      undefined,
      undefined,
      `var:vendor@${at('private map(')}`,
      `var:vendor@${at('#hash(')}`,
      undefined,
    ]);
  });

  it('keys a parameter or a variable named like a code property by the variable, whatever it holds', () => {
    const given = `declare function get(): string;
function retryable(code: string) { return probe(code); }
const f = (errorCode = "") => probe(errorCode);
let Code = get(); Code = get(); probe(Code);
let ErrorCode; probe(ErrorCode);
function g(reason: string, { x }: any) { probe(reason); probe(x); }`;
    expect(keys(given)).toEqual([
      'var:code@51',
      'var:errorCode@100',
      'var:Code@141',
      'var:ErrorCode@186',
      undefined,
      undefined,
    ]);
    expect(keys('function h(reason: string) { probe(reason); }', ['reason'])).toEqual(['var:reason@11']);
  });

  it("keys a call of the file's own code accessor by the accessor and its arguments", () => {
    const given = `declare const a: any, b: any;
const errCode = (e: unknown) => String((e as { code?: string }).code ?? '');
function codeOf(err: any) { return err && err.Code; }
probe(errCode(a)); probe(errCode(a)); probe(errCode(b)); probe(codeOf(a)); probe(errCode(a) || errCode(b));
let later = (e: any) => e.code; later = (e: any) => e.message; probe(later(a));
function two(e: any) { log(e); return e.code; } probe(two(a));
function message(e: any) { return e.message; } probe(message(a));
function loop(e: any): string { return loop(e); } probe(loop(a));
declare function declared(e: unknown): string; probe(declared(a));
function guarded(e: any) { if (!e) return undefined; try { return e.code; } catch { return ''; } } probe(guarded(a));
function either(e: any) { if (e.code) return e.code; return e.message; } probe(either(a));
function looped(e: any) { for (const x of e.errors) return x.message; return e.code; } probe(looped(a));
function narrowed(e: any) { if (e instanceof Wrapped) return e.code; return isFailure(e) ? e.code : undefined; }
probe(narrowed(a));
function spelled(e: any) { if (typeof e.code === 'string') return e.code; if (e.Code) return e.Code; return undefined; }
probe(spelled(a));
function mixed(e: any) { if (e.code) return e.code; return e.cause.Code; } probe(mixed(a));
function named(e: any) { if (e.code) return e.code; return e.reason; } probe(named(a));`;
    expect(keys(given)).toEqual([
      'call:errCode@36(a@14)',
      'call:errCode@36(a@14)',
      'call:errCode@36(b@22)',
      'call:codeOf@116(a@14)',
      '(call:errCode@36(a@14)||call:errCode@36(b@22))',
      undefined,
      // Whatever else the body does, what it returns is the code.
      'call:two@358(a@14)',
      undefined,
      undefined,
      undefined,
      // Every return but one a fallback.
      'call:guarded@620(a@14)',
      // Two returns that are not fallbacks, one of them in a loop.
      undefined,
      undefined,
      // Two returns of the same member, one of them a test's branch whose other branch is a fallback.
      'call:narrowed@934(a@14)',
      // Two returns of code properties of the same object, under two names.
      'call:spelled@1067(a@14)',
      // Of two objects; of a code property and another member.
      undefined,
      undefined,
    ]);
  });

  it("reads a const of an accessor's body that holds the code, in the blocks around its return", () => {
    const given = `declare const a: any;
function held(e: any) {
  if (e instanceof Wrapped) return e.code;
  if (e) {
    const value = (e as { code?: unknown }).code;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}
probe(held(a));
function shadowed(e: any) { const value = e.code; if (e.x) { let value = e.message; return value; } return e.code; }
probe(shadowed(a));
function other(e: any) { if (e.code) return e.code; const value = e.message; return value; }
probe(other(a));`;
    expect(keys(given)).toEqual([`call:held@${given.indexOf('held')}(a@14)`, undefined, undefined]);
  });

  it('follows the codeProperties it is given', () => {
    expect(keys('declare const err: any; probe(err.reason); probe(err.code);', ['reason'])).toEqual([
      'err@14.reason',
      undefined,
    ]);
  });
});

describe('isErrorCodeExpression', () => {
  it('is whether there is a key', () => {
    const given = 'declare const err: any; const code = err.code; probe(code); probe(err.message); probe(err.Code);';
    expect(
      probe(given, (argument, context) => isErrorCodeExpression(argument, context, new Set(DEFAULT_CODE_PROPERTIES))),
    ).toEqual([true, false, true]);
  });
});
