/**
 * The real-shapes corpus (tests/fixtures/real-shapes/): files of the call shapes found in public code that calls
 * Tencent Cloud, rebuilt in our own words, and `manifest.json`, their ground truth (shapes, products, calls, planted
 * mistakes). Used by tests/repo/real-shapes-manifest.test.ts, which checks the manifest against the files and the
 * catalogue (tests/e2e/real-shapes-manifests.test.ts the held-out corpora's), and by scripts/lint-real-shapes.ts,
 * which lints the corpus with zero configuration and measures.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import tsParser, { clearCaches } from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';

import plugin from '../../src/index.js';
import { shippedCatalogue } from '../../src/table/load.js';
import type { CodeTable } from '../../src/table/types.js';
import { callModel } from '../../src/util/call-model/model.js';
import { FIXTURES, ROOT } from './paths.js';

export const REAL_SHAPES_DIR = path.join(FIXTURES, 'real-shapes');

const MANIFEST_FILE = 'manifest.json';

type MistakeKind =
  | 'typo'
  | 'case-typo'
  | 'other-product'
  | 'impossible-for-action'
  | 'removed-code'
  | 'removed-action'
  | 'partial-dispatch';

/** The rule that should report each kind of mistake; `null`: no rule of the plugin reports it. */
const EXPECTED_RULE: Readonly<Record<MistakeKind, string | null>> = {
  typo: 'tencentcloud-errors/no-unknown-error-code',
  'case-typo': 'tencentcloud-errors/no-unknown-error-code',
  'other-product': 'tencentcloud-errors/no-unknown-error-code',
  'removed-code': 'tencentcloud-errors/no-unknown-error-code',
  'impossible-for-action': 'tencentcloud-errors/no-impossible-error-code',
  'partial-dispatch': 'tencentcloud-errors/exhaustive-error-handling',
  'removed-action': 'tencentcloud-errors/no-removed-action',
};

export interface ManifestCall {
  readonly line: number;
  readonly product: string;
  /** The API version the call is made with, `null` where the code leaves it to the SDK's default. */
  readonly version: string | null;
  readonly action: string;
}

export interface ManifestMistake {
  readonly line: number;
  readonly code: string;
  readonly kind: MistakeKind;
  readonly expect: string | null;
  /** For `impossible-for-action` and `partial-dispatch`: the action of the call the handling guards. */
  readonly action?: string;
}

interface ManifestFile {
  readonly shapes: readonly string[];
  readonly products: readonly string[];
  readonly calls: readonly ManifestCall[];
  readonly mistakes: readonly ManifestMistake[];
}

export interface Manifest {
  readonly vocabulary: Readonly<Record<string, string>>;
  readonly mistakeKinds: Readonly<Record<string, string>>;
  readonly files: Readonly<Record<string, ManifestFile>>;
}

export function readManifest(dir: string = REAL_SHAPES_DIR): Manifest {
  return JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
}

/**
 * A project's configuration a corpus may hold beside its sources (a monorepo's `tsconfig.json` path aliases, its
 * packages' `package.json`, `pnpm-workspace.yaml`, a worker's `wrangler.toml`): JSON, YAML and TOML files, none of
 * them a file to lint.
 */
const PROJECT_CONFIG = /\.(?:json|jsonc|ya?ml|toml)$/u;

/** The corpus files (relative to `dir`, `/`-separated, sorted): every file of the folder but the manifest and configs. */
export function realShapeFiles(dir: string = REAL_SHAPES_DIR): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== MANIFEST_FILE && !PROJECT_CONFIG.test(file))
    .sort();
}

/* ------------------------------------------------------------------ the manifest against files and catalogue */

