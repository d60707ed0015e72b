import { TableError } from '../../table/index.js';
import { GENERATE_HELP, runGenerate } from './generate-command.js';
import { IMPORT_HELP, runImport } from './import-command.js';
import { type CliIO, EXIT_OK, EXIT_USAGE, processIO, UsageError } from './io.js';

const HELP = `${GENERATE_HELP}
Commands:
  import <page.md>       import a Tencent Cloud error-code page into a table JSON file (see below)

${IMPORT_HELP}`;

/** Runs the CLI with the given arguments; resolves to the exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'import') return runImport(rest, io);
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    return await runGenerate(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * Prints an error as one line (no stack trace) and returns the exit code for it. An error we did not foresee is a
 * bug of ours: it is said so, on one line, with its stack only when GEN_HANDLERS_DEBUG is set.
 */
function reportError(error: unknown, io: CliIO): number {
  if (error instanceof UsageError || error instanceof TableError || isParseArgsError(error)) {
    io.stderr(`gen-handlers: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = process.env['GEN_HANDLERS_DEBUG'] === undefined || !(error instanceof Error) ? '' : `\n${error.stack}`;
  io.stderr(
    `gen-handlers: unexpected error: ${message.split('\n')[0]} (a bug in gen-handlers; set GEN_HANDLERS_DEBUG=1 for details)${stack}\n`,
  );
  return EXIT_USAGE;
}

function isParseArgsError(error: unknown): boolean {
  const code: unknown = error instanceof TypeError ? (error as TypeError & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
