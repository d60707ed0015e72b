import { unicodeEscape } from './unicode-escape.js';

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
  const visible = oneLine.replace(INVISIBLE, unicodeEscape);
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
  const plain = commentText(plainText(text));
  return plain.length <= limit ? plain : wordCut(Array.from(plain), limit);
}

/** How many characters of a value (a literal, a path, a setting) a message shows before it cuts with "…". */
const MESSAGE_VALUE_LENGTH = 200;

/**
 * What a terminal would not show as itself: controls, format characters (bidi overrides, zero-width characters),
 * lone surrogates, line and paragraph separators.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** UNSAFE, and white space other than a plain space, which a literal's reader must see to see what is wrong. */
const NOT_AS_ITSELF = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/**
 * The one sanitiser of a value that reaches a message from settings or source (a code literal, a table path, a
 * family name, an option): every character a terminal would not show as itself (white space other than a plain
 * space included) written as a visible `\u{…}` escape, so nothing can clear the screen, reorder the text or hide
 * what is wrong with the value; cut to `limit` characters with "…", so a literal padded with a megabyte of spaces
 * makes a message of one line.
 */
export function messageValue(text: string, limit = MESSAGE_VALUE_LENGTH): string {
  return sanitised(text, NOT_AS_ITSELF, limit);
}

/**
 * Any text on its way into a message (what the rules' reports carry): the characters a terminal would not show as
 * itself escaped as messageValue() escapes them, but white space as it is (a description's full-width space stays),
 * cut to `limit` characters.
 */
export function messageSafe(text: string, limit: number): string {
  return sanitised(text, UNSAFE, limit);
}

function sanitised(text: string, unsafe: RegExp, limit: number): string {
  // Only the start can be shown: escape no more of a long value than that.
  let shown = text.length > limit * 2 ? text.slice(0, limit * 2) : text;
  if (shown.length < text.length && /[\uD800-\uDBFF]$/u.test(shown)) shown = shown.slice(0, -1);
  return cut(shown.replace(unsafe, unicodeEscape), limit, shown.length < text.length);
}

/** `text` cut to `limit` characters (code points), the last one "…", when it is longer or was cut before. */
function cut(text: string, limit: number, alreadyCut: boolean): string {
  // No more UTF-16 units than the limit is no more characters either: nothing to count.
  if (text.length <= limit && !alreadyCut) return text;
  const characters = Array.from(text);
  if (characters.length <= limit && !alreadyCut) return text;
  return endedAt(characters, limit - 1);
}

/** The characters cut to `limit` with "…" at the last word boundary that fits, when there are more. */
function wordCut(characters: readonly string[], limit: number): string {
  if (characters.length <= limit) return characters.join('');
  let at = limit - 1;
  while (at > 0 && isWordCharacter(characters[at - 1]) && isWordCharacter(characters[at])) at--;
  if (at === 0) at = limit - 1;
  return endedAt(characters, at);
}

/** The first `at` characters and "…", never half an escape: `\u{00` would read as something else. */
function endedAt(characters: readonly string[], at: number): string {
  const kept = characters
    .slice(0, at)
    .join('')
    .replace(/\\u\{[0-9A-F]*$/u, '');
  return `${kept.trimEnd()}…`;
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
