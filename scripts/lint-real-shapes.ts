/**
 * Lints the real-shapes corpus (tests/fixtures/real-shapes/: call shapes found in public code, rebuilt in our own
 * words) with zero configuration, the plugin's `recommended` and then `strict` preset, and measures the reports
 * against the corpus's ground truth (manifest.json):
 *
 *   npx tsx scripts/lint-real-shapes.ts
 *   npx tsx scripts/lint-real-shapes.ts tests/fixtures/real-shapes-holdout   # another corpus folder, same format
 *   npx tsx scripts/lint-real-shapes.ts tests/fixtures/real-shapes-holdout-2 # the ones written blind (-2 to -115)
 *   npx tsx scripts/lint-real-shapes.ts tests/fixtures/real-shapes --typed   # TS files with type information
 *
 * It first checks the manifest against the files and the catalogue (as tests/repo/real-shapes-manifest.test.ts
 * and tests/e2e/real-shapes-manifests.test.ts do) and prints its totals; then, per preset, the reports per rule,
 * recommended's precision and recall on the planted mistakes, what `no-impossible-error-code` and strict's
 * `exhaustive-error-handling` report and how much of it is right, every report that is not a planted mistake (for a
 * human to judge) and every planted mistake missed.
 *
 * Exit code 0 when the manifest is sound and every file parses, 1 otherwise; the figures themselves never fail it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import plugin from '../src/index.js';
import { ROOT } from '../tests/support/paths.js';
import {
  actionCodes,
  lintRealShapes,
  type Manifest,
  type ManifestMistake,
  manifestProblems,
  readManifest,
  REAL_SHAPES_DIR,
  realShapeModels,
  type RealShapeOptions,
  type RealShapeReport,
  sameCall,
} from '../tests/support/real-shapes.js';

const RULE_PREFIX = 'tencentcloud-errors/';

const short = (ruleId: string | null): string => (ruleId ?? 'parse error').replace(RULE_PREFIX, '');

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(0)}%`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

interface Planted extends ManifestMistake {
  readonly file: string;
}

function plantedMistakes(manifest: Manifest): Planted[] {
  return Object.entries(manifest.files).flatMap(([file, entry]) => entry.mistakes.map((m) => ({ ...m, file })));
}

/** The planted mistake a report is right about: on its line, expected of its rule. */
function matchOf(report: RealShapeReport, planted: readonly Planted[]): Planted | undefined {
  return planted.find((m) => m.file === report.file && m.line === report.line && m.expect === report.ruleId);
}

const formatReport = (r: RealShapeReport): string => `${r.file}:${r.line}:${r.column} ${short(r.ruleId)} ${r.message}`;

