import { defineConfig } from 'vitest/config';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The ESLint major a vitest project runs the tests on. */
    eslintMajor: 9 | 10;
  }
}

/**
 * Tests by cost, as three projects:
 * - `unit`: everything in-process (rule suites on ESLint 10, the table, gen-handlers' generate() and its CLI
 *   functions); `npm run test:unit` is the inner loop.
 * - `eslint9`: the RuleTester suites again on ESLint 9 (the `eslint9` alias dependency); nothing that does not
 *   depend on the ESLint version.
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
          exclude: ['tests/e2e/**', 'tests/fixtures/**'],
          provide: { eslintMajor: 10 },
        },
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
