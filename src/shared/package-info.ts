import { readFileSync } from 'node:fs';

interface PackageJson {
  readonly name: string;
  readonly version: string;
  /** Where a user reports a defect. */
  readonly bugs?: { readonly url?: string };
}

/** This package's name and version, read from its package.json (the same from `src/` and `dist/`). */
export const packageInfo: PackageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as PackageJson;