/** What the checks need of the catalogue, read once. */
interface CatalogueFacts {
  /** Product → its API versions, oldest first. */
  readonly versions: ReadonlyMap<string, readonly string[]>;
  readonly common: ReadonlySet<string>;
  /** Every code of every table (common included). */
  readonly all: ReadonlySet<string>;
  /** Lower-cased code → the codes spelt so. */
  readonly byLowerCase: ReadonlyMap<string, readonly string[]>;
  /** Code → the products that have it as their own. */
  readonly productsOf: ReadonlyMap<string, ReadonlySet<string>>;
  table(product: string, version: string | null): CodeTable;
}

let facts: CatalogueFacts | undefined;

function catalogueFacts(): CatalogueFacts {
  if (facts !== undefined) return facts;
  const catalogue = shippedCatalogue();
  const versions = new Map(Object.entries(catalogue.index().products));
  const common = new Set(catalogue.table('common').codes.map((entry) => entry.code));
  const all = new Set(common);
  const productsOf = new Map<string, Set<string>>();
  for (const product of versions.keys()) {
    for (const table of catalogue.versionTables(product)) {
      for (const { code, scope } of table.codes) {
        all.add(code);
        if (scope === 'service') productsOf.set(code, (productsOf.get(code) ?? new Set()).add(product));
      }
    }
  }
  const byLowerCase = new Map<string, string[]>();
  for (const code of all) byLowerCase.set(code.toLowerCase(), [...(byLowerCase.get(code.toLowerCase()) ?? []), code]);
  facts = {
    versions,
    common,
    all,
    byLowerCase,
    productsOf,
    table: (product, version) => catalogue.table(version === null ? product : `${product}@${version}`),
  };
  return facts;
}

/**
 * Whether a line names an action as a whole word (`.SendSms(`, `'SendSms'`; not `SendSmsBatch`), or reads a
 * constant of the file that holds it (`'x-tc-action': ACTION` after `const ACTION = 'DescribeInstances'`).
 */
function namesAction(line: string, action: string, lines: readonly string[] = []): boolean {
  // Bluebird's promisifyAll gives each method an `…Async` twin: `client.SearchLogAsync(req)` calls SearchLog. A
  // client generated from an API spec names it in camelCase: `ocrApi.generalBasicOCR(req)` calls GeneralBasicOCR.
  const camel = `${action.charAt(0).toLowerCase()}${action.slice(1)}`;
  if (new RegExp(`\\b(?:${action}|${camel})(?:Async)?\\b`, 'u').test(line)) return true;
  const holders = lines.flatMap((text) => {
    const match = new RegExp(`\\bconst\\s+(\\w+)\\s*=\\s*['"\`]${action}['"\`]`, 'u').exec(text);
    return match?.[1] === undefined ? [] : [match[1]];
  });
  return holders.some((name) => new RegExp(`\\b${name}\\b`, 'u').test(line));
}

/** Whether a line holds a code as a whole string literal (`'FailedOperation.X'`, not `'FailedOperation.XY'`). */
function holdsCode(line: string, code: string): boolean {
  return [`'${code}'`, `"${code}"`, `\`${code}\``].some((literal) => line.includes(literal));
}

/**
 * The codes a call's action documents (the catalogue's list for the action, from the SDK), `null` where the SDK
 * lists none, `undefined` where the call's API version has no such action.
 */
export function actionCodes(call: ManifestCall): readonly string[] | null | undefined {
  return catalogueFacts().table(call.product, call.version).actions?.get(call.action);
}

/** Whether the call's API version has its action today (a dropped action still answers `actions.get`). */
function isCurrentAction(call: ManifestCall): boolean {
  const actions = catalogueFacts().table(call.product, call.version).actions;
  return actions !== undefined && [...actions.keys()].includes(call.action);
}

/** Whether a code is a code of the product itself (any API version), not only a common one. */
function isOwnCode(code: string, product: string): boolean {
  return catalogueFacts().productsOf.get(code)?.has(product) === true;
}

function checkFileSet(manifest: Manifest, files: readonly string[]): string[] {
  const listed = new Set(Object.keys(manifest.files));
  const present = new Set(files);
  return [
    ...files.filter((file) => !listed.has(file)).map((file) => `${file}: not in the manifest`),
    ...[...listed].filter((file) => !present.has(file)).map((file) => `${file}: in the manifest, but no such file`),
  ];
}

