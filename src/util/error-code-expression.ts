import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { isTableReadError } from '../table/table-error.js';
import { classMethod, importedFunction, lintedFunctionCalls, unitFunctionCalls } from './call-model/model.js';
import {
  type FunctionLike,
  isFunction,
  returnArguments,
  specifierName,
  thisBinding,
  type Unit,
} from './call-model/values.js';
import { constInitializer, MAX_ALIAS_HOPS } from './const-initializer.js';
import { readsCodeOfSameObject } from './error-object.js';
import { isGlobalReference } from './global-reference.js';
import { staticPropertyName } from './property-name.js';
import { DefinitionType } from './scope-kinds.js';
import { isStringLiteralNode } from './string-literal.js';
import { unwrapExpression } from './unwrap-expression.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Variable = TSESLint.Scope.Variable;

/**
 * A key for the error-code expression `node` denotes, or `undefined` when `node` is not one. Two nodes that
 * denote the same error-code expression get the same key.
 *
 * An error-code expression is a member access to one of `codeProperties` (`err.code`, `err?.Code`,
 * `err["code"]`, `res.Response.Error.Code`), seen through parentheses, optional chaining, TypeScript's `as`,
 * `!` and `satisfies`, `String(x)`, `x.trim()` (`trimStart`, `trimEnd`) and `x.toString()` (not `toUpperCase()`,
 * which makes another string), `a.code || a.Code` (or `a.code ?? ""`), a guard `e && e.code`, and a conditional
 * whose branches are the code or a fallback (`e && e.code ? e.code : ""`); or a variable bound from one
 * (`const code = err.code`, `const { code } = err`, `const { Error: { Code } } = res.Response`,
 * `catch ({ code })`), found with scope analysis; or a parameter or variable named like a code property
 * (`function retryable(code: string)`, `let errorCode = ""`), whatever it is given or assigned. Such a variable
 * keys by the variable (`var:code@<declaration start>`), not by the expression it was bound from. Or a call of the
 * file's own accessor function (`errCode(error)`, see accessorCallKey).
 */
export function errorCodeExpressionKey(
  node: TSESTree.Node,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
): string | undefined {
  return keyOf(node, context, codeProperties, new Set());
}

/** Whether `node` is an error-code expression (see `errorCodeExpressionKey`). */
export function isErrorCodeExpression(
  node: TSESTree.Node,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
): boolean {
  return errorCodeExpressionKey(node, context, codeProperties) !== undefined;
}

function keyOf(
  node: TSESTree.Node,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
  seen: Set<Variable>,
): string | undefined {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const name = staticPropertyName(expression);
      if (name === undefined || !codeProperties.has(name)) return undefined;
      return `${objectKey(expression.object, context, seen)}.${name}`;
    }
    case AST_NODE_TYPES.CallExpression: {
      const subject = sameStringSubject(expression, context);
      return subject === undefined
        ? accessorCallKey(expression, context, codeProperties, seen)
        : keyOf(subject, context, codeProperties, seen);
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      // `e && e.code ? e.code : ""`: each branch is the code or a fallback.
      const consequent = keyOf(expression.consequent, context, codeProperties, seen);
      const alternate = keyOf(expression.alternate, context, codeProperties, seen);
      if (consequent === undefined) return isFallback(expression.consequent) ? alternate : undefined;
      if (alternate === undefined) return isFallback(expression.alternate) ? consequent : undefined;
      return consequent === alternate ? consequent : `(${consequent}?:${alternate})`;
    }
    case AST_NODE_TYPES.LogicalExpression: {
      // `e && e.code`: a guard before the code is falsy or the code.
      if (expression.operator === '&&') return keyOf(expression.right, context, codeProperties, seen);
      const left = keyOf(expression.left, context, codeProperties, seen);
      if (left === undefined) return undefined;
      // `err.code || ""`: a fallback literal does not change which expression this is.
      if (isFallback(expression.right)) return left;
      const right = keyOf(expression.right, context, codeProperties, seen);
      if (right === undefined) return undefined;
      // `a.code || a.Code`: two spellings of one object's code are that object's code.
      const leftObject = memberObjectKey(expression.left, context, seen);
      if (leftObject !== undefined && leftObject === memberObjectKey(expression.right, context, seen)) return left;
      return `(${left}${expression.operator}${right})`;
    }
    case AST_NODE_TYPES.Identifier:
      return variableKey(expression, context, codeProperties, seen);
    default:
      return undefined;
  }
}

