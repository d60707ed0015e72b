import plugin from '../src/index.js';
import { corpusFiles, lintSources, readCorpus } from '../tests/support/corpus.js';
import { compare, heading } from './harness.js';

/**
 * The strict preset (every rule, every family, and the per-action rule) against the recommended preset, both with
 * zero config, over every TypeScript file of node_modules: what the stricter checks cost on real code.
 */
export default async function strictBench(): Promise<void> {
  const files = corpusFiles().filter((file) => file.endsWith('.ts'));
  const sources = readCorpus(files);
  heading(
    `strict: the strict preset against the recommended preset over ${files.length} TypeScript files of node_modules`,
  );
  await compare(
    'strict',
    ['lint, strict preset, zero config', () => lintSources(sources, { rules: plugin.configs.strict })],
    ['lint, recommended preset, zero config', () => lintSources(sources)],
    { samples: 3 },
  );
}
