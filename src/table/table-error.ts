/**
 * A problem with a table source: the message always names the source (file or embedded name)
 * and, where the problem has a place, its line.
 */
export class TableError extends Error {
  override readonly name = 'TableError';
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