/**
 * The key of a call of a code accessor (`const errCode = (e) => String(e?.code ?? '')`,
 * `function codeOf(err) { return err.code; }`): a function, declared once and never reassigned, whose every
 * `return` gives an error-code expression or a fallback (`undefined`, `null`, a string), one of them the code; of
 * the file, or imported from a module of the project (`import { codeOf } from './errors'`). Two calls of
 * it with the same arguments get the same key.
 */
function accessorCallKey(
  call: TSESTree.CallExpression,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
  seen: Set<Variable>,
): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.ThisExpression &&
    !moduleUnits.has(context)
  )
    return methodAccessorKey(call, callee, context, codeProperties, seen);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(callee), callee);
  if (variable === null || seen.has(variable) || seen.size >= MAX_ALIAS_HOPS || variable.defs.length !== 1) {
    return undefined;
  }
  const [definition] = variable.defs;
  // An imported accessor is handed the error alone: another call is not worth reading a module for. One module's
  // accessor is not followed into a third.
  const where =
    definition?.type === DefinitionType.ImportBinding
      ? call.arguments.length === 1 && !moduleUnits.has(context)
        ? importedAccessor(callee, context, codeProperties, definition.node)
        : undefined
      : ownAccessor(definition, context, codeProperties, new Set(seen).add(variable));
  return where === undefined ? undefined : `call:${callee.name}@${where}(${argumentsKey(call, context, seen)})`;
}

/** The keys of a call's arguments, which tell two calls of an accessor with the same arguments. */
function argumentsKey(call: TSESTree.CallExpression, context: RuleContext, seen: Set<Variable>): string {
  return call.arguments.map((argument) => objectKey(argument, context, seen)).join(',');
}

/** The methods whose return is being read as an accessor's (see methodAccessorKey): one that calls itself is none. */
const readingMethods = new WeakSet<FunctionLike>();

/**
 * The key of a call of a code accessor that is a method of the class the call is in (`this.codeOf(err)`), its own
 * or inherited from a class of the file or of a module of the project (`class Kms extends TencentService`); see
 * accessorCallKey. Two calls of it with the same arguments get the same key.
 */
function methodAccessorKey(
  call: TSESTree.CallExpression,
  callee: TSESTree.MemberExpression,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
  seen: Set<Variable>,
): string | undefined {
  const name = staticPropertyName(callee);
  // `this` of an instance: in a method or a field of the class, also from an arrow function in it.
  const binding = thisBinding(callee);
  const cls = binding === undefined || binding.isStatic ? undefined : binding.cls;
  const method = name === undefined || cls === undefined ? undefined : classMethod(context, cls, name);
  if (method === undefined || readingMethods.has(method.fn)) return undefined;
  const returned = returnedCode(method.fn, method.unit.visitorKeys, codeProperties);
  if (returned === undefined) return undefined;
  readingMethods.add(method.fn);
  let key: string | undefined;
  try {
    key =
      method.unit.depth === 0
        ? keyOf(returned, context, codeProperties, seen)
        : moduleReturnKey(returned, method.unit, codeProperties);
  } finally {
    readingMethods.delete(method.fn);
  }
  if (key === undefined) return undefined;
  return `call:this.${name}@${method.unit.file ?? ''}:${method.fn.range[0]}(${argumentsKey(call, context, seen)})`;
}

/**
 * The contexts importedAccessor reads another module's accessor with (its scopes and visitor keys, and no file), each
 * with that module's unit.
 */
const moduleUnits = new WeakMap<RuleContext, Unit>();

