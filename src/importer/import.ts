import type { Node } from 'jsonc-parser';

import { parseJsonWithPositions, stringifyTableJson, type TableJson } from '../table/json.js';
import { readSourceCodes } from '../table/source.js';
import { TableError } from '../table/table-error.js';
import { lineLocator } from '../table/text-position.js';

export interface ImportOptions {
  /** The service name written into the table, e.g. `gaap`. */
  readonly service: string;
  /** The API version, e.g. `2018-05-29`. */
  readonly version?: string;
  /** The page's path as recorded in the table's `source` field. */
  readonly source?: string;
  /** English descriptions keyed by code; when given, every code of the page must have one. */
  readonly english?: EnglishDescriptions;
}

export interface EnglishDescriptions {
  readonly file: string;
  readonly byCode: ReadonlyMap<string, { readonly text: string; readonly line: number }>;
}

/**
 * Imports a Tencent Cloud error-code page (`.md`), or an SDK error-code file (`errors.go`, `errorcodes.py`),
 * into a table (the `data/*.json` format).
 */
function importPage(text: string, file: string, options: ImportOptions): TableJson {
  const { rows } = readSourceCodes(text, file);
  const english = options.english;
  if (english !== undefined) {
    const codes = new Set(rows.map((row) => row.entry.code));
    for (const [code, { line }] of english.byCode) {
      if (!codes.has(code)) throw new TableError(english.file, line, `"${code}" is not a code of ${file}`);
    }
  }
  return {
    service: options.service,
    ...(options.version === undefined ? {} : { version: options.version }),
    ...(options.source === undefined ? {} : { source: options.source }),
    codes: rows.map(({ entry, line }) => {
      const en = english?.byCode.get(entry.code)?.text;
      if (english !== undefined && en === undefined) {
        throw new TableError(english.file, undefined, `no English description for "${entry.code}" (${file}:${line})`);
      }
      return {
        code: entry.code,
        family: entry.family,
        scope: entry.scope,
        zh: entry.description.zh,
        ...(en === undefined ? {} : { en }),
      };
    }),
  };
}

/** Imports a page and serialises the table exactly as `data/*.json` holds it. */
export function importPageToJson(text: string, file: string, options: ImportOptions): string {
  return stringifyTableJson(importPage(text, file, options));
}

/** Reads an English-descriptions file: a JSON object mapping each code to its English description. */
export function parseEnglishDescriptions(text: string, file: string): EnglishDescriptions {
  const lineAt = lineLocator(text);
  const root = parseJsonWithPositions(text, file);
  if (root?.type !== 'object')
    throw new TableError(file, 1, 'expected a JSON object mapping codes to English descriptions');
  const byCode = new Map<string, { text: string; line: number }>();
  for (const prop of root.children ?? []) {
    const [key, value]: (Node | undefined)[] = prop.children ?? [];
    if (key === undefined || value === undefined) continue;
    const line = lineAt(key.offset);
    const code = String(key.value);
    if (value.type !== 'string' || String(value.value).trim() === '') {
      throw new TableError(file, line, `the English description of "${code}" must be a non-empty string`);
    }
    if (byCode.has(code)) throw new TableError(file, line, `duplicate code "${code}"`);
    byCode.set(code, { text: String(value.value), line });
  }
  return { file, byCode };
}
