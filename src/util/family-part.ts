import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { constantLiteral } from './constant-literal.js';
import { staticPropertyName } from './property-name.js';
import { stringLiteralValue } from './string-literal.js';
import { unwrapExpression } from './unwrap-expression.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * `x` of `x.split('.')[0]`: what the family part of a code is taken from, seen through TypeScript wrappers and
 * optional chaining. Element 0 may be written `[0]` or `['0']`, `split` may have a limit (`x.split('.', 1)[0]`), and
 * the separator may be a constant (`const DOT = '.'`). `undefined` for anything else.
 */
export function familyPartSubject(node: TSESTree.Node, context: RuleContext): TSESTree.Node | undefined {
  const member = unwrapExpression(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || !isFirstElement(member)) return undefined;
  const call = unwrapExpression(member.object);
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'split') return undefined;
  const [separator] = call.arguments;
  const literal = separator === undefined ? undefined : constantLiteral(separator, context);
  return literal !== undefined && stringLiteralValue(literal) === '.' ? callee.object : undefined;
}

/** Whether a member access reads element 0: `x[0]`, `x['0']`. */
function isFirstElement(member: TSESTree.MemberExpression): boolean {
  const { property } = member;
  return (
    member.computed && property.type === AST_NODE_TYPES.Literal && (property.value === 0 || property.value === '0')
  );
}
