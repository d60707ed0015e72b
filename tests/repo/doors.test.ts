import path from 'node:path';

import { ESLint } from 'eslint';

import { ROOT } from '../support/paths.js';

/**
 * The one-way doors between the rooms of src/ (CONTRIBUTING.md "Layout") are lint errors: these imports, written
 * into a file of each room, must each be reported by `no-restricted-imports` from the repository's own config.
 */
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the doors between rooms', () => {
  it.each([
    ['src/codegen/generate.ts', `import { listCodes } from './../util/list-codes.js';\nexport const x = listCodes;\n`],
    ['src/codegen/cli/cli.ts', `import { createRule } from '../../util/index.js';\nexport const x = createRule;\n`],
    ['src/codegen/read/existing.ts', `import { emitModule } from '../emit/emit.js';\nexport const x = emitModule;\n`],
    ['src/codegen/ir/build.ts', `import { emitModule } from '../emit/emit.js';\nexport const x = emitModule;\n`],
    [
      'src/codegen/emit/emit.ts',
      `import { readExisting } from '../read/existing.js';\nexport const x = readExisting;\n`,
    ],
    ['src/codegen/format/header.ts', `import { buildModule } from '../ir/build.js';\nexport const x = buildModule;\n`],
    ['src/table/load.ts', `import rules from '../rules/index.js';\nexport const x = rules;\n`],
    ['src/table/load.ts', `import { generate } from '../codegen/generate.js';\nexport const x = generate;\n`],
    ['src/table/load.ts', `import { ESLintUtils } from '@typescript-eslint/utils';\nexport const x = ESLintUtils;\n`],
    [
      'src/rules/no-unknown-error-code.ts',
      `import { generate } from '../codegen/index.js';\nexport const x = generate;\n`,
    ],
    ['src/util/settings.ts', `import { Project } from 'ts-morph';\nexport const x = Project;\n`],
    ['src/shared/defaults.ts', `import { CodeIndex } from '../table/code-index.js';\nexport const x = CodeIndex;\n`],
    ['src/index.ts', `import { generate } from './codegen/index.js';\nexport const x = generate;\n`],
    ['src/util/settings.ts', `import { readSdkTree } from '../importer/sdk-tree.js';\nexport const x = readSdkTree;\n`],
    ['src/table/load.ts', `import { compareSources } from '../importer/drift.js';\nexport const x = compareSources;\n`],
    ['src/codegen/ir/build.ts', `import { planKeep } from '../keep/plan.js';\nexport const x = planKeep;\n`],
    ['src/codegen/keep/plan.ts', `import { runCli } from '../cli/cli.js';\nexport const x = runCli;\n`],
    ['src/importer/drift.ts', `import { generate } from '../codegen/generate.js';\nexport const x = generate;\n`],
  ])('%s: %j is refused', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/codegen/generate.ts', `import { CodeIndex } from '../table/code-index.js';\nexport const x = CodeIndex;\n`],
    [
      'src/codegen/emit/emit.ts',
      `import { quoteString } from '../../shared/quote-string.js';\nexport const x = quoteString;\n`,
    ],
    [
      'src/codegen/ir/build.ts',
      `import type { ExistingFile } from '../read/existing.js';\nexport type X = ExistingFile;\n`,
    ],
    [
      'src/rules/no-unknown-error-code.ts',
      `import { createRule } from '../util/index.js';\nexport const x = createRule;\n`,
    ],
    ['src/util/settings.ts', `import { loadTable } from '../table/load.js';\nexport const x = loadTable;\n`],
    [
      'src/table/load.ts',
      `import { DEFAULT_TABLES } from '../shared/defaults.js';\nexport const x = DEFAULT_TABLES;\n`,
    ],
    [
      'src/codegen/cli/catalogue-command.ts',
      `import { readSdkTree } from '../../importer/sdk-tree.js';\nexport const x = readSdkTree;\n`,
    ],
    [
      'src/importer/drift.ts',
      `import { compareCodes } from '../table/code-index.js';\nexport const x = compareCodes;\n`,
    ],
  ])('%s: %j is allowed', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

describe("the generator's one way in to ts-morph's values (src/codegen/ts-morph.ts, loaded with require)", () => {
  async function tsMorphImports(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((m) => m.message);
  }

  it('refuses a value import of ts-morph elsewhere in src/codegen, naming the module to use', async () => {
    expect(
      await tsMorphImports(
        'src/codegen/emit/print.ts',
        `import { printStructure } from 'ts-morph';\nexport const x = printStructure;\n`,
      ),
    ).toEqual([
      "'ts-morph' import is restricted from being used. Import ts-morph values from src/codegen/ts-morph.ts, which loads it with require.",
    ]);
  });

  it.each([
    ['src/codegen/emit/print.ts', `import type { WriterFunction } from 'ts-morph';\nexport type X = WriterFunction;\n`],
    ['src/codegen/ts-morph.ts', `import { Project } from 'ts-morph';\nexport const x = Project;\n`],
  ])('%s: %j is allowed', async (file, code) => {
    expect(await tsMorphImports(file, code)).toEqual([]);
  });
});
