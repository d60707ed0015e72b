import { createRequire } from 'node:module';

import { Linter } from 'eslint';
import { inject } from 'vitest';

/** Shows which ESLint each vitest project runs on, so the eslint9 project cannot silently run ESLint 10. */
describe('the ESLint this vitest project runs on', () => {
  const major = inject('eslintMajor');

  it('is the one imported by our code', () => {
    expect(Number(Linter.version.split('.')[0])).toBe(major);
  });

  it('is the one @typescript-eslint/rule-tester requires', () => {
    const fromRuleTester = createRequire(createRequire(import.meta.url).resolve('@typescript-eslint/rule-tester'));
    const { Linter: RuleTesterLinter } = fromRuleTester('eslint') as { Linter: { version: string } };
    expect(Number(RuleTesterLinter.version.split('.')[0])).toBe(major);
  });
});
