import type { TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';

import { constInitializer } from '../../src/util/index.js';

type Context = Parameters<typeof constInitializer>[1];

/** The source text of the initializer `constInitializer` gives for the identifier in `probe(X)`, or `undefined`. */
function initializerOf(code: string): string | undefined {
  const found: (string | undefined)[] = [];
  const rule: Rule.RuleModule = {
    meta: { schema: [] },
    create: (context) => ({
      'CallExpression[callee.name="probe"] > Identifier.arguments'(node: Rule.Node) {
        const ruleContext = context as unknown as Context;
        const init = constInitializer(node as unknown as TSESTree.Identifier, ruleContext);
        found.push(init === undefined ? undefined : ruleContext.sourceCode.getText(init));
      },
    }),
  };
  const messages = new Linter().verify(
    code,
    [{ plugins: { test: { rules: { probe: rule } } }, rules: { 'test/probe': 'error' } }],
    'file.js',
  );
  expect(messages).toEqual([]);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('constInitializer', () => {
  it.each([
    { given: 'const X = ["InternalError"]; probe(X);', want: '["InternalError"]' },
    { given: 'const X = new Set(["InternalError"]), Y = 1; probe(X);', want: 'new Set(["InternalError"])' },
    { given: 'let x = "InternalError"; probe(x);', want: '"InternalError"' },
    { given: 'var x = "InternalError"; probe(x);', want: '"InternalError"' },
    { given: 'const X = 1; function f() { const X = 2; probe(X); }', want: '2' },
    { given: 'const X = 1; function f() { probe(X); }', want: '1' },
  ])('$given: the initializer $want', ({ given, want }) => {
    expect(initializerOf(given)).toBe(want);
  });

  it.each([
    { given: 'let x = "InternalError"; x = "ResourceNotFound"; probe(x);', why: 'a let assigned again' },
    { given: 'let x = 0; x++; probe(x);', why: 'a let updated' },
    { given: 'let x; x = "InternalError"; probe(x);', why: 'a declaration without an initializer' },
    { given: 'const { X } = codes; probe(X);', why: 'an object-destructured binding' },
    { given: 'const [X] = codes; probe(X);', why: 'an array-destructured binding' },
    { given: 'function f(X) { probe(X); }', why: 'a parameter' },
    { given: 'function f(X = ["InternalError"]) { probe(X); }', why: 'a parameter with a default' },
    { given: 'var X = ["InternalError"]; var X = ["ResourceNotFound"]; probe(X);', why: 'two declarations' },
    { given: 'for (const X of lists) probe(X);', why: 'a for-of binding' },
    { given: 'function X() {} probe(X);', why: 'a function declaration' },
    { given: 'probe(X);', why: 'an undeclared global' },
  ])('$given: nothing ($why)', ({ given }) => {
    expect(initializerOf(given)).toBeUndefined();
  });
});
