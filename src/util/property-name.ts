import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { stringLiteralValue } from './string-literal.js';

/**
 * The name a member access or an object property/pattern key spells statically: `a.b`, `a["b"]`, `a[\`b\`]`,
 * `{ b: 1 }`, `{ "b": 1 }`, `{ ["b"]: 1 }`; `undefined` for a dynamic or private name.
 */
export function staticPropertyName(node: TSESTree.MemberExpression | TSESTree.Property): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
    return undefined;
  }
  return stringLiteralValue(key);
}
