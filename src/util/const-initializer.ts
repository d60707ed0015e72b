import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

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
  if (definition?.type !== 'Variable' || definition.node.id !== definition.name) return undefined;
  const { init } = definition.node;
  if (init === null) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return init;
}
