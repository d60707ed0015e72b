/**
 * Descriptions and table paths are data: they only ever reach source code (a generated file, a rule's
 * suggestion) inside `//` line comments, made safe here. A `//` comment ends only at a line terminator (LF, CR, U+2028, U+2029),
 * so those become spaces; every other control or format character (bidirectional overrides, zero-width
 * characters, the byte-order mark, lone surrogates) is written as a visible `\u{…}` escape so the
 * comment cannot hide or reorder the code around it. `*\/`, backticks, `${` and quotes need nothing:
 * they mean nothing inside a line comment.
 */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/gu;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/** `text` made safe to stand, on one line, inside a `//` comment. */
export function commentText(text: string): string {
  const oneLine = text.replace(LINE_BREAKS, ' ');
  const visible = oneLine.replace(
    INVISIBLE,
    (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`,
  );
  return visible.replace(/ {2,}/gu, ' ').trim();
}

/** How many characters of a description a lint message shows before it cuts with "…". */
const MESSAGE_DESCRIPTION_LENGTH = 100;

/**
 * `text` made safe and plain for a lint message in a terminal: the Markdown and HTML of the SDK's descriptions as
 * their text (see `plainText`), on one line, every control or format character (ESC of an ANSI sequence, an OSC-8
 * link, bidi overrides) as a visible escape, and at most `limit` characters: a longer text is cut with "…" at the
 * last word boundary that fits (in Chinese, between any two characters; a word of Latin letters or digits is never
 * cut in two, unless it alone is longer than the limit).
 */
export function messageText(text: string, limit = MESSAGE_DESCRIPTION_LENGTH): string {
  const characters = Array.from(commentText(plainText(text)));
  if (characters.length <= limit) return characters.join('');
  let cut = limit - 1;
  while (cut > 0 && isWordCharacter(characters[cut - 1]) && isWordCharacter(characters[cut])) cut--;
  if (cut === 0) cut = limit - 1;
  return `${characters.slice(0, cut).join('').trimEnd()}…`;
}

/** A character inside a word that a cut must not split: a letter or digit of a script written with spaces. */
function isWordCharacter(ch: string | undefined): boolean {
  return (
    ch !== undefined &&
    /[\p{L}\p{N}_'’-]/u.test(ch) &&
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch)
  );
}

/**
 * A description's Markdown and HTML as plain text, as a message shows it: a link as its text
 * (`[SMS console](https://…)` → `SMS console`, `<a href="…">标准</a>` → `标准`), a code span as its content,
 * `**bold**` as its text, other tags dropped. A bare address stays as it is.
 */
export function plainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, (_, label: string) => label.trim())
    .replace(/(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/gu, (_, _ticks: string, code: string) => code.trim())
    .replace(/\*\*([^*]+)\*\*/gu, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/gu, '');
}
