import plugin from '../src/index.js';
import { loadTable, shippedCatalogue } from '../src/table/load.js';
import { corpusFiles, type CorpusSource, lintSources, readCorpus } from '../tests/support/corpus.js';
import { syntheticGuardedSources } from '../tests/support/synthetic.js';
import { compare, heading } from './harness.js';

/**
 * The strict preset (every rule, every family, action scope inside guards of known actions, and the per-action
 * rule) against the recommended preset, both with zero config: over every TypeScript file of node_modules, what the
 * stricter checks cost on real code; over 2,000 files that call Tencent Cloud in every file, what they cost where
 * every dispatch is judged by the codes of the actions it guards.
 */
export default async function strictBench(): Promise<void> {
  const files = corpusFiles().filter((file) => file.endsWith('.ts'));
  await strictAgainstRecommended('strict', `${files.length} TypeScript files of node_modules`, readCorpus(files), 3);

  const products = Object.entries(shippedCatalogue().index().products).flatMap(([product, versions]) =>
    versions.map((version) => ({
      product,
      version,
      actions: loadTable(`${product}@${version}`).actions ?? new Map<string, readonly string[] | null>(),
    })),
  );
  const guarded = syntheticGuardedSources(2000, products);
  await strictAgainstRecommended('strict-guarded', `${guarded.length} files calling Tencent Cloud`, guarded, 5);
}

async function strictAgainstRecommended(
  name: string,
  what: string,
  sources: readonly CorpusSource[],
  samples: number,
): Promise<void> {
  heading(`${name}: the strict preset against the recommended preset over ${what}`);
  await compare(
    name,
    ['lint, strict preset, zero config', () => lintSources(sources, { rules: plugin.configs.strict })],
    ['lint, recommended preset, zero config', () => lintSources(sources)],
    { samples },
  );
}
