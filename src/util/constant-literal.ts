import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { constInitializer, MAX_ALIAS_HOPS } from './const-initializer.js';
import { isGlobalReference } from './global-reference.js';
import { staticPropertyName } from './property-name.js';
import { DefinitionType } from './scope-kinds.js';
import { isStringLiteralNode, type StringLiteralNode } from './string-literal.js';
import { unwrapExpression } from './unwrap-expression.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** An object literal or an enum: what a constant's members are read from. */
type Members = TSESTree.ObjectExpression | TSESTree.TSEnumDeclaration;

/**
 * The string literal `node` stands for: `node` itself when it is one (seen through TypeScript wrappers), else the
 * literal a named constant was declared with, so that a report lands on the declaration:
 *
 * - a `const` (or a `let` never assigned again) and its aliases: `const SOLD_OUT = "…"`, `const b = SOLD_OUT`;
 * - a member of a constant object literal, plain, `as const` or `Object.freeze({ … })`, at any depth:
 *   `CODES.SoldOut`, `CODES["SoldOut"]`, `CODES.Gaap.SoldOut`;
 * - a member of an enum: `enum Codes { SoldOut = "…" }`, `Codes.SoldOut`.
 *
 * `undefined` for anything else, and after `MAX_ALIAS_HOPS` steps.
 */
export function constantLiteral(node: TSESTree.Node, context: RuleContext): StringLiteralNode | undefined {
  let current = unwrapExpression(node);
  for (let hops = 0; hops <= MAX_ALIAS_HOPS; hops++) {
    if (isStringLiteralNode(current)) return current;
    let next: TSESTree.Node | undefined;
    if (current.type === AST_NODE_TYPES.Identifier) next = constInitializer(current, context);
    else if (current.type === AST_NODE_TYPES.MemberExpression) next = memberValue(current, context, 0);
    if (next === undefined) return undefined;
    current = unwrapExpression(next);
  }
  return undefined;
}

/** The expression a constant object's or enum's member was declared with: `CODES.SoldOut` → its value. */
function memberValue(
  member: TSESTree.MemberExpression,
  context: RuleContext,
  depth: number,
): TSESTree.Node | undefined {
  const name = staticPropertyName(member);
  if (name === undefined) return undefined;
  const members = membersOf(member.object, context, depth + 1);
  if (members === undefined) return undefined;
  if (members.type === AST_NODE_TYPES.TSEnumDeclaration) {
    const found = members.body.members.find((m) => enumMemberName(m) === name);
    return found?.initializer ?? undefined;
  }
  // The last property of that name wins, as at run time; a spread after it could override it.
  for (let i = members.properties.length - 1; i >= 0; i--) {
    const property = members.properties[i];
    if (property === undefined || property.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (property.kind === 'init' && !property.method && staticPropertyName(property) === name) return property.value;
  }
  return undefined;
}

/**
 * The object literal or enum `node` names: a constant (through aliases), a member of one, an enum. `depth` counts
 * the steps taken, so that a cycle (`const a = b.x, b = { x: a }`) ends.
 */
function membersOf(node: TSESTree.Node, context: RuleContext, depth: number): Members | undefined {
  if (depth > MAX_ALIAS_HOPS) return undefined;
  const expression = frozenObject(unwrapExpression(node), context);
  switch (expression.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return expression;
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type === DefinitionType.TSEnumName) {
        return definition.node;
      }
      const init = constInitializer(expression, context);
      return init === undefined ? undefined : membersOf(init, context, depth + 1);
    }
    case AST_NODE_TYPES.MemberExpression: {
      const value = memberValue(expression, context, depth);
      return value === undefined ? undefined : membersOf(value, context, depth + 1);
    }
    default:
      return undefined;
  }
}

/** The object of `Object.freeze({ … })`, else `node`. */
function frozenObject(node: TSESTree.Node, context: RuleContext): TSESTree.Node {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1) return node;
  const callee = unwrapExpression(node.callee);
  const [argument] = node.arguments;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    staticPropertyName(callee) !== 'freeze' ||
    !isGlobalReference(callee.object, 'Object', context) ||
    argument === undefined
  ) {
    return node;
  }
  return unwrapExpression(argument);
}

/** The name an enum member is declared with: `Ocr` of `Ocr = "ocr"`, also when written as a string. */
export function enumMemberName(member: TSESTree.TSEnumMember): string | undefined {
  // Typed an identifier or a string, but a parser run with `allowInvalidAST` gives a numeric name (`1 = …`) as a
  // number literal and a computed one as its expression, a template literal say.
  const id = member.id as TSESTree.Node;
  if (id.type === AST_NODE_TYPES.Identifier) return id.name;
  return id.type === AST_NODE_TYPES.Literal ? String(id.value) : undefined;
}
