import path from 'node:path';
import { styleText } from 'node:util';

import { messageSafe } from '../../shared/comment-text.js';
import type { Lang } from '../../shared/defaults.js';
import { type Bilingual, type Message, message, render } from '../../shared/i18n.js';
import { posixPath } from '../../shared/posix-path.js';
import { fsReason } from '../../table/load.js';
import { CLI_MESSAGES as M } from './messages.js';

/** A text format of `node:util` `styleText`: a colour or a modifier, or several. */
export type TextStyle = Parameters<typeof styleText>[0];

/** Where the CLI writes and which folder it works in; tests pass their own. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /**
   * `text` in `format` for one of the two streams: with ANSI colours when that stream shows them (a terminal,
   * NO_COLOR unset; FORCE_COLOR forces them), else as it is. Left out, everything is plain.
   */
  readonly style?: (stream: 'stdout' | 'stderr', format: TextStyle, text: string) => string;
  /** The language of the messages (`--lang`); English when left out. */
  readonly lang?: Lang;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  style: (stream, format, text) =>
    showsColours(process[stream]) ? styleText(format, text, { validateStream: false }) : text,
};

/**
 * Whether a stream shows colours: FORCE_COLOR decides when set (`0` or `false`: no); else a terminal that has them
 * (`hasColors` heeds NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb). Decided here, not by styleText's own check,
 * which Node 20 skips for a list of formats.
 */
function showsColours(stream: NodeJS.WriteStream): boolean {
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY && stream.hasColors();
}

/** Exit codes: 0 done, 1 a check failed or the run refused, 2 a usage or input error. */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/**
 * A problem the user must fix (bad flag, bad input): printed as one line in the run's language, exit code 2. Its
 * `message` is the English text.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly problem: Message;
  constructor(problem: Message) {
    super(render(problem, 'en'));
    this.problem = problem;
  }
}

/** A usage error of a text of CLI_MESSAGES with `data`. */
export function usageError(text: Bilingual, data: Message['data'] = {}): UsageError {
  return new UsageError(message(text, data));
}

/** `value` in the run's language (`io.lang`, English when unset). */
export function say(io: CliIO, value: Message | string): string {
  return render(value, io.lang ?? 'en');
}

/** `text` styled for `stream` when the I/O styles text at all. */
export function styled(io: CliIO, stream: 'stdout' | 'stderr', format: TextStyle, text: string): string {
  return io.style === undefined ? text : io.style(stream, format, text);
}

/**
 * A problem as gen-handlers reports it: one line on stderr, `gen-handlers: <message>` in the run's language, the name
 * red on a terminal. A plain string is what another room said (a table that does not load), passed on as it is.
 * The message goes through the one sanitiser: what a header, a table or an argument put into it prints no control
 * character (a debugging stack keeps its line breaks).
 */
export function reportProblem(io: CliIO, problem: Message | string): void {
  const safe = say(io, problem)
    .split('\n')
    .map((line) => messageSafe(line, MESSAGE_LINE_LENGTH))
    .join('\n');
  io.stderr(`${styled(io, 'stderr', ['bold', 'red'], 'gen-handlers:')} ${safe}\n`);
}

/** The longest line of a problem: room for a refusal that lists many hand-written lines. */
const MESSAGE_LINE_LENGTH = 20_000;

/**
 * A file-system error that reached the top (a read or write the command did not wrap) in words, naming the path
 * relative to `cwd` and what was being done: `cannot create the folder out: permission denied (EACCES)`.
 * `undefined` for any other error.
 */
export function fileSystemProblem(error: unknown, cwd: string): Message | string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall, path: file } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/u.test(code) || typeof syscall !== 'string') return undefined;
  const where = typeof file === 'string' ? displayPath(file, cwd) : undefined;
  const what = Object.hasOwn(ACTIONS, syscall) ? ACTIONS[syscall] : undefined;
  const reason = fsReason(error);
  // An unlisted call: fsReason names it (`fdatasync failed (EIO)`).
  if (what === undefined) return where === undefined ? reason : message(M.fileProblem, { file: where, reason });
  return where === undefined
    ? message(M.cannotDoNoFile, { what: message(what), reason })
    : message(M.cannotDo, { what: message(what), file: where, reason });
}

/** What a failed system call was doing, in words. */
const ACTIONS: Readonly<Record<string, Bilingual>> = {
  access: M.fsRead,
  close: M.fsWrite,
  copyfile: M.fsCopy,
  fsync: M.fsWrite,
  lstat: M.fsRead,
  mkdir: M.fsCreateFolder,
  open: M.fsOpen,
  read: M.fsRead,
  rename: M.fsReplace,
  rm: M.fsRemove,
  rmdir: M.fsRemove,
  scandir: M.fsListFolder,
  stat: M.fsRead,
  unlink: M.fsRemove,
  write: M.fsWrite,
};

/** A path as the CLI shows it: relative to `cwd` with `/` separators (`.` for `cwd` itself). */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return posixPath(relative === '' ? '.' : relative);
}
