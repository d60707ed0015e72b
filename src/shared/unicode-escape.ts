/**
 * A character as a visible escape, `\u{…}` with its code point in upper-case hex (at least four digits): how text
 * that reaches a comment or a message shows what a terminal or an editor would not (controls, bidirectional
 * overrides, zero-width characters, lone surrogates, unusual spaces).
 */
export function unicodeEscape(ch: string): string {
  return `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`;
}
