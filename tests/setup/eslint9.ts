/**
 * Runs a test file under ESLint 9 instead of ESLint 10: `eslint` and `eslint/*` resolve to the `eslint9` alias
 * dependency, both for CommonJS requires from dependencies (@typescript-eslint/rule-tester, @typescript-eslint/utils)
 * and, through vitest's `resolve.alias`, for our own imports.
 */
import { createRequire } from 'node:module';

type Resolve = (request: string, ...rest: unknown[]) => string;

const require = createRequire(import.meta.url);
const Module = require('node:module') as { _resolveFilename: Resolve };
const original = Module._resolveFilename;
Module._resolveFilename = function resolveEslint9(this: unknown, request: string, ...rest: unknown[]): string {
  const redirected =
    request === 'eslint'
      ? 'eslint9'
      : request.startsWith('eslint/')
        ? `eslint9/${request.slice('eslint/'.length)}`
        : request;
  return original.call(this, redirected, ...rest);
};
