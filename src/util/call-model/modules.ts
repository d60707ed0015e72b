import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { visitorKeys as tsVisitorKeys } from '@typescript-eslint/visitor-keys';
import { type Cache, createPathsMatcher, getTsconfig } from 'get-tsconfig';

import { LruCache } from '../lru-cache.js';
import { analyze } from '../scope-kinds.js';
import { walkNodes } from '../walk-nodes.js';
import { namesCloudbasePackage } from './sdk-modules.js';
import { isTypescriptModule, typescriptParser } from './typescript-parser.js';
import { API_MARK, createUnit, isHelperMarked, isRawMarked, QUOTED_VERSION, type Unit } from './values.js';

/**
 * The modules of the project that a linted file imports (by relative path, through a path alias, or from a package
 * of its workspace), read and parsed so that a client, a factory or a wrapper made in one module is known where
 * another uses it (`clients.ts` building the clients every route imports). A module is followed only when it may
 * hold clients: its text names the SDK or its API hosts, or it imports such a module itself (checked up to
 * `MAX_MODULE_DEPTH` imports away). Each module is parsed once per process while its file stays as it was (size and
 * mtime), with the linted file's own parser.
 */

/** How many relative imports away from the linted file modules are followed. */
const MAX_MODULE_DEPTH = 3;
/** How many parsed modules (and module texts) a process keeps: an editor's server lives long. */
const MAX_CACHED_MODULES = 500;
/**
 * How many directory listings and relevance answers a process keeps: small entries, and a project's whole import
 * graph should fit (a run over 4,000 files of node_modules re-read modules when these shared the bound of 500).
 */
const MAX_CACHED_ANSWERS = 20_000;
/** The extensions tried, in order, for a relative import written without one (or with `.js` for a `.ts` file). */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const JS_TO_TS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};
/**
 * The text that marks a module as calling Tencent Cloud: the SDK's package names and paths, the API hosts; and
 * CloudBase's `@cloudbase/cloud-api` and `@cloudbase/manager-node`, whose clients are built with no other mark.
 */
