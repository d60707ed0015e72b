import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';

import { TableError } from './table-error.js';

/**
 * The catalogue pack, `data/catalogue.pack`: every file of `data/catalogue/` in one file, as the published package
 * ships it (518 small files cost 5 MB of disk blocks; the pack is under 1 MB). `npm pack` writes it
 * (`scripts/pack-manifest.mjs`); the repository keeps the folder, which is what reviews diff.
 *
 * The layout: one header line of JSON, `{"format":1,"entries":{"<path>":[offset,length],…}}` (paths relative to the
 * folder, with `/`; offsets from the byte after the header's newline), then each file gzipped on its own, so one
 * product is inflated without the others. gzip rather than raw deflate for its CRC and length: a damaged entry fails
 * to inflate instead of giving other bytes. (Brotli is 20% smaller but packs 14 times slower; see CONTRIBUTING.md.)
 */

const PACK_FORMAT = 1;

/** How much of the pack is read at a time while looking for the end of its header (which is about 16 KB). */
const HEADER_BLOCK = 32 * 1024;

interface PackHeader {
  readonly format: number;
  /** Relative path → [offset, length] of its gzipped bytes after the header line. */
  readonly entries: Readonly<Record<string, readonly [number, number]>>;
}

/** The pack of every file under `dir`, in path order (the same folder gives the same bytes). */
function packFolder(dir: string): Buffer {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const entries: Record<string, [number, number]> = {};
  const bodies: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const body = gzipSync(readFileSync(path.join(dir, name)), { level: constants.Z_BEST_COMPRESSION });
    entries[name] = [offset, body.length];
    bodies.push(body);
    offset += body.length;
  }
  const header: PackHeader = { format: PACK_FORMAT, entries };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...bodies]);
}

/** Writes the pack of `dir` to `file` through a rename, so a reader never sees half a pack. */
export function writePack(dir: string, file: string): void {
  const temporary = `${file}.tmp`;
  try {
    writeFileSync(temporary, packFolder(dir));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * A pack, opened on first use (once per instance): its header line is read then, and each entry's bytes when the
 * entry is first asked for, read at its place and inflated. A lint run's first file reads the header and the one or
 * two entries it needs, not the whole pack. Every problem is a TableError naming the pack, and the entry where there
 * is one: `…/catalogue.pack (gaap.json): …`.
 */
export class CataloguePack {
  readonly file: string;
  #opened: { readonly entries: ReadonlyMap<string, readonly [number, number]>; readonly body: number } | undefined;
  readonly #inflated = new Map<string, Buffer>();

  constructor(file: string) {
    this.file = file;
  }

  /** How messages name an entry: the pack, then the entry's path in parentheses. */
  nameOf(name: string): string {
    return `${this.file} (${name})`;
  }

  /** The bytes of the entry `name` (a path relative to the packed folder, with `/`). */
  read(name: string): Buffer {
    let bytes = this.#inflated.get(name);
    if (bytes === undefined) {
      const { entries, body } = this.#open();
      const at = entries.get(name);
      if (at === undefined) {
        throw new TableError(this.nameOf(name), undefined, 'no such entry (the catalogue pack is incomplete)');
      }
      const packed = this.#readAt(name, body, at);
      try {
        bytes = gunzipSync(packed);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new TableError(this.nameOf(name), undefined, `damaged entry (${reason})`);
      }
      this.#inflated.set(name, bytes);
    }
    return bytes;
  }

  /** The header's entries, and where the entries' bytes start in the file. */
  #open(): { entries: ReadonlyMap<string, readonly [number, number]>; body: number } {
    if (this.#opened === undefined) {
      this.#opened = this.#withFile((fd) => {
        const size = fstatSync(fd).size;
        // The header is one line of JSON before the entries: read until its line break, a block at a time.
        let header = Buffer.alloc(0);
        let end = -1;
        while (end < 0 && header.length < size) {
          const block = Buffer.alloc(Math.min(HEADER_BLOCK, size - header.length));
          const read = readSync(fd, block, 0, block.length, header.length);
          if (read === 0) break;
          end = block.subarray(0, read).indexOf(0x0a);
          if (end >= 0) end += header.length;
          header = Buffer.concat([header, block.subarray(0, read)]);
        }
        if (end < 0) throw this.#bad('no header line');
        return { entries: this.#entries(header.subarray(0, end).toString('utf8'), size - end - 1), body: end + 1 };
      });
    }
    return this.#opened;
  }

  /**
   * The bytes of the entry `name` at `at` ([offset, length] after the header, which ends at `body`). The header was
   * checked against the pack's size when it was read; a pack cut short since is named as the header check names it.
   */
  #readAt(name: string, body: number, at: readonly [number, number]): Buffer {
    return this.#withFile((fd) => {
      const [offset, length] = at;
      const bytes = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const read = readSync(fd, bytes, done, length - done, body + offset + done);
        if (read === 0) {
          throw this.#bad(`truncated: entry "${name}" ends at byte ${offset + length} of ${fstatSync(fd).size - body}`);
        }
        done += read;
      }
      return bytes;
    });
  }

  /** Runs `use` on the pack opened for reading, and closes it; a pack that cannot be read is a TableError. */
  #withFile<T>(use: (fd: number) => T): T {
    let fd: number;
    try {
      fd = openSync(this.file, 'r');
    } catch (error) {
      throw this.#cannotRead(error);
    }
    try {
      return use(fd);
    } catch (error) {
      if (error instanceof TableError) throw error;
      throw this.#cannotRead(error);
    } finally {
      closeSync(fd);
    }
  }

  #cannotRead(error: unknown): TableError {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return new TableError(this.file, undefined, `cannot read the catalogue pack (${reason})`);
  }

  /** The header's entries, each checked to lie inside the `size` bytes after the header. */
  #entries(line: string, size: number): Map<string, readonly [number, number]> {
    let header: unknown;
    try {
      header = JSON.parse(line);
    } catch {
      throw this.#bad('the header line is not JSON');
    }
    const { format, entries } = (typeof header === 'object' && header !== null ? header : {}) as Record<
      string,
      unknown
    >;
    if (format !== PACK_FORMAT) {
      throw this.#bad(`format ${JSON.stringify(format)} (this package reads pack format ${PACK_FORMAT})`);
    }
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
      throw this.#bad('the header has no "entries" object');
    }
    const checked = new Map<string, readonly [number, number]>();
    for (const [name, at] of Object.entries(entries as Record<string, unknown>)) {
      const [offset, length] = (Array.isArray(at) ? at : []) as unknown[];
      if (typeof offset !== 'number' || typeof length !== 'number' || !isCount(offset) || !isCount(length)) {
        throw this.#bad(`the header's entry "${name}" is not [offset, length]`);
      }
      if (offset + length > size) {
        throw this.#bad(`truncated: entry "${name}" ends at byte ${offset + length} of ${size}`);
      }
      checked.set(name, [offset, length]);
    }
    return checked;
  }

  #bad(reason: string): TableError {
    return new TableError(this.file, undefined, `not a readable catalogue pack: ${reason}`);
  }
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}
