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
  const characters = Array.from(commentText(text));
  return characters.length <= limit
    ? characters.join('')
    : `${characters
        .slice(0, limit - 1)
        .join('')
        .trimEnd()}…`;
}