const SDK_MARK = 'tencentcloud';
/** Relative module specifiers in a module's text, read without parsing it. */
const RELATIVE_SPECIFIER = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'](\.{1,2}(?:\/[^"'\n]*)?)["']/gu;
/** The same, of a bare specifier: one a path alias may map (`@/lib/tencent`, `@acme/tencent`). */
const BARE_SPECIFIER = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["']([^"'.\n/][^"'\n]*)["']/gu;

/** A parser as ESLint's flat config gives it. */
export interface Parser {
  parse?(text: string, options?: unknown): unknown;
  parseForESLint?(
    text: string,
    options?: unknown,
  ): {
    ast: unknown;
    scopeManager?: unknown;
    visitorKeys?: unknown;
  };
}

interface Stamp {
  readonly size: number;
  readonly mtimeMs: number;
}

interface CachedText extends Stamp {
  readonly text: string | undefined;
}

interface CachedUnit extends Stamp {
  /** `null`: the module could not be parsed. */
  readonly unit: Unit | null;
}

/** Module texts by absolute path (`undefined` text: unreadable). */
const texts = new LruCache<string, CachedText>({ maxEntries: MAX_CACHED_MODULES, maxBytes: Infinity });
/** Parsed modules by absolute path and parser. */
const units = new WeakMap<object, LruCache<string, CachedUnit>>();
/** Whether a module may hold clients, by absolute path and depth budget. */
const relevance = new LruCache<string, Stamp & { readonly relevant: boolean }>({
  maxEntries: MAX_CACHED_ANSWERS,
  maxBytes: Infinity,
});
/** Whether a module sends raw requests (see importsRawSender), by absolute path. */
const rawSenders = new LruCache<string, Stamp & { readonly raw: boolean }>({
  maxEntries: MAX_CACHED_ANSWERS,
  maxBytes: Infinity,
});
/**
 * The names in each directory a relative import resolved in, with the directory's mtime when read: adding, removing
 * or renaming a file in it changes that mtime, so a listing stays exact for one stat of the directory, where trying
 * each extension took a stat apiece (up to 18 for an import that names a folder).
 */
const listings = new LruCache<string, { readonly mtimeMs: number; readonly names: ReadonlySet<string> }>({
  maxEntries: MAX_CACHED_ANSWERS,
  maxBytes: Infinity,
});

/**
 * The function a unit uses to follow its relative imports: it resolves `source` against `file`, and gives the
 * parsed module when it may hold clients (or, with `any`, whatever it holds) and the depth allows, else `undefined`.
 */
export function moduleImporter(
  file: string | undefined,
  depth: number,
  parser: Parser | undefined,
  isProduct: (name: string) => boolean,
): (source: string, any?: boolean) => Unit | undefined {
  return (source, any = false) => {
    if (file === undefined || parser === undefined || depth >= MAX_MODULE_DEPTH) return undefined;
    const found = any ? resolveSpecifier(file, source) : relevantImport(file, source, MAX_MODULE_DEPTH - depth - 1);
    return found === undefined || found.file === file
      ? undefined
      : parsedModule(found.file, depth + 1, parser, isProduct, found.stamp);
  };
}

/**
 * Whether a module `text` (a file at `file`) imports from the project (by relative path, a path alias, a package of
 * the workspace) sends raw requests itself (isRawMarked): the file may hand that module's signing helper the product,
 * action and version in fields of any spelling (`callTencentApi({ service: "tiw", version, action })`), which its own
 * text does not mark.
 */
export function importsRawSender(text: string, file: string | undefined): boolean {
  if (file === undefined) return false;
  return projectSpecifiers(text, file).some((source) => {
    const resolved = resolveSpecifier(file, source);
    if (resolved === undefined || resolved.file === file) return false;
    const cached = rawSenders.get(resolved.file);
    if (cached !== undefined && sameStamp(cached, resolved.stamp)) return cached.raw;
    const imported = moduleText(resolved.file, resolved.stamp);
    const raw = imported !== undefined && isRawMarked(imported);
    rawSenders.set(resolved.file, { ...resolved.stamp, raw }, 0);
    return raw;
  });
}

/**
 * Whether any relative import of `text` (a file at `file`) may hold clients: the cheap test that tells whether a
 * file without a mark of its own needs its imports followed at all.
 */
export function importsMayHoldClients(text: string, file: string | undefined): boolean {
  return (
    file !== undefined &&
    projectSpecifiers(text, file).some((source) => relevantImport(file, source, MAX_MODULE_DEPTH - 1) !== undefined)
  );
}

/**
 * The module `source` names from `file` (another file than `file`) with its stamp, when it may hold clients within
 * `budget` more imports; else `undefined`.
 */
function relevantImport(file: string, source: string, budget: number): { file: string; stamp: Stamp } | undefined {
  const resolved = resolveSpecifier(file, source);
  return resolved !== undefined && resolved.file !== file && mayHoldClients(resolved.file, budget, resolved.stamp)
    ? resolved
    : undefined;
}

/**
 * The file a specifier imported from `file` names: a relative one, one a path alias of the `tsconfig.json` (or
 * `jsconfig.json`) that governs `file` maps (`compilerOptions.paths`, with `baseUrl` and `extends`, as TypeScript
 * reads them; `baseUrl` alone too), or a module of a package of the project's workspace (see workspaceModule), with
 * its stamp; `undefined` for an installed package or what does not exist.
 */
function resolveSpecifier(file: string, source: string): { file: string; stamp: Stamp } | undefined {
  const dir = path.dirname(file);
  if (source.startsWith('.') || source.startsWith('/')) return resolveModule(dir, source);
  for (const candidate of aliasMatcher(dir)?.(source) ?? []) {
    const found = resolveModule(dir, candidate);
    if (found !== undefined) return found;
  }
  return workspaceModule(dir, source);
}

/** A package specifier: its name (`@acme/cloud`, `cloud`), and the path after it (`clients`, of `…/clients`). */
const PACKAGE_SPECIFIER = /^((?:@[^/@:]+\/)?[^/@:.][^/:]*)(?:\/(.+))?$/u;
const NODE_MODULES = 'node_modules';

/** A package of the workspace: its real folder, and its `exports` and entry fields. */
interface WorkspacePackage {
  readonly dir: string;
  readonly manifest: Readonly<Record<string, unknown>>;
}

/**
 * The packages a folder's own `node_modules` holds, by name: the workspace package a link points at, or `null` for
 * an installed package (which hides a package of the same name further up, as Node resolves); with the scope of
 * the folder above, where Node looks next.
 */
interface PackageScope {
  readonly own: ReadonlyMap<string, WorkspacePackage | null>;
  readonly parent: PackageScope | undefined;
  /** Whether this scope or one above it links a workspace package. */
  readonly linksWorkspace: boolean;
}

/**
 * Per folder, its package scope; `undefined` for a folder with no `node_modules` in or above it. Read once per
 * process, as the path aliases are: a package linked while an editor runs is seen after a restart.
 */
const packageScopes = new LruCache<string, { readonly scope: PackageScope | undefined }>({
  maxEntries: MAX_CACHED_ANSWERS,
  maxBytes: Infinity,
});

/**
 * The module a bare specifier names when its package is one of the project's own: a package found in a
 * `node_modules` folder above `dir` (as Node looks for it) that is a link to a folder outside every `node_modules`,
 * which is how npm, Yarn and pnpm workspaces link their packages. Its entry is the one of its `package.json`'s
 * `exports` that the specifier names (`.` or `./sub`, patterns with one `*` too), any condition, else its `source`,
 * `module`, `main` or `index` (or, for `pkg/sub`, the path itself), each resolved as a relative import: the first
 * that exists. An installed package is not read.
 */
function workspaceModule(dir: string, source: string): { file: string; stamp: Stamp } | undefined {
  const match = PACKAGE_SPECIFIER.exec(source);
  if (match === null) return undefined;
  const [, name = '', subpath] = match;
  const found = workspacePackage(packageScope(dir), name);
  if (found === null) return undefined;
  for (const entry of packageEntries(found.manifest, subpath)) {
    const resolved = resolveModule(found.dir, entry.startsWith('./') ? entry : `./${entry}`);
    if (resolved !== undefined) return resolved;
  }
  return undefined;
}

/** The workspace package `name` resolves to in `scope`; `null` for none (or an installed package). */
function workspacePackage(scope: PackageScope | undefined, name: string): WorkspacePackage | null {
  for (let each = scope; each?.linksWorkspace === true; each = each.parent) {
    const found = each.own.get(name);
    if (found !== undefined) return found;
  }
  return null;
}

function packageScope(dir: string): PackageScope | undefined {
  const known = packageScopes.get(dir);
  if (known !== undefined) return known.scope;
  const up = path.dirname(dir);
  const parent = up === dir ? undefined : packageScope(up);
  const own = path.basename(dir) === NODE_MODULES ? undefined : installedPackages(path.join(dir, NODE_MODULES));
  const linksWorkspace = parent?.linksWorkspace === true || [...(own?.values() ?? [])].some((found) => found !== null);
  const scope = own === undefined ? parent : { own, parent, linksWorkspace };
  packageScopes.set(dir, { scope }, 0);
  return scope;
}

/** The packages of a `node_modules` folder (scoped ones too), each linked workspace package read; else `undefined`. */
function installedPackages(folder: string): Map<string, WorkspacePackage | null> | undefined {
  const entries = direntsOf(folder);
  if (entries === undefined) return undefined;
  const packages = new Map<string, WorkspacePackage | null>();
  const add = (name: string, entry: Dirent, parentFolder: string): void => {
    packages.set(name, entry.isSymbolicLink() ? linkedPackage(path.join(parentFolder, entry.name)) : null);
  };
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (!entry.name.startsWith('@')) {
      add(entry.name, entry, folder);
      continue;
    }
    const scopeFolder = path.join(folder, entry.name);
    for (const scoped of direntsOf(scopeFolder) ?? []) add(`${entry.name}/${scoped.name}`, scoped, scopeFolder);
  }
  return packages;
}

