import { formatTokens, sameModuloFormatting } from '../../../src/codegen/format/tokens.js';

describe('formatTokens: a text as formatting cannot change it', () => {
  it.each([
    ['x = 1;', ['x', '=', '1']],
    ["f('it\\'s', \"a\");", ['f', '(', '"it\'s"', ',', '"a"', ')']],
    ['const a = [\n  1,\n  2,\n];', ['const', 'a', '=', '[', '1', ',', '2', ']']],
    ['type T =\n  | "a"\n  | "b";', ['type', 'T', '=', '"a"', '|', '"b"']],
    ['return (\n  a &&\n  b\n);', ['return', 'a', '&&', 'b']],
    ['return (a) + b;', ['return', '(', 'a', ')', '+', 'b']],
    ['throw (\n  e\n)\nx', ['throw', 'e', 'x']],
    ['/**\n   * One.\n   */\n// two  words', ['/** * One. */', '// two words']],
    ['f(a, b,)', ['f', '(', 'a', ',', 'b', ')']],
  ])('%j → %j', (text, want) => {
    expect(formatTokens(text).map((t) => t.text)).toEqual(want);
  });

  it('gives each token where it starts, and reads only the range asked for', () => {
    expect(formatTokens('ab = "c";', 5)).toEqual([{ text: '"c"', pos: 5 }]);
    expect(formatTokens('ab = "c";', 0, 2)).toEqual([{ text: 'ab', pos: 0 }]);
  });
});

describe('sameModuloFormatting', () => {
  it.each([
    ["f('x');\n", 'f("x")\n'],
    ['export type T = "a" | "b";', 'export type T =\n  | "a"\n  | "b";'],
    ['g(a, b);', 'g(\n\ta,\n\tb,\n);'],
    ['return a && b;', 'return (\n  a &&\n  b\n);'],
  ])('%j and %j are the same', (a, b) => {
    expect(sameModuloFormatting(a, b)).toBe(true);
  });

  it.each([
    ["f('x');", "f('y');"],
    ['return (a) + b;', 'return a + b;'],
    ['// one', '// two'],
    ['a; b', 'ab'],
    ['f(a, b)', 'f(a)'],
  ])('%j and %j differ', (a, b) => {
    expect(sameModuloFormatting(a, b)).toBe(false);
  });
});
