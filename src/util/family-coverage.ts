import type { CodeEntry, CodeIndex } from '../table/index.js';

/** The option value that selects every family of the tables. */
export const ALL_FAMILIES = '*';

/** How many missing codes a report names before it says "and N more". */
export const LISTED_MISSING_CODES = 5;

/** One family that a dispatch handles in part: the codes it lacks, in table order. */
export interface FamilyGap {
  readonly family: string;
  /** Every code of the family. */
  readonly total: number;
  /** The codes of the family the dispatch does not handle, in table order. */
  readonly missing: readonly CodeEntry[];
}

/**
 * The chosen families that `handled` (the literals a switch or if-chain compares with) touches
 * but does not cover. A literal that is not a code of the tables counts for nothing; a code
 * handled twice counts once. Families come out in the order their first code was handled.
 */
export function familyGaps(index: CodeIndex, handled: Iterable<string>, chosen: ReadonlySet<string>): FamilyGap[] {
  const all = chosen.has(ALL_FAMILIES);
  const seen = new Set<string>();
  const families: string[] = [];
  for (const text of handled) {
    const entry = index.get(text);
    if (entry === undefined || seen.has(entry.code)) continue;
    seen.add(entry.code);
    if (!families.includes(entry.family) && (all || chosen.has(entry.family))) families.push(entry.family);
  }
  const gaps: FamilyGap[] = [];
  for (const family of families) {
    const entries = index.entriesOf(family);
    const missing = entries.filter((entry) => !seen.has(entry.code));
    if (missing.length > 0) gaps.push({ family, total: entries.length, missing });
  }
  return gaps;
}

/** `"A", "B", "C"` or, past `limit`, `"A", "B", "C", "D", "E" and 27 more`. */
export function listCodes(codes: readonly string[], limit = LISTED_MISSING_CODES): string {
  const shown = codes.slice(0, limit).map((code) => JSON.stringify(code));
  const rest = codes.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** Line terminators as ECMAScript defines them: each would end a `//` comment early. */
const LINE_TERMINATORS = /[\n\r\u2028\u2029]+/gu;

/**
 * A description made safe to stand inside a `//` or a `/* *\/` comment: line terminators become
 * spaces (the text stays on one line) and `*\/` cannot close a block comment.
 */
export function commentText(description: string): string {
  return description.replace(LINE_TERMINATORS, ' ').replaceAll('*/', '*\\/').replace(/\s+/gu, ' ').trim();
}

const comments = new WeakMap<CodeEntry, string>();

/** The text of a code entry's comment: the English description where there is one, else the Chinese. */
export function describeEntry(entry: CodeEntry): string {
  let text = comments.get(entry);
  if (text === undefined) {
    text = commentText(entry.description.en ?? entry.description.zh);
    comments.set(entry, text);
  }
  return text;
}

export type Quote = "'" | '"' | '`';

/** `text` as a string literal in the given quote style. */
export function quoteString(text: string, quote: Quote): string {
  let body = '';
  for (const ch of text) {
    if (ch === '\\' || ch === quote) body += `\\${ch}`;
    else if (ch === '\n') body += '\\n';
    else if (ch === '\r') body += '\\r';
    else if (ch === '\u2028' || ch === '\u2029') body += `\\u${ch.charCodeAt(0).toString(16)}`;
    else if (quote === '`' && ch === '$') body += '\\$';
    else body += ch;
  }
  return `${quote}${body}${quote}`;
}
