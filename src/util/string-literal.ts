import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

/** A string literal or a template literal without expressions: the nodes that can spell a code. */
export type StringLiteralNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

/**
 * Whether `node` is a string literal or a template literal without expressions. The template of a tagged
 * template (``String.raw`...` ``) is not: its value is whatever the tag makes of it.
 */
export function isStringLiteralNode(node: TSESTree.Node): node is StringLiteralNode {
  return stringLiteralValue(node) !== undefined;
}

/** The string a literal node spells, or `undefined` when it is not one of the nodes `isStringLiteralNode` accepts. */
export function stringLiteralValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : undefined;
  if (
    node.type === AST_NODE_TYPES.TemplateLiteral &&
    node.expressions.length === 0 &&
    node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression
  ) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}
