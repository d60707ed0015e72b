import plugin from '../src/index.js';
import { loadTable, shippedCatalogue } from '../src/table/load.js';
import { corpusFiles, lintSources, readCorpus } from '../tests/support/corpus.js';
import { syntheticGuardedSources } from '../tests/support/synthetic.js';
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

  // Code that calls Tencent Cloud everywhere: every file has a guard of known actions, so action scope and the
  // impossible-code rule judge every dispatch.
  const catalogue = shippedCatalogue();
  const products = Object.entries(catalogue.index().products).flatMap(([product, versions]) =>
    versions.map((version) => {
      const table = loadTable(`${product}@${version}`);
      return { product, version, actions: table.actions ?? new Map<string, readonly string[] | null>() };
    }),
  );
  const guarded = syntheticGuardedSources(2000, products);
  heading(
    `strict: the strict preset against the recommended preset over ${guarded.length} files calling Tencent Cloud`,
  );
  await compare(
    'strict-guarded',
    ['lint, strict preset, zero config', () => lintSources(guarded, { rules: plugin.configs.strict })],
    ['lint, recommended preset, zero config', () => lintSources(guarded)],
    { samples: 5 },
  );
}