function direntsOf(folder: string): Dirent[] | undefined {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

/** The package a link points at when its real folder is outside every `node_modules`; else `null`. */
function linkedPackage(linked: string): WorkspacePackage | null {
  let real: string;
  try {
    real = realpathSync(linked);
  } catch {
    return null;
  }
  if (real.split(path.sep).includes(NODE_MODULES)) return null;
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(real, 'package.json'), 'utf8'));
    return typeof manifest === 'object' && manifest !== null && !Array.isArray(manifest)
      ? { dir: real, manifest: manifest as Record<string, unknown> }
      : null;
  } catch {
    return null;
  }
}

/** The paths, relative to a package's folder, that may be its module `subpath` names (without one, the package's). */
function packageEntries(manifest: Readonly<Record<string, unknown>>, subpath: string | undefined): string[] {
  const { exports } = manifest;
  if (exports !== undefined && exports !== null) {
    const key = subpath === undefined ? '.' : `./${subpath}`;
    const isMap =
      typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
    if (!isMap) return key === '.' ? exportTargets(exports) : [];
    const map = exports as Record<string, unknown>;
    if (Object.hasOwn(map, key)) return exportTargets(map[key]);
    for (const [pattern, target] of Object.entries(map)) {
      const star = pattern.indexOf('*');
      if (star === -1 || pattern.indexOf('*', star + 1) !== -1) continue;
      const head = pattern.slice(0, star);
      const tail = pattern.slice(star + 1);
      if (!key.startsWith(head) || !key.endsWith(tail) || key.length < head.length + tail.length) continue;
      const part = key.slice(head.length, key.length - tail.length);
      return exportTargets(target).map((each) => each.replaceAll('*', part));
    }
    return [];
  }
  if (subpath !== undefined) return [subpath];
  const fields = ['source', 'module', 'main'].map((field) => manifest[field]);
  return [...fields.filter((field): field is string => typeof field === 'string'), 'index'];
}