/** Where the file's own accessor `definition` declares is (see accessorCallKey); `undefined` when it is none. */
function ownAccessor(
  definition: Variable['defs'][number] | undefined,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
  seen: Set<Variable>,
): string | undefined {
  let fn: TSESTree.Node | null | undefined;
  if (definition?.type === DefinitionType.FunctionName) {
    fn = definition.node;
  } else if (definition?.type === DefinitionType.Variable && definition.parent.kind === 'const') {
    fn = definition.node.init;
  }
  const returned =
    fn !== null && fn !== undefined && isFunction(fn)
      ? returnedCode(fn, context.sourceCode.visitorKeys, codeProperties)
      : undefined;
  return returned === undefined || keyOf(returned, context, codeProperties, seen) === undefined
    ? undefined
    : String(definition?.name.range[0]);
}

/**
 * Where the accessor an import binding names is, in the module it comes from (see accessorCallKey); `undefined`
 * when it is none. Its code is read with that module's names and scopes.
 */
function importedAccessor(
  identifier: TSESTree.Identifier,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
  /** The import that binds it. */
  specifier: TSESTree.Node,
): string | undefined {
  const imported = importedFunction(context, identifier);
  // A module the lint cannot read (an alias without its config, a workspace package not installed), or an export
  // it cannot see as a function: an accessor is known by its name alone, `errorCodeOf(err)`, `getErrorCode(err)`.
  if (imported === undefined) {
    const name = specifier.type === AST_NODE_TYPES.ImportSpecifier ? specifierName(specifier.imported) : undefined;
    return name !== undefined && ACCESSOR_NAME.test(name) ? `import:${name}` : undefined;
  }
  const returned = returnedCode(imported.fn, imported.unit.visitorKeys, codeProperties);
  if (returned === undefined) return undefined;
  const key = moduleReturnKey(returned, imported.unit, codeProperties);
  return key === undefined ? undefined : `${imported.unit.file ?? ''}:${imported.fn.range[0]}`;
}

/** The name of an error-code accessor: `errorCodeOf`, `getErrorCode`, `errCode`. */
const ACCESSOR_NAME = /^(?:get)?err(?:or)?Code(?:Of|From)?$/iu;

/** The key of what a function of another module returns, read with that module's names and scopes. */
function moduleReturnKey(returned: TSESTree.Node, unit: Unit, codeProperties: ReadonlySet<string>): string | undefined {
  // No key is made of the module's text: only whether its return is a code is asked.
  const inModule = {
    sourceCode: {
      getScope: (node: TSESTree.Node) => unit.evaluator.scopeOf(node),
      getText: () => '',
      visitorKeys: unit.visitorKeys,
    },
  } as unknown as RuleContext;
  moduleUnits.set(inModule, unit);
  let key: string | undefined;
  try {
    key = keyOf(returned, inModule, codeProperties, new Set());
  } catch (error) {
    // As importedFunction: a damaged catalogue is told; a defect reading another module leaves the accessor
    // unread, never the run stopped.
    if (isTableReadError(error)) throw error;
    key = undefined;
  }
  return key;
}

/**
 * What `fn` returns that is not a fallback: its expression body, or the argument of its one `return` that is not
 * one, every other `return` of its body (outside the functions it holds) giving a fallback or nothing; else
 * `undefined`. Several such returns that read the same member of the same name, each alone or as the branch of a
 * test whose other branch is a fallback (`if (e instanceof Wrapped) return e.code;` then
 * `return isFailure(e) ? e.code : undefined;`), return that member; so do returns of code properties of the same
 * object under two names (`if (typeof e.code === "string") return e.code;` then
 * `if (typeof e.Code === "string") return e.Code;`).
 */
function returnedCode(
  fn: FunctionLike,
  visitorKeys: Unit['visitorKeys'],
  codeProperties: ReadonlySet<string>,
): TSESTree.Node | undefined {
  const { body } = fn;
  if (body === null || body === undefined) return undefined;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return body;
  const returned = returnArguments(fn, visitorKeys).filter((argument) => !isFallback(argument));
  if (returned.length <= 1) return returned[0];
  const read = returned.map((each) => bodyConstValue(readBranch(each), fn));
  const [first] = read;
  return first !== undefined && read.every((each) => readsCodeOfSameObject(each, first, codeProperties))
    ? first
    : undefined;
}

/**
 * What a name a `const` of `fn`'s body holds was set to (`const value = (err as Failure).code;` before
 * `return typeof value === "string" ? value : undefined;`), found in the blocks around it, the nearest first; else
 * `node` itself (also where a nearer block declares the name otherwise).
 */
