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
 * `text` made safe for a lint message in a terminal: on one line, every control or format character (ESC of an
 * ANSI sequence, an OSC-8 link, bidi overrides) as a visible escape, and cut to `limit` characters.
 */
export function messageText(text: string, limit = MESSAGE_DESCRIPTION_LENGTH): string {
  return cut(commentText(text), limit, false);
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
  const characters = Array.from(text);
  if (characters.length <= limit && !alreadyCut) return text;
  // Never half an escape: `\u{00` would read as something else.
  const kept = characters
    .slice(0, limit - 1)
    .join('')
    .replace(/\\u\{[0-9A-F]*$/u, '');
  return `${kept.trimEnd()}…`;
}
