import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** What of Prettier's API the formatting step uses: the same in Prettier 2 (synchronous) and 3 (asynchronous). */
interface PrettierApi {
  readonly version: string;
  format(text: string, options: Record<string, unknown>): string | Promise<string>;
  resolveConfig(file: string, options: { editorconfig: boolean }): unknown;
  getFileInfo(file: string, options: { ignorePath?: string }): { ignored: boolean } | Promise<{ ignored: boolean }>;
  clearConfigCache?(): unknown;
}

/** The generated text as the project's formatter left it, and what happened. */
export interface Formatted {
  readonly text: string;
  /** `Prettier <version>` when it formatted the text. */
  readonly formatter?: string;
  /** Why the text is not formatted although Prettier resolves (it failed, or a re-run would not find its result current). */
  readonly problem?: string;
}

/**
 * Formats generated text as the project formats its code: with the Prettier that resolves from the output file's
 * folder (as `npx prettier` run there would find it) and the options Prettier resolves for the file (its
 * configuration files and .editorconfig). Without one, or when the file is in a `.prettierignore`, the text keeps
 * ts-morph's layout. `--check` and re-runs compare modulo formatting, so Prettier's result is written only when
 * `current` says a re-run finds it current (a Prettier plugin could rewrite the generated code itself).
 */
export async function formatLikeTheProject(
  text: string,
  target: string,
  current: (formatted: string) => boolean,
): Promise<Formatted> {
  const prettier = projectPrettier(path.dirname(target));
  if (prettier === undefined) return { text };
  const formatter = `Prettier ${prettier.version}`;
  try {
    const ignorePath = nearestFile(path.dirname(target), '.prettierignore');
    const info = await prettier.getFileInfo(target, ignorePath === undefined ? {} : { ignorePath });
    if (info.ignored) return { text };
    // Read afresh: a process may run the CLI more than once (Prettier caches what it read).
    await prettier.clearConfigCache?.();
    const config = await prettier.resolveConfig(target, { editorconfig: true });
    const options = typeof config === 'object' && config !== null ? config : {};
    const formatted = await prettier.format(text, { ...options, filepath: target });
    if (!current(formatted)) {
      return { text, problem: `${formatter} changed more than the layout of the generated code (a plugin?)` };
    }
    return { text: formatted, formatter };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { text, problem: `${formatter} failed: ${message.split('\n')[0] ?? ''}` };
  }
}

/** The Prettier that resolves from `folder`, loaded, or `undefined` when none does. */
function projectPrettier(folder: string): PrettierApi | undefined {
  const require = createRequire(path.join(folder, 'gen-handlers.cjs'));
  let resolved: string;
  try {
    resolved = require.resolve('prettier');
  } catch {
    return undefined;
  }
  return require(resolved) as PrettierApi;
}

/** The nearest file of that name in `folder` or a folder above it. */
function nearestFile(folder: string, name: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
    if (path.dirname(dir) === dir) return undefined;
  }
}
