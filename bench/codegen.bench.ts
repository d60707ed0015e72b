import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { syntheticTableJson } from '../tests/support/synthetic.js';
import { compare, heading } from './harness.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const BIN = path.join(ROOT, pkg.bin['gen-handlers'] ?? '');
const SAMPLES = Number(process.env['CODEGEN_SAMPLES'] ?? 9);

/** Runs one fresh Node process; fails loudly if it fails. */
function runNode(args: readonly string[], cwd: string): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
}

/**
 * gen-handlers wall time, each as a ratio to the wall time of a fresh `node` that merely imports ts-morph: both
 * are fresh processes of the built bin (`npm run build` first), sampled alternately (bench/harness.ts). A write
 * starts from no output file, so every run generates and writes; `--check` reads a current file. The runs happen
 * in a temporary folder, where no Prettier resolves, so the module keeps ts-morph's layout.
 */
export default async function codegenBench(): Promise<void> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" before the codegen bench`);
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-codegen-bench-'));
  try {
    const big = path.join(dir, 'synthetic.json');
    writeFileSync(big, syntheticTableJson(10_000));
    heading(`codegen: gen-handlers wall time vs a fresh node that only imports ts-morph (fresh processes)`);
    const baseline: [string, () => void] = [
      'node importing ts-morph',
      () => runNode(['--input-type=module', '-e', "await import('ts-morph')"], ROOT),
    ];
    const write = (table: string, out: string) => (): void => {
      rmSync(path.join(dir, out), { force: true });
      runNode([BIN, '--table', table, '--out', out], dir);
    };
    runNode([BIN, '--table', 'gaap', '--out', 'current.ts'], dir);
    const cases: [name: string, task: () => void][] = [
      ['gen-handlers, gaap (69 codes, 20 families)', write('gaap', 'gaap.ts')],
      ['gen-handlers --check, gaap (current)', () => runNode([BIN, '--check', 'current.ts'], dir)],
      ['gen-handlers, synthetic (10,000 codes, 200 families)', write(big, 'big.ts')],
    ];
    for (const [name, task] of cases) await compare('codegen', [name, task], baseline, { samples: SAMPLES });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
