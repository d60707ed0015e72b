import path from 'node:path';

import { codeProblem, descriptionProblem, familyOf, quoted } from './grammar.js';
import type { PageRow } from './markdown.js';
import { TableError } from './table-error.js';
import { apiVersionOf } from './table-name.js';

/**
 * The code lists that Tencent Cloud's official SDKs keep per product:
 *
 * - tencentcloud-sdk-go `tencentcloud/<product>/<version>/errors.go`: a `package` clause and a `const ( … )` block in
 *   which each code is a constant `NAME = "Code"` with its description in the `//` comment lines right above it;
 * - tencentcloud-sdk-python `tencentcloud/<product>/<version>/errorcodes.py`: module-level assignments
 *   `NAME = 'Code'`, each with its description in the `#` comment lines right above it.
 *
 * Both are read with a tokenizer that knows comments, strings (raw and triple-quoted ones too) and brackets, not line
 * by line: a code inside a block comment or a string is no code; a file whose comment, string or bracket is not
 * closed (a file cut short) is an error naming the line it opened on; anything but those constants (a `func`, a
 * `var`, a map literal, a Python `if` block) is an error naming its line, never read as a code and never skipped.
 * A run of comment lines directly above a constant (no blank line between) is its description; other comments
 * (licence headers, section notes such as `// 此产品的特有错误码`) belong to no code. Every code gets scope
 * `service`: these files list the codes a product can return, common ones included, without telling them apart.
 */
export type SdkFormat = 'go' | 'python';

const EXAMPLE: Record<SdkFormat, string> = { go: 'NAME = "Family.Code"', python: "NAME = 'Family.Code'" };
const FILE_NAME: Record<SdkFormat, string> = { go: 'errors.go', python: 'errorcodes.py' };

/** The name of an error-code constant: capitals, digits and `_`, as the SDKs write them. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/u;

export function sdkFormatOf(file: string): SdkFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  return extension === '.go' ? 'go' : extension === '.py' ? 'python' : undefined;
}

/** One `NAME = "Code"` constant of an SDK error-code file, with the comment lines right above it. */
export interface SdkAssignment {
  readonly line: number;
  /** The string literal as written, quotes (and a Python prefix) included. */
  readonly literal: string;
  /** The comment lines right above it, joined and folded; `''` when there are none. */
  readonly description: string;
}

/** What a stray constant or statement is, in words: `has a type`, `is set to another name, not to a code string`. */
export type StrayKind = string;

/**
 * Walks an SDK error-code file: `assignment` gets each plain `NAME = "Code"` constant with the run of comment lines
 * right above it; `stray` gets each other constant or statement (`B string = "…"`, `ALIAS = OTHER`, `= iota`, a
 * typed Python name, a `func`), a thing we do not read as a code, with its first line's text and what it is. The
 * strict reader below refuses strays; the SDK-tree importer warns about them. A comment, string or bracket that is
 * not closed throws a TableError naming `file` and the line it opened on.
 */
export function scanSdkFile(
  text: string,
  format: SdkFormat,
  visit: {
    assignment(found: SdkAssignment): void;
    stray(line: number, lineText: string, kind: StrayKind): void;
  },
  file: string = FILE_NAME[format],
): void {
  const tokens = format === 'go' ? goTokens(text, file) : pythonTokens(text, file);
  const lines = text.split('\n');
  const described = (line: number): string => describedBy(tokens, line);
  const stray = (line: number, kind: StrayKind): void => {
    visit.stray(line, (lines[line - 1] ?? '').replace(/\r$/u, ''), kind);
  };
  const constants = format === 'go' ? goConstants(tokens, stray) : pythonConstants(tokens, stray);
  for (const { line, literal } of constants) visit.assignment({ line, literal, description: described(line) });
}

