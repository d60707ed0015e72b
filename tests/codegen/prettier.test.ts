import { mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import fc from 'fast-check';
import * as prettier from 'prettier';

import { generate, type GenerateOptions } from '../../src/codegen/index.js';
import { type CodeEntry, type CodeTable, loadTable } from '../../src/table/index.js';
import { ROOT } from '../support/paths.js';
import { generated, runInProcess, tempProject, withBody, withReturnType } from './support.js';

/*
 * The generated file under Prettier: ts-morph lays it out, and whatever options Prettier formats it with, the
 * formatted file is current for --check and a re-run changes nothing, with what the user wrote in it kept; and the
 * CLI formats what it writes with the Prettier of the output file's project and its options.
 */

const gaap = loadTable('gaap');
const OUT = 'src/gaap-errors.generated.ts';

/** The text as Prettier formats it, with its defaults and `options`. */
function format(text: string, options: prettier.Options = {}): Promise<string> {
  return prettier.format(text, { parser: 'typescript', ...options });
}

/** The example app's Prettier options, as Prettier resolves them for its generated file (the repository's own). */
const EXAMPLE_FILE = path.join(ROOT, 'examples/gaap-app/src/create-proxy-errors.generated.ts');
const exampleOptions = (await prettier.resolveConfig(EXAMPLE_FILE, { editorconfig: true })) ?? {};

/** Options a project might format with: the repository's own, and some far from the defaults. */
const OTHER_OPTIONS: prettier.Options[] = [
  { singleQuote: true, printWidth: 120 },
  { semi: false, useTabs: true },
  { printWidth: 40, trailingComma: 'none', bracketSpacing: false, quoteProps: 'consistent' },
];

/** generate() finds `text` current: it returns it as it is, so --check passes and a run writes nothing. */
function expectCurrent(options: GenerateOptions, text: string, kept: readonly string[] = []): void {
  expect(generate({ ...options, existing: text })).toEqual({ ok: true, text, kept, pruned: [], dropped: [] });
}

/**
 * A hand-written body with a template literal: read token by token without a re-scan after the `}` of its
 * `${…}`, its closing backtick would open a template literal that runs over the rest of the file.
 */
const TEMPLATE_BODY = 'return `${info.code}: sold out (request ${info.requestId ?? "none"})`;';

describe('the generated GAAP module formatted by Prettier', () => {
  const modes: [string, Partial<GenerateOptions>, string][] = [
    ['every family', {}, 'handleGaapFailedOperation'],
    ['the CreateProxy action', { actions: ['CreateProxy'] }, 'handleCreateProxyError'],
    ['every action', { actions: '*' }, 'handleCreateProxyError'],
  ];
  const configs: [string, prettier.Options][] = [
    ['default options', {}],
    ["the example's own options", exampleOptions],
  ];

  it("resolves the example's own options: the repository's .prettierrc.json", () => {
    expect(exampleOptions).toMatchObject({ singleQuote: true, printWidth: 120 });
  });

  it.each(
    modes.flatMap(([mode, options, handler]) =>
      configs.map(([config, o]) => [mode, config, options, handler, o] as const),
    ),
  )(
    '%s, %s: current as it is, with a hand-written body holding a template literal kept',
    async (_, __, mode, handler, prettierOptions) => {
      const options = { tables: [gaap], out: OUT, ...mode };
      const fresh = generated(options);
      const formatted = await format(fresh, prettierOptions);
      expect(formatted).not.toBe(fresh);
      expectCurrent(options, formatted);
      const mine = await format(
        withReturnType(withBody(fresh, 'FailedOperation.ProxySellOut', TEMPLATE_BODY), handler, 'string'),
        prettierOptions,
      );
      expect(mine).toContain('`${info.code}: sold out (request ${');
      expectCurrent(options, mine, ['FailedOperation.ProxySellOut']);
    },
  );
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

describe('generated modules of random tables formatted by Prettier', () => {
  it('are current as Prettier leaves them, with its defaults and with 40 columns, per family and per action', async () => {
    await fc.assert(
      fc.asyncProperty(tables, fc.constantFrom<prettier.Options>({}, OTHER_OPTIONS[2] ?? {}), async (t, o) => {
        for (const mode of [{}, { actions: '*' as const }]) {
          const options = { tables: t, out: 'errors.ts', ...mode };
          const result = generate(options);
          // Tables whose actions list no codes are refused in action mode; the family mode always runs.
          if (!result.ok && 'actions' in mode) continue;
          if (!result.ok) throw new Error(result.message);
          expectCurrent(options, await format(result.text, o));
        }
      }),
      { numRuns: 30 },
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
    expectCurrent({ tables: [gaap], out: OUT, families }, formatted);
    expectCurrent({ tables: [gaap], out: OUT, families }, await format(mine, options), [
      'FailedOperation.ProxySellOut',
    ]);
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
        'export function handleGaapFailedOperation(error: GaapError<GaapFailedOperationCode>): string {\n',
      );
      // The body as the formatter left it, kept byte for byte.
      expect(text).toMatch(/case "FailedOperation\.ProxySellOut":\n\s+return ["']sold out["'];?\n/u);
      // Formatted again, the new text is current.
      expectCurrent(
        { tables: [gaap], out: OUT, families: [...families, 'LimitExceeded'] },
        await format(text, options),
        ['FailedOperation.ProxySellOut'],
      );
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

describe("gen-handlers in a project with Prettier: the project's Prettier and options format what it writes", () => {
  /** A temporary project whose node_modules holds this repository's Prettier (as an install would). */
  function projectWithPrettier(): ReturnType<typeof tempProject> {
    const p = tempProject();
    mkdirSync(path.join(p.dir, 'node_modules'));
    const prettierDir = path.dirname(createRequire(import.meta.url).resolve('prettier/package.json'));
    symlinkSync(prettierDir, path.join(p.dir, 'node_modules/prettier'), 'dir');
    p.write('.prettierrc.json', '{ "singleQuote": true, "printWidth": 120 }\n');
    return p;
  }

  it('writes the module as Prettier formats it with those options; --check and a re-run find it current', async () => {
    const p = projectWithPrettier();
    try {
      const args = ['--table', 'gaap', '--action', 'CreateProxy', '--out', 'errors.ts'];
      expect(await runInProcess(args, p.dir)).toEqual({
        status: 0,
        stdout: `wrote errors.ts, formatted with Prettier ${prettier.version}\n`,
        stderr: '',
      });
      const written = p.read('errors.ts');
      const raw = generated({ tables: [gaap], out: 'errors.ts', actions: ['CreateProxy'] });
      expect(written).toBe(
        await format(raw, { singleQuote: true, printWidth: 120, filepath: path.join(p.dir, 'errors.ts') }),
      );
      expect(written).toContain("    case 'FailedOperation.ProxySellOut':\n");
      expect(await runInProcess(['--check', 'errors.ts'], p.dir)).toEqual({
        status: 0,
        stdout: 'errors.ts is up to date\n',
        stderr: '',
      });

      // A body with a template literal, the handler returning it; adding an action rewrites the file, formatted.
      const mine = withReturnType(
        written.replace(
          /( {4}case 'FailedOperation\.ProxySellOut':\n)[^\n]*\n {6}throw \w+\(error\);/u,
          (_, label: string) => `${label}      ${TEMPLATE_BODY}`,
        ),
        'handleCreateProxyError',
        'string',
      );
      expect(mine).not.toBe(written);
      p.write('errors.ts', mine);
      expect(
        await runInProcess(['--action', 'CreateProxy', '--action', 'DescribeProxies', 'errors.ts'], p.dir),
      ).toEqual({
        status: 0,
        stdout: `wrote errors.ts, kept 1 hand-written case body, formatted with Prettier ${prettier.version}\n`,
        stderr: '',
      });
      const rewritten = p.read('errors.ts');
      // The body as Prettier formats it with the project's options (single quotes): the template literal as it was.
      expect(rewritten).toContain(TEMPLATE_BODY.replace('"none"', "'none'"));
      expect(rewritten).toContain('export function handleDescribeProxiesError(');
      expect(await prettier.check(rewritten, { singleQuote: true, printWidth: 120, parser: 'typescript' })).toBe(true);
      expect(await runInProcess(['--check', 'errors.ts'], p.dir)).toMatchObject({ status: 0 });
      expect(await runInProcess(['errors.ts'], p.dir)).toEqual({
        status: 0,
        stdout: 'errors.ts is up to date, kept 1 hand-written case body\n',
        stderr: '',
      });
      expect(p.read('errors.ts')).toBe(rewritten);
    } finally {
      p.cleanup();
    }
  });

  it('leaves a file its .prettierignore names in ts-morph layout', async () => {
    const p = projectWithPrettier();
    try {
      p.write('.prettierignore', '*.generated.ts\n');
      expect(await runInProcess(['--table', 'tables/gaap.json', '--out', 'gaap.generated.ts'], p.dir)).toEqual({
        status: 0,
        stdout: 'wrote gaap.generated.ts\n',
        stderr: '',
      });
      expect(p.read('gaap.generated.ts')).toBe(
        generated({ tables: [loadTable('tables/gaap.json', { cwd: p.dir })], out: 'gaap.generated.ts' }),
      );
    } finally {
      p.cleanup();
    }
  });

  it('shows a stale file as a diff against the new text as Prettier formats it: only what changed', async () => {
    const p = projectWithPrettier();
    try {
      await runInProcess(['--table', 'tables/gaap.json', '--family', 'AuthFailure', '--out', 'errors.ts'], p.dir);
      p.write('errors.ts', p.read('errors.ts').replace('      // MFA error.\n', ''));
      const check = await runInProcess(['--check', 'errors.ts'], p.dir);
      expect(check.status).toBe(1);
      expect(check.stdout.split('\n').filter((line) => /^[-+][^-+]/u.test(line))).toEqual(['+      // MFA error.']);
    } finally {
      p.cleanup();
    }
  });

  it('keeps ts-morph layout, and says why on one line, when Prettier fails or rewrites more than the layout', async () => {
    const p = projectWithPrettier();
    try {
      const args = ['--table', 'tables/gaap.json', '--family', 'AuthFailure', '--out', 'errors.ts'];
      const raw = generated({
        tables: [loadTable('tables/gaap.json', { cwd: p.dir })],
        out: 'errors.ts',
        families: ['AuthFailure'],
      });
      p.write('.prettierrc.json', '{ "printWidth": "wide" }\n');
      const failed = await runInProcess(args, p.dir);
      expect(failed).toMatchObject({ status: 0, stdout: 'wrote errors.ts\n' });
      expect(failed.stderr).toMatch(
        new RegExp(
          `^gen-handlers: errors\\.ts: Prettier ${prettier.version.replaceAll('.', '\\.')} failed: [^\\n]*printWidth[^\\n]*; it keeps ts-morph's layout\\n$`,
          'u',
        ),
      );
      expect(p.read('errors.ts')).toBe(raw);
      // --check of a stale file says so too, and diffs against ts-morph's layout.
      p.write('errors.ts', raw.replace('      // MFA error.\n', ''));
      const check = await runInProcess(['--check', 'errors.ts'], p.dir);
      expect(check.status).toBe(1);
      expect(check.stdout.split('\n').filter((line) => /^[-+][^-+]/u.test(line))).toEqual(['+      // MFA error.']);
      expect(check.stderr.split('\n')).toEqual([
        expect.stringMatching(
          /^gen-handlers: errors\.ts: Prettier \S+ failed: .*; the diff shows the new text in ts-morph's layout$/u,
        ),
        'gen-handlers: errors.ts is stale; run "npx gen-handlers errors.ts" to update it',
        '',
      ]);

      // A plugin whose parser rewrites generated code: a re-run would refuse what it writes, so it is not written.
      p.write(
        'rewrite-plugin.mjs',
        "import * as ts from 'prettier/plugins/typescript';\nexport const parsers = { typescript: { ...ts.parsers.typescript, preprocess: (text) => text.replace('return dot === -1 ? code : code.slice(0, dot);', 'return code.split(\".\")[0] ?? code;') } };\n",
      );
      p.write('.prettierrc.json', '{ "plugins": ["./rewrite-plugin.mjs"] }\n');
      p.write('errors.ts', raw.replace('      // MFA error.\n', ''));
      const rewritten = await runInProcess(args, p.dir);
      expect(rewritten).toEqual({
        status: 0,
        stdout: 'wrote errors.ts\n',
        stderr: `gen-handlers: errors.ts: Prettier ${prettier.version} changed more than the layout of the generated code (a plugin?); it keeps ts-morph's layout\n`,
      });
      expect(p.read('errors.ts')).toBe(raw);
    } finally {
      p.cleanup();
    }
  });
});

describe('hand-written bodies with template literals, regular expressions and JSX, at several option sets', () => {
  const OUT_TSX = 'src/gaap-errors.generated.tsx';
  const families = ['FailedOperation'];
  const bodies: [code: string, body: string][] = [
    ['FailedOperation.ProxySellOut', 'return `${info.code}: sold out (request ${info.requestId ?? "none"})`;'],
    ['FailedOperation.ActionIsDoing', "return /^[`'\"]|Doing$/u.test(info.code) ? info.code.split('/') : [];"],
    [
      'FailedOperation.AccountBalanceInsufficient',
      "return <p title='it\"s'>The account of request {info.requestId} isn't funded: top it up, then `retry`.</p>;",
    ],
  ];
  let mine = generated({ tables: [gaap], out: OUT_TSX, families });
  for (const [code, body] of bodies) mine = withBody(mine, code, body);
  mine = withReturnType(mine, 'handleGaapFailedOperation', 'unknown');

  it.each<prettier.Options>([
    { singleQuote: true, printWidth: 120 },
    { semi: false, useTabs: true },
    { printWidth: 40 },
    { trailingComma: 'none' },
  ])('are current after Prettier, and kept by a re-run that adds a family: %j', async (options) => {
    const kept = bodies.map(([code]) => code).sort();
    const formatted = await prettier.format(mine, { filepath: OUT_TSX, ...options });
    expect(formatted).not.toBe(mine);
    expectCurrent({ tables: [gaap], out: OUT_TSX, families }, formatted, kept);
    const more = { tables: [gaap], out: OUT_TSX, families: [...families, 'LimitExceeded'] };
    const result = generate({ ...more, existing: formatted });
    expect(result).toMatchObject({ ok: true, kept });
    const text = result.ok ? result.text : '';
    expect(text).toContain('export function handleGaapLimitExceeded(');
    expectCurrent(more, await prettier.format(text, { filepath: OUT_TSX, ...options }), kept);
  });
});
