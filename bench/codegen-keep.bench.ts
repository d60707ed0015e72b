import fc from 'fast-check';

import { round, roundFolder, runRound } from '../tests/codegen/keep-rounds.js';
import { heading } from './harness.js';

const ROUNDS = Number(process.env['KEEP_ROUNDS'] ?? 500);
const SEED = Number(process.env['KEEP_SEED'] ?? 20261127);

/**
 * Random rounds of "generate, edit by hand, change the settings or the table, run again" through the gen-handlers
 * CLI (in-process; tests/codegen/keep-rounds.ts; its edit kinds include comments among the header lines that start
 * like them, an async handler or another return type, and a reworded line inside a generated JSDoc): the figures that must be 0 are lines lost without a word, outputs
 * that no longer compile where the edited file did, `--check` disagreeing with the run after it, and runs right
 * after a successful one that still change the file. Sets a failing exit code when one is not 0.
 */
export default async function codegenKeepBench(): Promise<void> {
  heading(
    `codegen-keep: ${ROUNDS} random rounds of hand edits and re-runs through the gen-handlers CLI (seed ${SEED})`,
  );
  const folder = roundFolder();
  const started = performance.now();
  let wrote = 0;
  let dropped = 0;
  let pruned = 0;
  let lost = 0;
  let nonCompiling = 0;
  let disagreements = 0;
  let notFixpoint = 0;
  const refusals = new Map<string, number>();
  const failures: string[] = [];
  try {
    for (const [i, r] of fc.sample(round, { numRuns: ROUNDS, seed: SEED }).entries()) {
      const outcome = await runRound(r, folder.dir);
      const failed = [
        ...outcome.lost.map((mark) => `lost ${mark}`),
        ...outcome.nonCompiling.map((error) => `does not compile: ${error}`),
        ...(outcome.disagreement === undefined ? [] : [`--check disagrees: ${outcome.disagreement}`]),
        ...(outcome.notFixpoint ? ['a second run changed the file again'] : []),
      ];
      lost += outcome.lost.length;
      nonCompiling += outcome.nonCompiling.length > 0 ? 1 : 0;
      disagreements += outcome.disagreement === undefined ? 0 : 1;
      notFixpoint += outcome.notFixpoint ? 1 : 0;
      dropped += outcome.dropped;
      pruned += outcome.pruned.length;
      if (outcome.refused === undefined) wrote++;
      for (const kind of outcome.refused === undefined ? [] : refusalKinds(outcome.refused)) {
        refusals.set(kind, (refusals.get(kind) ?? 0) + 1);
      }
      if (failed.length > 0) failures.push(`round ${i}: ${failed.join('; ')}\n    ${JSON.stringify(r)}`);
    }
  } finally {
    folder.cleanup();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`  rounds                               ${ROUNDS} (${seconds.toFixed(0)} s)`);
  console.log(`  second run wrote / refused           ${wrote} / ${ROUNDS - wrote}`);
  for (const [kind, count] of [...refusals].sort((a, b) => b[1] - a[1])) {
    console.log(`    refused for ${kind.padEnd(47)} ${count}`);
  }
  console.log(`  lines dropped with --prune, listed   ${dropped}`);
  console.log(`  case bodies pruned, listed by code   ${pruned}`);
  console.log(`  lines lost without a word            ${lost}`);
  console.log(`  outputs that do not compile          ${nonCompiling}`);
  console.log(`  --check disagreeing with the run     ${disagreements}`);
  console.log(`  second runs that changed the file    ${notFixpoint}`);
  for (const failure of failures) console.log(`  FAILED ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}

/** What a refusal was for, in words (a round that refuses for several things counts for each). */
function refusalKinds(message: string): string[] {
  if (message.includes('it now generates names that your code declares'))
    return ['a declaration named like a generated one'];
  if (message.includes('would not compile')) return ['new type errors'];
  if (message.includes('case bodies for codes no longer generated')) return ['bodies of codes no longer generated'];
  const kinds: [RegExp, string][] = [
    [/\(an edit to the generated /u, 'edits to generated code'],
    [/\(in \w+, (?:before|after|at the top of) its switch\)/u, 'statements of a handler no longer generated'],
    [/\(the comment of case /u, 'case comments after a table change'],
    [/\(a second case /u, 'duplicate case labels'],
    [/\(the body of case /u, 'bodies of codes no longer generated'],
    [/\(a case of \w+ whose label is not a code\)/u, 'labels that are not codes'],
    [/ of \w+, a handler no longer generated\)/u, 'async or return types of handlers no longer generated'],
  ];
  const found = kinds.filter(([pattern]) => pattern.test(message)).map(([, kind]) => kind);
  return found.length > 0 ? [...new Set(found)] : [message.slice(0, 60)];
}
