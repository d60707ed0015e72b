import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { MAX_ALIAS_HOPS } from './const-initializer.js';
import { staticPropertyName } from './property-name.js';
import { DefinitionType } from './scope-kinds.js';
import { stringLiteralValue } from './string-literal.js';
import { unwrapExpression } from './unwrap-expression.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The member names from the error up to the object that holds the code, as the SDK and the API put it: none for what
 * the Node.js SDK throws (`err.code`: a TencentCloudSDKHttpException, an `Error` whose `code` is the API's
 * `Response.Error.Code` and `requestId` its `RequestId`; no SDK package exports the class and each carries its own
 * copy, so code tests `code`, after `err instanceof Error && 'code' in err` in TypeScript, never `instanceof` the
 * class), and `Response.Error` for the raw API 3.0 answer (`res.Response.Error.Code`).
 */
const ERROR_PATHS: readonly (readonly string[])[] = [[], ['Response', 'Error']];

/**
 * The name of the variable that holds the error the error-code expression `node` reads its code from, when that
 * variable is also what the name means at `at` (where a suggestion would write `throw <name>;`); else `undefined`.
 *
 * `err` for `err.code`, `err?.Code`, `(err as ApiError).code!`, `String(err.code)`, `err.code.trim()`,
 * `err.code || err.Code`, `err && err.code` (`err instanceof Error && 'code' in err && err.code`),
 * `err.code ? err.code : ''`, and for a variable bound from one (`const code = err.code`, `const { code } = err`, `const c = code`); `res` for the raw
 * response (`res.Response.Error.Code`, `const { Error: { Code } } = res.Response`). No name where no variable holds
 * the error (`catch ({ code })`, `this.code`, `errors[0].code`, `getError().code`, `err.response.code`) or where
 * `at` sees another variable of that name.
 */
export function errorObjectName(node: TSESTree.Node, at: TSESTree.Node, context: RuleContext): string | undefined {
  const holder = holderOf(node, context, 0);
  if (holder === undefined || !ERROR_PATHS.some((path) => samePath(path, holder.path))) return undefined;
  const { root } = holder;
  const seen = ASTUtils.findVariable(context.sourceCode.getScope(at), root.name);
  return variableOf(root, context) === seen ? root.name : undefined;
}

/**
 * The variable an identifier refers to, from its reference: a switch's discriminant is resolved outside the switch,
 * though its scope by position is the switch's. `null` for an undeclared global, as `findVariable` gives.
 */
function variableOf(identifier: TSESTree.Identifier, context: RuleContext): TSESLint.Scope.Variable | null {
  for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const reference = scope.references.find((candidate) => candidate.identifier === identifier);
    if (reference !== undefined) return reference.resolved;
  }
  return ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
}

/** A variable and the member names that lead from it to the object whose property is the code. */
interface Holder {
  readonly root: TSESTree.Identifier;
  readonly path: readonly string[];
}

function holderOf(node: TSESTree.Node, context: RuleContext, hops: number): Holder | undefined {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.MemberExpression:
      return memberPath(expression.object);
    case AST_NODE_TYPES.CallExpression: {
      // `err.code.trim()`, `String(err.code)`: calls that give the same string.
      const callee = unwrapExpression(expression.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression) return holderOf(callee.object, context, hops);
      const [argument] = expression.arguments;
      return argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement
        ? undefined
        : holderOf(argument, context, hops);
    }
    case AST_NODE_TYPES.LogicalExpression:
      // `err && err.code`: the right side; `err.code || err.Code`, `err.code ?? ''`: the left side names the object.
      return holderOf(expression.operator === '&&' ? expression.right : expression.left, context, hops);
    case AST_NODE_TYPES.ConditionalExpression:
      // `err.code ? err.code : ''`: the branch that reads the code.
      return holderOf(expression.consequent, context, hops) ?? holderOf(expression.alternate, context, hops);
    case AST_NODE_TYPES.Identifier:
      return hops >= MAX_ALIAS_HOPS ? undefined : bindingHolder(expression, context, hops);
    default:
      return undefined;
  }
}

