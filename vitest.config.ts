import { defineConfig } from 'vitest/config';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The ESLint major a vitest project runs the tests on. */
    eslintMajor: 9 | 10;
  }
}

/** The in-process test files that mock a module (`vi.mock`): isolated, so that no other file sees the mock
 * (tests/repo/isolation.test.ts checks that every such file is here). */
export const MOCKING = [
  'tests/configure-unreadable.test.ts',
  'tests/util/settings-model-failure.test.ts',
  'tests/codegen/cli/io.test.ts',
  'tests/codegen/cli/fs-errors.test.ts',
  'tests/codegen/cli/write-atomic-race.test.ts',
];

/**
 * Tests by cost, as four projects:
 * - `unit`: everything in-process (rule suites on ESLint 10, the table, gen-handlers' generate() and its CLI
 *   functions), its files sharing each worker's modules (`isolate: false`): each file importing ESLint,
 *   typescript-eslint, TypeScript and ts-morph afresh cost twice the CPU of the tests themselves;
 * - `unit-mocks`: the few in-process files that mock a module (`vi.mock`), each in modules of its own, as a mock
 *   must not reach another file. `npm run test:unit` runs both: the inner loop.
 * - `eslint9`: the RuleTester suites again on ESLint 9 (the `eslint9` alias dependency), sharing modules as `unit`
 *   does; nothing that does not depend on the ESLint version.
 * - `e2e`: whatever spawns a process or lints real code (the bin, the ESLint CLI, its cache and concurrency, the
 *   example, the node_modules corpus).
 */
export default defineConfig({
  test: {
    globals: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // Fixtures are code to lint, not tests to run, though some are tests of their own projects.
          exclude: ['tests/e2e/**', 'tests/fixtures/**', ...MOCKING],
          isolate: false,
          provide: { eslintMajor: 10 },
        },
      },
      {
        extends: true,
        test: { name: 'unit-mocks', include: [...MOCKING], provide: { eslintMajor: 10 } },
      },
      {
        extends: true,
        resolve: {
          alias: [
            { find: /^eslint$/u, replacement: 'eslint9' },
            { find: /^eslint\/(.*)$/u, replacement: 'eslint9/$1' },
          ],
        },
        test: {
          name: 'eslint9',
          include: ['tests/rules/**/*.test.ts'],
          setupFiles: ['tests/setup/eslint9.ts'],
          isolate: false,
          provide: { eslintMajor: 9 },
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], provide: { eslintMajor: 10 } },
      },
    ],
  },
});
