import { Linter } from 'eslint';
import fc from 'fast-check';

import plugin from '../../src/index.js';

/**
 * Settings as a config file can hold them, wrong on purpose: wrong types, `__proto__` keys, Proxies whose traps
 * throw, getters that throw, strings with control characters. The lint run never crashes, and every problem is one
 * line: a single report at 1:1, with no control character, that names the setting.
 */
const RULES: Linter.RulesRecord = {
  'tencentcloud-errors/no-unknown-error-code': 'error',
  'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }],
};
const CODE = 'if (err.code === "InternalErorr") {}\nswitch (err.code) { case "AuthFailure": break; }\n';
const FIX = 'The tencentcloud-errors rules check nothing until it is fixed.';

function lint(settings: unknown): Linter.LintMessage[] {
  return new Linter().verify(CODE, [
    { plugins: { 'tencentcloud-errors': plugin }, settings: { 'tencentcloud-errors': settings }, rules: RULES },
  ]);
}

/** The messages of a run as `line:column message`. */
function messagesOf(settings: unknown): string[] {
  return lint(settings).map((m) => `${m.line}:${m.column} ${m.message}`);
}

const throwingGetter = (key: string, what: unknown): Record<string, unknown> =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw what;
    },
  });

const throwingProxy = <T extends object>(target: T, trap: keyof ProxyHandler<T>): T =>
  new Proxy(target, {
    [trap]() {
      throw new Error(`the ${String(trap)} trap\u001B[31m failed`);
    },
  });

describe('settings that cannot be read', () => {
  it.each([
    [
      'a getter of "tables" that throws an Error',
      throwingGetter('tables', new Error('no tables\u202E today')),
      'Invalid settings["tencentcloud-errors"].tables: reading it threw an error ("no tables\\u{202E} today")',
    ],
    [
      'a getter of "lang" that throws a string',
      throwingGetter('lang', 'oops'),
      'Invalid settings["tencentcloud-errors"].lang: reading it threw the string "oops"',
    ],
    [
      'a Proxy whose ownKeys trap throws',
      throwingProxy({ tables: ['gaap'] }, 'ownKeys'),
      'Invalid settings["tencentcloud-errors"]: reading its keys threw an error ("the ownKeys trap\\u{001B}[31m failed")',
    ],
    [
      'a Proxy whose get trap throws',
      throwingProxy({ tables: ['gaap'] }, 'get'),
      'Invalid settings["tencentcloud-errors"].tables: reading it threw an error ("the get trap\\u{001B}[31m failed")',
    ],
    [
      'a Proxy array of tables whose get trap throws',
      { tables: throwingProxy(['gaap'], 'get') },
      'Invalid settings["tencentcloud-errors"].tables: reading it threw an error ("the get trap\\u{001B}[31m failed")',
    ],
    [
      'a revoked Proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
      'Invalid settings["tencentcloud-errors"]: reading its keys threw an error ("Cannot perform \'IsArray\' on a proxy that has been revoked")',
    ],
    [
      'an array that claims a million entries',
      { tables: new Proxy([], { get: (t, k) => (k === 'length' ? 1_000_000 : Reflect.get(t, k)) }) },
      'Invalid settings["tencentcloud-errors"].tables: expected at most 10000 entries, got 1000000',
    ],
    [
      'a thrown object whose message getter throws',
      throwingGetter(
        'tables',
        Object.defineProperty(new Error(), 'message', {
          get() {
            throw new Error('and again');
          },
        }),
      ),
      'Invalid settings["tencentcloud-errors"].tables: reading it threw an error',
    ],
  ])('%s: one line', (_, settings, problem) => {
    expect(messagesOf(settings)).toEqual([`1:1 ${problem}. ${FIX}`]);
  });
});

