import { constantLiteral } from '../../src/util/index.js';
import { probe } from '../support/probe.js';

/**
 * Where the literal `constantLiteral` gives for the argument of `probe(X)` is: `line:column` and its source text, or
 * `undefined`. On typescript-eslint's parser, for enums and `as const`.
 */
function literalOf(code: string): string | undefined {
  const found = probe(code, (argument, context) => {
    const literal = constantLiteral(argument, context);
    return literal === undefined
      ? undefined
      : `${literal.loc.start.line}:${literal.loc.start.column} ${context.sourceCode.getText(literal)}`;
  });
  expect(found).toHaveLength(1);
  return found[0];
}

describe('constantLiteral', () => {
  it.each([
    { given: 'probe("InternalError");', want: '1:6 "InternalError"' },
    { given: 'probe(`InternalError` as const);', want: '1:6 `InternalError`' },
    { given: 'const X = "InternalError";\nprobe(X);', want: '1:10 "InternalError"' },
    { given: 'const X = "InternalError" as const;\nconst Y = X;\nprobe(Y);', want: '1:10 "InternalError"' },
    { given: "const C = { A: 'FailedOperation.X' } as const;\nprobe(C.A);", want: "1:15 'FailedOperation.X'" },
    { given: 'const C = { "A": "X", B: "Y" };\nprobe(C["A"]);', want: '1:17 "X"' },
    { given: 'const C = { A: "X", A: "Y" };\nprobe(C.A);', want: '1:23 "Y"' },
    { given: 'const C = Object.freeze({ A: "X" });\nprobe(C.A);', want: '1:29 "X"' },
    { given: 'const C = { Gaap: { SoldOut: "X" } } as const;\nprobe(C.Gaap.SoldOut);', want: '1:29 "X"' },
    { given: 'const C = { A: "X" };\nconst D = C;\nprobe(D.A);', want: '1:15 "X"' },
    { given: 'enum Codes { SoldOut = "X", Other = "Y" }\nprobe(Codes.Other);', want: '1:36 "Y"' },
    { given: 'const enum Codes { "Sold out" = "X" }\nprobe(Codes["Sold out"]);', want: '1:32 "X"' },
  ])('$given: $want', ({ given, want }) => {
    expect(literalOf(given)).toBe(want);
  });

  it.each([
    { given: 'probe(code);', why: 'an undeclared name' },
    { given: 'let X = "A"; X = "B";\nprobe(X);', why: 'a let assigned again' },
    { given: 'const C = { A: "X" };\nprobe(C[key]);', why: 'a dynamic member' },
    { given: 'const C = { ...base, A: "X" };\nprobe(C.B);', why: 'a member a spread may hold' },
    { given: 'const C = { A() { return "X"; } };\nprobe(C.A);', why: 'a method' },
    { given: 'const C = freeze({ A: "X" });\nprobe(C.A);', why: 'a call that is not Object.freeze' },
    { given: 'enum Codes { A = 1 }\nprobe(Codes.A);', why: 'a numeric enum member' },
    { given: 'enum Codes { A }\nprobe(Codes.A);', why: 'an enum member without an initializer' },
    { given: 'const X = 1;\nprobe(X);', why: 'a number' },
    { given: 'probe(`a${b}`);', why: 'a template with expressions' },
    { given: 'const a: any = b.x, b: any = { x: a };\nprobe(a.y);', why: 'a cycle' },
  ])('$given: nothing ($why)', ({ given }) => {
    expect(literalOf(given)).toBeUndefined();
  });
});
