import type { default as MarkdownItCallable, MarkdownIt, Token } from 'markdown-it';

import { lazyRequire } from '../shared/lazy-require.js';
import { codeProblem, descriptionProblem, familyOf, quoted } from './grammar.js';
import { TableError } from './table-error.js';
import type { CodeEntry, CodeScope } from './types.js';

/** Header texts accepted for the code column and the description column. */
const CODE_HEADERS = new Set(['错误码', 'error code', 'code']);
const DESCRIPTION_HEADERS = new Set(['说明', '描述', 'description']);
const COLUMNS = '"错误码 | 说明"';

const markdownIt = lazyRequire('markdown-it') as () => typeof MarkdownItCallable;
let markdownParser: MarkdownIt | undefined;

/**
 * The Markdown parser (markdown-it: CommonMark with GFM tables, every block with its lines), made on the first page
 * read: the rules import this module with the table model, and a lint run without a Markdown table never pays for
 * it. The loaders are synchronous, so the package is loaded with `require()`. HTML is recognised (`html: true`) so
 * that an HTML table is seen, and refused, rather than read as text.
 */
function parser(): MarkdownIt {
  if (markdownParser === undefined) {
    const MarkdownItClass = markdownIt();
    markdownParser = new MarkdownItClass({ html: true });
  }
  return markdownParser;
}

/** A code read from a page, with the line it stands on. */
export interface PageRow {
  readonly entry: CodeEntry;
  readonly line: number;
}

/**
 * Reads the error-code tables of a Tencent Cloud error-code page (Markdown, GFM tables), wherever they stand: at the
 * top level, in a block quote or in a list item.
 *
 * Every table on the page must have the columns `错误码 | 说明` (or `Error Code | Description`). A table under a
 * heading that mentions 公共 / common holds common codes; any other table holds the service's own codes. A code
 * listed in both a common and a service table becomes one entry: the first listing wins (on Tencent Cloud pages
 * the common table comes first, so the entry keeps scope `common` and the common table's description). The same
 * code twice in tables of one scope is an error.
 *
 * Nothing is skipped without a word, and a page cut short is refused rather than read in part: an HTML table, a line
 * that starts with `|` but belongs to no table, a row that does not end with `|` as its header row does, and a page
 * that ends with a heading are errors naming their line. A page with no error-code table echoes none of its text:
 * it may be any Markdown file.
 */
export function parseCodePage(markdown: string, file: string): PageRow[] {
  const tokens = parser().parse(markdown, {});
  const lines = markdown.split('\n');
  const lineCount = markdown.endsWith('\n') ? lines.length - 1 : lines.length;
  const tables = tokens.flatMap((token, i) => (token.type === 'table_open' ? [i] : []));
  const isCodePage = tables.some((i) => isCodeHeader(headerCells(tokens, i)));

  const rows: PageRow[] = [];
  const seen = new Map<string, { scope: CodeScope; line: number }>();
  let scope: CodeScope = 'service';
  let last: Token | undefined;
  for (const [i, token] of tokens.entries()) {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.level === 0 && token.nesting !== -1) last = token;
    if (token.type === 'heading_open') scope = scopeOfHeading(tokens[i + 1]);
    else if (token.type === 'html_block' && /<table\b/iu.test(token.content)) {
      throw new TableError(
        file,
        line,
        'an HTML table; write the codes as a Markdown table with the columns 错误码 | 说明',
      );
    } else if (token.type === 'paragraph_open') {
      checkParagraph(tokens[i + 1], line, file);
    } else if (token.type === 'table_open') {
      for (const row of readTable(tokens, i, lines, file, isCodePage)) {
        const previous = seen.get(row.code);
        if (previous === undefined) {
          seen.set(row.code, { scope, line: row.line });
          rows.push({
            line: row.line,
            entry: { code: row.code, family: familyOf(row.code), scope, description: { zh: row.description } },
          });
        } else if (previous.scope === scope) {
          throw new TableError(
            file,
            row.line,
            `duplicate code ${quoted(row.code)} (first listed on line ${previous.line})`,
          );
        }
      }
    }
  }
  if (tables.length === 0) {
    throw new TableError(
      file,
      Math.max(lineCount, 1),
      `the page ends here without an error-code table (expected a Markdown table with the columns ${COLUMNS})`,
    );
  }
  if (last?.type === 'heading_open') {
    throw new TableError(
      file,
      (last.map?.[0] ?? 0) + 1,
      'the page ends with this heading and nothing under it; is it cut short?',
    );
  }
  return rows;
}

