import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import type { Linter } from 'eslint';

import { loadTable, shippedCatalogue } from '../src/table/load.js';
import {
  corpusFiles,
  type CorpusSource,
  lintSources,
  type LintSourcesOptions,
  readCorpus,
} from '../tests/support/corpus.js';
import { FIXTURES } from '../tests/support/paths.js';
import { realShapeFiles } from '../tests/support/real-shapes.js';
import { syntheticGuardedSources } from '../tests/support/synthetic.js';
import { builtPlugin } from './built-plugin.js';
import { compare, heading } from './harness.js';
import { IDLE_CONFIG } from './idle-rule.js';
import { lintSourcesAsCli } from './lint-as-cli.js';
import { replayConfig } from './replay-rules.js';
import { timedRules } from './timed-rules.js';

/**
 * What the call model costs: the strict preset with zero config (every rule, the call model built for every file
 * that may call Tencent Cloud, relative imports checked and followed) against an idle rule on the same nodes, over
 * real code that never calls Tencent Cloud (every TypeScript file of node_modules), over the real-shapes corpora (the
 * call shapes of public code that calls it, rebuilt in our own words) and over 1,000 generated files that all call it,
 * with the floor under the latter: the same listeners and reports replayed, which costs what ESLint charges for them
 * and nothing of ours, and the floor's first part, the same rules listening and reporting nothing; and for scale, what
 * one of ESLint's own rules (no-unused-vars) costs over the same files; then over one file of 1 to 10,000 guarded
 * dispatches, whose ratio stays flat when the cost per statement does. The corpora are linted as the CLI lints them (lintSourcesAsCli: the configs merged once per
 * run); the 1,000 files once more by `Linter#verify`, as earlier runs measured them, and the rows of single files by
 * it too.
 */
