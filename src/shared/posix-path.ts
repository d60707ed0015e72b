import path from 'node:path';

/** A relative path written with `/` separators, as headers, messages and recorded sources show it on every OS. */
export function posixPath(file: string): string {
  return file.split(path.sep).join('/');
}
