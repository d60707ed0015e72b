import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { literalQuote, type StringLiteralNode } from '../../src/util/index.js';

/** The string literal that `code`, a single expression statement, consists of. */
function literal(code: string): StringLiteralNode {
  const [statement] = parse(code).body;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) throw new Error(`not an expression: ${code}`);
  return statement.expression as StringLiteralNode;
}

describe('literalQuote', () => {
  it.each([
    ["'InternalError';", "'"],
    ['"InternalError";', '"'],
    ['`InternalError`;', '`'],
    [`"it's";`, '"'],
  ])('%s is written with %s', (given, want) => {
    expect(literalQuote(literal(given))).toBe(want);
  });
});