function checkShapes(manifest: Manifest): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const [file, entry] of Object.entries(manifest.files)) {
    for (const shape of entry.shapes) {
      used.add(shape);
      if (!Object.hasOwn(manifest.vocabulary, shape))
        problems.push(`${file}: shape "${shape}" is not in the vocabulary`);
    }
  }
  for (const shape of Object.keys(manifest.vocabulary)) {
    if (!used.has(shape)) problems.push(`vocabulary: no file shows shape "${shape}"`);
  }
  return problems;
}

function checkProducts(file: string, entry: ManifestFile): string[] {
  const { versions } = catalogueFacts();
  return entry.products.flatMap((name) => {
    const [product = '', version] = name.split('@');
    const known = versions.get(product);
    if (known === undefined) return [`${file}: product "${product}" is not in data/catalogue/index.json`];
    if (version !== undefined && !known.includes(version)) return [`${file}: ${product} has no API version ${version}`];
    return [];
  });
}

function checkCalls(file: string, entry: ManifestFile, lines: readonly string[]): string[] {
  const { versions } = catalogueFacts();
  const problems: string[] = [];
  for (const call of entry.calls) {
    const at = `${file}:${call.line}`;
    if (!namesAction(lines[call.line - 1] ?? '', call.action, lines))
      problems.push(`${at}: the line does not name ${call.action}`);
    const known = versions.get(call.product);
    if (known === undefined) {
      problems.push(`${at}: product "${call.product}" is not in the catalogue`);
      continue;
    }
    if (call.version !== null && !known.includes(call.version)) {
      problems.push(`${at}: ${call.product} has no API version ${call.version}`);
      continue;
    }
    const removed = entry.mistakes.some((m) => m.kind === 'removed-action' && m.line === call.line);
    if (!removed && actionCodes(call) === undefined) {
      problems.push(`${at}: ${call.product}@${call.version ?? 'newest'} has no action ${call.action}`);
    }
  }
  return problems;
}

