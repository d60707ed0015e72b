import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { MOCKING } from '../../vitest.config.js';
import { ROOT } from '../support/paths.js';

/**
 * What a test file may do only in modules of its own: mock a module, or change the environment it is read in. A
 * statement of its own, at the start of a line: not the text of a rule test's code that mocks a module.
 */
const NEEDS_ITS_OWN_MODULES = /^\s*(?:await\s+)?vi\.(?:mock|doMock|stubEnv|stubGlobal)\(/mu;

/** The in-process test files: every `*.test.ts` under tests/ but the e2e ones and the fixtures. */
function inProcessTestFiles(): string[] {
  return readdirSync(path.join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
    .map((file) => `tests/${file.split(path.sep).join('/')}`)
    .filter((file) => file.endsWith('.test.ts') && !/^tests\/(?:e2e|fixtures)\//u.test(file))
    .sort();
}

/**
 * The `unit` project's files share their worker's modules (vitest.config.ts): a file that mocks a module there would
 * hand the mock to the files after it. Such files run in `unit-mocks`, each in modules of its own.
 */
describe('test isolation', () => {
  it('runs every file that mocks a module or stubs the environment in unit-mocks, and only those', () => {
    const needing = inProcessTestFiles().filter((file) =>
      NEEDS_ITS_OWN_MODULES.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect([...MOCKING].sort()).toEqual(needing);
  });
});
