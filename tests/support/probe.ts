import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';

/** A rule context as the plugin's helpers take it. */
export type ProbeContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Runs `look` on every node of `code` that `selector` picks (by default the first argument of each `probe(…)`
 * call), inside a real rule's context on typescript-eslint's parser, and returns what it gave, in source order.
 * Fails the test when linting reports anything (a parse error). How the helper tests of src/util/ see a helper
 * at work without a rule of their own.
 */
export function probe<T>(
  code: string,
  look: (node: TSESTree.Node, context: ProbeContext) => T,
  selector = 'CallExpression[callee.name="probe"] > :first-child.arguments',
  filename = 'file.ts',
): T[] {
  const found: T[] = [];
  const rule: Rule.RuleModule = {
    meta: { schema: [] },
    create: (context) => ({
      [selector](node: Rule.Node) {
        found.push(look(node as unknown as TSESTree.Node, context as unknown as ProbeContext));
      },
    }),
  };
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: filename.endsWith('.tsx') } } },
        plugins: { test: { rules: { probe: rule } } },
        rules: { 'test/probe': 'error' },
      },
    ],
    filename,
  );
  expect(messages).toEqual([]);
  return found;
}
