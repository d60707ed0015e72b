import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { constInitializer } from './const-initializer.js';
import { constantLiteral } from './constant-literal.js';
import { isErrorCodeExpression } from './error-code-expression.js';
import { familyPartSubject } from './family-part.js';
import { isGlobalReference } from './global-reference.js';
import { staticPropertyName } from './property-name.js';
import { isStringLiteralNode, type StringLiteralNode, stringLiteralValue } from './string-literal.js';
import { unwrapExpression } from './unwrap-expression.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/**
 * How a literal is used: as a whole code (places 1-4 of the docs), as a family (`x.split(".")[0] === "F"`), as a
 * prefix (`x.startsWith("F.")`), as a fragment (`x.includes("F")`, `x.indexOf("F") === 0`, `x.endsWith("F")`).
 */
export type CodeRole = 'code' | 'family' | 'prefix' | 'fragment';

/** A node that spells a code: a string literal, or the identifier key of a handler map. */
export type CodeNode = StringLiteralNode | TSESTree.Identifier;

/**
 * Told of each literal found in a place of a code: the literal (for a constant, the literal it was declared with),
 * its role, and the node where it is used that way (a comparison, a switch, a call, a handler-map read).
 */
export type CodePlaceVisitor = (node: CodeNode, role: CodeRole, site: TSESTree.Node) => void;

/** The listeners that find the places of codes; a rule spreads them into its own. */
export interface CodePlaceListeners {
  BinaryExpression(node: TSESTree.BinaryExpression): void;
  SwitchStatement(node: TSESTree.SwitchStatement): void;
  CallExpression(node: TSESTree.CallExpression): void;
  MemberExpression(node: TSESTree.MemberExpression): void;
}

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
/** `[…].includes(code)`, `new Set([…]).has(code)`, `new Map([[…, …]]).get(code)`. */
const MEMBERSHIP_METHODS = new Set(['includes', 'has', 'get']);
/** `code.includes("F")` and the like: the argument is a piece of a code. */
const FRAGMENT_METHODS = new Set(['includes', 'indexOf', 'lastIndexOf', 'endsWith', 'match', 'search']);
/** `code.slice(0, 13) === "LimitExceeded"`: what is compared is a piece of a code. */
const SLICE_METHODS = new Set(['slice', 'substring', 'substr']);
/** `[…].some((c) => c === code)`: the callback says what the elements are. */
const ELEMENT_TEST_METHODS = new Set(['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter']);
/** The calls of a ts-pattern chain, `match(code).with(…).when(…)`, that the next `.with` may follow. */
const PATTERN_CHAIN_METHODS = new Set(['with', 'when', 'returnType', 'narrow']);

/**
 * The listeners that find every literal used in a place of an error code and tell `visit` of it:
 *
 * 1. `code === "…"` (either side, `!==`, `==`, `!=` too), `code in handlers`;
 * 2. the cases of a switch over a code;
 * 3. `[…].includes(code)`, `new Set([…]).has(code)`, `new Map([[…, h]]).get(code)`, `[…].some((c) => c === code)`
 *    (and the other element tests), ts-pattern's `match(code).with(…)`, directly or through a `const`;
 * 4. the keys of a handler map read with a code, `handlers[code]`;
 * 5. families, prefixes and fragments: `x.split(".")[0] === "F"`, `code.startsWith("F.")`, `code.includes("F")`,
 *    `message.startsWith("F.")` (a fragment: the string is not known to be a code),
 *    `code.slice(0, n) === "F"`.
 *
 * A literal may be told of more than once, from each place it is used in.
 */
