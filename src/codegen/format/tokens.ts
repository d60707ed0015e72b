import { ts } from '../ts-morph.js';
import { parseModule } from './module-kind.js';

/**
 * The text of a generated file as a formatter cannot change it: its tokens without white space, each string literal
 * in one spelling (its value, double-quoted), each comment and each JSX text with its white space collapsed, and
 * without the tokens formatters add or drop by taste: semicolons, trailing commas, the leading `|` or `&` of a
 * multi-line type, and the parentheses around the whole of a `return` or `throw` argument. Prettier, with any
 * options, and similar tools turn a file into one with the same tokens; so `--check` and re-runs compare files by
 * them.
 *
 * A token whose extent the scanner cannot tell alone is read whole: a template literal goes on after the `}` that
 * closes each of its `${…}` (the scanner re-scans it there), and, where the text holds a `/` (a regular expression
 * or a division?) or is JSX, the file is parsed and each regular expression, JSX text and JSX attribute string is
 * taken as the parser read it. Read as code, the text of any of them could open a string or a template that runs
 * on over the code after it, so that two layouts of that code would compare as different. JSX text compares as it
 * renders, and the parentheses around a JSX element are a formatter's, like those around a `return` value.
 */

/** One token as formatting cannot change it, and where it starts in the text. */
export interface FormatToken {
  readonly text: string;
  readonly pos: number;
}

/** How to read a text: as TypeScript (the default) or as TSX, where JSX elements may hold text. */
export interface TokenOptions {
  readonly jsx?: boolean;
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
export function formatTokens(text: string, start = 0, end = text.length, options: TokenOptions = {}): FormatToken[] {
  const scanned = scan(text, start, end, options);
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
export function sameModuloFormatting(a: string, b: string, options: TokenOptions = {}): boolean {
  if (a === b) return true;
  const left = formatTokens(a, 0, a.length, options);
  const right = formatTokens(b, 0, b.length, options);
  return left.length === right.length && left.every((token, i) => token.text === right[i]?.text);
}

/** A token the parser read whole (a regular expression, a JSX text or attribute string): where it ends, its text. */
interface Whole {
  readonly end: number;
  /** As formatting cannot change it; `undefined` for JSX text that is only insignificant white space. */
  readonly text: string | undefined;
}

/**
 * The tokens of `text` from `start` to `end`. Read by the scanner alone while that is exact: when a `/` turns up
 * (or the text is JSX), read again with the tokens the parser read whole (wholeTokens()).
 */
function scan(text: string, start: number, end: number, options: TokenOptions): Scanned[] {
  if (options.jsx !== true) {
    const quick = scanWith(text, start, end, undefined);
    if (quick !== undefined) return quick;
  }
  return scanWith(text, start, end, wholeTokens(text, options.jsx === true)) ?? [];
}

/**
 * The tokens of a range with the scanner; each template literal read whole through its `${…}`s. Without `whole`,
 * `undefined` as soon as a `/` is met; with it, a token that starts where one of `whole` starts is that one.
 */
function scanWith(
  text: string,
  start: number,
  end: number,
  whole: ReadonlyMap<number, Whole> | undefined,
): Scanned[] | undefined {
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
  /** Per open `{` or `${`: whether it is a template's, whose `}` goes on with the template. */
  const braces: boolean[] = [];
  let newline = false;
  /** A token the parser read whole starting at `pos`: pushed, and the scanner moved past it. */
  const takeWhole = (pos: number): boolean => {
    const found = whole?.get(pos);
    if (found === undefined || found.end > end) return false;
    if (found.text !== undefined) tokens.push({ text: found.text, pos, newline, comment: false });
    newline = false;
    scanner.resetTokenState(found.end);
    return true;
  };
  for (;;) {
    if (takeWhole(scanner.getTokenEnd())) continue;
    let kind = scanner.scan();
    if (kind === ts.SyntaxKind.EndOfFileToken) break;
    if (kind === ts.SyntaxKind.NewLineTrivia) {
      newline = true;
      continue;
    }
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.ShebangTrivia) continue;
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      if (whole === undefined) return undefined;
      if (takeWhole(scanner.getTokenStart())) continue;
    }
    if (kind === ts.SyntaxKind.OpenBraceToken || kind === ts.SyntaxKind.TemplateHead) {
      braces.push(kind === ts.SyntaxKind.TemplateHead);
    } else if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop() === true) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateMiddle) braces.push(true);
    }
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

