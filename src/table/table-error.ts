import { messageValue } from '../shared/comment-text.js';

/**
 * Whether `error` is one of reading the catalogue or a table: a TableError (a file missing or damaged), or the
 * system's (one with a `syscall`: a file that cannot be opened or read).
 */
export function isTableReadError(error: unknown): boolean {
  return error instanceof TableError || (error instanceof Error && 'syscall' in error);
}

/**
 * A problem with a table source: the message always names the source (file or embedded name, through the one
 * sanitiser: a path from settings or a header prints no control character) and, where the problem has a place,
 * its line.
 */
export class TableError extends Error {
  override readonly name = 'TableError';
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    const named = messageValue(file);
    super(line === undefined ? `${named}: ${reason}` : `${named}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