function checkMistake(file: string, entry: ManifestFile, mistake: ManifestMistake, lines: readonly string[]): string[] {
  const { all, byLowerCase, common } = catalogueFacts();
  const at = `${file}:${mistake.line}`;
  const line = lines[mistake.line - 1] ?? '';
  const { code, kind } = mistake;
  if (!Object.hasOwn(EXPECTED_RULE, kind)) return [`${at}: unknown mistake kind "${kind}"`];
  const problems: string[] = [];
  if (mistake.expect !== EXPECTED_RULE[kind]) {
    problems.push(
      `${at}: a ${kind} should be expected of ${EXPECTED_RULE[kind] ?? 'no rule'}, not ${mistake.expect ?? 'none'}`,
    );
  }
  if (kind === 'partial-dispatch') {
    if (!/\b(?:switch|if)\s*\(/u.test(line)) problems.push(`${at}: a partial dispatch's line holds no switch or if`);
    if (!lines.slice(mistake.line - 1).some((l) => holdsCode(l, code))) {
      problems.push(`${at}: the dispatch does not handle ${code}`);
    }
  } else if (kind === 'removed-action' ? !namesAction(line, code) : !holdsCode(line, code)) {
    problems.push(`${at}: the line does not hold ${code}`);
  }
  const calledProducts = new Set(entry.calls.map((c) => c.product));
  const guarded = entry.calls.find((c) => c.action === mistake.action);
  switch (kind) {
    case 'typo':
    case 'case-typo': {
      if (all.has(code)) problems.push(`${at}: ${code} is a catalogue code, not a ${kind}`);
      const spelt = byLowerCase.get(code.toLowerCase());
      if (kind === 'typo' && spelt !== undefined)
        problems.push(`${at}: ${code} differs from ${spelt.join(', ')} in case only`);
      if (kind === 'case-typo' && spelt === undefined)
        problems.push(`${at}: no catalogue code is ${code} in another case`);
      break;
    }
    case 'other-product':
      if (common.has(code) || [...calledProducts].some((p) => isOwnCode(code, p))) {
        problems.push(`${at}: ${code} is a code of the product the file calls`);
      } else if (!all.has(code)) {
        problems.push(`${at}: ${code} is no product's code`);
      }
      break;
    case 'removed-code':
      if (common.has(code) || [...calledProducts].some((p) => isOwnCode(code, p))) {
        problems.push(`${at}: ${code} is still a code of the product the file calls`);
      }
      break;
    case 'removed-action': {
      const call = entry.calls.find((c) => c.line === mistake.line && c.action === code);
      if (call === undefined) problems.push(`${at}: no call of ${code} on this line`);
      else if (isCurrentAction(call)) problems.push(`${at}: ${call.product} still has action ${code}`);
      break;
    }
    case 'impossible-for-action':
    case 'partial-dispatch': {
      if (guarded === undefined) {
        problems.push(`${at}: the file makes no call of ${mistake.action ?? '(no action given)'}`);
        break;
      }
      const documented = actionCodes(guarded) ?? [];
      if (kind === 'impossible-for-action') {
        if (common.has(code) || !isOwnCode(code, guarded.product)) {
          problems.push(`${at}: ${code} is not a code of ${guarded.product} itself`);
        } else if (documented.includes(code)) {
          problems.push(`${at}: ${guarded.action} documents ${code}`);
        }
      } else {
        const family = code.split('.')[0] ?? '';
        const ofFamily = documented.filter((c) => c.split('.')[0] === family);
        if (!documented.includes(code)) problems.push(`${at}: ${guarded.action} does not document ${code}`);
        else if (ofFamily.length < 2) problems.push(`${at}: ${guarded.action} documents a single ${family} code`);
      }
      break;
    }
  }
  return problems;
}

/**
 * Every way the manifest disagrees with the files of `dir` and with the catalogue, one line each
 * (`file:line: what`); empty when they agree.
 */
export function manifestProblems(manifest: Manifest, dir: string = REAL_SHAPES_DIR): string[] {
  const files = realShapeFiles(dir);
  const problems = [...checkFileSet(manifest, files), ...checkShapes(manifest)];
  for (const [file, entry] of Object.entries(manifest.files)) {
    if (!files.includes(file)) continue;
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    problems.push(...checkProducts(file, entry), ...checkCalls(file, entry, lines));
    for (const mistake of entry.mistakes) problems.push(...checkMistake(file, entry, mistake, lines));
  }
  return problems;
}

/* ------------------------------------------------------------------ linting with zero configuration */

/**
 * The parser and source type a user's ESLint would use on each file: typescript-eslint for TS, espree for JS. With
 * `typed`, TS files are parsed with type information, from its projects.
 */
function languageOptionsFor(file: string, text: string, typed?: TypedProjects): Linter.LanguageOptions {
  if (/\.[cm]?tsx?$/u.test(file)) {
    const sourceType = file.endsWith('.cts') ? 'commonjs' : 'module';
    const jsx = { ecmaFeatures: { jsx: file.endsWith('.tsx') } };
    return {
      parser: tsParser,
      sourceType,
      parserOptions: typed === undefined ? jsx : { ...jsx, project: typed.projects, tsconfigRootDir: typed.root },
    };
  }
  const sourceType = file.endsWith('.cjs')
    ? 'commonjs'
    : file.endsWith('.mjs') || /^\s*(?:import|export)\b/mu.test(text)
      ? 'module'
      : 'commonjs';
  return { ecmaVersion: 'latest', sourceType };
}

/** The monolithic SDK's services, each the declarations its per-product package has too. */
const SDK_SERVICES = path.join(ROOT, 'node_modules', 'tencentcloud-sdk-nodejs', 'tencentcloud', 'services');

/** The TypeScript projects a corpus's TS files are parsed with when linted with type information. */
interface TypedProjects {
  readonly root: string;
  /** A project's configs the corpus holds (a monorepo's, with its path aliases), then one for every other file. */
  readonly projects: readonly string[];
}

/**
 * Runs `lint` with the projects of the corpus in `dir`, as a user's type-aware config would give them: the
 * corpus's own `tsconfig.json` files first, each for the files it includes, then a project made for the run (in a
 * temporary folder, removed after) that includes every TS file of the corpus. The SDK's declarations are found
 * where an import of `tencentcloud-sdk-nodejs` finds them from the corpus: in this project's `node_modules`.
 */
function withTypedProjects<T>(dir: string, lint: (typed: TypedProjects) => T): T {
  const own = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'tsconfig.json')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const temporary = mkdtempSync(path.join(tmpdir(), 'tce-real-shapes-'));
  try {
    const made = path.join(temporary, 'tsconfig.json');
    const compilerOptions = {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'preserve',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      // The per-product packages (`tencentcloud-sdk-nodejs-ocr`) as installed: their declarations are the
      // monolithic package's, which this project has; `-common`, which it has too, resolves as it is.
      paths: { 'tencentcloud-sdk-nodejs-*': [path.join(SDK_SERVICES, '*')] },
    };
    const include = ['ts', 'tsx', 'mts', 'cts'].map((ext) => path.join(dir, `**/*.${ext}`).split(path.sep).join('/'));
    writeFileSync(made, JSON.stringify({ compilerOptions, include }));
    return lint({ root: dir, projects: [...own, made] });
  } finally {
    rmSync(temporary, { recursive: true, force: true });
    // The parser keeps each project's program, the SDK's declarations included, for as long as the process runs.
    clearCaches();
  }
}