function printTotals(manifest: Manifest, dir: string): void {
  const entries = Object.entries(manifest.files);
  const products = new Set(entries.flatMap(([, e]) => e.products.map((p) => p.split('@')[0] ?? p)));
  const calls = entries.flatMap(([, e]) => e.calls);
  const byExtension = countBy(entries, ([file]) => path.extname(file));
  console.log(
    `corpus: ${path.relative(ROOT, dir)} (${entries.length} files: ${byExtension.map(([ext, n]) => `${n} ${ext}`).join(', ')})`,
  );
  console.log(`  ${products.size} products: ${[...products].sort().join(', ')}`);
  console.log(
    `  ${calls.length} calls in ${entries.filter(([, e]) => e.calls.length > 0).length} files, ${calls.filter((c) => c.version !== null).length} with a known API version`,
  );
  const shapes = countBy(
    entries.flatMap(([, e]) => e.shapes),
    (s) => s,
  );
  console.log(
    `  shapes (${shapes.length} of ${Object.keys(manifest.vocabulary).length}): ${shapes.map(([s, n]) => `${s} ${n}`).join(', ')}`,
  );
  const planted = plantedMistakes(manifest);
  console.log(
    `  planted: ${planted.length} (${countBy(planted, (m) => m.kind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
  );
}

function printRecommended(reports: readonly RealShapeReport[], planted: readonly Planted[]): void {
  console.log(`\nrecommended, zero config: ${reports.length} reports`);
  for (const [rule, n] of countBy(reports, (r) => short(r.ruleId))) console.log(`  ${rule}: ${n}`);
  const right = reports.filter((r) => matchOf(r, planted) !== undefined);
  console.log(
    `  precision: ${right.length} of ${reports.length} reports are on a planted mistake of their rule (${percent(right.length, reports.length)})`,
  );
  const recommendedRules = new Set(Object.keys(plugin.configs.recommended.rules));
  const expected = planted.filter((m) => m.expect !== null && recommendedRules.has(m.expect));
  const found = (m: Planted): boolean => reports.some((r) => matchOf(r, [m]) !== undefined);
  const caught = expected.filter(found);
  console.log(
    `  recall: ${caught.length} of ${expected.length} planted mistakes of its rules reported (${percent(caught.length, expected.length)})`,
  );
  for (const [kind] of countBy(expected, (m) => m.kind)) {
    const ofKind = expected.filter((m) => m.kind === kind);
    console.log(`    ${kind}: ${ofKind.filter(found).length} of ${ofKind.length}`);
  }
  const impossible = reports.filter((r) => r.ruleId === `${RULE_PREFIX}no-impossible-error-code`);
  const impossibleRight = impossible.filter((r) => matchOf(r, planted)?.kind === 'impossible-for-action');
  console.log(
    `  no-impossible-error-code: ${impossible.length} reports, ${impossibleRight.length} right; ${planted.filter((m) => m.kind === 'impossible-for-action').length} impossible codes planted`,
  );
}

/**
 * What a report of exhaustive-error-handling asks for, read from its message: the family, how many codes the family
 * has in the table the rule judged by, and the missing codes it names (at most the first five).
 */
function demand(message: string): { family: string; total: number; named: string[] } {
  const family = /family "([^"]+)"/u.exec(message)?.[1] ?? '';
  const total = Number(/of (?:its|the) (\d+) codes/u.exec(message)?.[1] ?? Number.NaN);
  // The list ends at the first ';' (what follows is advice, with a command in quotes).
  const list = /(?:codes|can return): ([^;]*)/u.exec(message)?.[1] ?? '';
  return { family, total, named: [...list.matchAll(/"([^"]+)"/gu)].map((m) => m[1] ?? '') };
}

/**
 * Whether a report on a partial dispatch asks only for codes the dispatch's guarded action documents: the family it
 * judges by is no larger than the action's codes of that family, and every code it names is one of them.
 */
function demandsOnlyDocumented(report: RealShapeReport, dispatch: Planted, manifest: Manifest): boolean {
  const call = manifest.files[dispatch.file]?.calls.find((c) => c.action === dispatch.action);
  const documented = call === undefined ? undefined : actionCodes(call);
  if (documented == null) return false;
  const { family, total, named } = demand(report.message);
  const ofFamily = documented.filter((code) => code === family || code.startsWith(`${family}.`));
  return total <= ofFamily.length && named.every((code) => ofFamily.includes(code));
}

function printStrict(reports: readonly RealShapeReport[], planted: readonly Planted[], manifest: Manifest): void {
  console.log(`\nstrict, zero config: ${reports.length} reports`);
  for (const [rule, n] of countBy(reports, (r) => short(r.ruleId))) console.log(`  ${rule}: ${n}`);
  const exhaustive = reports.filter((r) => r.ruleId === `${RULE_PREFIX}exhaustive-error-handling`);
  const onPartial = exhaustive.filter((r) => matchOf(r, planted)?.kind === 'partial-dispatch');
  const partial = planted.filter((m) => m.kind === 'partial-dispatch');
  const reported = partial.filter((m) => exhaustive.some((r) => r.file === m.file && r.line === m.line));
  const documentedOnly = onPartial.filter((r) => {
    const dispatch = matchOf(r, planted);
    return dispatch !== undefined && demandsOnlyDocumented(r, dispatch, manifest);
  });
  console.log(`  exhaustive-error-handling: ${exhaustive.length} reports`);
  console.log(`    on a partial dispatch: ${onPartial.length} (${percent(onPartial.length, exhaustive.length)})`);
  console.log(
    `    on a partial dispatch and asking only for codes its action documents: ${documentedOnly.length} (${percent(documentedOnly.length, exhaustive.length)})`,
  );
  console.log(`    partial dispatches reported: ${reported.length} of ${partial.length}`);
}

/** What the call model knows with zero configuration: each file's products, each call's product and action. */
function printModel(manifest: Manifest, dir: string, options: RealShapeOptions): void {
  const models = realShapeModels(dir, options);
  const entries = Object.entries(manifest.files);
  const bare = (name: string): string => name.split('@')[0] ?? name;
  const productsKnown = entries.filter(([file, entry]) => {
    const found = new Set((models.get(file)?.products ?? []).map(bare));
    return entry.products.length === 0 ? found.size === 0 : entry.products.every((p) => found.has(bare(p)));
  });
  const calls = entries.flatMap(([file, entry]) => entry.calls.map((call) => ({ file, call })));
  const known = calls.filter(({ file, call }) => models.get(file)?.calls.some((m) => sameCall(m, call)));
  const guarded = calls.filter(({ file, call }) =>
    models.get(file)?.calls.some((m) => sameCall(m, call) && m.guardKnowsAction),
  );
  console.log(`\ncall model, zero config${options.typed === true ? ', with type information' : ''}:`);
  console.log(
    `  files whose products are known: ${productsKnown.length} of ${entries.length} (${percent(productsKnown.length, entries.length)})`,
  );
  console.log(
    `  calls whose product and action are known: ${known.length} of ${calls.length} (${percent(known.length, calls.length)})`,
  );
  console.log(
    `  calls whose guard knows their action: ${guarded.length} of ${calls.length} (${percent(guarded.length, calls.length)})`,
  );
  const ways = countBy(
    known.map(({ file, call }) => models.get(file)?.calls.find((m) => sameCall(m, call))?.via ?? '?'),
    (via) => via,
  );
  console.log(`  how the known calls were known: ${ways.map(([via, n]) => `${via} ${n}`).join(', ')}`);
  const unknownProducts = entries.filter(([file]) => !productsKnown.some(([known]) => known === file));
  for (const [file, entry] of unknownProducts) {
    console.log(
      `    products not known: ${file} (${entry.products.join(', ') || 'none'}; model: ${(models.get(file)?.products ?? []).join(', ') || 'none'})`,
    );
  }
  for (const { file, call } of calls.filter((c) => !guarded.includes(c))) {
    const why =
      known.includes({ file, call }) || models.get(file)?.calls.some((m) => sameCall(m, call))
        ? 'no guard knows it'
        : 'call not known';
    console.log(`    ${why}: ${file}:${call.line} ${call.product}.${call.action}`);
  }
}

/** The command's arguments: at most one corpus folder, and `--typed`. */
function parseCommand() {
  return parseArgs({ options: { typed: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
}

function main(): number {
  let parsed: ReturnType<typeof parseCommand>;
  try {
    parsed = parseCommand();
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npx tsx scripts/lint-real-shapes.ts [corpus folder] [--typed]`);
    return 1;
  }
  const options: RealShapeOptions = { typed: parsed.values.typed };
  const [folder] = parsed.positionals;
  const dir = folder === undefined ? REAL_SHAPES_DIR : path.resolve(folder);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`${path.join(dir, 'manifest.json')}: no such file; give a corpus folder that holds a manifest.json`);
    return 1;
  }
  const manifest = readManifest(dir);
  const problems = manifestProblems(manifest, dir);
  if (problems.length > 0) {
    console.error(`manifest.json disagrees with the corpus or the catalogue (${problems.length}):`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  printTotals(manifest, dir);
  printModel(manifest, dir, options);
  const planted = plantedMistakes(manifest);

  const recommended = lintRealShapes('recommended', dir, options);
  const strict = lintRealShapes('strict', dir, options);
  const fatal = [...recommended, ...strict].filter((r) => r.ruleId === null);
  if (fatal.length > 0) {
    console.error(`\nfiles that do not parse (${fatal.length}):`);
    for (const r of fatal) console.error(`  ${formatReport(r)}`);
    return 1;
  }
  printRecommended(recommended, planted);
  printStrict(strict, planted, manifest);

  // Strict repeats recommended's rules: its reports of those are the same, so only its own rule is listed again.
  const judged = [...recommended, ...strict.filter((r) => r.ruleId === `${RULE_PREFIX}exhaustive-error-handling`)];
  const unplanted = judged.filter((r) => matchOf(r, planted) === undefined);
  console.log(`\nreports that are not a planted mistake (${unplanted.length}; judge each):`);
  for (const r of unplanted) console.log(`  ${formatReport(r)}`);
  const overreaching = strict.filter((r) => {
    const dispatch = matchOf(r, planted);
    return dispatch?.kind === 'partial-dispatch' && !demandsOnlyDocumented(r, dispatch, manifest);
  });
  console.log(
    `\nstrict reports on a partial dispatch that ask for codes its action does not document (${overreaching.length}):`,
  );
  for (const r of overreaching) console.log(`  ${formatReport(r)}`);
  const missed = planted.filter((m) => !judged.some((r) => matchOf(r, [m]) !== undefined));
  console.log(`\nplanted mistakes not reported (${missed.length}):`);
  for (const m of missed)
    console.log(`  ${m.file}:${m.line} ${m.kind} ${m.code} (expected of ${short(m.expect ?? 'no rule')})`);
  return 0;
}

process.exitCode = main();
