/** A command-line word as a POSIX shell reads it: bare when safe, else single-quoted. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./@:+=-]+$/u.test(word) ? word : `'${word.replace(/'/gu, `'\\''`)}'`;
}
