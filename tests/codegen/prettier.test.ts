import fc from 'fast-check';
import * as prettier from 'prettier';

import { generate, type GenerateOptions } from '../../src/codegen/index.js';
import { type CodeEntry, type CodeTable, loadTable } from '../../src/table/index.js';
import { generated, runInProcess, tempProject, withBody, withReturnType } from './support.js';

/*
 * The generated file under Prettier: laid out as Prettier's defaults lay it out, so `prettier --check` passes and
 * `prettier --write` changes nothing; and, formatted with any other options, still current for --check and kept
 * (with what the user wrote in it) by a re-run.
 */

const gaap = loadTable('gaap');
const OUT = 'src/gaap-errors.generated.ts';

/** The text as Prettier formats it, with its defaults and `options`. */
function format(text: string, options: prettier.Options = {}): Promise<string> {
  return prettier.format(text, { parser: 'typescript', ...options });
}

/** Options a project might format with: the repository's own, and some far from the defaults. */
const OTHER_OPTIONS: prettier.Options[] = [
  { singleQuote: true, printWidth: 120 },
  { semi: false, useTabs: true },
  { printWidth: 40, trailingComma: 'none', bracketSpacing: false, quoteProps: 'consistent' },
];

describe("the generated GAAP module under Prettier's defaults", () => {
  it.each<[string, Partial<GenerateOptions>]>([
    ['every family', {}],
    ['some families, English comments', { families: ['AuthFailure', 'InvalidParameterValue'], lang: 'en' }],
    ['the CreateProxy action', { actions: ['CreateProxy'] }],
    ['every action', { actions: '*' }],
  ])('%s: prettier --check passes, prettier --write changes nothing', async (_, options) => {
    const text = generated({ tables: [gaap], out: OUT, ...options });
    expect(await prettier.check(text, { parser: 'typescript' })).toBe(true);
    expect(await format(text)).toBe(text);
  });

  it('lines fit in 80 columns but for comments and the header', () => {
    const text = generated({ tables: [gaap], out: OUT, actions: '*' });
    const long = text.split('\n').filter((line) => line.length > 80 && !/^\s*(?:\/\/|\*)/u.test(line));
    expect(long).toEqual([]);
  });
});

/** Names from 1 to 90 characters: the layout breaks lines where Prettier does, whatever their width. */
const word = (max: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[A-Z][A-Za-z0-9]{0,${max}}$`, 'u'));

/** Random tables: up to three services, families and codes of every width, some common codes, some actions. */
const tables: fc.Arbitrary<CodeTable[]> = fc
  .array(
    fc.record({
      service: fc.stringMatching(/^[a-z][a-z0-9]{0,20}$/u),
      families: fc.array(
        fc.record({ family: word(60), segments: fc.array(word(60), { maxLength: 3 }), common: fc.boolean() }),
        { minLength: 1, maxLength: 4 },
      ),
      actions: fc.array(fc.record({ name: word(50), take: fc.array(fc.boolean(), { maxLength: 8 }) }), {
        maxLength: 3,
      }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((specs) =>
    specs.map(({ service, families, actions }, t) => {
      const codes = new Map<string, CodeEntry>();
      for (const { family, segments, common } of families) {
        for (const code of [family, ...segments.map((s) => `${family}.${s}`)]) {
          codes.set(code, { code, family, scope: common ? 'common' : 'service', description: { zh: '说明。' } });
        }
      }
      const list = [...codes.values()];
      const listed = new Map(
        actions.map(({ name, take }) => [
          name,
          list.filter((_, i) => take[i % Math.max(take.length, 1)] === true).map((e) => e.code),
        ]),
      );
      return {
        service,
        origin: `${service}.json`,
        digest: String(t).repeat(64),
        codes: list,
        ...(t === 0 && listed.size > 0 ? { actions: listed } : {}),
      };
    }),
  );

describe("generated modules of random tables under Prettier's defaults", () => {
  it('are what prettier --write makes of them, per family and per action', async () => {
    await fc.assert(
      fc.asyncProperty(tables, async (t) => {
        for (const mode of [{}, { actions: '*' as const }]) {
          const result = generate({ tables: t, out: 'errors.ts', ...mode });
          // Tables whose actions list no codes are refused in action mode; the family mode always runs.
          if (!result.ok && 'actions' in mode) continue;
          if (!result.ok) throw new Error(result.message);
          expect(await format(result.text)).toBe(result.text);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('a generated file formatted with other options', () => {
  const families = ['FailedOperation', 'InvalidParameter'];
  const fresh = generated({ tables: [gaap], out: OUT, families });
  const mine = withReturnType(
    withBody(fresh, 'FailedOperation.ProxySellOut', "return 'sold out';"),
    'handleGaapFailedOperation',
    'string',
  );

  it.each(OTHER_OPTIONS)('is current as it is, and keeps what was written in it: %j', async (options) => {
    const formatted = await format(fresh, options);
    expect(formatted).not.toBe(fresh);
    expect(generate({ tables: [gaap], out: OUT, families, existing: formatted })).toEqual({
      ok: true,
      text: formatted,
      kept: [],
      pruned: [],
      dropped: [],
    });
    const edited = await format(mine, options);
    expect(generate({ tables: [gaap], out: OUT, families, existing: edited })).toEqual({
      ok: true,
      text: edited,
      kept: ['FailedOperation.ProxySellOut'],
      pruned: [],
      dropped: [],
    });
  });

  it.each(OTHER_OPTIONS)(
    'is rewritten by a change that needs it, keeping the body and its return type: %j',
    async (options) => {
      const edited = await format(mine, options);
      const more = generate({
        tables: [gaap],
        out: OUT,
        existing: edited,
        families: [...families, 'LimitExceeded'],
      });
      expect(more).toMatchObject({ ok: true, kept: ['FailedOperation.ProxySellOut'], pruned: [], dropped: [] });
      const text = more.ok ? more.text : '';
      expect(text).toContain('export function handleGaapLimitExceeded(');
      expect(text).toContain(
        'export function handleGaapFailedOperation(\n  error: GaapError<GaapFailedOperationCode>,\n): string {\n',
      );
      // The body as the formatter left it, kept byte for byte.
      expect(text).toMatch(/case "FailedOperation\.ProxySellOut":\n\s+return ["']sold out["'];?\n/u);
    },
  );

  it('passes gen-handlers --check after prettier --write with the repository options', async () => {
    const p = tempProject();
    try {
      expect(await runInProcess(['--table', 'tables/gaap.json', '--out', 'src/errors.ts'], p.dir)).toMatchObject({
        status: 0,
      });
      const formatted = await format(p.read('src/errors.ts'), { singleQuote: true, printWidth: 120 });
      expect(formatted).not.toBe(p.read('src/errors.ts'));
      p.write('src/errors.ts', formatted);
      expect(await runInProcess(['--check', 'src/errors.ts'], p.dir)).toEqual({
        status: 0,
        stdout: 'src/errors.ts is up to date\n',
        stderr: '',
      });
      expect(await runInProcess(['src/errors.ts'], p.dir)).toEqual({
        status: 0,
        stdout: 'src/errors.ts is up to date\n',
        stderr: '',
      });
      expect(p.read('src/errors.ts')).toBe(formatted);
    } finally {
      p.cleanup();
    }
  });
});