/** The paths an `exports` target gives, under any condition, in order. */
function exportTargets(target: unknown): string[] {
  if (typeof target === 'string') return [target];
  if (Array.isArray(target)) return target.flatMap(exportTargets);
  if (typeof target === 'object' && target !== null) return Object.values(target).flatMap(exportTargets);
  return [];
}

/** Per folder, the path aliases of the config that governs it, as a matcher of specifiers; `null` when it has none. */
const aliasMatchers = new LruCache<string, { readonly match: ((specifier: string) => string[]) | null }>({
  maxEntries: MAX_CACHED_ANSWERS,
  maxBytes: Infinity,
});
/** get-tsconfig's own cache of the config files it read, shared by every folder. */
const configFiles: Cache = new Map();

/**
 * The matcher of the path aliases of the `tsconfig.json` or `jsconfig.json` nearest above `dir`, read once per
 * process; `null` when there is none, it maps nothing, or it cannot be read (an alias is then not followed, as
 * before).
 */
function aliasMatcher(dir: string): ((specifier: string) => string[]) | null {
  const known = aliasMatchers.get(dir);
  if (known !== undefined) return known.match;
  let match: ((specifier: string) => string[]) | null;
  try {
    const ts = getTsconfig(dir, 'tsconfig.json', configFiles);
    const js = getTsconfig(dir, 'jsconfig.json', configFiles);
    // The nearer governs, as in TypeScript's editor service: an app's jsconfig.json under a workspace's tsconfig.json.
    const config =
      js !== null && (ts === null || path.dirname(js.path).length > path.dirname(ts.path).length) ? js : ts;
    match = config === null ? null : createPathsMatcher(config);
  } catch {
    match = null;
  }
  aliasMatchers.set(dir, { match }, 0);
  return match;
}

