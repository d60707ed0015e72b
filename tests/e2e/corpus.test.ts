import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import plugin from '../../src/index.js';
import { corpusFiles, lintCorpus, sample } from '../support/corpus.js';

/**
 * The recommended config over real code written by others: this repository's node_modules. The full run is
 * `npx tsx scripts/lint-corpus.ts` (every file; a few minutes on two cores); the test lints a deterministic
 * sample, every 20th file of the sorted list, to keep `npm test` fast.
 */
const EVERY = 20;

describe('the recommended config over node_modules', () => {
  const all = corpusFiles();
  const files = sample(all, EVERY);

  it('reports nothing and crashes on nothing', () => {
    const result = lintCorpus(files);
    console.log(
      `corpus: ${files.length} of ${all.length} files (every ${EVERY}th): ${result.linted} linted, ` +
        `${result.rejected.length} rejected by the parser, ${result.reports.length} reports, ${result.crashes.length} crashes`,
    );
    for (const { file, message } of result.rejected) console.log(`  rejected by the parser: ${file}: ${message}`);
    expect(result.crashes).toEqual([]);
    expect(result.reports).toEqual([]);
    expect(result.linted + result.rejected.length).toBe(files.length);
    expect(result.linted).toBeGreaterThan(250);
  });

  it('lints every file of the SDK common package in full with the strict preset, and reports nothing', () => {
    // The files of node_modules the call model does most with: they name the SDK, make clients and import each other
    // by relative path, in CommonJS and as ES modules, so the model follows modules of both kinds.
    const common = all.filter((file) => file.startsWith('tencentcloud-sdk-nodejs-common/'));
    expect(common.length).toBeGreaterThan(30);
    const result = lintCorpus(common, { rules: plugin.configs.strict });
    expect(result.crashes).toEqual([]);
    expect(result.reports).toEqual([]);
    expect(result.linted).toBe(common.length);
  });

  it('is a corpus of every kind of file asked for', () => {
    for (const extension of ['.js', '.mjs', '.cjs', '.ts']) {
      expect(
        files.some((file) => file.endsWith(extension)),
        extension,
      ).toBe(true);
    }
  });

  describe('the same run on files we write', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'corpus-'));
      mkdirSync(path.join(root, 'pkg', 'node_modules', 'nested'), { recursive: true });
      writeFileSync(path.join(root, 'pkg', 'index.cjs'), 'module.exports = (err) => err.code === "InternalErorr";\n');
      writeFileSync(
        path.join(root, 'pkg', 'node_modules', 'nested', 'index.ts'),
        'export const x = (e: any) => (e as { Code: string }).Code === "FailedOperation.ProxySelOut";\n',
      );
      writeFileSync(path.join(root, 'pkg', 'script.js'), 'with (obj) { if (err.code == "AuthFailure.Foo") {} }\n');
      writeFileSync(path.join(root, 'pkg', 'broken.mjs'), 'export const = ;\n');
    });
    afterAll(() => {
      rmSync(root, { recursive: true, force: true });
    });

    it('reports misspelt codes in nested node_modules, in CommonJS, scripts and TypeScript, and counts parser rejections apart', () => {
      const ours = corpusFiles(root);
      expect(ours).toEqual(['pkg/broken.mjs', 'pkg/index.cjs', 'pkg/node_modules/nested/index.ts', 'pkg/script.js']);
      const result = lintCorpus(ours, { root });
      expect(result.crashes).toEqual([]);
      expect(result.rejected.map((r) => r.file)).toEqual(['pkg/broken.mjs']);
      expect(result.linted).toBe(3);
      expect(result.reports.map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual([
        'pkg/index.cjs:1:40 tencentcloud-errors/no-unknown-error-code',
        'pkg/node_modules/nested/index.ts:1:63 tencentcloud-errors/no-unknown-error-code',
        'pkg/script.js:1:30 tencentcloud-errors/no-unknown-error-code',
      ]);
    });
  });
});
