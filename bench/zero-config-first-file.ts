/**
 * One measurement for bench/zero-config.bench.ts, in a process of its own: the time of the first lint of a small
 * file (no mistake in it, so no spelling index is built), in ms, with the recommended preset and zero config
 * (`recommended`: it loads the catalogue) or with the idle rule (`idle`). ESLint, the parser and the plugin are
 * imported before timing: the plugin whose `dist/index.js` is the second argument (an installed copy), else the
 * repository's `dist/`.
 */
import { Linter } from 'eslint';

import { builtPlugin } from './built-plugin.js';
import { IDLE_CONFIG } from './idle-rule.js';

const plugin = await builtPlugin(process.argv[3]);

const code = "export function f(err) {\n  if (err.code === 'InternalError') return 1;\n  return 0;\n}\n";
const config = process.argv[2] === 'idle' ? IDLE_CONFIG : plugin.configs.recommended;
const linter = new Linter();
const start = performance.now();
linter.verify(code, [config], 'first.js');
console.log(performance.now() - start);