/** Reads the codes of an SDK error-code file, in file order. */
export function parseSdkErrors(text: string, file: string, format: SdkFormat): PageRow[] {
  const entries: PageRow[] = [];
  const seen = new Map<string, number>();
  scanSdkFile(
    text,
    format,
    {
      stray(line, _, kind) {
        // What the line holds is not echoed: the file may be any Go or Python file.
        throw new TableError(file, line, `expected ${EXAMPLE[format]} (a constant set to a code string); this ${kind}`);
      },
      assignment({ line, literal, description: zh }) {
        const code = decodeLiteral(literal, file, line);
        const problem = codeProblem(code);
        if (problem !== undefined) throw new TableError(file, line, problem);
        const previous = seen.get(code);
        if (previous !== undefined)
          throw new TableError(file, line, `duplicate code ${quoted(code)} (first listed on line ${previous})`);
        seen.set(code, line);
        if (zh === '') throw new TableError(file, line, `no description comment above ${quoted(code)}`);
        const tooLong = descriptionProblem(code, zh);
        if (tooLong !== undefined) throw new TableError(file, line, tooLong);
        entries.push({ line, entry: { code, family: familyOf(code), scope: 'service', description: { zh } } });
      },
    },
    file,
  );
  if (entries.length === 0) {
    throw new TableError(
      file,
      lastLine(text),
      `the file ends here without an error code (expected constants such as ${EXAMPLE[format]} with a comment above)`,
    );
  }
  return entries;
}

/* ------------------------------------------------------------------ tokens */

type Kind = 'name' | 'string' | 'number' | 'op' | 'comment' | 'newline';

interface Token {
  readonly kind: Kind;
  readonly text: string;
  readonly line: number;
  /** Whether it is the first token of its line (for a comment: a comment line). */
  readonly first: boolean;
}

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_]/u;

/** Reads tokens one by one; brackets are matched as they come. */
class Lexer {
  readonly tokens: Token[] = [];
  private line = 1;
  private first = true;
  private readonly open: { readonly ch: string; readonly line: number }[] = [];

  readonly text: string;
  readonly file: string;

  constructor(text: string, file: string) {
    this.text = text;
    this.file = file;
  }

  /** Brackets open now: 0 at the top level. */
  get depth(): number {
    return this.open.length;
  }

  push(kind: Kind, text: string, line = this.line): void {
    this.tokens.push({ kind, text, line, first: this.first });
    this.first = kind === 'newline';
  }

  newline(): void {
    this.push('newline', '\n');
    this.line++;
  }

  /** Counts the line breaks inside a token that spans lines (a block comment, a raw string). */
  advanceLines(text: string): void {
    for (const ch of text) if (ch === '\n') this.line++;
  }

  bracket(ch: string): void {
    const closes: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    const opener = closes[ch];
    if (opener === undefined) {
      this.open.push({ ch, line: this.line });
    } else {
      const last = this.open.pop();
      if (last?.ch !== opener) {
        throw new TableError(
          this.file,
          this.line,
          last === undefined
            ? `a "${ch}" that closes nothing`
            : `a "${ch}" where the "${last.ch}" of line ${last.line} is still open`,
        );
      }
    }
    this.push('op', ch);
  }

  /** At the end of the text: a bracket still open is a file cut short. */
  end(): Token[] {
    const last = this.open.at(-1);
    if (last !== undefined) {
      throw new TableError(this.file, last.line, `the "${last.ch}" opened here is not closed; is the file cut short?`);
    }
    return this.tokens;
  }

  unclosed(what: string, line: number): never {
    throw new TableError(this.file, line, `the ${what} opened here is not closed; is the file cut short?`);
  }

  /** Reads the bracket, name, number or other character at `i`, alike in both languages; gives where it ends. */
  word(i: number): number {
    const ch = this.text.charAt(i);
    if ('([{)]}'.includes(ch)) {
      this.bracket(ch);
      return i + 1;
    }
    if (!NAME_START.test(ch) && !/[0-9]/u.test(ch)) {
      this.push('op', ch);
      return i + 1;
    }
    let end = i + 1;
    while (end < this.text.length && NAME_PART.test(this.text.charAt(end))) end++;
    this.push(/[0-9]/u.test(ch) ? 'number' : 'name', this.text.slice(i, end));
    return end;
  }
}

