import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import * as prettier from 'prettier';

import { runInProcess, typeErrors } from './support.js';

/*
 * Random rounds of "generate, edit by hand, maybe run a formatter, change the settings or the table, run again"
 * through the CLI (in-process), for the property test and bench/codegen-keep.bench.ts. Every line an edit adds
 * carries a unique mark (`u<n>`), so a line lost is a mark missing from the new file that the run did not list as
 * dropped.
 */

const OUT = 'm.ts';

const FAMILY_POOL = [
  'FailedOperation',
  'LimitExceeded',
  'ResourceNotFound',
  'InvalidParameter',
  'AuthFailure',
  'Error',
];

interface TableCode {
  readonly code: string;
  readonly family: string;
  readonly scope: 'service';
  readonly zh: string;
  readonly en?: string;
}

interface TableFile {
  readonly service: string;
  readonly codes: readonly TableCode[];
}

const table = (service: fc.Arbitrary<string>): fc.Arbitrary<TableFile> =>
  fc
    .record({
      service,
      families: fc.uniqueArray(fc.oneof(fc.constantFrom(...FAMILY_POOL), fc.stringMatching(/^[A-Z][a-z]{1,6}$/u)), {
        minLength: 1,
        maxLength: 4,
      }),
      rows: fc.array(
        fc.record({
          family: fc.nat(),
          segment: fc.option(fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,8}$/u), { nil: undefined }),
          zh: fc.constantFrom('失败。', '超过限制。', '资源不存在。', 'a `tick` and */ and ${x}', ''),
          en: fc.option(fc.constantFrom('Failed.', 'Limit exceeded.'), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    })
    .map(({ service: name, families, rows }) => {
      const seen = new Set<string>();
      const codes: TableCode[] = [];
      for (const [i, row] of rows.entries()) {
        const family = families[row.family % families.length] ?? 'Family';
        const code = row.segment === undefined ? family : `${family}.${row.segment}`;
        if (seen.has(code)) continue;
        seen.add(code);
        const zh = `${row.zh}${i}`;
        codes.push(
          row.en === undefined
            ? { code, family, scope: 'service', zh }
            : { code, family, scope: 'service', zh, en: row.en },
        );
      }
      return { service: name, codes };
    });

/** One hand edit; `at` picks the place among those of its kind, modulo their number. */
type Edit =
  | { readonly kind: 'helperNamedLikeGenerated'; readonly at: number; readonly shape: 'function' | 'type' | 'guard' }
  | { readonly kind: 'statementBeforeSwitch'; readonly at: number; readonly beforeInfo: boolean }
  | { readonly kind: 'statementAfterSwitch'; readonly at: number }
  | { readonly kind: 'statementBetweenDocAndDeclaration'; readonly at: number }
  | { readonly kind: 'commentBetweenDocAndDeclaration'; readonly at: number }
  | { readonly kind: 'caseComment'; readonly at: number }
  | { readonly kind: 'commentAboveCase'; readonly at: number }
  | { readonly kind: 'switchTopComment'; readonly at: number }
  | { readonly kind: 'duplicateLabel'; readonly at: number }
  | { readonly kind: 'usesFamilyType'; readonly at: number }
  | { readonly kind: 'copiedTag' }
  | { readonly kind: 'caseBody'; readonly at: number }
  | { readonly kind: 'topLevelComment'; readonly at: number }
  | { readonly kind: 'editGeneratedCode'; readonly at: number }
  | { readonly kind: 'headerLookalike'; readonly shape: 'families' | 'table' | 'regenerate' }
  | { readonly kind: 'asyncReturnType'; readonly at: number; readonly shape: 'both' | 'async' | 'returnType' }
  | { readonly kind: 'jsdocEdit'; readonly at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('helperNamedLikeGenerated' as const),
    at: fc.nat(),
    shape: fc.constantFrom('function' as const, 'type' as const, 'guard' as const),
  }),
  fc.record({ kind: fc.constant('statementBeforeSwitch' as const), at: fc.nat(), beforeInfo: fc.boolean() }),
  ...(
    [
      'statementAfterSwitch',
      'statementBetweenDocAndDeclaration',
      'commentBetweenDocAndDeclaration',
      'caseComment',
      'commentAboveCase',
      'switchTopComment',
      'duplicateLabel',
      'caseBody',
      'topLevelComment',
      'editGeneratedCode',
      'usesFamilyType',
    ] as const
  ).map((kind) => fc.record({ kind: fc.constant(kind), at: fc.nat() })),
  fc.record({ kind: fc.constant('copiedTag' as const) }),
  fc.record({
    kind: fc.constant('headerLookalike' as const),
    shape: fc.constantFrom('families' as const, 'table' as const, 'regenerate' as const),
  }),
  fc.record({
    kind: fc.constant('asyncReturnType' as const),
    at: fc.nat(),
    shape: fc.constantFrom('both' as const, 'async' as const, 'returnType' as const),
  }),
  fc.record({ kind: fc.constant('jsdocEdit' as const), at: fc.nat() }),
);

