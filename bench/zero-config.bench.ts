import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { corpusFiles, lintSources, readCorpus } from '../tests/support/corpus.js';
import { builtPlugin, installedCopy } from './built-plugin.js';
import { compare, heading } from './harness.js';
import { IDLE_CONFIG } from './idle-rule.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The recommended preset with zero config (the whole catalogue, narrowed per file to the products it calls) on
 * every TypeScript file under node_modules, against an idle rule on the same nodes: the cost of our rules on real
 * code. Then memory: the resident heap after linting them, in fresh processes, against ESLint with the idle rule.
 */
export default async function zeroConfigBench(): Promise<void> {
  const { recommended } = (await builtPlugin()).configs;
  const files = corpusFiles().filter((file) => file.endsWith('.ts'));
  const sources = readCorpus(files);
  const lines = sources.reduce((sum, { text }) => sum + text.split('\n').length, 0);
  heading(`zero config: recommended preset over ${files.length} TypeScript files of node_modules (${lines} lines)`);
  const check = lintSources(sources, { rules: recommended });
  if (check.reports.length > 0 || check.crashes.length > 0) {
    throw new Error(`the corpus is not clean: ${check.reports.length} reports, ${check.crashes.length} crashes`);
  }
  await compare(
    'zero-config',
    ['lint, recommended preset, zero config', () => lintSources(sources, { rules: recommended })],
    ['lint, an idle rule on the same nodes', () => lintSources(sources, { rules: IDLE_CONFIG })],
    { samples: 5 },
  );

  heading('zero config: heap after linting every TypeScript file once (fresh process each, after gc; median of 3)');
  const heap = (rules: 'recommended' | 'idle'): number => {
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench/zero-config-heap.ts'), rules],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`heap run failed: ${run.stderr}`);
    return Number(run.stdout.trim());
  };
  const ours: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < 3; i++) {
    idle.push(heap('idle'));
    ours.push(heap('recommended'));
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[1] ?? Number.NaN;
  const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  console.log(
    `  heap used, recommended preset: ${mb(median(ours))}; ESLint with the idle rule: ${mb(median(idle))}; difference ${mb(median(ours) - median(idle))} (target ≤ +50 MB)`,
  );

  const installed = await installedCopy();
  try {
    await firstFile(installed.index);
    await firstFileCli(installed.index);
  } finally {
    installed.remove();
  }
}

/**
 * The first file linted in a fresh process, which loads the catalogue, against the idle rule: with the plugin as
 * installed (the catalogue in `data/catalogue.pack`), then as this repository has it (the folder `data/catalogue/`).
 * Each sample is a process of its own, timed inside it from before the first `verify` to after it.
 */
async function firstFile(installedIndex: string): Promise<void> {
  const first = (rules: 'recommended' | 'idle', index?: string) => (): number => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(ROOT, 'bench/zero-config-first-file.ts'),
        rules,
        ...(index === undefined ? [] : [index]),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`first-file run failed: ${run.stderr}`);
    return Number(run.stdout.trim());
  };
  heading(
    'zero config: the first file linted in a fresh process (loads the catalogue) vs the idle rule (target ≤ 1.2x)',
  );
  await compare(
    'zero-config-first-file',
    ['first lint, recommended, as installed (catalogue.pack)', first('recommended', installedIndex)],
    ['first lint, an idle rule', first('idle')],
    { samples: 9, selfTimed: true },
  );
  await compare(
    'zero-config-first-file-repository',
    ['first lint, recommended, this repository (data/catalogue/)', first('recommended')],
    ['first lint, an idle rule', first('idle')],
    { samples: 9, selfTimed: true },
  );
}

/**
 * What a user waits for on a first run: `eslint first.js` as one process (Node's start-up, ESLint, the config, the
 * plugin's modules, the rules' option schemas and the first file, judged by the whole catalogue), with the
 * recommended preset, against the same command with a config of no rules (parse only). It runs the plugin as
 * installed: the built `dist/` with the catalogue pack.
 */
async function firstFileCli(installedIndex: string): Promise<void> {
  heading(
    'zero config: `eslint first.js` in a fresh process, recommended preset (as installed) vs a config of no rules',
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-first-cli-'));
  try {
    writeFileSync(
      path.join(dir, 'first.js'),
      "export function f(err) {\n  if (err.code === 'InternalError') return 1;\n  return 0;\n}\n",
    );
    writeFileSync(path.join(dir, 'bare.config.mjs'), "export default [{ files: ['**/*.js'] }];\n");
    writeFileSync(
      path.join(dir, 'recommended.config.mjs'),
      `import plugin from ${JSON.stringify(pathToFileURL(installedIndex).href)};\nexport default [plugin.configs.recommended];\n`,
    );
    const eslint = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
    const run = (config: string) => (): void => {
      const result = spawnSync(process.execPath, [eslint, '--no-cache', '-c', config, 'first.js'], {
        cwd: dir,
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`eslint failed: ${result.stdout}${result.stderr}`);
    };
    await compare(
      'zero-config-first-cli',
      ['eslint first.js, recommended preset', run('recommended.config.mjs')],
      ['eslint first.js, no rules (parse only)', run('bare.config.mjs')],
      { samples: 9 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
