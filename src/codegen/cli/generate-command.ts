import { existsSync, readFileSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { ALL_FAMILIES, DEFAULT_LANG, DEFAULT_TABLES, type Lang } from '../../shared/defaults.js';
import { type Message, message } from '../../shared/i18n.js';
import { packageInfo } from '../../shared/package-info.js';
import { posixPath } from '../../shared/posix-path.js';
import { shellWord } from '../../shared/shell-word.js';
import { CodeIndex } from '../../table/code-index.js';
import { fsReason, isEmbeddedSpec, loadTable } from '../../table/load.js';
import { TableError } from '../../table/table-error.js';
import type { CodeTable } from '../../table/types.js';
import { normalizeNewlines, parseHeader } from '../format/header.js';
import { FORMAT, type Settings } from '../format/settings.js';
import type { GenerateOptions, GenerateResult } from '../generate.js';
import { removedActions } from '../ir/units.js';
import { checkArgs, DEFAULT_OUT_PATTERN, flagsHelp, parseArgsOptions, unknownCommand } from './flags.js';
import type { Formatted } from './format.js';
import {
  type CliIO,
  displayPath,
  EXIT_OK,
  EXIT_REFUSED,
  EXIT_USAGE,
  reportProblem,
  say,
  styled,
  UsageError,
  usageError,
} from './io.js';
import { CLI_MESSAGES as M } from './messages.js';
import { headerTableProblem, headerTableRefusal, nearestFolderWith } from './table-policy.js';
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
  let header = existing === undefined ? undefined : recordedSettings(existing, outName ?? '');
  let recorded = header?.settings;
  // Table files as the run reads them (from this folder): the flags, else those the header names, else the default.
  const named = outName ?? '';
  const format = recorded?.format ?? FORMAT;
  if (tableFlags === undefined && header !== undefined) checkRecordedTables(header, named, io.cwd);
  const sources: TableSource[] =
    tableFlags?.map((spec) => ({ spec: normalizeSpec(spec, io.cwd), recorded: false })) ??
    recorded?.tables.map((spec) => ({ spec: recordedSpec(spec, format, named, io.cwd), recorded: true })) ??
    DEFAULT_TABLES.map((spec) => ({ spec, recorded: false }));
  const loaded = sources.map((source) => loadSource(source, named, format, io.cwd));
  if (outName === undefined) {
    const services = [...new Set(loaded.map((t) => t.service))];
    outName = DEFAULT_OUT_PATTERN.replace('<service>', services.join('-'));
    existing = readExisting(outName, io.cwd);
    header = existing === undefined ? undefined : recordedSettings(existing, outName);
    recorded = header?.settings;
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

  if (actions !== undefined) warnRemovedActions(io, tables, actions);

  // ts-morph and TypeScript take a while to load: only once the arguments and tables are known good.
  const { generate } = await import('../generate.js');
  const request: GenerateOptions = {
    tables,
    ...(actions === undefined ? { families } : { actions }),
    lang,
    out: headerPath(path.resolve(io.cwd, outName)),
    file: out,
    existing,
    previous: previousTables(recorded, specs, path.resolve(io.cwd, outName), io.cwd),
    prune: flag('prune') === true,
    force: flag('force') === true,
  };
  const result = generate(request);
  if (!result.ok) {
    reportProblem(io, severalInOne(result, familyFlags, actionFlags) ?? result.message);
    return result.reason === 'unknown-family' || result.reason === 'unknown-action' || result.reason === 'syntax-error'
      ? EXIT_USAGE
      : EXIT_REFUSED;
  }
  const written: Output = {
    out,
    target: path.resolve(io.cwd, outName),
    existing,
    args,
    // Whether a re-run finds a text current: generate() returns it as it is.
    current: (text) => {
      const again = generate({ ...request, existing: text });
      return again.ok && again.text === text;
    },
  };
  return check ? checkOutput(result, written, io) : writeOutput(result, written, io);
}

/** The output file of a run: as messages name it, its absolute path, its text when read (if it existed). */
interface Output {
  readonly out: string;
  readonly target: string;
  readonly existing: string | undefined;
  /** The run's arguments, for the command a message suggests. */
  readonly args: readonly string[];
  /** Whether a re-run with the same options finds `text` current. */
  readonly current: (text: string) => boolean;
}

type Generated = Extract<GenerateResult, { ok: true }>;

/**
 * `--check`: current when generate() returns the file's own text (it is what this run generates, modulo
 * formatting); else a diff against the new text as the project's Prettier formats it (so the diff shows what
 * changed, not the layout), and exit 1.
 */
async function checkOutput(result: Generated, output: Output, io: CliIO): Promise<number> {
  const { out, existing } = output;
  const current = existing === undefined ? undefined : normalizeNewlines(existing);
  if (current === result.text) {
    io.stdout(`${say(io, message(M.upToDate, { file: out, kept: '' }))}\n`);
    return EXIT_OK;
  }
  const again = ['npx', 'gen-handlers', ...output.args.filter((arg) => arg !== '--check')].map(shellWord).join(' ');
  if (current === undefined) {
    reportProblem(io, message(M.doesNotExist, { file: out, command: again }));
    return EXIT_REFUSED;
  }
  const { text } = await formatted(result.text, output, io, true);
  const { createTwoFilesPatch } = await import('diff');
  io.stdout(colorDiff(createTwoFilesPatch(out, out, current, text, 'current', 'generated'), io));
  reportProblem(io, message(M.isStale, { file: out, command: again }));
  return EXIT_REFUSED;
}

/** Writes the new text, as the project's Prettier formats it, atomically; nothing when the file is current. */
async function writeOutput(result: Generated, output: Output, io: CliIO): Promise<number> {
  const { out, existing } = output;
  const kept =
    result.kept.length === 0
      ? ''
      : result.kept.length === 1
        ? message(M.keptOneBody)
        : message(M.keptBodies, { count: result.kept.length });
  if (existing !== undefined && normalizeNewlines(existing) === result.text) {
    io.stdout(`${say(io, message(M.upToDate, { file: out, kept }))}\n`);
    return EXIT_OK;
  }
  const pruned = result.pruned.length === 0 ? '' : message(M.prunedList, { list: result.pruned.join(', ') });
  const dropped = result.dropped.length === 0 ? '' : message(M.droppedList, { list: result.dropped.join(', ') });
  const { text, formatter } = await formatted(result.text, output, io);
  try {
    writeFileAtomic(output.target, text, { expected: existing ?? null });
  } catch (error) {
    if (error instanceof ConcurrentEditError) {
      reportProblem(io, message(M.changedWhileRunning, { file: out }));
      return EXIT_REFUSED;
    }
    throw usageError(M.cannotWrite, { file: out, reason: fsReason(error) });
  }
  const by = formatter === undefined ? '' : message(M.formattedWith, { formatter });
  io.stdout(`${say(io, message(M.wrote, { file: out, kept, pruned, dropped, by }))}\n`);
  return EXIT_OK;
}

/** The new text as the project formats its code (format.ts); a formatter that could not be used is said, on stderr. */
async function formatted(text: string, output: Output, io: CliIO, check = false): Promise<Formatted> {
  const { formatLikeTheProject } = await import('./format.js');
  const result = await formatLikeTheProject(text, output.target, output.current);
  if (result.problem !== undefined) {
    const layout = check ? M.diffInTsMorphLayout : M.keptTsMorphLayout;
    reportProblem(io, message(M.formatProblem, { file: output.out, problem: result.problem, layout: message(layout) }));
  }
  return result;
}

/**
 * The tables the header of the existing file names that this run does not use, as they load now: one whose digest
 * is still the recorded one tells generate() exactly what the previous run wrote. One that does not load is left out.
 * A header of format 2 names table files relative to the file's folder, one of format 1 relative to this folder.
 */
function previousTables(
  recorded: Settings | undefined,
  specs: readonly string[],
  target: string,
  cwd: string,
): CodeTable[] {
  const base = (recorded?.format ?? FORMAT) >= 2 ? path.dirname(target) : cwd;
  return (recorded?.tables ?? [])
    .filter((spec) => !specs.includes(spec) && headerTableProblem(spec, base, target) === undefined)
    .flatMap((spec) => {
      try {
        return [loadTable(spec, { cwd: base })];
      } catch {
        return [];
      }
    });
}

/**
 * Refuses, before anything is read, a table the header names that is not a table file inside the project (see
 * table-policy.ts): the one line names the header's settings line and says to pass the table on the command line.
 */
function checkRecordedTables(header: RecordedHeader, outName: string, cwd: string): void {
  const target = path.resolve(cwd, outName);
  const base = header.settings.format >= 2 ? path.dirname(target) : cwd;
  for (const spec of header.settings.tables) {
    const problem = headerTableProblem(spec, base, target);
    if (problem !== undefined) {
      throw new UsageError(headerTableRefusal(displayPath(outName, cwd), header.settingsLine, spec, problem));
    }
  }
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
  const root = nearestFolderWith(target, 'package.json') ?? path.dirname(target);
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

/** The settings in the header of an existing file of ours, and the line that records them. */
interface RecordedHeader {
  readonly settings: Settings;
  readonly settingsLine: number;
}

/** The settings in the header of an existing file, if it is one of ours. */
function recordedSettings(text: string, file: string): RecordedHeader | undefined {
  const header = parseHeader(normalizeNewlines(text), file);
  return header.ours ? { settings: header.settings, settingsLine: header.settingsLine } : undefined;
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

/**
 * One warning line on stderr for each chosen action that the table's API version has dropped: it is generated from
 * the codes the last release that had it listed.
 */
function warnRemovedActions(
  io: CliIO,
  tables: readonly CodeTable[],
  actions: readonly string[] | typeof ALL_FAMILIES,
): void {
  for (const { action, table, lifecycle } of removedActions(new CodeIndex(tables), actions)) {
    const removed = lifecycle.removed;
    if (removed === undefined) continue;
    const count = table.actions?.get(action)?.length ?? 0;
    const warning = message(count === 1 ? M.removedActionOneCode : M.removedActionCodes, {
      action,
      api: `${table.service} ${table.version ?? ''}`.trim(),
      release: removed.in.version,
      date: removed.in.date,
      count,
      last: removed.last.version,
    });
    io.stderr(`${styled(io, 'stderr', ['bold', 'yellow'], say(io, message(M.warning)))} ${say(io, warning)}\n`);
  }
}