/** Where a variable bound by a declarator reads the code from: its initializer, through the destructured keys. */
function bindingHolder(identifier: TSESTree.Identifier, context: RuleContext, hops: number): Holder | undefined {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== DefinitionType.Variable || definition.node.init === null) return undefined;
  const { id, init } = definition.node;
  // `const code = err.code`: the variable is that expression.
  if (id === definition.name) return holderOf(init, context, hops + 1);
  const keys = patternKeys(definition.name, id);
  const object = keys === undefined ? undefined : memberPath(init);
  // `const { Error: { Code } } = res.Response`: the keys before the code's own lead on from the initializer.
  return object === undefined || keys === undefined
    ? undefined
    : { root: object.root, path: [...object.path, ...keys.slice(0, -1)] };
}

/** The object-pattern keys from `root` down to `name` (`{ Error: { Code } }` gives `Error`, `Code`). */
function patternKeys(name: TSESTree.Node, root: TSESTree.Node): string[] | undefined {
  const keys: string[] = [];
  for (let child = name; child !== root;) {
    const { parent } = child;
    if (parent === undefined) return undefined;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === child) {
      const key = staticPropertyName(parent);
      if (key === undefined) return undefined;
      keys.unshift(key);
    } else if (parent.type !== AST_NODE_TYPES.ObjectPattern && parent.type !== AST_NODE_TYPES.AssignmentPattern) {
      return undefined;
    }
    child = parent;
  }
  return keys;
}

/**
 * Whether `test`, taken as a truth value, only checks that the error-code expression `code` can be read: it is that
 * expression or an object it reads from (`err` or `err.code` beside `err.code === "X"`, `res.Response.Error` beside
 * `res.Response.Error.Code === "X"`, optional chains and casts alike), or a test of such an expression's type that
 * holds when it is there (`typeof err.code === "string"`, `typeof err === "object"`, `typeof err.code !== "undefined"`).
 */
export function isPresenceOf(test: TSESTree.Node, code: TSESTree.Node): boolean {
  const typed = typeTested(test);
  if (typed !== undefined) return isPresenceOf(typed, code);
  const checked = memberPath(test);
  const read = memberPath(code);
  return (
    checked !== undefined &&
    read !== undefined &&
    checked.root.name === read.root.name &&
    checked.path.length <= read.path.length &&
    samePath(checked.path, read.path.slice(0, checked.path.length))
  );
}

/** What `test` checks the type of, where it holds only when that is there: `typeof x === "string"`, else `undefined`. */
function typeTested(test: TSESTree.Node): TSESTree.Node | undefined {
  const node = unwrapExpression(test);
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return undefined;
  for (const [side, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const type = stringLiteralValue(other);
    if (side.type !== AST_NODE_TYPES.UnaryExpression || side.operator !== 'typeof' || type === undefined) continue;
    const is = node.operator === '===' || node.operator === '==';
    const isNot = node.operator === '!==' || node.operator === '!=';
    if ((is && (type === 'string' || type === 'object')) || (isNot && type === 'undefined')) return side.argument;
  }
  return undefined;
}

/**
 * Whether two expressions read the same member of the same object (`e.code` and `(e as Failure).code`), or code
 * properties of the same object under two of `codeProperties`' names (`e.code` and `e.Code`).
 */
export function readsCodeOfSameObject(
  a: TSESTree.Node,
  b: TSESTree.Node,
  codeProperties: ReadonlySet<string>,
): boolean {
  const left = memberPath(a);
  const right = memberPath(b);
  if (left === undefined || right === undefined || left.root.name !== right.root.name) return false;
  if (samePath(left.path, right.path)) return true;
  const [leftName, rightName] = [left.path.at(-1), right.path.at(-1)];
  return (
    leftName !== undefined &&
    rightName !== undefined &&
    codeProperties.has(leftName) &&
    codeProperties.has(rightName) &&
    samePath(left.path.slice(0, -1), right.path.slice(0, -1))
  );
}

/** A variable followed by static member names (`res.Response.Error`), else `undefined`. */
function memberPath(node: TSESTree.Node): Holder | undefined {
  const path: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(current);
    if (name === undefined) return undefined;
    path.unshift(name);
    current = unwrapExpression(current.object);
  }
  return current.type === AST_NODE_TYPES.Identifier ? { root: current, path } : undefined;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}
