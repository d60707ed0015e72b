import { readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';

import { callModel } from '../src/util/call-model/model.js';
const file = path.resolve(process.argv[2]!);
const text = readFileSync(file, 'utf8');
const rule: Rule.RuleModule = {
  meta: { schema: [] },
  create(context) {
    try {
      const m = callModel(context as never, undefined);
      console.log('products', m.products);
      for (const c of m.calls) console.log('call', c.node.loc.start.line, c.table, c.action, c.via);
      for (const g of m.guards) console.log('guard', g.range, g.table, g.actions, g.calls.length);
    } catch (e) {
      console.log((e as Error).stack?.split('\n').slice(0, 30).join('\n'));
    }
    return {};
  },
};
const ts = /\.[mc]?ts$/.test(file);
const msgs = new Linter().verify(
  text,
  [
    {
      files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.mts'],
      plugins: { t: { rules: { p: rule } } },
      rules: { 't/p': 'error' },
      languageOptions: ts
        ? { parser: tsParser }
        : { sourceType: /require\(/.test(text) && !/^import /m.test(text) ? 'commonjs' : 'module' },
    },
  ],
  file,
);
for (const m of msgs) console.log('MSG', m.message);