function goTokens(text: string, file: string): Token[] {
  const lexer: Lexer = new Lexer(text, file);
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      lexer.newline();
      i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\uFEFF') {
      i++;
    } else if (text.startsWith('//', i)) {
      const end = lineEnd(text, i);
      lexer.push('comment', text.slice(i + 2, end).replace(/\r$/u, ''));
      i = end;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) lexer.unclosed('/* comment', lexerLine(text, i));
      lexer.push('comment', '');
      lexer.advanceLines(text.slice(i, end));
      i = end + 2;
    } else if (ch === '"' || ch === "'") {
      const end = quotedEnd(text, i, ch);
      if (end === undefined) lexer.unclosed(ch === '"' ? 'string' : 'rune literal', lexerLine(text, i));
      lexer.push('string', text.slice(i, end));
      i = end;
    } else if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end === -1) lexer.unclosed('raw string', lexerLine(text, i));
      lexer.push('string', text.slice(i, end + 1));
      lexer.advanceLines(text.slice(i, end));
      i = end + 1;
    } else {
      i = lexer.word(i);
    }
  }
  return lexer.end();
}

function pythonTokens(text: string, file: string): Token[] {
  const lexer: Lexer = new Lexer(text, file);
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      // Inside brackets a line break joins lines, as Python reads them.
      if (lexer.depth === 0) lexer.newline();
      else lexer.advanceLines('\n');
      i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\uFEFF') {
      // Indentation at the start of a line is a token: only module-level statements are read.
      const end = text.slice(i).search(/[^ \t\r\f\uFEFF]/u);
      const to = end === -1 ? text.length : i + end;
      if (lexer.tokens.at(-1)?.kind !== 'newline' && lexer.tokens.length > 0) i = to;
      else {
        if (text.charAt(to) !== '\n' && text.charAt(to) !== '#' && to < text.length) lexer.push('op', 'indent');
        i = to;
      }
    } else if (ch === '\\' && text.charAt(i + 1) === '\n') {
      lexer.advanceLines('\n');
      i += 2;
    } else if (ch === '#') {
      const end = lineEnd(text, i);
      lexer.push('comment', text.slice(i + 1, end).replace(/\r$/u, ''));
      i = end;
    } else if (/[rRbBuUfF]/u.test(ch) && /^[rRbBuUfF]{0,2}['"]/u.test(text.slice(i, i + 3))) {
      const prefix = /^[rRbBuUfF]{0,2}/u.exec(text.slice(i, i + 2))?.[0] ?? '';
      const start = i + prefix.length;
      const end = pythonStringEnd(text, start, /r/iu.test(prefix));
      if (end === undefined) lexer.unclosed('string', lexerLine(text, i));
      lexer.push('string', text.slice(i, end));
      lexer.advanceLines(text.slice(i, end));
      i = end;
    } else if (ch === '"' || ch === "'") {
      const end = pythonStringEnd(text, i, false);
      if (end === undefined) lexer.unclosed('string', lexerLine(text, i));
      lexer.push('string', text.slice(i, end));
      lexer.advanceLines(text.slice(i, end));
      i = end;
    } else {
      i = lexer.word(i);
    }
  }
  return lexer.end();
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

function lexerLine(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The end (after the closing quote) of a one-line quoted literal starting at `start`, or `undefined`. */
function quotedEnd(text: string, start: number, quote: string): number | undefined {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') i++;
    else if (ch === quote) return i + 1;
    else if (ch === '\n') return undefined;
  }
  return undefined;
}

/** The end of a Python string whose quote is at `start` (triple-quoted ones span lines), or `undefined`. */
function pythonStringEnd(text: string, start: number, raw: boolean): number | undefined {
  const quote = text.charAt(start);
  const triple = text.startsWith(quote.repeat(3), start);
  if (!triple) return quotedEnd(text, start, quote);
  for (let i = start + 3; i < text.length; i++) {
    if (text.charAt(i) === '\\' && !raw) i++;
    else if (text.startsWith(quote.repeat(3), i)) return i + 3;
  }
  return undefined;
}

/* ------------------------------------------------------------------ constants */

interface Constant {
  readonly line: number;
  readonly literal: string;
}

type Stray = (line: number, kind: StrayKind) => void;

