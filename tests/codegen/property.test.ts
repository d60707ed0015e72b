import fc from 'fast-check';

import type { CodeEntry, CodeTable } from '../../src/table/index.js';
import { round, roundFolder, runRound } from './keep-rounds.js';
import { codeWithoutComments, generated, typeErrors } from './support.js';

const ODD_TEXT = [
  '*/',
  '/*',
  '`',
  '${',
  '${x}`',
  "'",
  '"',
  '\\',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u202E',
  '\u2066',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '😀',
  '错误码',
  '//gen-handlers-keep-0',
  '@generated gen-handlers',
];

const description = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...ODD_TEXT), { maxLength: 6 }).map((parts) => parts.join(' x ')),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const familyName = fc.oneof(
  fc.constantFrom(
    'FailedOperation',
    'failedOperation',
    'Failed_Operation',
    'Error',
    'ErrorCode',
    'Sdk',
    'ErrorInfo',
    'A',
    'a',
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,12}$/u),
);
const segment = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,14}$/u);

/** A random table: 1–500 distinct codes over up to 40 families, with odd descriptions and some English. */
const table: fc.Arbitrary<CodeTable> = fc
  .record({
    service: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/u),
    families: fc.uniqueArray(familyName, { minLength: 1, maxLength: 40 }),
    rows: fc.array(
      fc.record({
        family: fc.nat(),
        segments: fc.array(segment, { maxLength: 2 }),
        zh: description,
        en: fc.option(description, { nil: undefined }),
      }),
      { minLength: 1, maxLength: 500 },
    ),
  })
  .map(({ service, families, rows }) => {
    const seen = new Set<string>();
    const codes: CodeEntry[] = [];
    for (const row of rows) {
      const family = families[row.family % families.length] ?? 'Family';
      const code = [family, ...row.segments].join('.');
      if (seen.has(code)) continue;
      seen.add(code);
      codes.push({
        code,
        family,
        scope: 'service',
        description: row.en === undefined ? { zh: row.zh } : { zh: row.zh, en: row.en },
      });
    }
    return { service, origin: `tables/${service}.json`, digest: 'a'.repeat(64), codes };
  });

const plain = (t: CodeTable): CodeTable => ({
  ...t,
  codes: t.codes.map((c) => ({ ...c, description: { zh: 'x', en: 'x' } })),
});

describe('gen-handlers over random tables', () => {
  it('regenerates byte-identically, and descriptions never change the code', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('zh' as const, 'en' as const), (t, lang) => {
        const out = `src/${t.service}-errors.generated.ts`;
        const text = generated({ tables: [t], out, lang });
        expect(generated({ tables: [t], out, lang })).toBe(text);
        expect(generated({ tables: [t], out, lang, existing: text })).toBe(text);
        expect(text).not.toMatch(/[\r\u2028\u2029\u0085\u202A-\u202E\u2066-\u2069\uFEFF]/u);
        expect(codeWithoutComments(text)).toBe(codeWithoutComments(generated({ tables: [plain(t)], out, lang })));
        // Hand-write every third case body: a re-run must give back exactly the edited file.
        let n = 0;
        const edited = text.replace(
          /^( {4}case "[^"\n]*":)\n {6}\/\/ [^\n]*\n {6}throw \w+Throwable\(error\);$/gmu,
          (skeleton, label: string) => (n++ % 3 === 0 ? `${label}\n      return ${n}; // mine` : skeleton),
        );
        expect(n).toBe(t.codes.length);
        expect(generated({ tables: [t], out, lang, existing: edited })).toBe(edited);
      }),
      { numRuns: 25 },
    );
  });

  it('always compiles under --strict and noUncheckedIndexedAccess (checked in batches)', () => {
    fc.assert(
      fc.property(fc.array(table, { minLength: 4, maxLength: 4 }), (tables) => {
        const files = Object.fromEntries(
          tables.map((t, i) => [`m${i}.ts`, generated({ tables: [t], out: `m${i}.ts` })]),
        );
        expect(typeErrors(files)).toEqual([]);
      }),
      { numRuns: 3 },
    );
  });

  // A few rounds here; `npm run bench -- codegen-keep` runs 500 and prints the figures.
  it('keeps every line written by hand or refuses naming it, compiles, and --check agrees with the run', async () => {
    const folder = roundFolder();
    try {
      await fc.assert(
        fc.asyncProperty(round, async (r) => {
          expect(await runRound(r, folder.dir)).toMatchObject({
            lost: [],
            nonCompiling: [],
            disagreement: undefined,
            notFixpoint: false,
          });
        }),
        { numRuns: 6 },
      );
    } finally {
      folder.cleanup();
    }
  });
});
