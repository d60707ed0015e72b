import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { stringLiteralValue } from './string-literal.js';
import { unwrapExpression } from './unwrap-expression.js';

/** A node that names a member: a member access, or the key of a property, class member or type member. */
type NamingNode =
  | TSESTree.MemberExpression
  | TSESTree.Property
  | TSESTree.MethodDefinition
  | TSESTree.PropertyDefinition
  | TSESTree.TSAbstractMethodDefinition
  | TSESTree.TSMethodSignature
  | TSESTree.TSPropertySignature;

/**
 * The name a member access or an object property/pattern key (or a class or type member's key) spells statically:
 * `a.b`, `a["b"]`, `a[\`b\`]`, `{ b: 1 }`, `{ "b": 1 }`, `{ ["b"]: 1 }`; `undefined` for a dynamic or private name.
 */
export function staticPropertyName(node: NamingNode): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
    return undefined;
  }
  return stringLiteralValue(key);
}

/**
 * The name a function is called by: `f` of `f`, `g` of `x.g` (seen through parentheses and TypeScript's casts);
 * `undefined` for anything else.
 */
export function calleeName(callee: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(callee);
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name;
  return expression.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(expression) : undefined;
}

/** The value of the property `key` of an object literal (the first that sets it), when `node` is one that has it. */
export function propertyValue(node: TSESTree.Node, key: string): TSESTree.Node | undefined {
  const object = unwrapExpression(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  return object.properties.find(
    (each): each is TSESTree.Property => each.type === AST_NODE_TYPES.Property && staticPropertyName(each) === key,
  )?.value;
}
