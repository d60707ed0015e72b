import { defineConfig } from 'vitest/config';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The ESLint major a vitest project runs the tests on. */
    eslintMajor: 9 | 10;
  }
}

export default defineConfig({
  test: {
    globals: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'eslint10', include: ['tests/**/*.test.ts'], provide: { eslintMajor: 10 } },
      },
      {
        // The rule suites again, under ESLint 9 (the `eslint9` alias dependency).
        extends: true,
        resolve: {
          alias: [
            { find: /^eslint$/u, replacement: 'eslint9' },
            { find: /^eslint\/(.*)$/u, replacement: 'eslint9/$1' },
          ],
        },
        test: {
          name: 'eslint9',
          include: ['tests/rules/**/*.test.ts', 'tests/eslint-version.test.ts'],
          setupFiles: ['tests/setup/eslint9.ts'],
          provide: { eslintMajor: 9 },
        },
      },
    ],
  },
});