export default async function callModelBench(): Promise<void> {
  const plugin = await builtPlugin();
  const strict = { rules: plugin.configs.strict };
  const idle = { rules: IDLE_CONFIG };

  const files = corpusFiles().filter((file) => file.endsWith('.ts'));
  await against('call-model', `${files.length} TypeScript files of node_modules`, readCorpus(files), 5);

  // The real-shapes corpora, linted where they are: their modules import each other, and are followed so.
  const shapes = readdirSync(FIXTURES)
    .filter((name) => name.startsWith('real-shapes'))
    .flatMap((name) => {
      const dir = path.join(FIXTURES, name);
      return statSync(dir).isDirectory() ? realShapeFiles(dir).map((file) => `${name}/${file}`) : [];
    });
  await against(
    'call-model-real-shapes',
    `the ${shapes.length} files of the real-shapes corpora (public code calling Tencent Cloud, rebuilt)`,
    readCorpus(shapes, FIXTURES),
    15,
    FIXTURES,
  );

  const products = Object.entries(shippedCatalogue().index().products).flatMap(([product, versions]) =>
    versions.map((version) => ({
      product,
      version,
      actions: loadTable(`${product}@${version}`).actions ?? new Map<string, readonly string[] | null>(),
    })),
  );
  const tencent = syntheticGuardedSources(1000, products);
  await against('call-model-tencent', '1,000 files calling Tencent Cloud', tencent, 15);
  heading(
    'call-model-tencent-verify: the same, each file linted by Linter#verify given the config array, which merges the configs again for every file (the measure of earlier runs)',
  );
  await compare(
    'call-model-tencent-verify',
    ['lint by verify, strict preset, zero config', () => lintSources(tencent, strict)],
    ['lint by verify, an idle rule on the same nodes', () => lintSources(tencent, idle)],
    { samples: 15 },
  );
  heading(
    "call-model-tencent-floor: the strict preset's listeners and reports replayed without analysis (what ESLint charges for them) against the idle rule",
  );
  const replay = { rules: replayConfig(tencent, plugin.configs.strict) };
  const made = await lintSourcesAsCli(tencent, strict.rules);
  const replayed = await lintSourcesAsCli(tencent, replay.rules);
  if (made !== replayed) throw new Error(`the replay made ${replayed} reports where the rules made ${made}`);
  console.log(`  ${made} reports, each replayed`);
  await compare(
    'call-model-tencent-floor',
    ['lint, the same listeners and reports, replayed', () => lintSourcesAsCli(tencent, replay.rules)],
    ['lint, an idle rule on the same nodes', () => lintSourcesAsCli(tencent, idle.rules)],
    { samples: 15 },
  );
  heading(
    "call-model-tencent-floor-listeners: the floor's first part, the strict preset's rules listening to the same nodes and reporting nothing (what ESLint charges for running that many rules) against the idle rule",
  );
  const silent = { rules: replayConfig(tencent, plugin.configs.strict, { reports: false }) };
  await compare(
    'call-model-tencent-floor-listeners',
    ['lint, the same listeners, no reports', () => lintSourcesAsCli(tencent, silent.rules)],
    ['lint, an idle rule on the same nodes', () => lintSourcesAsCli(tencent, idle.rules)],
    { samples: 15 },
  );

  heading(
    "call-model-tencent-reference: one of ESLint's own rules, no-unused-vars, against the idle rule over the same files (what a rule that reads the file's scopes costs, for scale)",
  );
  await compare(
    'call-model-tencent-reference',
    ["lint, ESLint's no-unused-vars", () => lintSourcesAsCli(tencent, REFERENCE_RULE)],
    ['lint, an idle rule on the same nodes', () => lintSourcesAsCli(tencent, idle.rules)],
    { samples: 15 },
  );

  heading(
    "call-model-tencent-own: the time spent inside the strict preset's rules (create and listeners, their reports included) against an idle lint of the same files",
  );
  await ownTime(tencent, plugin.configs.strict, idle.rules);

  heading(
    'call-model-tencent-per-file: each of the 1,000 files linted alone, strict preset and idle rule alternating (5 times each)',
  );
  perFile(tencent, strict, idle);

  heading('call-model-scaling: one file of N guarded dispatches, strict preset against the idle rule');
  for (const count of [1, 100, 1000, 10_000]) {
    const source = [{ file: `app/guards${count}.ts`, text: guardedFile(count) }];
    await compare(
      `call-model-scaling-${count}`,
      [`lint, strict preset, ${count} guarded switch(es)`, () => lintSources(source, strict)],
      ['lint, an idle rule on the same nodes', () => lintSources(source, idle)],
      { samples: count >= 1000 ? 5 : 15, repeat: count === 1 ? 20 : 1 },
    );
  }

  async function against(
    name: string,
    what: string,
    sources: readonly CorpusSource[],
    samples: number,
    root?: string,
  ): Promise<void> {
    heading(
      `${name}: the strict preset (zero config) against an idle rule on the same nodes over ${what}, linted as the CLI lints`,
    );
    await compare(
      name,
      ['lint, strict preset, zero config', () => lintSourcesAsCli(sources, strict.rules, root)],
      ['lint, an idle rule on the same nodes', () => lintSourcesAsCli(sources, idle.rules, root)],
      { samples },
    );
  }
}

/**
 * One core rule of ESLint's, on its own: like the idle rule, one rule, but one that reads every scope of the file
 * (every variable's references), as the call model does. Its cost over the idle rule puts the strict preset's in scale.
 */
const REFERENCE_RULE: Linter.Config = { rules: { 'no-unused-vars': 'error' } };

/**
 * What `subject` adds to each file over `baseline`: every file linted alone, the two alternating `times` times, the
 * median of each side per file. Prints the ratio of the median files and the median extra time per file with its
 * 10th–90th percentiles over the files: whether the cost is spread over every file or a few files cost much more.
 * A file linted alone and back to back costs less than in a run over many files (its code and data stay warm, and
 * the garbage the subject leaves is collected during either side), so the cost itself is the section's first row.
 */
