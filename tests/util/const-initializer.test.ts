import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { constInitializer } from '../../src/util/index.js';
import { probe } from '../support/probe.js';

/** The source text of the initializer `constInitializer` gives for the identifier in `probe(X)`, or `undefined`. */
function initializerOf(code: string): string | undefined {
  const found = probe(code, (argument, context) => {
    if (argument.type !== AST_NODE_TYPES.Identifier) throw new Error('probe() takes an identifier here');
    const init = constInitializer(argument, context);
    return init === undefined ? undefined : context.sourceCode.getText(init);
  });
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
