import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { type EnglishDescriptions, importPageToJson, parseEnglishDescriptions } from '../../importer/import.js';
import { posixPath } from '../../shared/posix-path.js';
import { SERVICE_PATTERN } from '../../table/json.js';
import { fsReason, readTableFile, utf8Text } from '../../table/load.js';
import { readSourceCodes } from '../../table/source.js';
import { CATALOGUE_HELP, isCatalogueImport, runCatalogue } from './catalogue-command.js';
import { checkArgs, type OptionSpec } from './flags.js';
import { type CliIO, EXIT_OK, EXIT_REFUSED, UsageError } from './io.js';
import { writeFileAtomic } from './write-atomic.js';

export const IMPORT_HELP = `Usage: gen-handlers import <source> [options]
       gen-handlers import <source>... --out-dir <dir> [--check]

Imports Tencent Cloud error codes into table JSON files. A source is an error-code page (Markdown with
"错误码 | 说明" tables, .md), a tencentcloud-sdk-go errors.go or a tencentcloud-sdk-python errorcodes.py
(…/tencentcloud/<product>/<version>/…, which also gives the service name and API version).

Options:
  --service <name>       service name written into the table (lower-case letters and digits), e.g. gaap;
                         default: from the SDK path, or the page's file name
  --api-version <v>      API version written into the table, e.g. 2018-05-29; default: from the SDK path
  --en <file>            JSON object of English descriptions by code; every code must have one (one source only)
  --out <file>           where to write the table (one source; default: standard output)
  --out-dir <dir>        write each source's table to <dir>/<service>.json (one or more sources)
  --check                write nothing; exit 1 when an output file differs from a fresh import
  -h, --help             show this help

${CATALOGUE_HELP}`;

/** The options of a page or SDK-file import. */
const IMPORT_OPTIONS = {
  service: { type: 'string', value: '<name>' },
  'api-version': { type: 'string', value: '<v>' },
  en: { type: 'string', value: '<file>' },
  out: { type: 'string', value: '<file>' },
  'out-dir': { type: 'string', value: '<dir>' },
  check: { type: 'boolean', default: false },
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
    io.stdout(IMPORT_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError('import needs a source: gen-handlers import <page.md | errors.go | errorcodes.py>');
  const several = positionals.length > 1;
  if (several && values['out-dir'] === undefined)
    throw new UsageError('several sources need --out-dir <dir> (one <service>.json each)');
  if (values.out !== undefined && values['out-dir'] !== undefined)
    throw new UsageError('use either --out or --out-dir, not both');
  for (const flag of ['service', 'api-version', 'en'] as const) {
    if (several && values[flag] !== undefined)
      throw new UsageError(`--${flag} applies to one source only; with several, each source's path must tell it`);
  }
  if (values.service !== undefined && !SERVICE_PATTERN.test(values.service)) {
    throw new UsageError(
      `--service must be lower-case letters and digits starting with a letter, got "${values.service}"`,
    );
  }
  if (values.check && values.out === undefined && values['out-dir'] === undefined) {
    throw new UsageError('--check needs --out <file> or --out-dir <dir> to compare with');
  }
  const english =
    values.en === undefined ? undefined : parseEnglishDescriptions(readText(values.en, io.cwd), values.en);

  // Import everything first: a bad source stops the run before any file is written.
  const jobs = positionals.map((source) => importOne(source, values, english, io.cwd));
  const byOut = new Map<string, string>();
  for (const job of jobs) {
    if (job.out === undefined) continue;
    const other = byOut.get(job.out);
    if (other !== undefined)
      throw new UsageError(`${other} and ${job.source} would both be written to ${job.out} (the same service)`);
    byOut.set(job.out, job.source);
  }

  if (values.check) {
    // Every job has its file here (--check needs --out or --out-dir, above).
    const compared = jobs.flatMap(({ out, ...job }) => (out === undefined ? [] : [{ ...job, out }]));
    const stale = compared.filter((job) => readIfExists(path.resolve(io.cwd, job.out)) !== job.json);
    for (const job of stale)
      io.stderr(`${job.out} is stale: re-run gen-handlers import to refresh it from ${job.source}\n`);
    for (const job of compared) if (!stale.includes(job)) io.stdout(`${job.out} is up to date with ${job.source}\n`);
    return stale.length === 0 ? EXIT_OK : EXIT_REFUSED;
  }
  for (const job of jobs) {
    if (job.out === undefined) {
      io.stdout(job.json);
    } else {
      try {
        writeFileAtomic(path.resolve(io.cwd, job.out), job.json);
      } catch (error) {
        throw new UsageError(`cannot write ${job.out}: ${fsReason(error)}`);
      }
      io.stdout(`wrote ${job.out}\n`);
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
    throw new UsageError(`cannot tell the service of ${source}; pass --service <name>`);
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
    throw new UsageError(`cannot read ${file}: ${fsReason(error)}`);
  }
}
