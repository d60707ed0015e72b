import * as prettier from 'prettier';

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

  it.each<[string, string[]]>([
    // A template literal goes on after the `}` of each `${…}`: its quotes and backticks open nothing.
    ["f(`a ${b} it's ${`c${d}`} e`);", ['f', '(', '`a ${', 'b', "} it's ${", '`c${', 'd', '}`', '} e`', ')']],
    ['`${a}`; g(  "x" )', ['`${', 'a', '}`', 'g', '(', '"x"', ')']],
    // A regular expression is one token; a `/` that divides is one too.
    [
      "x = /['`]+/g.test(y) ? a / b : c;",
      ['x', '=', "/['`]+/g", '.', 'test', '(', 'y', ')', '?', 'a', '/', 'b', ':', 'c'],
    ],
    ['if (a) /`/.test(b); h(`c`)', ['if', '(', 'a', ')', '/`/', '.', 'test', '(', 'b', ')', 'h', '(', '`c`', ')']],
  ])('reads %j whole where the scanner alone would not: %j', (text, want) => {
    expect(formatTokens(text).map((t) => t.text)).toEqual(want);
  });

  it.each<[string, string[]]>([
    [
      'f(<p title=\'it"s\'>Hello,\n    world\'s <b>end</b>{" "}\n  x</p>);',
      ['f', '(', '<', 'p', 'title', '=', '"it\\"s"', '>', "jsx:Hello, world's ", '<', 'b', '>', 'jsx:end'].concat([
        '<',
        '/',
        'b',
        '>',
        'jsx: x',
        '<',
        '/',
        'p',
        '>',
        ')',
      ]),
    ],
    [
      'const v = (\n  <div>\n    a{" "}\n    <i>`b</i>\n  </div>\n);',
      ['const', 'v', '=', '<', 'div', '>', 'jsx:a ', '<', 'i', '>', 'jsx:`b', '<', '/', 'i', '>', '<', '/', 'div', '>'],
    ],
  ])('reads JSX text as it renders, with jsx: %j', (text, want) => {
    expect(formatTokens(text, 0, text.length, { jsx: true }).map((t) => t.text)).toEqual(want);
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

/** What Prettier changes in a file by these options must not change its tokens (the options of issue 21's tests). */
const OPTION_SETS: prettier.Options[] = [
  { singleQuote: true, printWidth: 120 },
  { semi: false, useTabs: true },
  { printWidth: 40 },
  { trailingComma: 'none' },
];

const WITH_TEMPLATES_AND_REGEXPS = `export function describe(code: string, id: string | undefined, values: string[]): string {
  const pattern = /^[A-Z]\\w*(?:\\.[\`'"A-Za-z]+)?$/u;
  if (!pattern.test(code)) return \`not a code: \${code} (it's \${id ?? "no id"}, \${values.join(", ")})\`;
  const half = code.length / 2;
  return \`\${code}: \${half} \${\`nested \${id ?? '}'} \${'\`'}\`} done\`;
}
`;

const WITH_JSX = `export function Message(props: { code: string; count: number; id: string }): unknown {
  const note = <em title='it"s "quoted"'>{props.id} isn't 'known', see \`docs\`.</em>;
  return (
    <p className="message">
      The code {props.code} was returned {props.count} times, and that's   too many for one request; see the <a href="/docs">docs</a> or {note} ask.
      <b>{\`\${props.code}/\${props.count}\`}</b>
    </p>
  );
}
`;

describe('sameModuloFormatting over Prettier at several option sets', () => {
  it.each(OPTION_SETS)('template literals and regular expressions: %j', async (options) => {
    const formatted = await prettier.format(WITH_TEMPLATES_AND_REGEXPS, { parser: 'typescript', ...options });
    expect(formatted).not.toBe(WITH_TEMPLATES_AND_REGEXPS);
    expect(sameModuloFormatting(WITH_TEMPLATES_AND_REGEXPS, formatted)).toBe(true);
    // A change inside a template literal or a regular expression is a change.
    for (const [old, replacement] of [
      ['nested', 'nested '],
      ['[A-Z]', '[A-Z ]'],
    ] as const) {
      expect(formatted).toContain(old);
      expect(sameModuloFormatting(WITH_TEMPLATES_AND_REGEXPS, formatted.replace(old, replacement))).toBe(false);
    }
  });

  it.each(OPTION_SETS)('JSX text, JSX attribute strings and templates in JSX: %j', async (options) => {
    const formatted = await prettier.format(WITH_JSX, { parser: 'typescript', filepath: 'message.tsx', ...options });
    expect(formatted).not.toBe(WITH_JSX);
    expect(sameModuloFormatting(WITH_JSX, formatted, { jsx: true })).toBe(true);
    /** `formatted` with `old` replaced, which must be there. */
    const edited = (old: string, replacement: string): string => {
      expect(formatted).toContain(old);
      return formatted.replace(old, replacement);
    };
    expect(sameModuloFormatting(WITH_JSX, edited('returned', 'returned  '), { jsx: true })).toBe(true);
    expect(sameModuloFormatting(WITH_JSX, edited('returned', 'sent'), { jsx: true })).toBe(false);
    expect(sameModuloFormatting(WITH_JSX, edited("isn't", 'is not'), { jsx: true })).toBe(false);
  });

  it('the scanner alone would not have told them the same: a template opened by the text after a `}`', async () => {
    const formatted = await prettier.format(WITH_TEMPLATES_AND_REGEXPS, { parser: 'typescript', printWidth: 40 });
    // A text whose layout differs only after a template: the same tokens.
    const text = `const a = \`\${b} c\`;\n${WITH_TEMPLATES_AND_REGEXPS}`;
    expect(sameModuloFormatting(text, `const a = \`\${b} c\`;\n${formatted}`)).toBe(true);
  });
});
