import { DEFAULT_LANG, LANGS } from '../../shared/defaults.js';
import { asLang, message } from '../../shared/i18n.js';
import { packageInfo } from '../../shared/package-info.js';
import { TableError } from '../../table/index.js';
import { generateHelp, runGenerate } from './generate-command.js';
import { importHelp, runImport } from './import-command.js';
import {
  type CliIO,
  EXIT_OK,
  EXIT_USAGE,
  fileSystemProblem,
  processIO,
  reportProblem,
  say,
  UsageError,
  usageError,
} from './io.js';
import { CLI_MESSAGES as M } from './messages.js';

/** The whole help: the generate command's, the commands, and the import command's. */
function help(io: CliIO): string {
  return `${generateHelp(io)}\n${say(io, message(M.commandsHelp))}\n${importHelp(io)}`;
}

/** Runs the CLI with the given arguments; resolves to the exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const lang = langOf(argv);
  const local: CliIO = { ...io, lang: lang ?? DEFAULT_LANG };
  try {
    const given = langValue(argv);
    if (given !== undefined && lang === undefined) {
      throw usageError(M.badLang, { langs: LANGS.join(', '), lang: given });
    }
    const [command, ...rest] = argv;
    if (command === 'import') return runImport(rest, local);
    if (command === 'help' || argv.includes('--help') || argv.includes('-h')) {
      local.stdout(command === 'help' && rest[0] === 'import' ? importHelp(local) : help(local));
      return EXIT_OK;
    }
    if (command === 'version') {
      local.stdout(`${packageInfo.version}\n`);
      return EXIT_OK;
    }
    return await runGenerate(argv, local);
  } catch (error) {
    return reportError(error, local);
  }
}

/**
 * The value of `--lang` (`--lang zh`, `--lang=zh`), read before anything else so that every message of the run is
 * in that language; `undefined` when it is not given, or not followed by a value.
 */
function langValue(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    const next = argv[i + 1];
    if (arg === '--lang' && next !== undefined && !next.startsWith('-')) value = next;
  });
  return value;
}

/** The language `--lang` asks for, when it names one. */
function langOf(argv: readonly string[]): ReturnType<typeof asLang> {
  return asLang(langValue(argv));
}

/**
 * Prints an error as one line (no stack trace) and returns the exit code for it. A file-system error no command
 * wrapped is said in words, naming the path. An error we did not foresee is a bug of ours: it is said so, on one
 * line, with its stack only when GEN_HANDLERS_DEBUG is set.
 */
function reportError(error: unknown, io: CliIO): number {
  if (error instanceof UsageError) {
    reportProblem(io, error.problem);
    return EXIT_USAGE;
  }
  if (error instanceof TableError) {
    reportProblem(io, error.message);
    return EXIT_USAGE;
  }
  const problem = fileSystemProblem(error, io.cwd) ?? parseArgsProblem(error);
  if (problem !== undefined) {
    reportProblem(io, problem);
    return EXIT_USAGE;
  }
  const text = error instanceof Error ? error.message : String(error);
  const stack =
    process.env['GEN_HANDLERS_DEBUG'] === undefined || !(error instanceof Error) ? '' : `\n${error.stack ?? text}`;
  const [first = ''] = text.split('\n');
  reportProblem(io, message(M.unexpectedError, { message: first, stack }));
  return EXIT_USAGE;
}

/** The first line of a `parseArgs` error the argument check did not foresee, or `undefined` for another error. */
function parseArgsProblem(error: unknown): string | undefined {
  const code: unknown = error instanceof TypeError ? (error as TypeError & { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  return (error as Error).message.split('\n')[0];
}