/** The run of `//` or `#` comment lines directly above `line`, joined and folded. */
function describedBy(tokens: readonly Token[], line: number): string {
  const commentLines = new Map<number, string>();
  for (const token of tokens) {
    if (token.kind === 'comment' && token.first && token.line < line) commentLines.set(token.line, token.text);
  }
  const parts: string[] = [];
  for (let l = line - 1; commentLines.has(l); l--) parts.unshift((commentLines.get(l) ?? '').trim());
  return parts.join(' ').replace(/\s+/gu, ' ').trim();
}

/** A statement: its tokens (comments left out) and where it ends in the token list. */
interface Statement {
  readonly tokens: readonly Token[];
  /** The index of its first token, and the index after its last. */
  readonly from: number;
  readonly to: number;
}

/**
 * The statements of `tokens[from..to)`: runs of tokens between line breaks (and `;`) outside brackets, comments
 * left out. A bracket's contents, line breaks and all, belong to the statement it opens in.
 */
function statements(tokens: readonly Token[], from: number, to: number): Statement[] {
  const result: Statement[] = [];
  let current: Token[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === 'op' && '([{'.includes(token.text)) depth++;
    if (token.kind === 'op' && ')]}'.includes(token.text)) depth--;
    if (depth === 0 && (token.kind === 'newline' || (token.kind === 'op' && token.text === ';'))) {
      if (current.length > 0) result.push({ tokens: current, from: start, to: i });
      current = [];
      start = i + 1;
    } else if (token.kind !== 'comment' && token.kind !== 'newline') {
      if (current.length === 0) start = i;
      current.push(token);
    }
  }
  if (current.length > 0) result.push({ tokens: current, from: start, to });
  return result;
}

/** The index of the bracket that closes the one at `open` (the lexer has matched every bracket). */
function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'op') continue;
    if ('([{'.includes(token.text)) depth++;
    if (')]}'.includes(token.text) && --depth === 0) return i;
  }
  return tokens.length;
}

/** What a constant spec or an assignment is, when it is not `NAME = "Code"`; `undefined` when it is. */
function strayKind(spec: readonly Token[], format: SdkFormat): StrayKind | undefined {
  const [name, equals, value, ...rest] = spec;
  if (name?.kind !== 'name') return 'line is not a constant';
  if (equals === undefined) return format === 'go' ? 'constant has no value of its own' : 'line is not an assignment';
  if (equals.text !== '=') {
    if (equals.text === ',') return 'line declares several names at once';
    if (equals.text === ':') return 'name has a type annotation';
    return format === 'go' ? 'constant has a type' : 'line is not an assignment';
  }
  if (value === undefined) return 'constant has no value';
  if (value.kind !== 'string') {
    return value.kind === 'name' ? 'constant is set to another name, not to a code string' : 'constant is not a string';
  }
  if (rest.length > 0) return 'constant is set to an expression, not to one code string';
  if (!CONSTANT_NAME.test(name.text)) return 'name is not in capitals, as the SDK writes its error-code constants';
  if (format === 'python' && /^[bBfFrR]/u.test(value.text)) return 'string has a prefix the SDK never writes';
  return undefined;
}

/** The constants of an `errors.go`: a package clause, then `const` declarations, and nothing else. */
function goConstants(tokens: readonly Token[], stray: Stray): Constant[] {
  const found: Constant[] = [];
  const take = (spec: readonly Token[]): void => {
    const [first] = spec;
    if (first === undefined) return;
    const kind = strayKind(spec, 'go');
    if (kind === undefined) found.push({ line: first.line, literal: spec[2]?.text ?? '' });
    else stray(first.line, kind);
  };
  let packageSeen = false;
  for (const statement of statements(tokens, 0, tokens.length)) {
    const [keyword, second] = statement.tokens;
    if (keyword === undefined) continue;
    if (!packageSeen) {
      if (keyword.text !== 'package' || second?.kind !== 'name' || statement.tokens.length !== 2) {
        stray(keyword.line, 'file does not start with a package clause');
        return found;
      }
      packageSeen = true;
    } else if (keyword.text === 'const' && second?.text === '(') {
      const open = tokens.indexOf(second, statement.from);
      const close = closing(tokens, open);
      for (const spec of statements(tokens, open + 1, close)) take(spec.tokens);
      const after = statement.tokens.at(-1);
      if (after !== undefined && tokens.indexOf(after, statement.from) > close) {
        stray(after.line, 'line goes on after the const block closes');
      }
    } else if (keyword.text === 'const') {
      take(statement.tokens.slice(1));
    } else {
      const declared: Record<string, string> = { func: 'function', var: 'variable', type: 'type', import: 'import' };
      const what = declared[keyword.text];
      stray(
        keyword.line,
        what === undefined
          ? 'line is not a declaration an errors.go holds'
          : `line declares a ${what}, which an errors.go does not`,
      );
    }
  }
  return found;
}

