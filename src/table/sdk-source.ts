import path from 'node:path';

import { codeProblem, descriptionProblem, familyOf } from './grammar.js';
import type { PageRow } from './markdown.js';
import { TableError } from './table-error.js';

/**
 * The code lists that Tencent Cloud's official SDKs keep per product:
 *
 * - tencentcloud-sdk-go `tencentcloud/<product>/<version>/errors.go`: a `const ( … )` block in which each code is a
 *   constant `NAME = "Code"` with its description in the `//` comment lines right above it;
 * - tencentcloud-sdk-python `tencentcloud/<product>/<version>/errorcodes.py`: each code an assignment
 *   `NAME = 'Code'` with its description in the `#` comment lines right above it.
 *
 * Both are generated files with one code per line, so they are read line by line: a run of comment lines directly
 * above an assignment (no blank line between) is its description; other comments (licence headers, section notes
 * such as `// 此产品的特有错误码`) are not attached to any code. Every code gets scope `service`: these files list
 * the codes a product can return, common ones included, without telling them apart.
 */
export type SdkFormat = 'go' | 'python';

interface Syntax {
  readonly comment: RegExp;
  readonly assignment: RegExp;
}

const SYNTAX: Record<SdkFormat, Syntax> = {
  go: {
    comment: /^\s*\/\/\s?(.*)$/u,
    assignment: /^\s*([A-Z][A-Z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*")\s*$/u,
  },
  python: {
    comment: /^\s*#\s?(.*)$/u,
    assignment: /^\s*([A-Z][A-Z0-9_]*)\s*=\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*$/u,
  },
};

/** Any quote that starts a string literal in Go (`"`, a backquote) or Python (`'`, `"`). */
const STRING_LITERAL = /["'`]/u;

const EXAMPLE: Record<SdkFormat, string> = { go: 'NAME = "Family.Code"', python: "NAME = 'Family.Code'" };

export function sdkFormatOf(file: string): SdkFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  return extension === '.go' ? 'go' : extension === '.py' ? 'python' : undefined;
}

/** One `NAME = "Code"` line of an SDK error-code file, with the comment lines right above it. */
export interface SdkAssignment {
  readonly line: number;
  /** The string literal as written, quotes included. */
  readonly literal: string;
  /** The comment lines right above it, joined and folded; `''` when there are none. */
  readonly description: string;
}

/**
 * Walks an SDK error-code file line by line: `assignment` gets each plain `NAME = "Code"` line with the run of
 * comment lines right above it; `stray` gets each other line that holds a string (`B string = "…"`, a raw string, a
 * trailing comment, a typed Python name), a code in a form we do not read. The strict reader below refuses strays;
 * the SDK-tree importer warns about them.
 */
export function scanSdkFile(
  text: string,
  format: SdkFormat,
  visit: { assignment(found: SdkAssignment): void; stray(line: number, text: string): void },
): void {
  const syntax = SYNTAX[format];
  let comment: string[] = [];
  text.split(/\r?\n/u).forEach((lineText, i) => {
    const line = i + 1;
    const commentMatch = syntax.comment.exec(lineText);
    if (commentMatch !== null) {
      comment.push((commentMatch[1] ?? '').trim());
      return;
    }
    const assignment = syntax.assignment.exec(lineText);
    const description = comment.join(' ').replace(/\s+/gu, ' ').trim();
    comment = [];
    if (assignment !== null) visit.assignment({ line, literal: assignment[2] ?? '', description });
    else if (STRING_LITERAL.test(lineText)) visit.stray(line, lineText);
  });
}

/** Reads the codes of an SDK error-code file, in file order. */
export function parseSdkErrors(text: string, file: string, format: SdkFormat): PageRow[] {
  const entries: PageRow[] = [];
  const seen = new Map<string, number>();
  scanSdkFile(text, format, {
    stray(line, lineText) {
      throw new TableError(
        file,
        line,
        `unexpected line ${JSON.stringify(lineText.trim())}: expected ${EXAMPLE[format]} alone on its line`,
      );
    },
    assignment({ line, literal, description: zh }) {
      const code = decodeLiteral(literal, file, line);
      const problem = codeProblem(code);
      if (problem !== undefined) throw new TableError(file, line, problem);
      const previous = seen.get(code);
      if (previous !== undefined)
        throw new TableError(file, line, `duplicate code "${code}" (first listed on line ${previous})`);
      seen.set(code, line);
      if (zh === '') throw new TableError(file, line, `no description comment above "${code}"`);
      const tooLong = descriptionProblem(code, zh);
      if (tooLong !== undefined) throw new TableError(file, line, tooLong);
      entries.push({ line, entry: { code, family: familyOf(code), scope: 'service', description: { zh } } });
    },
  });
  if (entries.length === 0) {
    throw new TableError(
      file,
      undefined,
      `no error codes found (expected lines such as ${EXAMPLE[format]} with a comment above)`,
    );
  }
  return entries;
}

/** Decodes a Go or Python string literal holding a code (codes are plain ASCII; escapes are decoded anyway). */
function decodeLiteral(literal: string, file: string, line: number): string {
  const body = literal.slice(1, -1);
  try {
    return JSON.parse(`"${body.replace(/\\'/gu, "'").replace(/(?<!\\)"/gu, '\\"')}"`) as string;
  } catch {
    throw new TableError(file, line, `cannot read the string ${literal}`);
  }
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
  const match = /^v(\d{4})(\d{2})(\d{2})$/u.exec(name);
  return match === null ? undefined : `${match[1]}-${match[2]}-${match[3]}`;
}
