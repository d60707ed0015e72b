/**
 * One measurement for bench/table-paths.bench.ts, in a process of its own: lints one file with `tables` set to each
 * of `count` table files in turn (`distinct`: a different path each time, as an editor's language server meets the
 * tables of many projects; `same`: one path every time), each table of 2,000 codes, and prints the heap growth after
 * a full garbage collection, in bytes, from a first lint to the last.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Linter } from 'eslint';

import plugin from '../src/index.js';

const [mode = 'distinct', countText = '300'] = process.argv.slice(2);
const count = Number(countText);
const dir = mkdtempSync(path.join(tmpdir(), 'tce-table-paths-'));
const codes = Array.from({ length: 2000 }, (_, i) => ({
  code: `FailedOperation.Code${i}`,
  family: 'FailedOperation',
  scope: 'service',
  zh: `第 ${i} 个错误：资源暂时不可用，请稍后重试。`,
  en: `Error ${i}: the resource is unavailable for now; retry later.`,
}));
const linter = new Linter();
const lint = (file: string): void => {
  const messages = linter.verify(
    'if (err.code === "FailedOperation.Code12x") {}',
    [
      {
        plugins: { 'tencentcloud-errors': plugin },
        settings: { 'tencentcloud-errors': { tables: [file] } },
        rules: { 'tencentcloud-errors/no-unknown-error-code': 'error' },
      },
    ],
    'a.js',
  );
  if (messages.length !== 1) throw new Error(`expected one report, got ${JSON.stringify(messages)}`);
};
const gc = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};
try {
  const table = (i: number): string => {
    const file = path.join(dir, `t${i}.json`);
    writeFileSync(file, JSON.stringify({ service: 'demo', codes }));
    return file;
  };
  const first = table(0);
  lint(first);
  const before = gc();
  for (let i = 1; i <= count; i++) lint(mode === 'same' ? first : table(i));
  console.log(gc() - before);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
