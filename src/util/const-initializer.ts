import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { DefinitionType } from './scope-kinds.js';

/**
 * The initializer of the variable `identifier` refers to, when that variable is bound once by a plain declarator
 * (`const X = …`, or a `let` never assigned again) and so always holds what it was initialised with; else
 * `undefined`. Destructured bindings, parameters and reassigned variables have no such initializer.
 */
export function constInitializer(
  identifier: TSESTree.Identifier,
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  if (variable === null || variable.defs.length !== 1) return undefined;
  const [definition] = variable.defs;
  if (definition?.type !== DefinitionType.Variable || definition.node.id !== definition.name) return undefined;
  const { init } = definition.node;
  if (init === null) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return init;
}

/** How many `const b = a` hops the rules follow: real code has a few; a longer chain is not worth the stack. */
export const MAX_ALIAS_HOPS = 32;

/**
 * The expression `node` stands for once `const` aliases are followed (`const b = a; const a = X` → `X`), at most
 * `MAX_ALIAS_HOPS` of them; `undefined` for a longer chain. A node that is no alias is its own target.
 */
export function aliasTarget(
  node: TSESTree.Node,
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): TSESTree.Node | undefined {
  let current = node;
  for (let hops = 0; current.type === AST_NODE_TYPES.Identifier; hops++) {
    const init = constInitializer(current, context);
    if (init === undefined) return current;
    if (hops === MAX_ALIAS_HOPS) return undefined;
    current = init;
  }
  return current;
}
