import path from 'node:path';

import { type PageRow, parseCodePage } from './markdown.js';
import { parseSdkErrors, sdkFormatOf, sdkServiceOf } from './sdk-source.js';
import { TableError } from './table-error.js';

/** The kinds of file a table can be read from, by extension. */
const PAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt']);
const SDK_EXTENSIONS: ReadonlySet<string> = new Set(['.go', '.py']);

/** The codes of a source file other than a table JSON: an error-code page or an SDK error-code file. */
export interface SourceCodes {
  readonly rows: PageRow[];
  /** The service and version the file itself tells (from an SDK path), or a guess from the file name. */
  readonly service: string;
  readonly version: string | undefined;
}

export function isSourceFile(file: string): boolean {
  const extension = path.extname(file).toLowerCase();
  return PAGE_EXTENSIONS.has(extension) || SDK_EXTENSIONS.has(extension);
}

/** Reads an error-code page (`.md`), a tencentcloud-sdk-go `errors.go` or a tencentcloud-sdk-python `errorcodes.py`. */
export function readSourceCodes(text: string, file: string, absolute = file): SourceCodes {
  const format = sdkFormatOf(file);
  if (format !== undefined) {
    const fromPath = sdkServiceOf(absolute);
    return {
      rows: parseSdkErrors(text, file, format),
      service: fromPath?.service ?? serviceFromFileName(absolute),
      version: fromPath?.version,
    };
  }
  if (PAGE_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    return { rows: parseCodePage(text, file), service: serviceFromFileName(absolute), version: undefined };
  }
  throw new TableError(
    file,
    undefined,
    `unsupported source file type "${path.extname(file) || '(none)'}" (use .md, .go or .py)`,
  );
}

/**
 * The service of a page loaded directly: the leading letters and digits of its file name,
 * lower-cased (`gaap-error-codes.md` → `gaap`), or `custom` when the name starts otherwise.
 */
function serviceFromFileName(file: string): string {
  const match = /^[A-Za-z][A-Za-z0-9]*/u.exec(path.basename(file));
  return match === null ? 'custom' : match[0].toLowerCase();
}
