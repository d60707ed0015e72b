import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

/** Whether `node` is a reference to the global `name` (`String`, `Set`), not to a binding of the file. */
export function isGlobalReference(
  node: TSESTree.Node,
  name: string,
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier || node.name !== name) return false;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), node);
  return variable === null || variable.defs.length === 0;
}
