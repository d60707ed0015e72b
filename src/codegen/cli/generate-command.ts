import { existsSync, readFileSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { ALL_FAMILIES, DEFAULT_LANG, DEFAULT_TABLES, type Lang } from '../../shared/defaults.js';
import { type Message, message } from '../../shared/i18n.js';
import { packageInfo } from '../../shared/package-info.js';
import { posixPath } from '../../shared/posix-path.js';
import { shellWord } from '../../shared/shell-word.js';
import { fsReason, isEmbeddedSpec, loadTable } from '../../table/load.js';
import { TableError } from '../../table/table-error.js';
import type { CodeTable } from '../../table/types.js';
import { normalizeNewlines, parseHeader } from '../format/header.js';
import { FORMAT, type Settings } from '../format/settings.js';
import { checkArgs, DEFAULT_OUT_PATTERN, flagsHelp, parseArgsOptions, unknownCommand } from './flags.js';
import {
  type CliIO,
  displayPath,
  EXIT_OK,
  EXIT_REFUSED,
  EXIT_USAGE,
  reportProblem,
  say,
  styled,
  usageError,
} from './io.js';
import { CLI_MESSAGES as M } from './messages.js';
import { ConcurrentEditError, writeFileAtomic } from './write-atomic.js';

/** The generate command's help, in the run's language. */
export function generateHelp(io: CliIO): string {
  return say(io, message(M.generateHelp, { options: flagsHelp(io) }));
}

/** `gen-handlers [options] [<file>]`: generates, updates or checks a handler module. */
export async function runGenerate(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseArgsOptions();
  checkArgs(args, options, 'gen-handlers');
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  const flag = (name: string): unknown => (values as Record<string, unknown>)[name];
  if (flag('help') === true || positionals.includes('help')) {
    io.stdout(generateHelp(io));
    return EXIT_OK;
  }
  if (flag('version') === true || positionals.includes('version')) {
    io.stdout(`${packageInfo.version}\n`);
    return EXIT_OK;
  }
  if (positionals.includes('import')) throw usageError(M.importComesFirst);
  for (const positional of positionals) checkFileArgument(positional, io.cwd);
  if (positionals.length > 1) {
    throw usageError(M.atMostOneFile, { count: positionals.length, files: positionals.join(' ') });
  }
  const outFlag = flag('out') as string | undefined;
  const [positional] = positionals;
  if (
    outFlag !== undefined &&
    positional !== undefined &&
    path.resolve(io.cwd, outFlag) !== path.resolve(io.cwd, positional)
  ) {
    throw usageError(M.outAndFileDiffer, { out: outFlag, file: positional });
  }
  // runCli has checked the value of --lang: every message of the run is in that language.
  const langFlag = flag('lang') as Lang | undefined;
  const tableFlags = flag('table') as string[] | undefined;
  const familyFlags = flag('family') as string[] | undefined;
  const actionFlags = flag('action') as string[] | undefined;
  if (actionFlags !== undefined && familyFlags !== undefined) {
    throw usageError(M.familyAndAction);
  }
  const check = flag('check') === true;

  let outName = outFlag ?? positional;
  let existing = outName === undefined ? undefined : readExisting(outName, io.cwd);
  if (outName !== undefined) checkTypeScriptOut(outName, outFlag !== undefined);
  let recorded = existing === undefined ? undefined : recordedSettings(existing, outName ?? '');
  // Table files as the run reads them (from this folder): the flags, else those the header names, else the default.
  const named = outName ?? '';
  const format = recorded?.format ?? FORMAT;
  const sources: TableSource[] =
    tableFlags?.map((spec) => ({ spec: normalizeSpec(spec, io.cwd), recorded: false })) ??
    recorded?.tables.map((spec) => ({ spec: recordedSpec(spec, format, named, io.cwd), recorded: true })) ??
    DEFAULT_TABLES.map((spec) => ({ spec, recorded: false }));
  const loaded = sources.map((source) => loadSource(source, named, format, io.cwd));
  if (outName === undefined) {
    const services = [...new Set(loaded.map((t) => t.service))];
    outName = DEFAULT_OUT_PATTERN.replace('<service>', services.join('-'));
    existing = readExisting(outName, io.cwd);
    recorded = existing === undefined ? undefined : recordedSettings(existing, outName);
  }
  const out = displayPath(outName, io.cwd);
  const folder = path.dirname(path.resolve(io.cwd, outName));
  // The header records a table file relative to the generated file's folder, so it reads the same from anywhere.
  const tables = loaded.map((table, i) => {
    const spec = sources[i]?.spec ?? table.origin;
    return isEmbeddedSpec(spec)
      ? table
      : { ...table, origin: posixPath(path.relative(folder, path.resolve(io.cwd, spec))) };
  });
  const specs = tables.map((t) => t.origin);
  // A flag of one mode replaces the other mode's recorded setting.
  const actions =
    actionFlags !== undefined
      ? actionFlags.includes(ALL_FAMILIES)
        ? ALL_FAMILIES
        : actionFlags
      : familyFlags === undefined
        ? recorded?.actions
        : undefined;
  const families =
    familyFlags === undefined
      ? (recorded?.families ?? ALL_FAMILIES)
      : familyFlags.includes(ALL_FAMILIES)
        ? ALL_FAMILIES
        : familyFlags;
  const lang = langFlag ?? recorded?.lang ?? DEFAULT_LANG;

  // ts-morph and TypeScript take a while to load: only once the arguments and tables are known good.
  const { generate } = await import('../generate.js');
  const result = generate({
    tables,
    ...(actions === undefined ? { families } : { actions }),
    lang,
    out: headerPath(path.resolve(io.cwd, outName)),
    file: out,
    existing,
    previous: previousTables(recorded, specs, folder, io.cwd),
    prune: flag('prune') === true,
    force: flag('force') === true,
  });
  if (!result.ok) {
    reportProblem(io, severalInOne(result, familyFlags, actionFlags) ?? result.message);
    return result.reason === 'unknown-family' || result.reason === 'unknown-action' || result.reason === 'syntax-error'
      ? EXIT_USAGE
      : EXIT_REFUSED;
  }
  const target = path.resolve(io.cwd, outName);
  const current = existing === undefined ? undefined : normalizeNewlines(existing);
  if (check) {
    if (current === result.text) {
      io.stdout(`${say(io, message(M.upToDate, { file: out, kept: '' }))}\n`);
      return EXIT_OK;
    }
    const again = ['npx', 'gen-handlers', ...args.filter((arg) => arg !== '--check')].map(shellWord).join(' ');
    if (current === undefined) {
      reportProblem(io, message(M.doesNotExist, { file: out, command: again }));
      return EXIT_REFUSED;
    }
    const { createTwoFilesPatch } = await import('diff');
    io.stdout(colorDiff(createTwoFilesPatch(out, out, current, result.text, 'current', 'generated'), io));
    reportProblem(io, message(M.isStale, { file: out, command: again }));
    return EXIT_REFUSED;
  }
  const kept =
    result.kept.length === 0
      ? ''
      : result.kept.length === 1
        ? message(M.keptOneBody)
        : message(M.keptBodies, { count: result.kept.length });
  const pruned = result.pruned.length === 0 ? '' : message(M.prunedList, { list: result.pruned.join(', ') });
  const dropped = result.dropped.length === 0 ? '' : message(M.droppedList, { list: result.dropped.join(', ') });
  if (current === result.text) {
    io.stdout(`${say(io, message(M.upToDate, { file: out, kept }))}\n`);
    return EXIT_OK;
  }
  try {
    writeFileAtomic(target, result.text, { expected: existing ?? null });
  } catch (error) {
    if (error instanceof ConcurrentEditError) {
      reportProblem(io, message(M.changedWhileRunning, { file: out }));
      return EXIT_REFUSED;
    }
    throw usageError(M.cannotWrite, { file: out, reason: fsReason(error) });
  }
  io.stdout(`${say(io, message(M.wrote, { file: out, kept, pruned, dropped }))}\n`);
  return EXIT_OK;
}

/**
 * The tables the header of the existing file names that this run does not use, as they load now: one whose digest
 * is still the recorded one tells generate() exactly what the previous run wrote. One that does not load is left out.
 * A header of format 2 names table files relative to the file's folder, one of format 1 relative to this folder.
 */
function previousTables(
  recorded: Settings | undefined,
  specs: readonly string[],
  folder: string,
  cwd: string,
): CodeTable[] {
  return (recorded?.tables ?? [])
    .filter((spec) => !specs.includes(spec))
    .flatMap((spec) => {
      try {
        return [loadTable(spec, { cwd: (recorded?.format ?? FORMAT) >= 2 ? folder : cwd })];
      } catch {
        return [];
      }
    });
}

/** A table this run loads: its spec as read from this folder, and whether it comes from the header. */
interface TableSource {
  readonly spec: string;
  readonly recorded: boolean;
}

/** A table spec from a header, as read from this folder: format 2 names files relative to the generated file. */
function recordedSpec(spec: string, format: number, outName: string, cwd: string): string {
  if (isEmbeddedSpec(spec) || format < 2) return spec;
  return displayPath(path.resolve(path.dirname(path.resolve(cwd, outName)), spec), cwd);
}

/** Loads a table; one the header names that does not load says so, and where a format-1 header's paths start. */
function loadSource(source: TableSource, outName: string, format: number, cwd: string): CodeTable {
  try {
    return loadTable(source.spec, { cwd });
  } catch (error) {
    if (!source.recorded || !(error instanceof TableError)) throw error;
    const where = format < 2 ? message(M.formatOneTables) : '';
    throw usageError(M.recordedTable, { problem: error.message, file: displayPath(outName, cwd), where });
  }
}

/**
 * The output file as the header's commands name it: its path from the project root, the folder of the nearest
 * package.json above it (or, without one, its own folder), with `/` separators.
 */
function headerPath(target: string): string {
  let root = path.dirname(target);
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) {
      root = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return posixPath(path.relative(root, target));
}

/** The extensions of a TypeScript module: what the generated file must be. */
const TYPESCRIPT_MODULE = /\.(?:[cm]?ts|tsx)$/iu;
const DECLARATION_FILE = /\.d\.[cm]?ts$/iu;

/** Refuses an output file that is not a TypeScript module (`.js`, `.d.ts`, …): the output is TypeScript. */
function checkTypeScriptOut(file: string, fromFlag: boolean): void {
  if (TYPESCRIPT_MODULE.test(file) && !DECLARATION_FILE.test(file)) return;
  const named = fromFlag ? `--out ${file}` : file;
  const suggestion = `${file.replace(DECLARATION_FILE, '').replace(/\.[^./\\]*$/u, '')}.ts`;
  throw usageError(M.notTypeScript, { named, suggestion });
}

/** The settings in the header of an existing file, if it is one of ours. */
function recordedSettings(text: string, file: string): Settings | undefined {
  const header = parseHeader(normalizeNewlines(text), file);
  return header.ours ? header.settings : undefined;
}

function readExisting(file: string, cwd: string): string | undefined {
  const absolute = path.resolve(cwd, file);
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw usageError(M.cannotRead, { file, reason: fsReason(error) });
  }
  if (!stats.isFile()) throw usageError(M.notAFile, { file });
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw usageError(M.cannotRead, { file, reason: fsReason(error) });
  }
}

