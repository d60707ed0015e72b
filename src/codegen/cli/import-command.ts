import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { importPageToJson, parseEnglishDescriptions, SERVICE_PATTERN, TableError } from '../../table/index.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { type CliIO, EXIT_OK, EXIT_REFUSED, UsageError } from './io.js';

export const IMPORT_HELP = `Usage: gen-handlers import <page.md> --service <name> [options]

Imports a Tencent Cloud error-code page (Markdown with "错误码 | 说明" tables) into a table JSON file.

Options:
  --service <name>       service name written into the table (lower-case letters and digits), e.g. gaap
  --api-version <v>      API version written into the table, e.g. 2018-05-29
  --en <file>            JSON object of English descriptions by code; every code of the page must have one
  --out <file>           where to write the table (default: standard output)
  --check                write nothing; exit 1 when --out differs from a fresh import
  -h, --help             show this help
`;

export function runImport(args: readonly string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      service: { type: 'string' },
      'api-version': { type: 'string' },
      en: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT_OK;
  }
  const [page, ...extra] = positionals;
  if (page === undefined || extra.length > 0) throw new UsageError('import takes exactly one page: gen-handlers import <page.md> --service <name>');
  const service = values.service;
  if (service === undefined || !SERVICE_PATTERN.test(service)) {
    throw new UsageError('--service is required: lower-case letters and digits starting with a letter, e.g. --service gaap');
  }
  const out = values.out === undefined ? undefined : path.resolve(io.cwd, values.out);
  if (values.check && out === undefined) throw new UsageError('--check needs --out <file> to compare with');

  const english = values.en === undefined ? undefined : parseEnglishDescriptions(readText(values.en, io.cwd), values.en);
  const source = out === undefined ? page : path.relative(path.dirname(out), path.resolve(io.cwd, page)).split(path.sep).join('/');
  const json = importPageToJson(readText(page, io.cwd), page, {
    service,
    ...(values['api-version'] === undefined ? {} : { version: values['api-version'] }),
    source,
    ...(english === undefined ? {} : { english }),
  });

  if (out === undefined) {
    io.stdout(json);
    return EXIT_OK;
  }
  if (values.check) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
    if (current === json) {
      io.stdout(`${values.out} is up to date with ${page}\n`);
      return EXIT_OK;
    }
    io.stderr(`${values.out} is stale: re-run gen-handlers import to refresh it from ${page}\n`);
    return EXIT_REFUSED;
  }
  writeFileAtomic(out, json);
  io.stdout(`wrote ${values.out}\n`);
  return EXIT_OK;
}

function readText(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  if (!existsSync(absolute)) throw new TableError(file, undefined, 'file not found');
  return readFileSync(absolute, 'utf8');
}
