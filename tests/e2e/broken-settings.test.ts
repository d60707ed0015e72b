import { eslintJson, PLUGIN_URL, tempProject } from '../support/eslint-cli.js';

/**
 * A broken table, as the ESLint CLI meets it: reported on every linted file, once per file, in one process, with
 * `--concurrency` (worker threads) and with `--cache`; never a crash, never a silent pass.
 */
const FIX = 'The tencentcloud-errors rules check nothing until it is fixed.';

function project(): { dir: string; remove: () => void } {
  const files: Record<string, string> = {
    'eslint.config.js': [
      `import plugin from ${JSON.stringify(PLUGIN_URL)};`,
      'export default [',
      '  plugin.configs.strict,',
      "  { settings: { 'tencentcloud-errors': { tables: ['./broken.json'] } } },",
      '];',
      '',
    ].join('\n'),
    'broken.json': '{ "service": "demo", "codes": [\n',
  };
  for (let i = 0; i < 6; i++) files[`file${i}.js`] = `if (err.code === 'InternalErorr') f${i}();\n`;
  return tempProject(files);
}

describe('a broken table under the ESLint CLI', () => {
  it.each([
    ['one process', []],
    ['--concurrency 2', ['--concurrency', '2']],
    ['--cache, run twice', ['--cache']],
  ])('%s: every file gets the one settings report', (_, flags) => {
    const { dir, remove } = project();
    try {
      const runs = flags.includes('--cache') ? 2 : 1;
      for (let run = 0; run < runs; run++) {
        const results = eslintJson(dir, [...flags, '.']).filter(
          (r) => r.filePath.endsWith('.js') && r.filePath.startsWith('file'),
        );
        expect(results.map((r) => r.filePath).sort()).toEqual([
          'file0.js',
          'file1.js',
          'file2.js',
          'file3.js',
          'file4.js',
          'file5.js',
        ]);
        for (const result of results) {
          expect(result.messages).toHaveLength(1);
          expect(result.messages[0]?.message).toMatch(
            new RegExp(
              `^Invalid settings\\["tencentcloud-errors"\\]\\.tables\\[0\\]: \\./broken\\.json:2: invalid JSON .* ${FIX.replaceAll('.', '\\.')}$`,
              'u',
            ),
          );
        }
      }
    } finally {
      remove();
    }
  });
});
