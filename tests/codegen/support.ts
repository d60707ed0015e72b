import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import ts from 'typescript';

import { runCli } from '../../src/codegen/cli/cli.js';
import { generate, type GenerateOptions } from '../../src/codegen/index.js';
import { ROOT } from '../support/paths.js';

/** The strictest settings a user might compile the generated module with. */
const STRICT: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  noPropertyAccessFromIndexSignature: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  noEmit: true,
};

const ROOT_DIR = '/virtual';
const realHost = ts.createCompilerHost(STRICT);
/** Library files are parsed once for every program of the run. */
const libCache = new Map<string, ts.SourceFile | undefined>();

/**
 * Type-checks in-memory files (name → text) under STRICT (and `extra` options) and returns the diagnostics as
 * `file:line: message` strings; empty when everything compiles. Several modules can go in one call.
 */
export function typeErrors(files: Record<string, string>, extra: ts.CompilerOptions = {}): string[] {
  const virtual = new Map(Object.entries(files).map(([name, text]) => [path.posix.join(ROOT_DIR, name), text]));
  const host: ts.CompilerHost = {
    ...realHost,
    getCurrentDirectory: () => ROOT_DIR,
    fileExists: (file) => virtual.has(file) || realHost.fileExists(file),
    directoryExists: (dir) =>
      dir === ROOT_DIR || dir.startsWith(`${ROOT_DIR}/`) || (realHost.directoryExists?.(dir) ?? false),
    realpath: (file) => file,
    readFile: (file) => virtual.get(file) ?? realHost.readFile(file),
    getSourceFile: (file, language) => {
      const text = virtual.get(file);
      if (text !== undefined) return ts.createSourceFile(file, text, language, true);
      if (!libCache.has(file)) libCache.set(file, realHost.getSourceFile(file, language));
      return libCache.get(file);
    },
    writeFile: () => undefined,
  };
  const program = ts.createProgram([...virtual.keys()], { ...STRICT, ...extra }, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.file === undefined || d.start === undefined) return message;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.posix.relative(ROOT_DIR, d.file.fileName)}:${line + 1}: ${message}`;
  });
}

/** Transpiles TypeScript modules to JavaScript in a temporary folder and imports the first one. */
export async function importModules<T>(files: Record<string, string>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-codegen-'));
  try {
    const names = Object.keys(files);
    for (const name of names) {
      const js = ts.transpileModule(files[name] ?? '', {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(path.join(dir, name.replace(/\.ts$/u, '.js')), js.outputText);
    }
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    const main = path.join(dir, (names[0] ?? '').replace(/\.ts$/u, '.js'));
    return (await import(/* @vite-ignore */ pathToFileURL(main).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** generate() that must succeed: the new text. */
export function generated(options: GenerateOptions): string {
  const result = generate(options);
  if (!result.ok) throw new Error(`generate refused: ${result.message}`);
  return result.text;
}

/**
 * `text` with the skeleton of the first case of `code` (its comment and its `throw`) replaced by `body`, one line
 * indented as a case body; throws when there is no such skeleton, so a test cannot pass on an edit that missed.
 */
export function withBody(text: string, code: string, body: string): string {
  const label = code.replace(/[.]/gu, '\\.');
  const skeleton = new RegExp(`( {4}case "${label}":\\n)[^\\n]*\\n {6}throw \\w+\\(error\\);`, 'u');
  if (!skeleton.test(text)) throw new Error(`no skeleton case "${code}" to write a body in`);
  return text.replace(skeleton, (_, label: string) => `${label}      ${body}`);
}

/**
 * `text` with the return type of the generated handler `name` (`never`) replaced by `type`, as a user who writes
 * bodies that return does; throws when the handler is not there.
 */
export function withReturnType(text: string, name: string, type: string): string {
  const start = text.indexOf(`export function ${name}(`);
  const colon = text.indexOf('): never {\n', start);
  if (start === -1 || colon === -1) throw new Error(`no handler ${name} returning never`);
  return `${text.slice(0, colon)}): ${type} {\n${text.slice(colon + '): never {\n'.length)}`;
}

/** The code of a module without its comments: what a description must never change. */
export function codeWithoutComments(text: string): string {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}

/** What a run of gen-handlers gave: its exit code and everything it printed. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs gen-handlers in this process, as the bin would run in `cwd`: `runCli` with an I/O that captures the output. */
export async function runInProcess(argv: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { status, stdout, stderr };
}

/**
 * A temporary project folder (with a package.json, which makes it the project root the header's commands start
 * from) with a copy of the GAAP table at tables/gaap.json.
 */
export function tempProject(): {
  dir: string;
  read: (file: string) => string;
  write: (file: string, text: string) => void;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-gen-cli-'));
  mkdirSync(path.join(dir, 'tables'));
  writeFileSync(path.join(dir, 'package.json'), '{}\n');
  writeFileSync(path.join(dir, 'tables/gaap.json'), readFileSync(path.join(ROOT, 'data/gaap.json')));
  return {
    dir,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(path.join(dir, file), text),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Files under `dir` whose names look like writeFileAtomic's temporary files. */
export function tempFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}