/** An embedded name as it is; a path relative to `cwd` with `/` separators, as the header records it. */
function normalizeSpec(spec: string, cwd: string): string {
  return isEmbeddedSpec(spec) ? spec : displayPath(spec, cwd);
}

/**
 * The file argument: a bare word (no dot, no slash) that names no file is a mistyped command (`gen-handlers halp`)
 * or a module name without its extension, not a file to create.
 */
function checkFileArgument(word: string, cwd: string): void {
  if (word === '') throw usageError(M.emptyFileArgument);
  if (/[./\\]/u.test(word) || existsSync(path.resolve(cwd, word))) return;
  throw unknownCommand(word);
}

/**
 * `--family A,B` (or `--action A,B`) that is no family (action) of the tables: the message says to repeat the
 * flag, since a comma does not separate values. `undefined` for any other refusal.
 */
function severalInOne(
  result: { readonly reason: string },
  families: readonly string[] | undefined,
  actions: readonly string[] | undefined,
): Message | undefined {
  const [flag, values] =
    result.reason === 'unknown-family'
      ? ['family', families]
      : result.reason === 'unknown-action'
        ? ['action', actions]
        : [];
  const joined = values?.find((value) => value.includes(','));
  if (flag === undefined || joined === undefined) return undefined;
  const parts = joined.split(',').filter((part) => part.trim() !== '');
  const repeated = parts.map((part) => `--${flag} ${shellWord(part.trim())}`).join(' ');
  return message(M.severalInOne, { flag, joined: shellWord(joined), repeated });
}

/** A unified diff with its added lines green and its removed lines red, when stdout shows colours. */
function colorDiff(patch: string, io: CliIO): string {
  if (io.style === undefined) return patch;
  return patch
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return styled(io, 'stdout', 'bold', line);
      if (line.startsWith('+')) return styled(io, 'stdout', 'green', line);
      if (line.startsWith('-')) return styled(io, 'stdout', 'red', line);
      if (line.startsWith('@@')) return styled(io, 'stdout', 'cyan', line);
      return line;
    })
    .join('\n');
}
