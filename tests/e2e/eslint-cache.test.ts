import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { eslintJson, PLUGIN_URL, tempProject } from '../support/eslint-cli.js';

const table = (codes: readonly string[]): string =>
  `${JSON.stringify({ service: 'demo', codes: codes.map((code) => ({ code, family: code.split('.')[0], scope: 'service', zh: `说明 ${code}` })) }, null, 2)}\n`;

const SOURCE = "export function f(err) {\n  return err.code === 'FailedOperation.Widget';\n}\n";

describe('ESLint --cache', () => {
  it('re-lints when a table changes, with configure() (the digest is part of the config)', () => {
    const project = tempProject({
      'table.json': table(['FailedOperation', 'FailedOperation.Gadget']),
      'a.js': SOURCE,
      'eslint.config.js': `import plugin from ${JSON.stringify(PLUGIN_URL)};\nexport default [plugin.configure({ tables: ['./table.json'] })];\n`,
    });
    try {
      const lint = () => eslintJson(project.dir, ['--cache', '--cache-location', '.eslintcache', 'a.js']);
      const first = lint();
      expect(first[0]?.messages.map((m) => m.ruleId)).toEqual(['tencentcloud-errors/no-unknown-error-code']);
      expect(first[0]?.messages[0]?.message).toContain('"FailedOperation.Widget"');
      // Cached: the same answer.
      expect(lint()[0]?.messages).toHaveLength(1);
      // The table gains the code: the next run must see it, though neither a.js nor the config file changed.
      writeFileSync(
        path.join(project.dir, 'table.json'),
        table(['FailedOperation', 'FailedOperation.Gadget', 'FailedOperation.Widget']),
      );
      expect(lint()[0]?.messages).toEqual([]);
    } finally {
      project.remove();
    }
  });

  it('would serve a stale result without the digest (the problem configure() solves)', () => {
    const project = tempProject({
      'table.json': table(['FailedOperation', 'FailedOperation.Gadget']),
      'a.js': SOURCE,
      'eslint.config.js': [
        `import plugin from ${JSON.stringify(PLUGIN_URL)};`,
        "export default [{ ...plugin.configs.recommended, settings: { 'tencentcloud-errors': { tables: ['./table.json'] } } }];",
        '',
      ].join('\n'),
    });
    try {
      const lint = () => eslintJson(project.dir, ['--cache', '--cache-location', '.eslintcache', 'a.js']);
      expect(lint()[0]?.messages).toHaveLength(1);
      writeFileSync(
        path.join(project.dir, 'table.json'),
        table(['FailedOperation', 'FailedOperation.Gadget', 'FailedOperation.Widget']),
      );
      expect(lint()[0]?.messages).toHaveLength(1);
      // Without the cache the same config sees the change: only the cache was stale.
      expect(eslintJson(project.dir, ['a.js'])[0]?.messages).toEqual([]);
    } finally {
      project.remove();
    }
  });
});
