/** Where the CLI writes and which folder it works in; tests pass their own. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

/** Exit codes: 0 done, 1 a check failed or the run refused, 2 a usage or input error. */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/** A problem the user must fix (bad flag, bad input): printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