function scopeOfHeading(inline: Token | undefined): CodeScope {
  const text = inlineText(inline).toLowerCase();
  return text.includes('公共') || text.includes('common') ? 'common' : 'service';
}

/** A paragraph with a line that starts with `|`: a table without its `|---|` line, or one cut short. */
function checkParagraph(inline: Token | undefined, line: number, file: string): void {
  const offset = (inline?.content ?? '').split('\n').findIndex((text) => text.trimStart().startsWith('|'));
  if (offset === -1) return;
  throw new TableError(
    file,
    line + offset,
    'a line that starts with "|" but belongs to no table (a table needs a header row, a |---|---| line under it and its rows); is the page cut short?',
  );
}

interface RawRow {
  readonly code: string;
  readonly description: string;
  readonly line: number;
}

/** The cells of a row (`tr_open` at `start`) as plain text. */
function rowCells(tokens: readonly Token[], start: number): string[] {
  const cells: string[] = [];
  for (let i = start + 1; i < tokens.length && tokens[i]?.type !== 'tr_close'; i++) {
    if (tokens[i]?.type === 'inline') cells.push(inlineText(tokens[i]));
  }
  return cells;
}

/** The header cells of the table whose `table_open` is at `start`. */
function headerCells(tokens: readonly Token[], start: number): string[] {
  const row = tokens.findIndex((token, i) => i > start && token.type === 'tr_open');
  return row === -1 ? [] : rowCells(tokens, row);
}

function isCodeHeader([code, description]: readonly string[]): boolean {
  return (
    code !== undefined &&
    description !== undefined &&
    CODE_HEADERS.has(code.toLowerCase()) &&
    DESCRIPTION_HEADERS.has(description.toLowerCase())
  );
}

/** Whether a raw line ends with an unescaped `|` (a block quote's `>` and indentation before it change nothing). */
function closedByPipe(text: string | undefined): boolean {
  return /(?<!\\)\|\s*$/u.test(text ?? '');
}

function readTable(
  tokens: readonly Token[],
  start: number,
  lines: readonly string[],
  file: string,
  isCodePage: boolean,
): RawRow[] {
  const tableLine = (tokens[start]?.map?.[0] ?? 0) + 1;
  const header = headerCells(tokens, start);
  if (!isCodeHeader(header)) {
    // Columns are echoed only from a page that is an error-code page: any other file's text stays out of messages.
    throw new TableError(
      file,
      tableLine,
      isCodePage
        ? `table has the columns ${quoted(header.join(' | '))}; expected ${COLUMNS} (error code, description)`
        : `this table has no ${COLUMNS} columns, and no table of the file has them: is it an error-code page?`,
    );
  }
  const closed = closedByPipe(lines[tableLine - 1]);
  const rows: RawRow[] = [];
  for (let i = start + 1; i < tokens.length && tokens[i]?.type !== 'table_close'; i++) {
    const token = tokens[i];
    if (token?.type !== 'tr_open') continue;
    const line = (token.map?.[0] ?? tableLine - 1) + 1;
    if (line === tableLine) continue; // the header row
    if (closed && !closedByPipe(lines[line - 1])) {
      throw new TableError(file, line, 'this row does not end with "|" as the header row does; is the page cut short?');
    }
    const [codeCell = '', descriptionCell = ''] = rowCells(tokens, i);
    const problem = codeProblem(codeCell);
    if (problem !== undefined) throw new TableError(file, line, problem);
    if (descriptionCell === '') throw new TableError(file, line, `the description of ${quoted(codeCell)} is empty`);
    const tooLong = descriptionProblem(codeCell, descriptionCell);
    if (tooLong !== undefined) throw new TableError(file, line, tooLong);
    rows.push({ code: codeCell, description: descriptionCell, line });
  }
  if (rows.length === 0) throw new TableError(file, tableLine, 'the error-code table has a header row but no codes');
  return rows;
}

/**
 * The plain text of an inline token (a cell, a heading): Markdown (links, emphasis, code) reduced to its text, an
 * image to its alternative text, HTML dropped, white space folded.
 */
function inlineText(inline: Token | undefined): string {
  let text = '';
  for (const child of inline?.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'image') text += inlineText(child);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text.replace(/\s+/gu, ' ').trim();
}
