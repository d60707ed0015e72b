import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Catalogue } from './catalogue.js';
import { CodeIndex } from './code-index.js';
import { parseTableJson } from './json.js';
import { isSourceFile, readSourceCodes } from './source.js';
import { TableError } from './table-error.js';
import type { CodeTable } from './types.js';

/** The folder of the embedded tables (`data/` of this package), the same from `src/` and `dist/`. */
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** An embedded name: `common`, a product (`cvm`) or a product at an API version (`cvm@2017-03-12`). */
const EMBEDDED_NAME = /^[a-z][a-z0-9-]*(?:@[0-9a-z.-]*)?$/u;

const SHIPPED = new Catalogue(DATA_DIR);

/** The catalogue shipped in this package's `data/` folder, read lazily. */
export function shippedCatalogue(): Catalogue {
  return SHIPPED;
}

export interface LoadOptions {
  /** The folder relative paths are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
}

/** The names of the embedded tables, sorted: `common`, every product, and every `product@version`. */
export function embeddedTableNames(): string[] {
  return SHIPPED.names();
}

/** Whether a table spec names an embedded table rather than a file. */
export function isEmbeddedSpec(spec: string): boolean {
  return EMBEDDED_NAME.test(spec);
}

/**
 * Loads one table from a spec: an embedded name of the catalogue (`gaap`, `cvm@2017-03-12`, `common`), a table JSON
 * file (`*.json`), a Tencent Cloud error-code page (`*.md`, `*.markdown`, `*.txt`), or an SDK error-code file
 * (tencentcloud-sdk-go `errors.go`, tencentcloud-sdk-python `errorcodes.py`). Relative paths are resolved
 * against `options.cwd`. Every problem is a TableError naming the file and, where it has one, the line.
 */
export function loadTable(spec: string, options: LoadOptions = {}): CodeTable {
  if (isEmbeddedSpec(spec)) return SHIPPED.table(spec);
  const { absolute, bytes } = readSpec(spec, options);
  return tableOfBytes(bytes, spec, absolute);
}

/**
 * A table file's bytes read as a table of its kind (by the extension of `absolute`): a table JSON file, an
 * error-code page or an SDK error-code file. Every problem is a TableError naming `spec` and, where it has one, the
 * line; the bytes must be UTF-8.
 */
export function tableOfBytes(bytes: Buffer, spec: string, absolute: string = spec): CodeTable {
  const text = utf8Text(bytes, spec);
  const { service, version, codes } =
    path.extname(absolute).toLowerCase() === '.json' ? parseTableJson(text, spec) : sourceTable(text, spec, absolute);
  const digest = sha256(bytes);
  return version === undefined
    ? { service, origin: spec, digest, codes }
    : { service, version, origin: spec, digest, codes };
}

/**
 * The digest `loadTable(spec).digest` would give (SHA-256 of the source's bytes), without parsing the table.
 * Throws the same TableError as `loadTable` for an unknown name, a missing file or an unsupported file type.
 */
export function tableDigest(spec: string, options: LoadOptions = {}): string {
  if (isEmbeddedSpec(spec)) return SHIPPED.digest(spec);
  return sha256(readSpec(spec, options).bytes);
}

/** Loads several table specs, in order. */
export function loadTables(specs: readonly string[], options: LoadOptions = {}): CodeTable[] {
  return specs.map((spec) => loadTable(spec, options));
}

/** Loads and merges table specs into one index (default: the embedded `gaap` table). */
export function loadIndex(specs: readonly string[] = ['gaap'], options: LoadOptions = {}): CodeIndex {
  return new CodeIndex(loadTables(specs, options));
}

/** Resolves a file spec to its file and reads its bytes; every problem is a TableError naming the spec. */
function readSpec(spec: string, options: LoadOptions): { absolute: string; bytes: Buffer } {
  const absolute = path.resolve(options.cwd ?? process.cwd(), spec);
  const extension = path.extname(absolute).toLowerCase();
  if (extension !== '.json' && !isSourceFile(absolute)) {
    throw new TableError(
      spec,
      undefined,
      `unsupported table file type "${extension || '(none)'}" (use .json for a table, .md for an error-code page, .go or .py for an SDK error-code file)`,
    );
  }
  return { absolute, bytes: readTableFile(spec, absolute) };
}

/**
 * The bytes of a table or source file, or a TableError naming `spec`: not found, not a file, larger than the
 * largest table we read, or unreadable (permission denied and the like, in words).
 */
export function readTableFile(spec: string, absolute: string): Buffer {
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    throw new TableError(
      spec,
      undefined,
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot read it (${fsReason(error)})`,
    );
  }
  if (!stats.isFile()) throw new TableError(spec, undefined, 'not a file');
  if (stats.size > MAX_TABLE_BYTES) {
    throw new TableError(
      spec,
      undefined,
      `the file is ${megabytes(stats.size)}; a table may be at most ${megabytes(MAX_TABLE_BYTES)}`,
    );
  }
  try {
    return readFileSync(absolute);
  } catch (error) {
    throw new TableError(spec, undefined, `cannot read it (${fsReason(error)})`);
  }
}

/**
 * The text of a table file's bytes, or a TableError naming the line of the first byte that is not UTF-8 (a
 * description is never read with U+FFFD in place of what the file holds). A leading byte-order mark is dropped.
 */
export function utf8Text(bytes: Buffer, spec: string): string {
  if (isUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  const { offset, cutShort } = firstInvalidUtf8(bytes);
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  const byte = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  throw new TableError(
    spec,
    line,
    cutShort
      ? 'the file ends in the middle of a UTF-8 character; is it cut short?'
      : `the byte ${byte} on this line is not valid UTF-8; save the file as UTF-8`,
  );
}

/**
 * The offset of the first byte of an invalid UTF-8 sequence (RFC 3629: no overlong forms, no surrogates), and
 * whether it is a character the end of the file cuts in two.
 */
function firstInvalidUtf8(bytes: Buffer): { offset: number; cutShort: boolean } {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return { offset: i, cutShort: false };
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return { offset: i, cutShort: true };
      const low = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
      if (next < low || next > high) return { offset: i, cutShort: false };
    }
    i += length;
  }
  return { offset: bytes.length, cutShort: false };
}

/** The largest table file read: a 100,000-code table with long descriptions is 25 MB; a bigger file is a mistake. */
const MAX_TABLE_BYTES = 64 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

/** A file-system error in words: `permission denied (EACCES)`, not a stack trace. */
export function fsReason(error: unknown): string {
  const { code, syscall } = error as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file or folder',
    EEXIST: 'something else already exists there',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exceeded',
    EBUSY: 'the file is busy',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'the name is too long',
  };
  if (typeof code === 'string')
    return `${words[code] ?? (syscall === undefined ? 'error' : `${syscall} failed`)} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/** A page or SDK file read as a table. */
function sourceTable(text: string, spec: string, absolute: string): Pick<CodeTable, 'service' | 'version' | 'codes'> {
  const { rows, service, version } = readSourceCodes(text, spec, absolute);
  return { service, version, codes: rows.map((row) => row.entry) };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
