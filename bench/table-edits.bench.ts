import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Linter } from 'eslint';

import plugin from '../src/index.js';
import { syntheticTableJson } from '../tests/support/synthetic.js';
import { heading } from './harness.js';

const EDITS = 300;

/**
 * An editor's long-running ESLint while someone edits a 5,000-code table file: each edit is seen (the table is
 * reloaded) and replaces the cached index, so the heap stays flat. Heap growth after EDITS edits, each followed by
 * a lint, against EDITS lints of an unchanged table (run with --expose-gc for exact figures).
 */
export default async function tableEditsBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-edits-'));
  try {
    const file = path.join(dir, 'table.json');
    const linter = new Linter();
    const config = [plugin.configs.recommended];
    const settings = { settings: { 'tencentcloud-errors': { tables: [file] } } };
    const lint = (): number =>
      linter.verify('if (err.code === "InternalErorr") {}', [...config, settings], 'a.js').length;
    const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
    const heapAfter = (edit: (i: number) => void): number => {
      writeFileSync(file, syntheticTableJson(5_000, 100, 0));
      lint();
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 1; i <= EDITS; i++) {
        edit(i);
        lint();
      }
      gc();
      return process.memoryUsage().heapUsed - before;
    };
    heading(
      `table edits: heap growth over ${EDITS} lints of a 5,000-code table file${'gc' in globalThis ? '' : ' (no --expose-gc: figures are rough)'}`,
    );
    const unchanged = heapAfter(() => undefined);
    const edited = heapAfter((i) => writeFileSync(file, syntheticTableJson(5_000, 100, i)));
    const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
    console.log(`  ${EDITS} edits, each linted: ${mb(edited)}; ${EDITS} lints of an unchanged table: ${mb(unchanged)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