/**
 * The absolute file a relative specifier names, trying the extensions a bundler or TypeScript would, and its stamp.
 * The names are looked up in the directory's listing: one stat of the directory, and one of the file found.
 */
function resolveModule(dir: string, source: string): { file: string; stamp: Stamp } | undefined {
  const base = path.resolve(dir, source);
  const extension = path.extname(base);
  const names: string[] = [];
  if (extension !== '') {
    names.push(base);
    const stem = base.slice(0, -extension.length);
    for (const ts of JS_TO_TS[extension] ?? []) names.push(stem + ts);
  }
  for (const ext of EXTENSIONS) names.push(base + ext);
  const listed = listing(path.dirname(base));
  const found = firstFile(names, listed);
  if (found !== undefined || !listed.has(path.basename(base))) return found;
  return firstFile(
    EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
    listing(base),
  );
}

/** The first of `files` (all in one directory, listed as `listed`) that is a file, with its stamp. */
function firstFile(files: readonly string[], listed: ReadonlySet<string>): { file: string; stamp: Stamp } | undefined {
  for (const file of files) {
    if (!listed.has(path.basename(file))) continue;
    const stamp = stampOf(file);
    if (stamp !== undefined) return { file, stamp };
  }
  return undefined;
}

const NOTHING_LISTED: ReadonlySet<string> = new Set();

/** The names in a directory (none where it cannot be read), re-read when its mtime changes. */
function listing(dir: string): ReadonlySet<string> {
  let mtimeMs: number | undefined;
  try {
    mtimeMs = statSync(dir, { throwIfNoEntry: false })?.mtimeMs;
  } catch {
    mtimeMs = undefined;
  }
  if (mtimeMs === undefined) return NOTHING_LISTED;
  let listed = listings.get(dir);
  if (listed?.mtimeMs !== mtimeMs) {
    let names: ReadonlySet<string>;
    try {
      names = new Set(readdirSync(dir));
    } catch {
      names = NOTHING_LISTED;
    }
    listed = { mtimeMs, names };
    listings.set(dir, listed, 0);
  }
  return listed.names;
}

/** Whether a module's text marks it, or (within `budget` more imports) one of its imports may hold clients. */
function mayHoldClients(file: string, budget: number, stamp: Stamp): boolean {
  const key = `${file}\0${budget}`;
  const cached = relevance.get(key);
  if (cached !== undefined && sameStamp(cached, stamp)) return cached.relevant;
  // Taken as not relevant while it is being decided: an import cycle adds nothing.
  relevance.set(key, { ...stamp, relevant: false }, 0);
  const text = moduleText(file, stamp);
  // The SDK's name, the marks of a module that signs and sends requests itself (a base class of generated clients),
  // or an API version a service class's client is built with.
  let relevant =
    text !== undefined &&
    (text.includes(SDK_MARK) || namesCloudbasePackage(text) || API_MARK.test(text) || QUOTED_VERSION.test(text));
  if (!relevant && text !== undefined && budget > 0) {
    relevant = projectSpecifiers(text, file).some((source) => relevantImport(file, source, budget - 1) !== undefined);
  }
  relevance.set(key, { ...stamp, relevant }, 0);
  return relevant;
}

/**
 * The specifiers `text` (of `file`) imports that may name a module of the project: relative, a path alias's, or a
 * package of the workspace. Bare specifiers are read only where an alias or a workspace link may map them.
 */
function projectSpecifiers(text: string, file: string): string[] {
  const relative = [...text.matchAll(RELATIVE_SPECIFIER)].map((match) => match[1] ?? '');
  const dir = path.dirname(file);
  const match = aliasMatcher(dir);
  const scope = packageScope(dir);
  if (match === null && scope?.linksWorkspace !== true) return relative;
  const bare = [...text.matchAll(BARE_SPECIFIER)].map((found) => found[1] ?? '');
  const mapped = bare.filter((source) => {
    if (match !== null && match(source).length > 0) return true;
    const name = PACKAGE_SPECIFIER.exec(source)?.[1];
    return name !== undefined && workspacePackage(scope, name) !== null;
  });
  return [...relative, ...mapped];
}