function perFile(
  sources: readonly CorpusSource[],
  subject: LintSourcesOptions,
  baseline: LintSourcesOptions,
  times = 5,
): void {
  const extra: number[] = [];
  const subjectMs: number[] = [];
  const baselineMs: number[] = [];
  const time = (source: CorpusSource, options: LintSourcesOptions): number => {
    const start = performance.now();
    lintSources([source], options);
    return performance.now() - start;
  };
  for (const source of sources) {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < times; i++) {
      if (i % 2 === 0) {
        b.push(time(source, baseline));
        a.push(time(source, subject));
      } else {
        a.push(time(source, subject));
        b.push(time(source, baseline));
      }
    }
    subjectMs.push(quantile(a, 0.5));
    baselineMs.push(quantile(b, 0.5));
    extra.push(quantile(a, 0.5) - quantile(b, 0.5));
  }
  const median = (values: number[]): string => quantile(values, 0.5).toFixed(3);
  console.log(
    `  per file: strict ${median(subjectMs)} ms against idle ${median(baselineMs)} ms (${(quantile(subjectMs, 0.5) / quantile(baselineMs, 0.5)).toFixed(2)}x); strict adds ${median(extra)} ms (10th–90th percentile of the files: ${quantile(extra, 0.1).toFixed(3)}–${quantile(extra, 0.9).toFixed(3)} ms)`,
  );
}

/**
 * The time spent inside the rules alone, summed over a lint of `sources` with them timed (timedRules), against a lint
 * of the same files with the idle rule, alternating: unlike the difference of two lint times, it leaves out what
 * the machine does meanwhile, and what ESLint, the parser and the garbage collector spend on the rules' behalf. Then
 * where it goes: each rule's `create` (the first to ask builds the file's call model) and each listener.
 */
async function ownTime(sources: readonly CorpusSource[], rules: Linter.Config, idle: Linter.Config): Promise<void> {
  const timed = timedRules(rules);
  const own: number[] = [];
  const idleMs: number[] = [];
  /** Per rule and listener, its ms in each round. */
  const parts = new Map<string, number[]>();
  const rounds = 11;
  for (let i = -2; i < rounds; i++) {
    timed.reset();
    await lintSourcesAsCli(sources, timed.config);
    const start = performance.now();
    await lintSourcesAsCli(sources, idle);
    // The first two rounds warm both up.
    if (i < 0) continue;
    own.push(timed.elapsed());
    idleMs.push(performance.now() - start);
    for (const [part, ms] of timed.byPart()) parts.set(part, [...(parts.get(part) ?? []), ms]);
  }
  const ratios = own.map((ms, i) => ms / (idleMs[i] as number));
  const microsPerFile = (ms: number): string => `${((ms / sources.length) * 1000).toFixed(0)} µs`;
  console.log(
    `  inside the rules: ${microsPerFile(quantile(own, 0.5))} per file (${microsPerFile(Math.min(...own))}–${microsPerFile(Math.max(...own))}), against an idle lint of ${microsPerFile(quantile(idleMs, 0.5))} per file: ${quantile(ratios, 0.5).toFixed(2)}x its time (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}), ${rounds} rounds`,
  );
  // Where it goes: the parts that take a tenth of it or more, each by its median round, the rest summed.
  const medians = [...parts].map(([part, ms]) => [part, quantile(ms, 0.5)] as const).sort((a, b) => b[1] - a[1]);
  const large = medians.filter(([, ms]) => ms >= quantile(own, 0.5) / 10);
  const rest = medians.slice(large.length).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `  by rule and listener: ${[...large.map(([part, ms]) => `${part} ${microsPerFile(ms)}`), `the other ${medians.length - large.length} ${microsPerFile(rest)}`].join(', ')}`,
  );
}

/** The value below which a fraction `q` of `values` lie (nearest rank). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** A file with `count` functions, each a try around a GAAP call with a switch on the code in its catch. */
function guardedFile(count: number): string {
  const lines = [
    'import * as tencentcloud from "tencentcloud-sdk-nodejs";',
    'const client = new tencentcloud.gaap.v20180529.Client({});',
    'declare function report(value: unknown): unknown;',
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      `export async function step${i}(request: object): Promise<unknown> {`,
      '  try {',
      '    return await client.CreateProxy(request);',
      '  } catch (e) {',
      '    switch ((e as { code?: string }).code) {',
      "      case 'FailedOperation.ProxySellOut':",
      "      case 'FailedOperation.AccountBalanceInsufficient':",
      `        return report(${i});`,
      '      default:',
      '        throw e;',
      '    }',
      '  }',
      '}',
    );
  }
  return lines.join('\n');
}