/** The constants of an `errorcodes.py`: module-level `NAME = 'Code'` assignments and comments, nothing else. */
function pythonConstants(tokens: readonly Token[], stray: Stray): Constant[] {
  const found: Constant[] = [];
  let lastStatementLine = 0;
  for (const { tokens: spec } of statements(tokens, 0, tokens.length)) {
    const [first] = spec;
    if (first === undefined) continue;
    lastStatementLine = first.line;
    if (first.text === 'indent') {
      stray(first.line, 'line is indented: only module-level assignments are read');
      continue;
    }
    // A string alone is a docstring: it says something of the module, never a code.
    if (spec.length === 1 && first.kind === 'string') continue;
    const kind = strayKind(spec, 'python');
    if (kind === undefined) found.push({ line: first.line, literal: spec[2]?.text ?? '' });
    else stray(first.line, kind);
  }
  // A description with no code under it is a file cut short: SDK files end with a code.
  const lastComment = tokens.findLast((t) => t.kind === 'comment' && t.first);
  if (found.length > 0 && lastComment !== undefined && lastComment.line > lastStatementLine) {
    stray(lastComment.line, 'comment is the last line, with no code under it; is the file cut short?');
  }
  return found;
}

/* ------------------------------------------------------------------ literals */

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\u0007',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/**
 * Decodes a Go or Python string literal holding a code: quotes (and a `u` prefix) off, the usual escapes decoded
 * (codes are plain ASCII, so they rarely have any); a raw or triple-quoted string is taken as written.
 */
function decodeLiteral(literal: string, file: string, line: number): string {
  const body = literal.replace(/^[uU]/u, '');
  const quote = body.startsWith('"""') || body.startsWith("'''") ? 3 : 1;
  const inner = body.slice(quote, -quote);
  if (body.startsWith('`')) return inner;
  let decoded = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner.charAt(i);
    if (ch !== '\\') {
      decoded += ch;
      continue;
    }
    const next = inner.charAt(i + 1);
    const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/u.exec(inner.slice(i + 1));
    if (ESCAPES[next] !== undefined) {
      decoded += ESCAPES[next];
      i++;
    } else if (hex !== null) {
      decoded += String.fromCodePoint(Number.parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '0', 16));
      i += hex[0].length;
    } else {
      throw new TableError(file, line, `cannot read the string on this line (the escape "\\${next}")`);
    }
  }
  return decoded;
}

/** The last line of a text (1 for an empty one). */
function lastLine(text: string): number {
  const lines = text.split('\n').length;
  return Math.max(1, text.endsWith('\n') ? lines - 1 : lines);
}

/**
 * The service and API version an SDK file belongs to, from its path
 * (`…/tencentcloud/gaap/v20180529/errors.go` → `gaap`, `2018-05-29`), where the path has that shape.
 */
export function sdkServiceOf(file: string): { service: string; version: string } | undefined {
  const parts = path.resolve(file).split(path.sep);
  const versionDir = parts.at(-2) ?? '';
  const product = parts.at(-3) ?? '';
  const version = apiVersionOfDir(versionDir);
  if (version === undefined || !/^[a-z][a-z0-9]*$/u.test(product)) return undefined;
  return { service: product, version };
}

/**
 * The API version the SDKs name a folder or namespace by: `v20180529` → `2018-05-29`; `undefined` for any other
 * name.
 */
export function apiVersionOfDir(name: string): string | undefined {
  return name.startsWith('v') ? apiVersionOf(name) : undefined;
}
