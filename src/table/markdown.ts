import { createRequire } from 'node:module';

import type { Heading, Root, RootContent, Table, TableCell } from 'mdast';

import { codeProblem, descriptionProblem, familyOf } from './grammar.js';
import { TableError } from './table-error.js';
import type { CodeEntry, CodeScope } from './types.js';

/** Header texts accepted for the code column and the description column. */
const CODE_HEADERS = new Set(['错误码', 'error code', 'code']);
const DESCRIPTION_HEADERS = new Set(['说明', '描述', 'description']);

/** The Markdown parser: mdast-util-from-markdown with the GFM table extension, and mdast-util-to-string. */
interface MarkdownParser {
  readonly fromMarkdown: typeof import('mdast-util-from-markdown').fromMarkdown;
  readonly gfmTableFromMarkdown: typeof import('mdast-util-gfm-table').gfmTableFromMarkdown;
  readonly gfmTable: typeof import('micromark-extension-gfm-table').gfmTable;
  readonly toString: typeof import('mdast-util-to-string').toString;
}

let markdownParser: MarkdownParser | undefined;

/**
 * The Markdown parser, loaded on the first page read: the rules import this module with the table model, and a
 * lint run without a Markdown table never pays for the parser. The loaders are synchronous, so the packages (ES
 * modules only) are loaded with `require()`, which Node.js 20.19 and later allow for ES modules.
 */
function parser(): MarkdownParser {
  if (markdownParser === undefined) {
    const load = createRequire(import.meta.url);
    markdownParser = {
      fromMarkdown: (load('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown')).fromMarkdown,
      gfmTableFromMarkdown: (load('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table'))
        .gfmTableFromMarkdown,
      gfmTable: (load('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table')).gfmTable,
      toString: (load('mdast-util-to-string') as typeof import('mdast-util-to-string')).toString,
    };
  }
  return markdownParser;
}

/** A code read from a page, with the line it stands on. */
export interface PageRow {
  readonly entry: CodeEntry;
  readonly line: number;
}

/**
 * Reads the error-code tables of a Tencent Cloud error-code page (Markdown, GFM tables).
 *
 * Every table on the page must have the columns `错误码 | 说明` (or `Error Code | Description`).
 * A table under a heading that mentions 公共 / common holds common codes; any other table holds
 * the service's own codes. A code listed in both a common and a service table becomes one entry:
 * the first listing wins (on Tencent Cloud pages the common table comes first, so the entry keeps
 * scope `common` and the common table's description). The same code twice in tables of one scope
 * is an error.
 */
export function parseCodePage(markdown: string, file: string): PageRow[] {
  const { fromMarkdown, gfmTable, gfmTableFromMarkdown } = parser();
  const tree: Root = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const rows: PageRow[] = [];
  const seen = new Map<string, { scope: CodeScope; line: number }>();
  let scope: CodeScope = 'service';
  let tables = 0;

  for (const node of tree.children) {
    if (node.type === 'heading') {
      scope = scopeOfHeading(node);
      continue;
    }
    if (node.type !== 'table') continue;
    tables++;
    for (const row of readTable(node, file)) {
      const previous = seen.get(row.code);
      if (previous === undefined) {
        seen.set(row.code, { scope, line: row.line });
        rows.push({
          line: row.line,
          entry: { code: row.code, family: familyOf(row.code), scope, description: { zh: row.description } },
        });
      } else if (previous.scope === scope) {
        throw new TableError(file, row.line, `duplicate code "${row.code}" (first listed on line ${previous.line})`);
      }
    }
  }
  if (tables === 0) {
    throw new TableError(
      file,
      undefined,
      'no error-code table found (expected a Markdown table with the columns "错误码 | 说明")',
    );
  }
  return rows;
}

function scopeOfHeading(heading: Heading): CodeScope {
  const text = parser().toString(heading).toLowerCase();
  return text.includes('公共') || text.includes('common') ? 'common' : 'service';
}

interface RawRow {
  readonly code: string;
  readonly description: string;
  readonly line: number;
}

function readTable(table: Table, file: string): RawRow[] {
  const [header, ...body] = table.children;
  const tableLine = table.position?.start.line ?? 1;
  const headerCells = header?.children.map(cellText) ?? [];
  const [codeHeader, descriptionHeader] = headerCells;
  if (
    codeHeader === undefined ||
    descriptionHeader === undefined ||
    !CODE_HEADERS.has(codeHeader.toLowerCase()) ||
    !DESCRIPTION_HEADERS.has(descriptionHeader.toLowerCase())
  ) {
    throw new TableError(
      file,
      tableLine,
      `table has the columns "${headerCells.join(' | ')}"; expected "错误码 | 说明" (error code, description)`,
    );
  }
  if (body.length === 0) {
    throw new TableError(file, tableLine, 'the error-code table has a header row but no codes');
  }
  return body.map((row) => {
    const line = row.position?.start.line ?? tableLine;
    const [codeCell, descriptionCell] = row.children;
    const code = codeCell === undefined ? '' : cellText(codeCell);
    const problem = codeProblem(code);
    if (problem !== undefined) throw new TableError(file, line, problem);
    const description = descriptionCell === undefined ? '' : cellText(descriptionCell);
    if (description === '') throw new TableError(file, line, `the description of "${code}" is empty`);
    const tooLong = descriptionProblem(code, description);
    if (tooLong !== undefined) throw new TableError(file, line, tooLong);
    return { code, description, line };
  });
}

/** The plain text of a cell: Markdown (links, emphasis, code) reduced to its text, HTML dropped, white space folded. */
function cellText(cell: TableCell | RootContent): string {
  return parser().toString(cell, { includeHtml: false }).replace(/\s+/gu, ' ').trim();
}