function bodyConstValue(node: TSESTree.Node, fn: FunctionLike): TSESTree.Node {
  const name = unwrapExpression(node);
  if (name.type !== AST_NODE_TYPES.Identifier) return node;
  for (let at: TSESTree.Node | undefined = name.parent; at !== undefined && at !== fn; at = at.parent) {
    if (at.type !== AST_NODE_TYPES.BlockStatement) continue;
    for (const statement of at.body) {
      if (statement.range[0] >= name.range[0]) break;
      if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
      for (const { id, init } of statement.declarations) {
        if (id.type !== AST_NODE_TYPES.Identifier || id.name !== name.name) continue;
        return statement.kind === 'const' && init !== null ? init : node;
      }
    }
  }
  return node;
}

/** What a returned test reads where it is not a fallback: `c ? e.code : undefined` and `c && e.code` read `e.code`. */
function readBranch(node: TSESTree.Node): TSESTree.Node {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    if (isFallback(expression.alternate)) return expression.consequent;
    if (isFallback(expression.consequent)) return expression.alternate;
  }
  if (expression.type === AST_NODE_TYPES.LogicalExpression && expression.operator === '&&') return expression.right;
  return node;
}

/** The key of the object of a member access (`a.b` in `a.b.code`), or `undefined` when `node` is not a member access. */
function memberObjectKey(node: TSESTree.Node, context: RuleContext, seen: Set<Variable>): string | undefined {
  const expression = unwrapExpression(node);
  return expression.type === AST_NODE_TYPES.MemberExpression ? objectKey(expression.object, context, seen) : undefined;
}

/** A key for any expression that holds an error: equal for `err`, `(err as any)` and `err!`. */
function objectKey(node: TSESTree.Node, context: RuleContext, seen: Set<Variable>): string {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression);
      const declaration = variable?.defs[0]?.name.range[0];
      return declaration === undefined ? expression.name : `${expression.name}@${declaration}`;
    }
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression: {
      const name = staticPropertyName(expression);
      const object = objectKey(expression.object, context, seen);
      return name === undefined ? `${object}[${context.sourceCode.getText(expression.property)}]` : `${object}.${name}`;
    }
    default:
      return `(${context.sourceCode.getText(expression)})`;
  }
}

/** The key of a variable bound from an error-code expression, or `undefined`. */
function variableKey(
  identifier: TSESTree.Identifier,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
  seen: Set<Variable>,
): string | undefined {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  // A chain of aliases longer than any real code's is not followed (a 2,000-long chain would overflow the stack).
  if (variable === null || seen.has(variable) || seen.size >= MAX_ALIAS_HOPS || variable.defs.length !== 1) {
    return undefined;
  }
  const [definition] = variable.defs;
  if (definition === undefined || definition.name.type !== AST_NODE_TYPES.Identifier) return undefined;
  const binding = bindingPath(definition.name);
  if (binding === undefined) return undefined;
  const key = `var:${definition.name.name}@${definition.name.range[0]}`;
  // `function retryable(code: string)`, `let errorCode = ""`: named like a code property, it holds a code.
  if (
    (definition.type === DefinitionType.Variable || definition.type === DefinitionType.Parameter) &&
    binding.keys.length === 0 &&
    codeProperties.has(definition.name.name)
  ) {
    return key;
  }

  if (definition.type === DefinitionType.Variable) {
    const declarator = definition.node;
    if (binding.root !== declarator.id || declarator.init === null) return undefined;
    const last = binding.keys.at(-1);
    if (last === undefined) {
      // `const code = err.code`: the variable is the expression it was initialised with.
      const init = constInitializer(identifier, context);
      if (init === undefined) return undefined;
      seen.add(variable);
      return keyOf(init, context, codeProperties, seen) === undefined ? undefined : key;
    }
    // Assigned again later: no longer a binding of one expression.
    if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
    return codeProperties.has(last) ? key : undefined;
  }
  if (definition.type === DefinitionType.Parameter && binding.keys.length === 0) {
    // `normalise(vendorCode)`, a function of the file that every call hands a code (`normalise(err.code)`).
    return handedCodes(definition.node as FunctionLike, definition.name, context, codeProperties, seen.add(variable))
      ? key
      : undefined;
  }
  if (definition.type === DefinitionType.Parameter || definition.type === DefinitionType.CatchClause) {
    // `catch ({ code })`, `({ code }) => ...`: destructured straight from the error.
    const last = binding.keys.at(-1);
    if (last === undefined || !codeProperties.has(last)) return undefined;
    // The write of a default value (`{ code = "" }`) is part of the binding.
    if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
    return key;
  }
  return undefined;
}

