import { corpusFiles, lintSources, readCorpus, sample } from '../tests/support/corpus.js';
import { compare, heading } from './harness.js';
import { IDLE_CONFIG } from './idle-rule.js';

/** Every 40th file of node_modules (sorted, so the same files every run): about 150 files of real code. */
const EVERY = 40;

/**
 * Lint time of real code written by others with the recommended config, against the same run with no rule
 * enabled, and against an idle rule on the same nodes (what is left over that is the work of our rule alone).
 * The files are read before timing.
 */
export default async function rulesBench(): Promise<void> {
  const sources = readCorpus(sample(corpusFiles(), EVERY));
  const lines = sources.reduce((sum, { text }) => sum + text.split('\n').length, 0);
  heading(
    `rules: recommended config over ${sources.length} node_modules files (${lines} lines, every ${EVERY}th file)`,
  );
  const check = lintSources(sources);
  if (check.reports.length > 0 || check.crashes.length > 0) {
    throw new Error(`the corpus is not clean: ${check.reports.length} reports, ${check.crashes.length} crashes`);
  }
  const options = { samples: 8 };
  await compare(
    'rules',
    ['lint, recommended config', () => lintSources(sources)],
    ['lint, no rules enabled', () => lintSources(sources, { rules: false })],
    options,
  );
  await compare(
    'rules',
    ['lint, recommended config', () => lintSources(sources)],
    ['lint, an idle rule on the same nodes', () => lintSources(sources, { rules: IDLE_CONFIG })],
    options,
  );
}
