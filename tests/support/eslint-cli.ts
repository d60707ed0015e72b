import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT } from '../support/paths.js';

/** The built plugin, as a user's config imports it. */
export const PLUGIN_URL = pathToFileURL(path.join(ROOT, 'dist/index.js')).href;

/** The `eslint` CLI of each supported major, installed side by side (`eslint9` is an npm alias). */
export const ESLINT_BINS = {
  10: path.join(ROOT, 'node_modules/eslint/bin/eslint.js'),
  9: path.join(ROOT, 'node_modules/eslint9/bin/eslint.js'),
} as const;

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly suggestions?: readonly { readonly desc: string }[];
}

export interface LintFileResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
}

/** Runs the eslint CLI in `cwd` with `-f json` and returns the parsed results (exit code 0 or 1 expected). */
export function eslintJson(cwd: string, args: readonly string[], bin: string = ESLINT_BINS[10]): LintFileResult[] {
  const result = spawnSync(process.execPath, [bin, '-f', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`eslint exited ${result.status}: ${result.stderr}`);
  }
  return (JSON.parse(result.stdout) as LintFileResult[]).map((r) => ({
    ...r,
    filePath: path.relative(cwd, r.filePath),
  }));
}

/** A temporary project folder with the given files; removed by the returned function. */
export function tempProject(files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-project-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