function parsedModule(
  file: string,
  depth: number,
  parser: Parser,
  isProduct: (name: string) => boolean,
  stamp: Stamp,
): Unit | undefined {
  let byFile = units.get(parser);
  if (byFile === undefined) {
    byFile = new LruCache({ maxEntries: MAX_CACHED_MODULES, maxBytes: Infinity });
    units.set(parser, byFile);
  }
  const cached = byFile.get(file);
  let unit: Unit | null;
  if (cached !== undefined && sameStamp(cached, stamp)) {
    unit = cached.unit;
  } else {
    const text = moduleText(file, stamp);
    unit = text === undefined ? null : (parseUnit(text, file, depth, parser, isProduct) ?? null);
    byFile.set(file, { ...stamp, unit }, 0);
  }
  // A TypeScript module the file's parser cannot read (ESLint's default parser's, for a `.js` file): typescript-eslint's.
  if (unit === null && parser !== typescriptParser && isTypescriptModule(file)) {
    return parsedModule(file, depth, typescriptParser, isProduct, stamp);
  }
  return unit ?? undefined;
}

/** Parses a module with the linted file's parser and analyses its scopes; `undefined` when it does not parse. */
function parseUnit(
  text: string,
  file: string,
  depth: number,
  parser: Parser,
  isProduct: (name: string) => boolean,
): Unit | undefined {
  const jsx = /\.[jt]sx$/u.test(file);
  for (const sourceType of ['module', 'commonjs'] as const) {
    const options = {
      ecmaVersion: 'latest',
      sourceType,
      range: true,
      loc: true,
      comment: false,
      tokens: false,
      filePath: file,
      ecmaFeatures: { jsx, globalReturn: sourceType === 'commonjs' },
    };
    let parsed: { ast: unknown; scopeManager?: unknown; visitorKeys?: unknown } | undefined;
    try {
      parsed =
        parser.parseForESLint?.(text, options) ??
        (parser.parse === undefined ? undefined : { ast: parser.parse(text, options) });
    } catch {
      continue;
    }
    if (parsed === undefined) return undefined;
    const ast = parsed.ast as TSESTree.Program;
    const visitorKeys = (parsed.visitorKeys ?? tsVisitorKeys) as Unit['visitorKeys'];
    setParents(ast, visitorKeys);
    let scopeManager = parsed.scopeManager as TSESLint.Scope.ScopeManager | undefined;
    try {
      scopeManager ??= analyze(ast, { sourceType, childVisitorKeys: visitorKeys });
    } catch {
      // A tree the analyser cannot take is not followed, as one the parser rejects.
      return undefined;
    }
    return createUnit(
      {
        file,
        ast,
        scopeManager,
        visitorKeys,
        depth,
        rawMarked: isRawMarked(text),
        helperMarked: isHelperMarked(text),
        importModule: moduleImporter(file, depth, parser, isProduct),
      },
      isProduct,
    );
  }
  return undefined;
}

/** A parser leaves `parent` unset: ESLint sets it while linting, and so must we for a module read here. */
function setParents(ast: TSESTree.Program, visitorKeys: Unit['visitorKeys']): void {
  walkNodes([ast], visitorKeys, (node) => {
    const keys = visitorKeys[node.type] ?? [];
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      const children: unknown[] = Array.isArray(child) ? child : [child];
      for (const item of children) {
        if (typeof item === 'object' && item !== null && 'type' in item) (item as { parent?: unknown }).parent = node;
      }
    }
    return true;
  });
}

function moduleText(file: string, stamp: Stamp): string | undefined {
  const cached = texts.get(file);
  if (cached !== undefined && sameStamp(cached, stamp)) return cached.text;
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  texts.set(file, { ...stamp, text }, 0);
  return text;
}

function stampOf(file: string): Stamp | undefined {
  try {
    const stats = statSync(file, { throwIfNoEntry: false });
    return stats?.isFile() === true ? { size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}