export interface RealShapeReport {
  /** Relative to the corpus folder. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** `null` for a parse error. */
  readonly ruleId: string | null;
  readonly message: string;
}

/** What ESLint says of an `eslint-env` comment, which flat config no longer reads. */
const ESLINT_ENV_NOTE = /^\/\* eslint-env \*\/ comments are no longer supported/u;

/** The files of a corpus a lint looks at: every kind of script the corpora hold. */
const CORPUS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'];

/** How a corpus is linted. */
export interface RealShapeOptions {
  /** With type information for its TS files (see withTypedProjects), as a type-aware config lints them. */
  readonly typed?: boolean;
}

/**
 * What a project's config holds beside the plugin, so that the files' own comments read as they would there:
 * typescript-eslint's rules are known (`// eslint-disable-next-line @typescript-eslint/no-require-imports`), all
 * off, and a directive that disables nothing is not reported.
 */
const AS_IN_A_PROJECT: Linter.Config = {
  plugins: { '@typescript-eslint': tseslint.plugin },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
};

/**
 * Lints every corpus file with one of the plugin's presets and nothing else (no settings). Each file is linted under
 * its absolute path, so that rules which follow relative imports find the sibling modules.
 */
export function lintRealShapes(
  preset: 'recommended' | 'strict' | null,
  dir: string = REAL_SHAPES_DIR,
  { typed = false }: RealShapeOptions = {},
): RealShapeReport[] {
  return typed
    ? withTypedProjects(dir, (projects) => lintWith(preset, dir, projects))
    : lintWith(preset, dir, undefined);
}

function lintWith(
  preset: 'recommended' | 'strict' | null,
  dir: string,
  typed: TypedProjects | undefined,
): RealShapeReport[] {
  const linter = new Linter({ cwd: ROOT });
  const reports: RealShapeReport[] = [];
  for (const file of realShapeFiles(dir)) {
    const filename = path.join(dir, file);
    const text = readFileSync(filename, 'utf8');
    const configs: Linter.Config[] = [
      { files: CORPUS_FILES },
      { languageOptions: languageOptionsFor(file, text, typed) },
      AS_IN_A_PROJECT,
      ...(preset === null ? [] : [plugin.configs[preset]]),
    ];
    for (const m of linter.verify(text, configs, { filename })) {
      // ESLint's own notice of an older project's `/* eslint-env jest */`: the project's, not a rule's or the parser's.
      if (m.ruleId === null && ESLINT_ENV_NOTE.test(m.message)) continue;
      reports.push({ file, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message });
    }
  }
  return reports;
}

