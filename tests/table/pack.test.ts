import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { Catalogue } from '../../src/table/catalogue.js';
import { writePack } from '../../src/table/pack.js';
import { TableError } from '../../src/table/table-error.js';
import type { CodeTable } from '../../src/table/types.js';
import { ROOT } from '../support/paths.js';

/**
 * The catalogue as the published package ships it: `data/catalogue.pack` instead of the folder `data/catalogue/`.
 * The real catalogue packed gives the same answers as the folder; a damaged pack is a one-line TableError naming it.
 */

const DATA = path.join(ROOT, 'data');

/** A data folder with `common.json` and `gaap.json` beside a catalogue given as `write(dir)` writes it. */
function dataFolder(prefix: string, write: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), `tce-pack-${prefix}-`));
  for (const file of ['common.json', 'gaap.json']) cpSync(path.join(DATA, file), path.join(dir, file));
  write(dir);
  return dir;
}

/** What a product's API versions answer, with the maps as entries and the history asked of every code and action. */
function answers(table: CodeTable): unknown {
  const history = table.history;
  const removedCodes = history?.removedCodes() ?? [];
  const removedActions = [...(history?.removedActions() ?? new Map<string, null>())];
  const actions = [...(table.actions ?? new Map<string, null>())];
  return {
    ...table,
    actions,
    history: {
      removedCodes,
      removedActions,
      codes: [...table.codes, ...removedCodes].map((e) => [e.code, history?.code(e.code)]),
      actions: [...actions, ...removedActions].map(([name]) => [name, history?.action(name)]),
    },
  };
}