/** What changes before the second run. */
type Change =
  | { readonly kind: 'same' | 'lang' | 'allFamilies' | 'secondTable' }
  | { readonly kind: 'addFamily' | 'dropFamily' | 'addCode' | 'removeCode' | 'reword'; readonly at: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('same' as const, 'lang' as const, 'allFamilies' as const, 'secondTable' as const),
  }),
  fc.record({
    kind: fc.constantFrom(
      'addFamily' as const,
      'dropFamily' as const,
      'addCode' as const,
      'removeCode' as const,
      'reword' as const,
    ),
    at: fc.nat(),
  }),
);

export interface Round {
  readonly table: TableFile;
  readonly second: TableFile;
  readonly lang: 'zh' | 'en';
  /** Indices into the table's families, or `undefined` for every family. */
  readonly pick: readonly number[] | undefined;
  readonly edits: readonly Edit[];
  readonly change: Change;
  readonly prune: boolean;
  /**
   * The Prettier options the user formats the edited file with before the second run (`undefined`: no formatter).
   * Double quotes all: the rounds find case labels by them.
   */
  readonly format: prettier.Options | undefined;
}

export const round: fc.Arbitrary<Round> = fc.record({
  table: table(fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/u)),
  second: table(fc.constant('extra')),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  pick: fc.option(fc.uniqueArray(fc.nat({ max: 5 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  edits: fc.array(edit, { minLength: 1, maxLength: 6 }),
  change,
  prune: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  format: fc.constantFrom<prettier.Options | undefined>(
    undefined,
    undefined,
    {},
    { printWidth: 40, semi: false, trailingComma: 'none' },
    { printWidth: 120, useTabs: true },
  ),
});

/** What one round found; every list empty and every flag false is a pass. */
export interface Outcome {
  /** Marks of lines the user wrote that the new file lacks and the run did not list as dropped. */
  readonly lost: readonly string[];
  /** The edited file compiled (strict) and the new one does not. */
  readonly nonCompiling: readonly string[];
  /** `--check` did not agree with the run that followed it. */
  readonly disagreement: string | undefined;
  /** A run right after a successful one changed the file again. */
  readonly notFixpoint: boolean;
  /** The refusal of the second run (its reason, in words), if it refused. */
  readonly refused: string | undefined;
  /** Line ranges the run listed as dropped (with `--prune`). */
  readonly dropped: number;
  /** Codes whose hand-written case bodies the run listed as pruned (with `--prune`). */
  readonly pruned: readonly string[];
}

/** A folder for rounds, reused from one round to the next. */
export function roundFolder(): { readonly dir: string; readonly cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-keep-rounds-'));
  mkdirSync(path.join(dir, 'tables'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one round in `dir`. */
export async function runRound(r: Round, dir: string): Promise<Outcome> {
  const write = (file: string, text: string): void => writeFileSync(path.join(dir, file), text);
  const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8');
  rmSync(path.join(dir, OUT), { force: true });
  write('tables/t.json', JSON.stringify(r.table));
  write('tables/extra.json', JSON.stringify(r.second));
  const families = [...new Set(r.table.codes.map((c) => c.family))].sort();
  const chosen =
    r.pick === undefined ? undefined : [...new Set(r.pick.map((i) => families[i % families.length] ?? ''))].sort();
  const familyFlags = (list: readonly string[] | undefined): string[] =>
    list === undefined ? ['--family', '*'] : list.flatMap((f) => ['--family', f]);
  const first = await runInProcess(
    ['--table', 'tables/t.json', ...familyFlags(chosen), '--lang', r.lang, '--out', OUT],
    dir,
  );
  if (first.status !== 0) throw new Error(`the first run failed: ${first.stderr}`);

  const hand = applyEdits(read(OUT), r.edits);
  const edited = r.format === undefined ? hand : await prettier.format(hand, { ...r.format, filepath: OUT });
  write(OUT, edited);

  let tables = ['tables/t.json'];
  let next = chosen;
  let lang = r.lang;
  const c = r.change;
  const codes = [...r.table.codes];
  if (c.kind === 'lang') lang = lang === 'zh' ? 'en' : 'zh';
  if (c.kind === 'allFamilies') next = undefined;
  if (c.kind === 'secondTable') tables = ['tables/t.json', 'tables/extra.json'];
  if (c.kind === 'addFamily' && next !== undefined)
    next = [...new Set([...next, families[c.at % families.length] ?? ''])].sort();
  if (c.kind === 'dropFamily') {
    const list = next ?? families;
    const dropped = list.filter((_, i) => i !== c.at % list.length);
    next = dropped.length === 0 ? list : dropped;
  }
  if (c.kind === 'addCode') {
    const family = families[c.at % families.length] ?? 'Family';
    codes.splice(c.at % (codes.length + 1), 0, {
      code: `${family}.AddedLater`,
      family,
      scope: 'service',
      zh: '新增。',
    });
  }
  if (c.kind === 'removeCode' && codes.length > 1) codes.splice(c.at % codes.length, 1);
  if (c.kind === 'reword') {
    const i = c.at % codes.length;
    const old = codes[i];
    if (old !== undefined) codes[i] = { ...old, zh: `${old.zh} 改写。` };
  }
  // A removed code may take a whole family (chosen by name) with it.
  const left = new Set(codes.map((code) => code.family));
  if (next !== undefined) next = next.filter((f) => left.has(f));
  if (next !== undefined && next.length === 0) next = undefined;
  write('tables/t.json', JSON.stringify({ ...r.table, codes }));

  const args = [
    ...tables.flatMap((t) => ['--table', t]),
    ...familyFlags(next),
    '--lang',
    lang,
    OUT,
    ...(r.prune ? ['--prune'] : []),
  ];
  const check = await runInProcess(['--check', ...args], dir);
  const fresh = await runInProcess(args, dir);
  const after = read(OUT);
  const disagreement = disagree(check, fresh);
  if (fresh.status !== 0) {
    return {
      lost: after === edited ? [] : ['the file changed although the run refused'],
      nonCompiling: [],
      disagreement,
      notFixpoint: false,
      refused: fresh.stderr.replace(/^gen-handlers: /u, '').slice(0, 200),
      dropped: 0,
      pruned: [],
    };
  }
  const { lost, dropped, pruned } = unlisted(edited, after, fresh.stdout);
  const again = await runInProcess(
    args.filter((a) => a !== '--prune'),
    dir,
  );
  const before = typeErrors({ [OUT]: edited });
  return {
    lost,
    nonCompiling: before.length === 0 ? typeErrors({ [OUT]: after }) : [],
    disagreement,
    notFixpoint: again.status !== 0 || read(OUT) !== after,
    refused: undefined,
    dropped,
    pruned,
  };
}

/**
 * The marks of `edited` (the file before a successful run) that `after` (the file it wrote) lacks and that the
 * run's report (`stdout`) does not list: neither on a line of a `m.ts:a-b (…)` it dropped, nor in the body of a
 * case whose code it pruned. Also the number of line ranges it dropped and the codes it pruned.
 */
export function unlisted(
  edited: string,
  after: string,
  stdout: string,
): { lost: string[]; dropped: number; pruned: string[] } {
  const dropped = [...stdout.matchAll(/m\.ts:(\d+)(?:-(\d+))? \(/gu)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])]);
  const pruned = /, pruned ([^\n]*?)(?:, dropped|\n|$)/u.exec(stdout)?.[1]?.split(', ') ?? [];
  // A mark as a word: `u3` is not in the new file because a code there reads `Error.Bu3n`.
  const kept = new Set(marks(after).map(({ mark }) => mark));
  const lost = marks(edited).filter(({ mark, line }) => {
    if (kept.has(mark)) return false;
    if (dropped.some(([a = 0, b = 0]) => line >= a && line <= b)) return false;
    const code = caseAbove(edited, line);
    return code === undefined || !pruned.includes(code);
  });
  return { lost: lost.map((m) => m.mark), dropped: dropped.length, pruned };
}

/** Whether `--check` said what the run after it did: current, stale (then it wrote), or the same refusal. */
function disagree(
  check: { status: number | null; stdout: string; stderr: string },
  fresh: { status: number | null; stdout: string; stderr: string },
): string | undefined {
  if (fresh.status !== 0) {
    return check.status === fresh.status && check.stderr === fresh.stderr
      ? undefined
      : `the run said ${fresh.status}: ${fresh.stderr} but --check said ${check.status}: ${check.stderr}`;
  }
  // The messages are in the language of the run's --lang.
  const wrote = /^(?:wrote |已写入 )/u.test(fresh.stdout);
  const ok = wrote ? check.status === 1 && /is stale|已过期/u.test(check.stderr) : check.status === 0;
  return ok ? undefined : `the run said ${fresh.stdout.trim()} but --check said ${check.status}: ${check.stderr}`;
}

/** Every mark in the text with its line. */
function marks(text: string): { mark: string; line: number }[] {
  return text
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(/\bu\d+\b/gu)].map((m) => ({ mark: m[0], line: i + 1 })));
}

/**
 * The code of the case whose body holds `line`, if it is in a case body: up to the next label, as gen-handlers reads
 * a clause. Labels are indented as the formatter left them (spaces, or tabs with `useTabs`); the `default` label and
 * a line at the top level end the search, so a line after the switch is no case's.
 */
function caseAbove(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  for (let i = line - 1; i >= 0; i--) {
    const current = lines[i] ?? '';
    const label = /^[ \t]+case "([^"]*)":/u.exec(current);
    if (label !== null) return label[1];
    if (/^(?:[ \t]+default:|\S)/u.test(current)) return undefined;
  }
  return undefined;
}