/* ------------------------------------------------------------------ what the call model knows */

/** One API call as the call model sees it: the lines its call expression spans, its table and action. */
export interface ModelCall {
  readonly startLine: number;
  readonly endLine: number;
  /** The line of what names the action (a method, a header), which a raw request may have apart from its call. */
  readonly actionLine: number;
  readonly table: string;
  readonly action: string | undefined;
  /** How the model knew it: an SDK client, a raw request, the receiver's type, the file's one product. */
  readonly via: string;
  /** Whether a guard holds it whose actions (all of them known) include its action. */
  readonly guardKnowsAction: boolean;
}

export interface FileModel {
  /** Whether the file was parsed with type information (its parser's services hold a program). */
  readonly typed: boolean;
  readonly products: readonly string[];
  readonly calls: readonly ModelCall[];
}

/** What the call model knows of each corpus file with zero configuration, by file (relative to the corpus folder). */
export function realShapeModels(
  dir: string = REAL_SHAPES_DIR,
  { typed = false }: RealShapeOptions = {},
): Map<string, FileModel> {
  return typed ? withTypedProjects(dir, (projects) => modelsWith(dir, projects)) : modelsWith(dir, undefined);
}

function modelsWith(dir: string, typed: TypedProjects | undefined): Map<string, FileModel> {
  const models = new Map<string, FileModel>();
  let current: FileModel | undefined;
  const probe: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      const model = callModel(context as unknown as Parameters<typeof callModel>[0], undefined);
      current = {
        typed: (context.sourceCode.parserServices?.program ?? null) !== null,
        products: model.products,
        calls: model.calls.map((call) => ({
          startLine: call.node.loc.start.line,
          endLine: call.node.loc.end.line,
          actionLine: call.actionNode.loc.start.line,
          table: call.table,
          action: call.action,
          via: call.via,
          guardKnowsAction: model.guards.some(
            (guard) =>
              guard.calls.includes(call) && call.action !== undefined && guard.actions?.includes(call.action) === true,
          ),
        })),
      };
      return {};
    },
  };
  const linter = new Linter({ cwd: ROOT });
  for (const file of realShapeFiles(dir)) {
    const filename = path.join(dir, file);
    const text = readFileSync(filename, 'utf8');
    current = undefined;
    linter.verify(
      text,
      [
        { files: CORPUS_FILES },
        { languageOptions: languageOptionsFor(file, text, typed) },
        { plugins: { model: { rules: { probe } } }, rules: { 'model/probe': 'error' } },
      ],
      { filename },
    );
    if (current !== undefined) models.set(file, current);
  }
  return models;
}

/**
 * Whether the model's call is the manifest's: it spans the manifest's line (or names its action there), of the same
 * product and action.
 */
export function sameCall(model: ModelCall, call: ManifestCall): boolean {
  return (
    ((model.startLine <= call.line && call.line <= model.endLine) || model.actionLine === call.line) &&
    model.table.split('@')[0] === call.product &&
    model.action === call.action
  );
}

/** How many files and products a manifest covers, and how many of its files have a planted code mistake. */
export function coverage(corpus: Manifest): { files: number; products: number; withCodeMistakes: number } {
  const entries = Object.values(corpus.files);
  return {
    files: entries.length,
    products: new Set(entries.flatMap((e) => e.products.map((p) => p.split('@')[0]))).size,
    withCodeMistakes: entries.filter((e) => e.mistakes.some((m) => m.kind !== 'partial-dispatch')).length,
  };
}
