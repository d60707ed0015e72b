import { ts } from 'ts-morph';

/**
 * The text of a generated file as a formatter cannot change it: its tokens without white space, each string literal
 * in one spelling (its value, double-quoted), each comment with its white space collapsed, and without the tokens
 * formatters add or drop by taste: semicolons, trailing commas, the leading `|` or `&` of a multi-line type, and the
 * parentheses around the whole of a `return` or `throw` argument. Prettier, with any options, and similar tools
 * turn a file into one with the same tokens; so `--check` and re-runs compare files by them.
 */

/** One token as formatting cannot change it, and where it starts in the text. */
export interface FormatToken {
  readonly text: string;
  readonly pos: number;
}

interface Scanned {
  readonly text: string;
  readonly pos: number;
  /** Whether a line break comes before it (the statement before it may end there without a semicolon). */
  readonly newline: boolean;
  readonly comment: boolean;
}

/** Closing tokens a trailing comma may stand before. */
const CLOSERS = new Set([')', ']', '}', '>']);
/** Tokens after which a type may start with a `|` or `&` that only a line break in front of it makes sense of. */
const TYPE_STARTS = new Set(['=', '(', '<', ',', ':', '[', '|', '&', '=>', 'extends']);

/** The tokens of `text` (from `start` to `end`) as formatting cannot change them. */
export function formatTokens(text: string, start = 0, end = text.length): FormatToken[] {
  const scanned = scan(text, start, end);
  /** The index of the significant (non-comment) token before index `i`, or -1. */
  const before = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && scanned[j]?.comment === true) j--;
    return j;
  };
  const after = (i: number): number => {
    let j = i + 1;
    while (j < scanned.length && scanned[j]?.comment === true) j++;
    return j;
  };
  const dropped = new Set<number>();
  for (let i = 0; i < scanned.length; i++) {
    const token = scanned[i];
    if (token === undefined || token.comment) continue;
    if (token.text === ';') dropped.add(i);
    else if (token.text === ',' && CLOSERS.has(scanned[after(i)]?.text ?? '')) dropped.add(i);
    else if ((token.text === '|' || token.text === '&') && TYPE_STARTS.has(scanned[before(i)]?.text ?? '')) {
      dropped.add(i);
    } else if (token.text === '(' && ['return', 'throw'].includes(scanned[before(i)]?.text ?? '')) {
      const close = matching(scanned, i);
      const next = close === undefined ? undefined : scanned[after(close)];
      if (close !== undefined && (next === undefined || next.text === ';' || next.text === '}' || next.newline)) {
        dropped.add(i).add(close);
      }
    }
  }
  return scanned.filter((_, i) => !dropped.has(i)).map(({ text: t, pos }) => ({ text: t, pos }));
}

/** Whether two texts differ only in formatting: the same tokens, as formatTokens() gives them. */
export function sameModuloFormatting(a: string, b: string): boolean {
  if (a === b) return true;
  const left = formatTokens(a);
  const right = formatTokens(b);
  return left.length === right.length && left.every((token, i) => token.text === right[i]?.text);
}

function scan(text: string, start: number, end: number): Scanned[] {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    text,
    undefined,
    start,
    end - start,
  );
  const tokens: Scanned[] = [];
  let newline = false;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.NewLineTrivia) {
      newline = true;
      continue;
    }
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.ShebangTrivia) continue;
    const comment = kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;
    const raw = scanner.getTokenText();
    const value =
      kind === ts.SyntaxKind.StringLiteral
        ? JSON.stringify(scanner.getTokenValue())
        : comment
          ? raw.replace(/\s+/gu, ' ').trim()
          : raw;
    tokens.push({ text: value, pos: scanner.getTokenStart(), newline, comment });
    newline = false;
  }
  return tokens;
}

/** The index of the `)` that closes the `(` at `open`, or `undefined`. */
function matching(tokens: readonly Scanned[], open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.comment) continue;
    if (token.text === '(') depth++;
    else if (token.text === ')' && --depth === 0) return i;
  }
  return undefined;
}