describe('the real catalogue, packed', () => {
  let dir = '';
  beforeAll(() => {
    dir = dataFolder('real', (d) => writePack(path.join(DATA, 'catalogue'), path.join(d, 'catalogue.pack')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers as the folder does: names, index, releases, every version table with its actions and history', () => {
    const folder = new Catalogue(DATA);
    const pack = new Catalogue(dir);
    expect(pack.products()).toHaveLength(258);
    expect(pack.names()).toEqual(folder.names());
    expect(pack.index()).toEqual(folder.index());
    expect(pack.releases()).toHaveLength(1665);
    expect(pack.releases()).toEqual(folder.releases());
    for (const product of folder.products()) {
      expect(pack.versionTables(product).map(answers)).toEqual(folder.versionTables(product).map(answers));
      expect(pack.digest(product)).toBe(folder.digest(product));
    }
    expect(pack.table('tmt').history?.action('TextTranslate')?.removed?.in.version).toBe('v1.3.130');
    expect(pack.codes().rows()).toEqual(folder.codes().rows());
  });

  it('is under 1.1 MB (the folder holds 4.5 MB in 519 files)', () => {
    expect(readFileSync(path.join(dir, 'catalogue.pack')).length).toBeLessThan(1_100_000);
  });
});

/** A pack written by hand, as the format describes it: a JSON header line, then each file gzipped. */
function packOf(files: readonly (readonly [string, Buffer])[], format = 1): Buffer {
  const entries: Record<string, [number, number]> = {};
  let offset = 0;
  const bodies = files.map(([name, bytes]) => {
    const body = gzipSync(bytes);
    entries[name] = [offset, body.length];
    offset += body.length;
    return body;
  });
  return Buffer.concat([Buffer.from(`${JSON.stringify({ format, entries })}\n`), ...bodies]);
}

const real = (name: string): readonly [string, Buffer] => [name, readFileSync(path.join(DATA, 'catalogue', name))];
/** index.json and GAAP with its history: enough for `table('gaap')`, and no other product. */
const GAAP_ONLY = [real('index.json'), real('gaap.json'), real('history/gaap.json'), real('history/releases.json')];

describe('a pack written by hand', () => {
  let dir = '';
  let pack = '';
  beforeEach(() => {
    dir = dataFolder('hand', () => undefined);
    pack = path.join(dir, 'catalogue.pack');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The message of the TableError that `table(name)` of the data folder throws; fails the test if it loads. */
  function messageOf(bytes: Buffer, name = 'gaap'): string {
    writeFileSync(pack, bytes);
    try {
      new Catalogue(dir).table(name).history?.code('InternalError');
    } catch (error) {
      expect(error).toBeInstanceOf(TableError);
      return (error as Error).message;
    }
    throw new Error(`table(${name}) did not fail`);
  }

  it('is read as the folder is, entry by entry', () => {
    writeFileSync(pack, packOf(GAAP_ONLY));
    expect(answers(new Catalogue(dir).table('gaap'))).toEqual(answers(new Catalogue(DATA).table('gaap')));
  });

  it('is read whatever the length of its header line, which is read a block at a time', () => {
    // 4,500 entries make a header of about 140 KB: four blocks and part of a fifth.
    const padding = Array.from({ length: 4500 }, (_, i): readonly [string, Buffer] => [
      `padding/${String(i).padStart(4, '0')}.json`,
      Buffer.from('{}\n'),
    ]);
    const bytes = packOf([...padding, ...GAAP_ONLY]);
    expect(bytes.indexOf(0x0a)).toBeGreaterThan(4 * 32 * 1024);
    writeFileSync(pack, bytes);
    expect(answers(new Catalogue(dir).table('gaap'))).toEqual(answers(new Catalogue(DATA).table('gaap')));
  });

  it('that cannot be read: one line naming it and why', () => {
    mkdirSync(pack);
    rmSync(path.join(dir, 'catalogue'), { recursive: true, force: true });
    expect(() => new Catalogue(dir).table('gaap')).toThrow(
      new TableError(pack, undefined, 'cannot read the catalogue pack (EISDIR)'),
    );
  });

  it('is not read where the folder is', () => {
    mkdirSync(path.join(dir, 'catalogue'));
    for (const [name, bytes] of GAAP_ONLY) {
      mkdirSync(path.dirname(path.join(dir, 'catalogue', name)), { recursive: true });
      writeFileSync(path.join(dir, 'catalogue', name), bytes);
    }
    writeFileSync(pack, 'not a pack');
    expect(new Catalogue(dir).table('gaap').service).toBe('gaap');
  });

  it.each([
    ['missing entry', packOf(GAAP_ONLY), 'cvm', ' (cvm.json): no such entry (the catalogue pack is incomplete)'],
    [
      'missing index',
      packOf(GAAP_ONLY.slice(1)),
      'gaap',
      ' (index.json): no such entry (the catalogue pack is incomplete)',
    ],
    [
      'no header line',
      Buffer.from('{"format":1,"entries":{}}'),
      'gaap',
      ': not a readable catalogue pack: no header line',
    ],
    [
      'header not JSON',
      Buffer.from('PK\u0003\u0004\n'),
      'gaap',
      ': not a readable catalogue pack: the header line is not JSON',
    ],
    [
      'another format',
      packOf(GAAP_ONLY, 2),
      'gaap',
      ': not a readable catalogue pack: format 2 (this package reads pack format 1)',
    ],
    [
      'no entries',
      Buffer.from('{"format":1}\n'),
      'gaap',
      ': not a readable catalogue pack: the header has no "entries" object',
    ],
    [
      'a bad entry',
      Buffer.from('{"format":1,"entries":{"index.json":[0,-1]}}\n'),
      'gaap',
      `: not a readable catalogue pack: the header's entry "index.json" is not [offset, length]`,
    ],
    [
      'a product file that is not the product',
      packOf([real('index.json'), ['gaap.json', Buffer.from('{\n  "product": "cvm",\n  "versions": []\n}\n')]]),
      'gaap',
      ' (gaap.json):2: "product" must be "gaap"',
    ],
  ])('%s: one line naming the pack', (_, bytes, name, want) => {
    expect(messageOf(bytes, name)).toBe(`${pack}${want}`);
  });

  it('truncated: names the first entry past the end', () => {
    const whole = packOf(GAAP_ONLY);
    const message = messageOf(whole.subarray(0, whole.length - 10));
    expect(message).toMatch(
      /^.*: not a readable catalogue pack: truncated: entry "history\/releases.json" ends at byte \d+ of \d+$/u,
    );
    expect(message.startsWith(`${pack}: `)).toBe(true);
  });

  it('cut short after its header was read: names the entry read past the end, as the header check does', () => {
    const whole = packOf(GAAP_ONLY);
    writeFileSync(pack, whole);
    const catalogue = new Catalogue(dir);
    expect(catalogue.products()).toContain('gaap');
    // index.json, the first entry, is read; gaap.json, read next, now lies past the end of the file.
    const body = whole.indexOf(0x0a) + 1;
    writeFileSync(pack, whole.subarray(0, body + 20));
    const header = JSON.parse(whole.subarray(0, body).toString('utf8')) as { entries: Record<string, number[]> };
    const [offset = 0, length = 0] = header.entries['gaap.json'] ?? [];
    expect(() => catalogue.table('gaap')).toThrow(
      new TableError(
        pack,
        undefined,
        `not a readable catalogue pack: truncated: entry "gaap.json" ends at byte ${offset + length} of 20`,
      ),
    );
  });

  it('damaged: an entry that does not inflate to its own bytes', () => {
    const whole = packOf(GAAP_ONLY);
    const damaged = Buffer.from(whole);
    // The last 8 bytes of the last entry (history/releases.json): its CRC and length.
    damaged.fill(0, damaged.length - 8);
    const message = messageOf(damaged);
    expect(message.startsWith(`${pack} (history/releases.json): damaged entry (`)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('neither folder nor pack: the folder is missing', () => {
    expect(() => new Catalogue(dir).table('gaap')).toThrow(
      `${path.join(dir, 'catalogue', 'index.json')}: file not found (the catalogue is incomplete)`,
    );
  });
});