/** Per function and parameter index, whether every call of the function hands that parameter a code. */
const handedCodesOf = new WeakMap<FunctionLike, Map<number, boolean>>();

/**
 * Whether every call of `fn` hands its parameter `name` an error-code expression, `fn` being a function of the file
 * that only those calls can reach: a function declaration or a `const` function that is not exported and is only
 * called, or a private method (`private normalise`, `#normalise`) its class only calls (`this.normalise(err.code)`).
 */
function handedCodes(
  fn: FunctionLike,
  name: TSESTree.Identifier,
  context: RuleContext,
  codeProperties: ReadonlySet<string>,
  seen: Set<Variable>,
): boolean {
  const index = fn.params.indexOf(name);
  if (index === -1) return false;
  let known = handedCodesOf.get(fn);
  const cached = known?.get(index);
  if (cached !== undefined) return cached;
  const unit = moduleUnits.get(context);
  const calls = unit === undefined ? lintedFunctionCalls(context, fn) : unitFunctionCalls(unit, fn);
  const result =
    calls !== undefined &&
    calls.length > 0 &&
    calls.every((call) => {
      const argument = call.arguments[index];
      return (
        argument !== undefined &&
        argument.type !== AST_NODE_TYPES.SpreadElement &&
        keyOf(argument, context, codeProperties, new Set(seen)) !== undefined
      );
    });
  known ??= new Map();
  known.set(index, result);
  handedCodesOf.set(fn, known);
  return result;
}

/**
 * The object-pattern keys that lead from a binding pattern's root to `name` (`const { Error: { Code } } = x`
 * gives `["Error", "Code"]`), and that root; `undefined` when the path has a part we do not follow
 * (array patterns, rest elements, computed keys).
 */
function bindingPath(name: TSESTree.Node): { readonly root: TSESTree.Node; readonly keys: string[] } | undefined {
  const keys: string[] = [];
  let child: TSESTree.Node = name;
  for (let parent = child.parent; parent !== undefined; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === child) continue;
    if (
      parent.type === AST_NODE_TYPES.Property &&
      parent.value === child &&
      parent.parent.type === AST_NODE_TYPES.ObjectPattern
    ) {
      const key = staticPropertyName(parent);
      if (key === undefined) return undefined;
      keys.unshift(key);
      continue;
    }
    if (parent.type === AST_NODE_TYPES.ObjectPattern) continue;
    if (parent.type === AST_NODE_TYPES.ArrayPattern || parent.type === AST_NODE_TYPES.RestElement) return undefined;
    break;
  }
  return { root: child, keys };
}

/** Methods that give back the same string, as far as comparing codes goes (`toUpperCase()` gives another one). */
const SAME_STRING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toString']);

/** `x` of `String(x)`, `x.trim()` and the other `SAME_STRING_METHODS` called without arguments; else `undefined`. */
function sameStringSubject(call: TSESTree.CallExpression, context: RuleContext): TSESTree.Node | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(callee);
    return call.arguments.length === 0 && name !== undefined && SAME_STRING_METHODS.has(name)
      ? callee.object
      : undefined;
  }
  const [argument] = call.arguments;
  if (
    call.arguments.length !== 1 ||
    argument === undefined ||
    argument.type === AST_NODE_TYPES.SpreadElement ||
    !isGlobalReference(callee, 'String', context)
  ) {
    return undefined;
  }
  return argument;
}

/** What stands in for a missing code: a string literal, `null` or `undefined`. */
function isFallback(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  if (isStringLiteralNode(expression)) return true;
  if (expression.type === AST_NODE_TYPES.Literal) return expression.value === null;
  return expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined';
}