/** The last text wholeTokens() parsed, and what it found: a file is compared in pieces, and twice. */
let parsed: { text: string; jsx: boolean; whole: ReadonlyMap<number, Whole> } | undefined;

/**
 * The tokens the parser reads whole, by where they start: regular expressions and JSX attribute strings (where their
 * token starts); the text of a JSX element (where it starts, white space and all, right after the token before it),
 * as one token with the `{" "}` spaces a formatter puts between its words; and, as tokens of no text, the
 * parentheses a formatter puts around a JSX element that takes several lines.
 */
function wholeTokens(text: string, jsx: boolean): ReadonlyMap<number, Whole> {
  if (parsed?.text === text && parsed.jsx === jsx) return parsed.whole;
  const source = parseModule(text, jsx, false);
  const whole = new Map<number, Whole>();
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      whole.set(node.getStart(source), { end: node.end, text: node.text });
    } else if (ts.isJsxAttribute(node) && node.initializer !== undefined && ts.isStringLiteral(node.initializer)) {
      const value = node.initializer;
      whole.set(value.getStart(source), { end: value.end, text: JSON.stringify(value.text) });
    } else if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      for (const run of textRuns(node.children)) whole.set(run.pos, run);
    } else if (ts.isParenthesizedExpression(node) && isJsx(node.expression)) {
      const open = node.getStart(source);
      whole.set(open, { end: open + 1, text: undefined });
      whole.set(node.end - 1, { end: node.end, text: undefined });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed = { text, jsx, whole };
  return whole;
}

function isJsx(node: ts.Expression): boolean {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  return ts.isJsxElement(inner) || ts.isJsxFragment(inner) || ts.isJsxSelfClosingElement(inner);
}

/**
 * The runs of text among JSX children: JSX text and `{" "}` (a string of spaces in braces, which is how a formatter
 * keeps a space at the end of a line it breaks), each run as one token of the text it renders.
 */
function textRuns(children: ts.NodeArray<ts.JsxChild>): (Whole & { readonly pos: number })[] {
  const runs: (Whole & { readonly pos: number })[] = [];
  let run: { pos: number; end: number; parts: string[] } | undefined;
  const close = (): void => {
    if (run !== undefined) {
      const joined = run.parts.join('').replace(/\s+/gu, ' ');
      runs.push({ pos: run.pos, end: run.end, text: joined === '' ? undefined : `jsx:${joined}` });
    }
    run = undefined;
  };
  for (const child of children) {
    const part = ts.isJsxText(child) ? jsxText(child.text) : spaces(child);
    if (part === undefined) {
      close();
      continue;
    }
    run ??= { pos: child.pos, end: child.end, parts: [] };
    run.end = child.end;
    run.parts.push(part);
  }
  close();
  return runs;
}

/** The spaces of `{" "}` among JSX children, else `undefined`. */
function spaces(child: ts.JsxChild): string | undefined {
  if (!ts.isJsxExpression(child) || child.expression === undefined) return undefined;
  const { expression } = child;
  return ts.isStringLiteral(expression) && /^ +$/u.test(expression.text) ? expression.text : undefined;
}

/**
 * JSX text as it renders: each line trimmed but for the outer ends of the first and last, empty lines dropped, the
 * rest joined by a space (a formatter re-wraps JSX text at will).
 */
function jsxText(raw: string): string {
  const lines = raw.split(/\r\n|[\r\n]/u);
  return lines
    .map((line, i) => {
      let part = line;
      if (i > 0) part = part.replace(/^[ \t]+/u, '');
      if (i < lines.length - 1) part = part.replace(/[ \t]+$/u, '');
      return part;
    })
    .filter((part) => part !== '')
    .join(' ');
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
