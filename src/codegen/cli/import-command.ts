import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { type EnglishDescriptions, importPageToJson, parseEnglishDescriptions } from '../../importer/import.js';
import { message } from '../../shared/i18n.js';
import { posixPath } from '../../shared/posix-path.js';
import { SERVICE_PATTERN } from '../../table/json.js';
import { fsReason, readTableFile, utf8Text } from '../../table/load.js';
import { readSourceCodes } from '../../table/source.js';
import { catalogueHelp, isCatalogueImport, runCatalogue } from './catalogue-command.js';
import { checkArgs, type OptionSpec } from './flags.js';
import { type CliIO, EXIT_OK, EXIT_REFUSED, say, usageError } from './io.js';
import { CLI_MESSAGES as M } from './messages.js';
import { writeFileAtomic } from './write-atomic.js';

/** The import command's help, in the run's language, with the catalogue import's. */
export function importHelp(io: CliIO): string {
  return `${say(io, message(M.importHelp))}\n${catalogueHelp(io)}`;
}

/** The options of a page or SDK-file import. */
const IMPORT_OPTIONS = {
  service: { type: 'string', value: '<name>' },
  'api-version': { type: 'string', value: '<v>' },
  en: { type: 'string', value: '<file>' },
  out: { type: 'string', value: '<file>' },
  'out-dir': { type: 'string', value: '<dir>' },
  check: { type: 'boolean', default: false },
  lang: { type: 'string', value: '<lang>' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies Record<string, OptionSpec & { default?: boolean }>;

interface Job {
  readonly source: string;
  readonly out: string | undefined;
  readonly json: string;
}

export function runImport(args: readonly string[], io: CliIO): number {
  if (isCatalogueImport(args)) return runCatalogue(args, io, writeFileAtomic);
  checkArgs(args, IMPORT_OPTIONS, 'gen-handlers import');
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: IMPORT_OPTIONS,
  });
  if (values.help) {
    io.stdout(importHelp(io));
    return EXIT_OK;
  }
  if (positionals.length === 0) throw usageError(M.importNeedsSource);
  const several = positionals.length > 1;
  if (several && values['out-dir'] === undefined) throw usageError(M.severalNeedOutDir);
  if (values.out !== undefined && values['out-dir'] !== undefined) throw usageError(M.outOrOutDir);
  for (const flag of ['service', 'api-version', 'en'] as const) {
    if (several && values[flag] !== undefined) throw usageError(M.oneSourceOnly, { flag });
  }
  if (values.service !== undefined && !SERVICE_PATTERN.test(values.service)) {
    throw usageError(M.badService, { service: values.service });
  }
  if (values.check && values.out === undefined && values['out-dir'] === undefined) {
    throw usageError(M.checkNeedsOut);
  }
  const english =
    values.en === undefined ? undefined : parseEnglishDescriptions(readText(values.en, io.cwd), values.en);

  // Import everything first: a bad source stops the run before any file is written.
  const jobs = positionals.map((source) => importOne(source, values, english, io.cwd));
  const byOut = new Map<string, string>();
  for (const job of jobs) {
    if (job.out === undefined) continue;
    const other = byOut.get(job.out);
    if (other !== undefined) throw usageError(M.sameOut, { other, source: job.source, out: job.out });
    byOut.set(job.out, job.source);
  }

  if (values.check) {
    // Every job has its file here (--check needs --out or --out-dir, above).
    const compared = jobs.flatMap(({ out, ...job }) => (out === undefined ? [] : [{ ...job, out }]));
    const stale = compared.filter((job) => readIfExists(path.resolve(io.cwd, job.out)) !== job.json);
    for (const job of stale) {
      io.stderr(`${say(io, message(M.importStale, { out: job.out, source: job.source }))}\n`);
    }
    for (const job of compared) {
      if (!stale.includes(job)) {
        io.stdout(`${say(io, message(M.importUpToDate, { out: job.out, source: job.source }))}\n`);
      }
    }
    return stale.length === 0 ? EXIT_OK : EXIT_REFUSED;
  }
  for (const job of jobs) {
    if (job.out === undefined) {
      io.stdout(job.json);
    } else {
      try {
        writeFileAtomic(path.resolve(io.cwd, job.out), job.json);
      } catch (error) {
        throw usageError(M.cannotWrite, { file: job.out, reason: fsReason(error) });
      }
      io.stdout(`${say(io, message(M.wroteFile, { file: job.out }))}\n`);
    }
  }
  return EXIT_OK;
}

function importOne(
  source: string,
  values: { service?: string; 'api-version'?: string; out?: string; 'out-dir'?: string },
  english: EnglishDescriptions | undefined,
  cwd: string,
): Job {
  const absolute = path.resolve(cwd, source);
  const text = readText(source, cwd);
  const known = readSourceCodes(text, source, absolute);
  const service = values.service ?? known.service;
  if (!SERVICE_PATTERN.test(service)) {
    throw usageError(M.unknownService, { source });
  }
  const version = values['api-version'] ?? known.version;
  const out =
    values.out ?? (values['out-dir'] === undefined ? undefined : path.join(values['out-dir'], `${service}.json`));
  const recorded = out === undefined ? source : path.relative(path.dirname(path.resolve(cwd, out)), absolute);
  const json = importPageToJson(text, source, {
    service,
    ...(version === undefined ? {} : { version }),
    source: posixPath(recorded),
    ...(english === undefined ? {} : { english }),
  });
  return { source, out, json };
}

function readText(file: string, cwd: string): string {
  return utf8Text(readTableFile(file, path.resolve(cwd, file)), file);
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw usageError(M.cannotRead, { file, reason: fsReason(error) });
  }
}