export function codePlaceListeners(
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
  visit: CodePlaceVisitor,
): CodePlaceListeners {
  function isCode(node: TSESTree.Node): boolean {
    return isErrorCodeExpression(node, context, codeProperties);
  }

  /** `x.split(".")[0]` where `x` is an error-code expression: the family of the code. */
  function isFamily(node: TSESTree.Node): boolean {
    const subject = familyPartSubject(node, context);
    return subject !== undefined && isCode(subject);
  }

  /** `x.slice(0, n)` (`substring`, `substr`) where `x` is an error-code expression: a piece of the code. */
  function isCodeSlice(node: TSESTree.Node): boolean {
    const call = unwrapExpression(node);
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = staticPropertyName(callee);
    return method !== undefined && SLICE_METHODS.has(method) && isCode(callee.object);
  }

  /** Tells of the literal `node` is, or the literal the constant `node` names was declared with (`C.SoldOut`). */
  function mark(node: TSESTree.Node, role: CodeRole, site: TSESTree.Node): void {
    const literal = constantLiteral(node, context);
    if (literal !== undefined) visit(literal, role, site);
  }

  /** Place 1 (and 5): `code === "…"`, either side; `x.split(".")[0] === "F"`; `code.slice(0, n) === "F"`; `code in map`. */
  function collectComparison(node: TSESTree.BinaryExpression): void {
    if (node.operator === 'in') {
      if (isCode(node.left)) markKeys(node.right, node);
      return;
    }
    if (!EQUALITY_OPERATORS.has(node.operator)) return;
    const sides: [TSESTree.Node, TSESTree.Node][] = [
      [node.left, node.right],
      [node.right, node.left],
    ];
    for (const [side, other] of sides) {
      // The literal first: it is cheaper to rule out than the error-code expression.
      const literal = constantLiteral(side, context);
      if (literal === undefined) continue;
      if (isCode(other)) visit(literal, 'code', node);
      else if (isFamily(other)) visit(literal, 'family', node);
      else if (isCodeSlice(other)) visit(literal, 'fragment', node);
    }
  }

  /** Place 2 (and 5): the cases of a switch over a code, or over `x.split(".")[0]`. */
  function collectSwitch(node: TSESTree.SwitchStatement): void {
    const role = isCode(node.discriminant) ? 'code' : isFamily(node.discriminant) ? 'family' : undefined;
    if (role === undefined) return;
    for (const switchCase of node.cases) if (switchCase.test !== null) mark(switchCase.test, role, node);
  }

  /** Place 3, and place 5's `code.startsWith("F.")`, `code.includes("F")` and the other fragment methods. */
  function collectMethodCall(node: TSESTree.CallExpression): void {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const [argument] = node.arguments;
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
    const method = staticPropertyName(callee);
    if (method === undefined) return;
    if (MEMBERSHIP_METHODS.has(method) && isCode(argument)) {
      markElements(callee.object, 'code', node);
    } else if (method === 'startsWith') {
      // On a code, a prefix of codes; on any other string (a message, a key), at most a piece of a code.
      mark(argument, isCode(callee.object) ? 'prefix' : 'fragment', node);
    } else if (FRAGMENT_METHODS.has(method) && isCode(callee.object)) {
      mark(argument, 'fragment', node);
    } else if (ELEMENT_TEST_METHODS.has(method)) {
      const role = callbackRole(argument);
      if (role !== undefined) markElements(callee.object, role, node);
    } else if (method === 'with' && isPatternMatchOnCode(callee.object)) {
      markPatterns(node);
    }
  }

  /** Place 4: `handlers[code]`. */
  function collectHandlerMap(node: TSESTree.MemberExpression): void {
    if (node.computed && !isStringLiteralNode(node.property) && isCode(node.property)) markKeys(node.object, node);
  }

  /** The expression a `const`-like binding holds, for `RETRYABLE.includes(code)`; else `node` itself. */
  function resolveBinding(node: TSESTree.Node): TSESTree.Node {
    const expression = unwrapExpression(node);
    if (expression.type !== AST_NODE_TYPES.Identifier) return expression;
    const init = constInitializer(expression, context);
    return init === undefined ? expression : unwrapExpression(init);
  }

  /**
   * Tells of the elements of an array literal or `new Set([...])`, or the keys of `new Map([[key, value], ...])`,
   * given directly or through a binding.
   */
  function markElements(collection: TSESTree.Node, role: CodeRole, site: TSESTree.Node): void {
    let target = resolveBinding(collection);
    let keysOnly = false;
    if (target.type === AST_NODE_TYPES.NewExpression) {
      keysOnly = isGlobalReference(target.callee, 'Map', context);
      if (!keysOnly && !isGlobalReference(target.callee, 'Set', context)) return;
      const [elements] = target.arguments;
      if (elements === undefined) return;
      target = resolveBinding(elements);
    }
    if (target.type !== AST_NODE_TYPES.ArrayExpression) return;
    for (const element of target.elements) {
      if (element === null || element.type === AST_NODE_TYPES.SpreadElement) continue;
      if (!keysOnly) {
        mark(element, role, site);
        continue;
      }
      const entry = unwrapExpression(element);
      const key = entry.type === AST_NODE_TYPES.ArrayExpression ? entry.elements[0] : undefined;
      if (key !== undefined && key !== null && key.type !== AST_NODE_TYPES.SpreadElement) mark(key, role, site);
    }
  }

  /**
   * Tells of the keys of an object literal indexed with a code (`handlers[err.code]`): string keys, and plain
   * identifier keys (`{ InternalError: retry }`), except shorthand ones, whose name is also a variable's.
   */
  function markKeys(object: TSESTree.Node, site: TSESTree.Node): void {
    const target = resolveBinding(object);
    if (target.type !== AST_NODE_TYPES.ObjectExpression) return;
    for (const property of target.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const { key } = property;
      if (key.type === AST_NODE_TYPES.Identifier && !property.computed && !property.shorthand) {
        visit(key, 'code', site);
      } else {
        mark(key, 'code', site);
      }
    }
  }

  /**
   * What a test callback says its parameter is: `(c) => c === code` a code, `(p) => code.startsWith(p)` a
   * prefix, `(f) => code.includes(f)` a fragment; `undefined` for any other callback.
   */
  function callbackRole(callback: TSESTree.Node): CodeRole | undefined {
    const fn = unwrapExpression(callback);
    if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) {
      return undefined;
    }
    const [parameter] = fn.params;
    const body = returnedExpression(fn);
    if (parameter?.type !== AST_NODE_TYPES.Identifier || body === undefined) return undefined;
    const isElement = (node: TSESTree.Node): boolean => {
      const expression = unwrapExpression(node);
      if (expression.type !== AST_NODE_TYPES.Identifier || expression.name !== parameter.name) return false;
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression);
      return variable?.defs[0]?.name === parameter;
    };
    if (body.type === AST_NODE_TYPES.BinaryExpression && EQUALITY_OPERATORS.has(body.operator)) {
      const matches = (isElement(body.left) && isCode(body.right)) || (isElement(body.right) && isCode(body.left));
      return matches ? 'code' : undefined;
    }
    if (body.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = unwrapExpression(body.callee);
    const [argument] = body.arguments;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || argument === undefined || !isElement(argument)) {
      return undefined;
    }
    const method = staticPropertyName(callee);
    if (method === undefined || !isCode(callee.object)) return undefined;
    if (method === 'startsWith') return 'prefix';
    return FRAGMENT_METHODS.has(method) ? 'fragment' : undefined;
  }

  /** Whether `node` is `match(code)` of ts-pattern, or a chain of `.with(…)`/`.when(…)` calls on one. */
  function isPatternMatchOnCode(node: TSESTree.Node): boolean {
    let current = unwrapExpression(node);
    while (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(current.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const [subject] = current.arguments;
        return callee.name === 'match' && current.arguments.length === 1 && subject !== undefined && isCode(subject);
      }
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : undefined;
      if (method === undefined || !PATTERN_CHAIN_METHODS.has(method) || callee.type !== AST_NODE_TYPES.MemberExpression)
        return false;
      current = unwrapExpression(callee.object);
    }
    return false;
  }

  /** Tells of the patterns of `.with(pattern…, handler)`: every argument but the last, and `P.union(…)`'s. */
  function markPatterns(call: TSESTree.CallExpression): void {
    for (const pattern of call.arguments.slice(0, -1)) {
      const expression = unwrapExpression(pattern);
      if (expression.type === AST_NODE_TYPES.CallExpression && isPatternUnion(expression)) {
        for (const member of expression.arguments) mark(member, 'code', call);
      } else {
        mark(expression, 'code', call);
      }
    }
  }

  return {
    BinaryExpression: collectComparison,
    SwitchStatement: collectSwitch,
    CallExpression: collectMethodCall,
    MemberExpression: collectHandlerMap,
  };
}

/** The text a code node spells: an identifier key's name, or a literal's value. */
export function codeNodeText(node: CodeNode): string | undefined {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : stringLiteralValue(node);
}

/** The expression a callback returns: an arrow's expression body, or a body that is one `return x;`. */
function returnedExpression(fn: FunctionNode): TSESTree.Expression | undefined {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return unwrapExpression(fn.body) as TSESTree.Expression;
  const [statement] = fn.body.body;
  if (fn.body.body.length !== 1 || statement?.type !== AST_NODE_TYPES.ReturnStatement || statement.argument === null) {
    return undefined;
  }
  return unwrapExpression(statement.argument) as TSESTree.Expression;
}

/** `P.union(…)` of ts-pattern. */
function isPatternUnion(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'union';
}
