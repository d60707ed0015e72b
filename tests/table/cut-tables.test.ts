import fc from 'fast-check';

import { TableError } from '../../src/table/index.js';
import { tableOfBytes } from '../../src/table/load.js';

/*
 * A table cut short (a copy, a download or a save that stopped half-way) must not load as a smaller table. A small
 * random table is written out here in each format, then cut at every byte: every cut is the whole table, or a
 * TableError with a line. The one exception is a line format cut at the end of a line that closes a complete entry:
 * a Markdown page or an errorcodes.py that stops after a whole row or constant is a well-formed shorter file, which
 * no reader can tell from one written shorter; there the load must give exactly the entries above the cut. Each
 * format's writer below records where those ends are (`ends`), independently of the readers.
 */

interface Entry {
  readonly code: string;
  readonly zh: string;
}

/** A format's text of the entries, and the byte ranges [from, to] of cuts that leave the first `count` entries. */
interface Written {
  readonly text: string;
  readonly ends: readonly { readonly from: number; readonly to: number; readonly count: number }[];
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** JSON: `{ "service": …, "codes": [ … ] }`, two-space indented as the importer writes it. */
function json(entries: readonly Entry[]): Written {
  const codes = entries.map(({ code, zh }) => ({ code, family: code.split('.')[0], scope: 'service', zh }));
  return { text: `${JSON.stringify({ service: 'demo', codes }, null, 2)}\n`, ends: [] };
}

/** errors.go: the licence-style header, the package clause and one const block. */
function go(entries: readonly Entry[]): Written {
  const body = entries.map(({ code, zh }, i) => `\t// ${zh}\n\tCODE_${i} = "${code}"\n`).join('\n');
  return { text: `// A table.\n\npackage v20200101\n\nconst (\n${body})\n`, ends: [] };
}

/** errorcodes.py: comment lines, then each constant under its description, a blank line between. */
function python(entries: readonly Entry[]): Written {
  let text = '# -*- coding: utf8 -*-\n\n';
  const ends: { from: number; to: number; count: number }[] = [];
  entries.forEach(({ code, zh }, i) => {
    text += `# ${zh}\nCODE_${i} = '${code}'`;
    const from = bytes(text);
    text += i === entries.length - 1 ? '\n' : '\n\n';
    // After the closing quote, its line break and the blank line: a shorter file with i + 1 constants.
    if (i < entries.length - 1) ends.push({ from, to: bytes(text), count: i + 1 });
  });
  return { text, ends };
}

/** A page: a heading, the table of common codes (the first half), a heading and the table of the rest. */
function page(entries: readonly Entry[]): Written {
  const half = Math.ceil(entries.length / 2);
  let text = '## 错误码列表\n';
  const ends: { from: number; to: number; count: number }[] = [];
  const table = (heading: string, rows: readonly Entry[], before: number): void => {
    text += `\n### ${heading}\n\n| 错误码 | 说明 |\n|--------|------|\n`;
    rows.forEach(({ code, zh }, i) => {
      text += `| ${code} | ${zh} |`;
      const from = bytes(text);
      text += '\n';
      const last = before + i + 1 === entries.length;
      // After the closing `|` and its line break; after the last row of the first table, its blank line too.
      if (!last) ends.push({ from, to: bytes(text) + (i === rows.length - 1 ? 1 : 0), count: before + i + 1 });
    });
  };
  table('公共错误码', entries.slice(0, half), 0);
  if (entries.length > half) table('业务错误码', entries.slice(half), half);
  return { text, ends };
}

const FORMATS = [
  { name: 'table JSON', file: 'table.json', write: json },
  { name: 'errors.go', file: 'tencentcloud/demo/v20200101/errors.go', write: go },
  { name: 'errorcodes.py', file: 'tencentcloud/demo/v20200101/errorcodes.py', write: python },
  { name: 'error-code page', file: 'page.md', write: page },
] as const;

const entries: fc.Arbitrary<Entry[]> = fc
  .uniqueArray(
    fc.record({
      code: fc.stringMatching(/^(?:FailedOperation|LimitExceeded|InternalError)(?:\.[A-Z][A-Za-z0-9]{0,7})?$/u),
      zh: fc.constantFrom('操作失败。', '资源不足，请稍后再试。', 'Quota exceeded.', '𠀋 字符。'),
    }),
    { minLength: 2, maxLength: 4, selector: (entry) => entry.code },
  )
  .map((list) => list.map((entry, i) => ({ ...entry, zh: `${entry.zh}${i}` })));

/** What loading the first `cut` bytes gives: the codes, or the error's line and message. */
function load(file: string, data: Buffer, cut: number): string[] | TableError {
  try {
    return tableOfBytes(data.subarray(0, cut), file).codes.map((entry) => `${entry.code} ${entry.description.zh}`);
  } catch (error) {
    if (error instanceof TableError) return error;
    throw error;
  }
}

describe.each(FORMATS)('a $name cut at every byte', ({ file, write }) => {
  it('is the whole table or an error with a line; a line format may stop after a whole entry', () => {
    let boundaries = 0;
    let cuts = 0;
    fc.assert(
      fc.property(entries, (list) => {
        const { text, ends } = write(list);
        const data = Buffer.from(text, 'utf8');
        const whole = list.map(({ code, zh }) => `${code} ${zh}`);
        expect(load(file, data, data.length)).toEqual(whole);
        for (let cut = 0; cut < data.length; cut++) {
          cuts++;
          const loaded = load(file, data, cut);
          const end = ends.find(({ from, to }) => cut >= from && cut <= to);
          if (loaded instanceof TableError) {
            expect(loaded.line, `cut ${cut}: ${loaded.message}`).toBeGreaterThanOrEqual(1);
            expect(loaded.message).toMatch(/^[^\n]+:\d+: [^\n]+$/u);
          } else if (end === undefined) {
            // Only white space after the table may go: the final line break.
            expect(loaded, `cut ${cut} of ${JSON.stringify(text)}`).toEqual(whole);
          } else {
            boundaries++;
            expect(loaded, `cut ${cut} of ${JSON.stringify(text)}`).toEqual(whole.slice(0, end.count));
          }
        }
      }),
      { numRuns: 15, seed: 2026_12_05 },
    );
    // The JSON and Go formats close what they open: no cut of them is a shorter table.
    if (file.endsWith('.json') || file.endsWith('.go')) expect(boundaries).toBe(0);
    expect(cuts).toBeGreaterThan(1000);
  });
});

describe('bytes a table cannot hold', () => {
  it.each([
    [
      'table.json',
      '{\n  "service": "demo",\n  "codes": [{"code": "A", "family": "A", "scope": "service", "zh": "\xFF"}]\n}\n',
      3,
    ],
    ['page.md', '| Error Code | Description |\n|---|---|\n| A | \xC0\xAF |\n', 3],
    ['tencentcloud/demo/v20200101/errors.go', 'package v1\n\nconst (\n\t// \xED\xA0\x80\n\tA = "A"\n)\n', 4],
    ['tencentcloud/demo/v20200101/errorcodes.py', "# \xF5\x80\x80\x80\nA = 'A'\n", 1],
  ])('%s: invalid UTF-8 is an error naming its line', (file, latin1, line) => {
    const loaded = load(file, Buffer.from(latin1, 'latin1'), Number.POSITIVE_INFINITY);
    const byte = /[\x80-\xFF]/u.exec(latin1)?.[0].charCodeAt(0).toString(16).toUpperCase() ?? '';
    expect(loaded).toBeInstanceOf(TableError);
    expect((loaded as TableError).message).toBe(
      `${file}:${line}: the byte 0x${byte} on this line is not valid UTF-8; save the file as UTF-8`,
    );
  });

  it('a character the end of the file cuts in two says the file is cut short', () => {
    const data = Buffer.from('| 错误码 | 说明 |\n|---|---|\n| A | 甲 |\n', 'utf8');
    const cut = data.indexOf(Buffer.from('甲', 'utf8')) + 1;
    expect((load('page.md', data, cut) as TableError).message).toBe(
      'page.md:3: the file ends in the middle of a UTF-8 character; is it cut short?',
    );
  });

  it.each([
    [
      'a second "codes"',
      '{"service": "demo",\n "codes": [{"code": "A", "family": "A", "scope": "service", "zh": "甲"}],\n "codes": [{"code": "B", "family": "B", "scope": "service", "zh": "乙"}]}\n',
      'table.json:3: the key "codes" is given twice in one object (first on line 2); JSON would keep only the last',
    ],
    [
      'a second "zh" in an entry',
      '{"service": "demo", "codes": [\n  {"code": "A", "family": "A", "scope": "service",\n   "zh": "甲", "zh": "乙"}\n]}\n',
      'table.json:3: the key "zh" is given twice in one object (first on line 3); JSON would keep only the last',
    ],
  ])('%s: a duplicate key is an error naming its line', (_, text, message) => {
    expect((load('table.json', Buffer.from(text, 'utf8'), Number.POSITIVE_INFINITY) as TableError).message).toBe(
      message,
    );
  });
});
