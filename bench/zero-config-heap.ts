/**
 * One measurement for bench/zero-config.bench.ts, in a process of its own: lints every TypeScript file of
 * node_modules once, with the recommended preset (`recommended`) or the idle rule (`idle`), and prints the heap
 * used after a full garbage collection, in bytes. The plugin is the built one, `dist/`.
 */
import { corpusFiles, lintSources, readCorpus } from '../tests/support/corpus.js';
import { builtPlugin } from './built-plugin.js';
import { IDLE_CONFIG } from './idle-rule.js';

const mode = process.argv[2];
const sources = readCorpus(corpusFiles().filter((file) => file.endsWith('.ts')));
const rules = mode === 'idle' ? IDLE_CONFIG : (await builtPlugin()).configs.recommended;
lintSources(sources, { rules });
(globalThis as { gc?: () => void }).gc?.();
console.log(process.memoryUsage().heapUsed);
