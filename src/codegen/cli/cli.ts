import { packageInfo } from '../../shared/package-info.js';
import { TableError } from '../../table/index.js';
import { GENERATE_HELP, runGenerate } from './generate-command.js';
import { IMPORT_HELP, runImport } from './import-command.js';
import { type CliIO, EXIT_OK, EXIT_USAGE, fileSystemProblem, processIO, reportProblem, UsageError } from './io.js';

const HELP = `${GENERATE_HELP}
Commands:
  import <source>        import a Tencent Cloud error-code page or SDK file into a table JSON file (see below)
  help [import]          show this help (or the import command's)
  version                show the version

${IMPORT_HELP}`;

/** Runs the CLI with the given arguments; resolves to the exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'import') return runImport(rest, io);
    if (command === 'help' || argv.includes('--help') || argv.includes('-h')) {
      io.stdout(command === 'help' && rest[0] === 'import' ? IMPORT_HELP : HELP);
      return EXIT_OK;
    }
    if (command === 'version') {
      io.stdout(`${packageInfo.version}\n`);
      return EXIT_OK;
    }
    return await runGenerate(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * Prints an error as one line (no stack trace) and returns the exit code for it. A file-system error no command
 * wrapped is said in words, naming the path. An error we did not foresee is a bug of ours: it is said so, on one
 * line, with its stack only when GEN_HANDLERS_DEBUG is set.
 */
function reportError(error: unknown, io: CliIO): number {
  if (error instanceof UsageError || error instanceof TableError) {
    reportProblem(io, error.message);
    return EXIT_USAGE;
  }
  const problem = fileSystemProblem(error, io.cwd) ?? parseArgsProblem(error);
  if (problem !== undefined) {
    reportProblem(io, problem);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack =
    process.env['GEN_HANDLERS_DEBUG'] === undefined || !(error instanceof Error) ? '' : `\n${error.stack ?? message}`;
  const [first = ''] = message.split('\n');
  reportProblem(io, `unexpected error: ${first} (a bug in gen-handlers; set GEN_HANDLERS_DEBUG=1 for details)${stack}`);
  return EXIT_USAGE;
}

/** The first line of a `parseArgs` error the argument check did not foresee, or `undefined` for another error. */
function parseArgsProblem(error: unknown): string | undefined {
  const code: unknown = error instanceof TypeError ? (error as TypeError & { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  return (error as Error).message.split('\n')[0];
}
