import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { CodeIndex } from './code-index.js';
import { parseTableJson } from './json.js';
import { isSourceFile, readSourceCodes } from './source.js';
import { TableError } from './table-error.js';
import type { CodeTable } from './types.js';

/** The folder of the embedded tables (`data/` of this package), the same from `src/` and `dist/`. */
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

const EMBEDDED_NAME = /^[a-z][a-z0-9-]*$/u;

export interface LoadOptions {
  /** The folder relative paths are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
}

/** The names of the tables shipped in this package's `data/` folder, sorted. */
export function embeddedTableNames(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** Whether a table spec names an embedded table rather than a file. */
export function isEmbeddedSpec(spec: string): boolean {
  return EMBEDDED_NAME.test(spec);
}

/**
 * Loads one table from a spec: an embedded name (`gaap`), a table JSON file (`*.json`), a
 * Tencent Cloud error-code page (`*.md`, `*.markdown`, `*.txt`), or an SDK error-code file
 * (tencentcloud-sdk-go `errors.go`, tencentcloud-sdk-python `errorcodes.py`). Relative paths are resolved
 * against `options.cwd`. Every problem is a TableError naming the file and, where it has one, the line.
 */
export function loadTable(spec: string, options: LoadOptions = {}): CodeTable {
  if (isEmbeddedSpec(spec)) {
    const names = embeddedTableNames();
    if (!names.includes(spec)) {
      throw new TableError(
        spec,
        undefined,
        `unknown embedded table "${spec}" (embedded tables: ${names.join(', ')}; a table file must end in .json or .md)`,
      );
    }
    return loadFile(path.join(DATA_DIR, `${spec}.json`), spec, spec);
  }
  const cwd = options.cwd ?? process.cwd();
  return loadFile(path.resolve(cwd, spec), spec, spec);
}

/** Loads several table specs, in order. */
export function loadTables(specs: readonly string[], options: LoadOptions = {}): CodeTable[] {
  return specs.map((spec) => loadTable(spec, options));
}

/** Loads and merges table specs into one index (default: the embedded `gaap` table). */
export function loadIndex(specs: readonly string[] = ['gaap'], options: LoadOptions = {}): CodeIndex {
  return new CodeIndex(loadTables(specs, options));
}

function loadFile(absolute: string, display: string, origin: string): CodeTable {
  const extension = path.extname(absolute).toLowerCase();
  const isJson = extension === '.json';
  if (!isJson && !isSourceFile(absolute)) {
    throw new TableError(
      display,
      undefined,
      `unsupported table file type "${extension || '(none)'}" (use .json for a table, .md for an error-code page, .go or .py for an SDK error-code file)`,
    );
  }
  if (!existsSync(absolute)) throw new TableError(display, undefined, 'file not found');
  if (!statSync(absolute).isFile()) throw new TableError(display, undefined, 'not a file');
  const bytes = readFileSync(absolute);
  const text = bytes.toString('utf8');
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (isJson) {
    const { service, version, codes } = parseTableJson(text, display);
    return version === undefined ? { service, origin, digest, codes } : { service, version, origin, digest, codes };
  }
  const source = readSourceCodes(text, display, absolute);
  const codes = source.rows.map((row) => row.entry);
  const { service, version } = source;
  return version === undefined ? { service, origin, digest, codes } : { service, version, origin, digest, codes };
}