describe('settings of the wrong shape', () => {
  it.each([
    [
      'a __proto__ key',
      JSON.parse('{"__proto__": {"tables": ["gaap"]}}') as unknown,
      'Invalid settings["tencentcloud-errors"]: unknown key "__proto__" (known keys: tables, products, codeProperties, lang, tablesDigest)',
    ],
    [
      'a table path with ESC and RLO',
      { tables: ['tab\u001B[2Jles/\u202Eevil.json'] },
      `Invalid settings["tencentcloud-errors"].tables[0]: tab\\u{001B}[2Jles/\\u{202E}evil.json: file not found (read as ${process.cwd()}/tab\\u{001B}[2Jles/\\u{202E}evil.json)`,
    ],
    [
      'a lang with a line break',
      { lang: 'en\nzh' },
      'Invalid settings["tencentcloud-errors"].lang: expected "en" or "zh", got the string "en\\u{000A}zh"',
    ],
    [
      'a function for tables',
      { tables: () => ['gaap'] },
      'Invalid settings["tencentcloud-errors"].tables: expected a non-empty array of strings, got a function',
    ],
    [
      'a symbol among the products',
      { products: ['cvm', Symbol('x')] },
      'Invalid settings["tencentcloud-errors"].products[1]: expected a non-empty string, got a symbol',
    ],
    [
      'a nested array among the code properties',
      { codeProperties: [['code']] },
      'Invalid settings["tencentcloud-errors"].codeProperties[0]: expected a non-empty string, got an array',
    ],
    [
      'an unknown key of 300 characters',
      { [`k${'\u0007'.repeat(299)}`]: 1 },
      `Invalid settings["tencentcloud-errors"]: unknown key "k${'\\u{0007}'.repeat(24)}…" (known keys: tables, products, codeProperties, lang, tablesDigest)`,
    ],
  ])('%s: one line, nothing raw', (_, settings, problem) => {
    expect(messagesOf(settings)).toEqual([`1:1 ${problem}. ${FIX}`]);
  });
});

/**
 * A value a config may hold, from plain to hostile, as a recipe (fast-check inspects the values it generates, and a
 * Proxy whose traps throw cannot be inspected): built into the value inside the property.
 */
type Recipe =
  | { readonly plain: unknown }
  | { readonly list: readonly Recipe[] }
  | { readonly object: readonly (readonly [string, Recipe])[] }
  | { readonly getter: Recipe; readonly key: string }
  | { readonly proxy: readonly (readonly [string, Recipe])[]; readonly trap: keyof ProxyHandler<object> };

const KEYS = ['tables', 'products', 'codeProperties', 'lang', 'tablesDigest', '__proto__', 'x'] as const;
const TRAPS = ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf'] as const;

const recipe: fc.Arbitrary<Recipe> = fc.letrec<{ value: Recipe }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.record({
      plain: fc.oneof(
        fc.anything({ maxDepth: 2 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom('gaap', 'cvm', 'en', 'zh', 'code', '\u001B[2J', '\u202Eevil', ''),
      ),
    }),
    fc.record({ list: fc.array(tie('value'), { maxLength: 3 }) }),
    fc.record({ object: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 4 }) }),
    fc.record({ getter: tie('value'), key: fc.constantFrom(...KEYS) }),
    fc.record({
      proxy: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 3 }),
      trap: fc.constantFrom(...TRAPS),
    }),
  ),
})).value;

function build(r: Recipe): unknown {
  if ('plain' in r) return r.plain;
  if ('list' in r) return r.list.map(build);
  if ('getter' in r) return throwingGetter(r.key, build(r.getter));
  const object: Record<string, unknown> = {};
  // defineProperty: a "__proto__" key is an own key, as JSON.parse makes it.
  for (const [key, value] of 'object' in r ? r.object : r.proxy) {
    Object.defineProperty(object, key, { value: build(value), enumerable: true, configurable: true, writable: true });
  }
  return 'object' in r ? object : throwingProxy(object, r.trap);
}

describe('settings fuzz', () => {
  it('never crashes the lint run, and every settings problem is one line', () => {
    let problems = 0;
    fc.assert(
      fc.property(recipe, (r) => {
        const messages = lint(build(r));
        const problem = messages.filter((m) => m.message.endsWith(FIX));
        problems += problem.length;
        // At most one settings report, at 1:1, and no message with a line break or a raw control character.
        expect(problem.length).toBeLessThanOrEqual(1);
        for (const m of problem) expect([m.line, m.column]).toEqual([1, 1]);
        for (const m of messages) {
          expect(m.fatal).toBeUndefined();
          expect(m.message).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
          expect(m.message.length).toBeLessThan(2000);
        }
      }),
      { numRuns: 400, seed: 20261205 },
    );
    // The arbitrary is hostile enough to hit settings problems on most runs.
    expect(problems).toBeGreaterThan(200);
  });
});