/** The identifier word of a family, as the generated names spell it (the families here need no more). */
function wordOf(family: string): string {
  return family.replace(/[^A-Za-z0-9_]/gu, '');
}

/**
 * The text with the handler around `index` declared to return `string` (a generated handler returns `never`), as a
 * user who writes a body that returns a string does.
 */
function returningString(text: string, index: number): string {
  const signature = text.lastIndexOf('): never {\n', index);
  if (signature === -1 || text.slice(signature, index).includes('\n}\n')) return text;
  return `${text.slice(0, signature)}): string {\n${text.slice(signature + '): never {\n'.length)}`;
}

/** Places of a kind in the generated text, as the offsets where an edit goes. */
function places(text: string, pattern: RegExp): { index: number; match: RegExpExecArray }[] {
  return [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map((match) => ({
    index: match.index,
    match,
  }));
}

/** Applies the edits in order; an edit with no place of its kind does nothing. */
function applyEdits(original: string, edits: readonly Edit[]): string {
  let text = original;
  const prefix = /^export function is(\w+)ErrorCode\(/mu.exec(text)?.[1] ?? 'X';
  const codeList = /^export const \w+_ERROR_CODES = \[([^\]]*)\] as const;/mu.exec(text);
  const families = [...new Set([...(codeList?.[1] ?? '').matchAll(/"([^".]*)/gu)].map((m) => m[1] ?? ''))];
  const insert = (index: number, what: string): void => {
    text = `${text.slice(0, index)}${what}${text.slice(index)}`;
  };
  edits.forEach((e, n) => {
    const mark = `u${n}`;
    const pick = <T>(list: readonly T[], at: number): T | undefined => list[at % Math.max(list.length, 1)];
    switch (e.kind) {
      case 'helperNamedLikeGenerated': {
        // A family without a handler yet, when there is one: the name clashes once the family is generated.
        const unchosen = families.filter((f) => !text.includes(`export function handle${prefix}${wordOf(f)}(`));
        const family = pick(unchosen.length > 0 ? unchosen : families, e.at) ?? 'Family';
        const word = wordOf(family);
        const name = {
          function: `handle${prefix}${word}`,
          type: `${prefix}${word}Code`,
          guard: `is${prefix}${word}Error`,
        }[e.shape];
        text +=
          e.shape === 'type'
            ? `\nexport type ${name} = '${mark}';\n`
            : `\nexport function ${name}(): string {\n  return '${mark}';\n}\n`;
        return;
      }
      case 'statementBeforeSwitch': {
        const place = pick(places(text, /^ {2}const info = \w+\(error\);\n(?= {2}switch)/mu), e.at);
        if (place === undefined) return;
        insert(e.beforeInfo ? place.index : place.index + place.match[0].length, `  void '${mark}';\n`);
        return;
      }
      case 'statementAfterSwitch': {
        const place = pick(places(text, /^ {6}return \w+Unhandled\(info\.code, error\);\n {2}\}\n/mu), e.at);
        if (place !== undefined) insert(place.index + place.match[0].length, `  // ${mark} never reached\n`);
        return;
      }
      case 'statementBetweenDocAndDeclaration':
      case 'commentBetweenDocAndDeclaration': {
        const place = pick(places(text, /^ \* @generated gen-handlers\n \*\/\n/mu), e.at);
        if (place === undefined) return;
        const line =
          e.kind === 'statementBetweenDocAndDeclaration'
            ? `export const ${mark}Between = '${mark}';\n`
            : `// eslint-disable-next-line no-console -- ${mark}\n`;
        insert(place.index + place.match[0].length, line);
        return;
      }
      case 'caseComment': {
        const place = pick(
          places(text, /^ {4}case "[^"\n]*":\n( {6}\/\/ [^\n]*)\n {6}throw \w+Throwable\(error\);$/mu),
          e.at,
        );
        if (place === undefined) return;
        const comment = place.match[1] ?? '';
        const start = place.index + place.match[0].indexOf(comment);
        text = `${text.slice(0, start)}      // ${mark} retried by the caller${text.slice(start + comment.length)}`;
        return;
      }
      case 'commentAboveCase': {
        const place = pick(places(text, /^ {4}case "[^"\n]*":\n/mu), e.at);
        if (place !== undefined) insert(place.index, `    // ${mark} about the next case\n`);
        return;
      }
      case 'switchTopComment': {
        const place = pick(places(text, /^ {2}switch \(info\.code\) \{\n/mu), e.at);
        if (place !== undefined) insert(place.index + place.match[0].length, `    // ${mark} every case is reviewed\n`);
        return;
      }
      case 'duplicateLabel': {
        const place = pick(places(text, /^ {4}case "[^"\n]*":\n/mu), e.at);
        if (place === undefined) return;
        insert(place.index + place.match[0].length, `      return '${mark}';\n${place.match[0]}`);
        text = returningString(text, place.index);
        return;
      }
      case 'usesFamilyType': {
        const place = pick(places(text, /^export type (\w+Code) =(?:\n {2}(?:\| )?| )"/mu), e.at);
        if (place !== undefined) text += `\nexport const ${mark}Codes: readonly ${place.match[1] ?? ''}[] = [];\n`;
        return;
      }
      case 'copiedTag':
        text += `\n/**\n * ${mark}: retries once.\n * @generated gen-handlers\n */\nexport function ${mark}Retry<T>(call: () => T): T {\n  try {\n    return call();\n  } catch {\n    return call();\n  }\n}\n`;
        return;
      case 'caseBody': {
        const place = pick(
          places(text, /^ {4}case "[^"\n]*":\n {6}\/\/ [^\n]*\n {6}throw \w+Throwable\(error\);$/mu),
          e.at,
        );
        if (place === undefined) return;
        const label = place.match[0].slice(0, place.match[0].indexOf('\n'));
        text = `${text.slice(0, place.index)}${label}\n      return '${mark}';${text.slice(place.index + place.match[0].length)}`;
        text = returningString(text, place.index);
        return;
      }
      case 'topLevelComment': {
        const place = pick(places(text, /^\/\*\*\n/mu), e.at);
        if (place !== undefined) insert(place.index, `// ${mark} a note of mine\n`);
        return;
      }
      case 'headerLookalike': {
        // A note of the user's among the header's lines that starts like one of them.
        const place = /^\/\/ (?:Families|Actions): [^\n]*\n/mu.exec(text);
        if (place === null) return;
        const note = {
          families: `// Families: ${mark} reviewed by the payments team`,
          table: `// Table note: ${mark} pinned to the May export`,
          regenerate: `// Regenerate: npx gen-handlers after each export (${mark})`,
        }[e.shape];
        insert(place.index + place[0].length, `${note}\n`);
        return;
      }
      case 'asyncReturnType': {
        // A handler made async, or given another return type, as a user whose cases await does.
        const place = pick(places(text, /^export function (handle\w+)\(\n?[^)]*\): never \{$/mu), e.at);
        if (place === undefined) return;
        const returnType = e.shape === 'async' ? 'Promise<never>' : `Promise</* ${mark} */ never>`;
        const header = place.match[0]
          .replace(/^export function/u, e.shape === 'returnType' ? 'export function' : `export async function`)
          .replace(/\): never \{$/u, e.shape === 'returnType' ? `): ${returnType} | never {` : `): ${returnType} {`);
        const marked = e.shape === 'async' ? header.replace(/\{$/u, `{ // ${mark}`) : header;
        text = `${text.slice(0, place.index)}${marked}${text.slice(place.index + place.match[0].length)}`;
        return;
      }
      case 'jsdocEdit': {
        // A line inside a generated JSDoc, not its first, reworded.
        const place = pick(places(text, /^\/\*\*\n( \* [^@\n][^\n]*)\n/mu), e.at);
        if (place === undefined) return;
        const line = place.match[1] ?? '';
        const start = place.index + place.match[0].indexOf(line);
        text = `${text.slice(0, start)}${line} (${mark})${text.slice(start + line.length)}`;
        return;
      }
      case 'editGeneratedCode': {
        const place = pick(places(text, /^ {2}return [^\n]*;\n\}\n/mu), e.at);
        if (place !== undefined) insert(place.index, `  void '${mark}';\n`);
        return;
      }
    }
  });
  return text;
}
