import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { shippedCatalogue } from '../../table/load.js';
import { apiVersionOf } from '../../table/table-name.js';
import { MAX_ALIAS_HOPS } from '../const-initializer.js';
import { enumMemberName } from '../constant-literal.js';
import { calleeName, propertyValue, staticPropertyName } from '../property-name.js';
import { DefinitionType, ScopeType } from '../scope-kinds.js';
import { stringLiteralValue } from '../string-literal.js';
import { unwrapExpression } from '../unwrap-expression.js';
import { walkNodes } from '../walk-nodes.js';
import { CLOUD_API_VERSIONS, type CloudBasePart, MANAGER_VERSIONS, type SdkModule, sdkModule } from './sdk-modules.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type ScopeManager = TSESLint.Scope.ScopeManager;

export type FunctionLike =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression
  | TSESTree.TSDeclareFunction
  | TSESTree.TSEmptyBodyFunctionExpression;
type ClassLike = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** The `this.name` expressions of a class's own code: see Evaluator#thisMembersOf. */
interface ThisMembers {
  readonly named: ReadonlyMap<string, readonly TSESTree.MemberExpression[]>;
  readonly escapes: boolean;
}

/** A client's product and the API version its construction names (`undefined`: none named). */
export interface ClientTarget {
  readonly product: string;
  readonly version: string | undefined;
}

/** What an expression is known to hold. */
export type Value =
  | SdkModule
  | { readonly kind: 'clientClass'; readonly target: ClientTarget }
  | { readonly kind: 'commonClientClass' }
  /** A part of a CloudBase package that builds clients by the service's name. */
  | { readonly kind: 'cloudbase'; readonly part: CloudBasePart }
  /**
   * A client: of the SDK, or (`wrapper`) of a service class or factory of another package or of the project, built
   * with a product's name and one of its API versions (see Evaluator#wrapperClient), whose methods are not the
   * product's actions unless the product has an action of that name.
   */
  | { readonly kind: 'client'; readonly target: ClientTarget; readonly wrapper?: true }
  | { readonly kind: 'function'; readonly node: FunctionLike; readonly unit: Unit }
  | { readonly kind: 'object'; readonly node: TSESTree.ObjectExpression; readonly unit: Unit }
  /** An array literal, whose elements a pattern takes apart: `const [cdb, redis] = await this.clients(t)`. */
  | { readonly kind: 'array'; readonly node: TSESTree.ArrayExpression; readonly unit: Unit }
  /** A `new Map()` of the unit, whose values are what its entries and `set` calls store. */
  | { readonly kind: 'map'; readonly node: TSESTree.NewExpression; readonly unit: Unit }
  /** An interface or object type whose members are typed (`deps: { tag: TagClient }`). */
  | { readonly kind: 'shape'; readonly node: TSESTree.TSInterfaceBody | TSESTree.TSTypeLiteral; readonly unit: Unit }
  | { readonly kind: 'class'; readonly node: ClassLike; readonly unit: Unit }
  | { readonly kind: 'instance'; readonly node: ClassLike; readonly unit: Unit }
  | { readonly kind: 'module'; readonly unit: Unit };

/** The product a value names, if any: an SDK product, one of its versions, a client class, a client. */
export function productOfValue(value: Value): ClientTarget | undefined {
  switch (value.kind) {
    case 'sdk':
      return value.product === undefined ? undefined : { product: value.product, version: undefined };
    case 'product':
      return { product: value.product, version: undefined };
    case 'version':
      return { product: value.product, version: value.version };
    case 'clientClass':
    case 'client':
      return value.target;
    default:
      return undefined;
  }
}

/** A parsed file the model reads: the linted file, or a module it imports. */
export interface Unit {
  /** Absolute path; `undefined` when the linted file has none (`<input>`, `<text>`). */
  readonly file: string | undefined;
  readonly ast: TSESTree.Program;
  readonly scopeManager: ScopeManager;
  readonly visitorKeys: Readonly<Record<string, readonly string[] | undefined>>;
  /** How many imports away from the linted file (0 for the linted file itself). */
  readonly depth: number;
  /**
   * Whether the unit may send raw requests: its text names an API host or the `X-TC-Action` header; the linted
   * file's unit also when it imports a module of the project that does (whose signing helper it may call).
   */
  readonly rawMarked: boolean;
  /**
   * Whether the unit hands `action` and `version` fields of any spelling and writes an API version in quotes
   * (isHelperMarked): then a call of a function it imports from a module the lint cannot read (a workspace package
   * without its config, an installed package) may be a signing helper's request, `tcRequest({ service: "billing",
   * version: BILLING_VERSION, action: "…" })`.
   */
  readonly helperMarked: boolean;
  /**
   * The module a relative import or a path alias names, read and parsed, when it may hold clients (with `any`,
   * whatever it holds: for a call the model has another reason to follow); else `undefined`.
   */
  readonly importModule: (source: string, any?: boolean) => Unit | undefined;
  /** Evaluates the unit's expressions. */
  readonly evaluator: Evaluator;
}

/**
 * Whether a file's text may send raw API requests: it names an API host, the action header or the signature, or
 * hands a signing helper `Action` and `Version` fields.
 */
export function isRawMarked(text: string): boolean {
  return API_MARK.test(text) || (ACTION_FIELD.test(text) && VERSION_FIELD.test(text));
}

/**
 * Whether a file's text hands `action` and `version` fields of any spelling and writes an API version in quotes:
 * lower-case fields alone are too common (a Redux action, a package's version) to mark a file.
 */
export function isHelperMarked(text: string): boolean {
  return ANY_ACTION_FIELD.test(text) && ANY_VERSION_FIELD.test(text) && QUOTED_VERSION.test(text);
}

/** What marks a text as sending API requests for sure: an API host, the action header, the signature's name. */
export const API_MARK = /tencentcloudapi|x-tc-action|tc3-hmac-sha256/iu;
/**
 * An API version in quotes, which a module that builds a service class's client (`new CloudService(ctx, "scf",
 * "2018-04-16")`, see Evaluator#wrapperClient) writes though it names nothing else of the API.
 */
export const QUOTED_VERSION = /(["'`])\d{4}-\d{2}-\d{2}\1/u;

const ACTION_FIELD = /\bAction["']?\s*:/u;
const VERSION_FIELD = /\bVersion["']?\s*:/u;
const ANY_ACTION_FIELD = /\baction["']?\s*:/iu;
const ANY_VERSION_FIELD = /\bversion["']?\s*:/iu;

/** A unit and its evaluator, made together. */
export function createUnit(parts: Omit<Unit, 'evaluator'>, isProduct: (name: string) => boolean): Unit {
  const unit = { ...parts } as { -readonly [K in keyof Unit]: Unit[K] };
  unit.evaluator = new Evaluator(unit, isProduct);
  return unit;
}

/** How many steps of evaluation one unit may take: far more than real code needs, a bound for generated code. */
const MAX_STEPS = 50_000;
/** How deep one evaluation may recurse, through aliases, members, calls and modules: as far as aliases are followed. */
const MAX_VALUE_DEPTH = MAX_ALIAS_HOPS;
/** How many values an expression may be known to hold before the rest are dropped. */
const MAX_UNION = 8;
/** How many strings an expression may be known to be, and how many steps deep they are looked for. */
const MAX_STRINGS = 8;
const MAX_STRING_HOPS = 12;

/** The name of a function that builds an API host: `apiHost`, `cloudApiHostOf`, `endpointFor`, `getEndpoint`. */
const HOST_BUILDER = /host|endpoint/iu;
const NONE: readonly Value[] = [];
/** An API version as the API writes it: `2018-04-16`. */
const DATED_VERSION = /^\d{4}-\d{2}-\d{2}$/u;
/** A string that may name an action: PascalCase. */
const ACTION_STRING = /^[A-Z][a-z][A-Za-z0-9]*$/u;

/** The initialisers of an enum's members named `keys` (`scf = "scf"`). */
function enumMembers(declaration: TSESTree.TSEnumDeclaration, keys: readonly string[]): TSESTree.Node[] {
  return declaration.body.members.flatMap((member) => {
    const name = enumMemberName(member);
    return name !== undefined && keys.includes(name) && member.initializer !== undefined ? [member.initializer] : [];
  });
}

/**
 * What a module exports under `name` at its top level, as a declaration: an `export enum`, or the initialiser of an
 * `export const` that nothing reassigns (a `const` cannot be); `undefined` for anything else.
 */
function exportedDeclaration(ast: TSESTree.Program, name: string): TSESTree.Node | undefined {
  for (const statement of ast.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const { declaration } = statement;
    if (declaration?.type === AST_NODE_TYPES.TSEnumDeclaration && declaration.id.name === name) return declaration;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init !== null)
        return declarator.init;
    }
  }
  return undefined;
}

/** A class's constructor, if it declares one. */
function constructorOf(
  cls: ClassLike,
): TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression | undefined {
  return cls.body.body.find(
    (element): element is TSESTree.MethodDefinition =>
      element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor',
  )?.value;
}

/**
 * Whether `value` is the SDK's `CommonClient` or `AbstractClient` class: a member of the SDK, or the module of
 * `…/common/abstract_client` itself, which is the class in SDK 3.x (`module.exports = AbstractClient`).
 */
function isCommonClientClass(value: Value): boolean {
  return value.kind === 'commonClientClass' || (value.kind === 'sdk' && !value.products);
}

/** The `super(…)` call a class's constructor makes among its statements, if any. */
function superCallOf(cls: ClassLike): TSESTree.CallExpression | undefined {
  for (const statement of constructorOf(cls)?.body?.body ?? []) {
    if (
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.CallExpression &&
      statement.expression.callee.type === AST_NODE_TYPES.Super
    ) {
      return statement.expression;
    }
  }
  return undefined;
}

/** The member `name` of a part of a CloudBase package (see CloudBasePart). */
function cloudbaseMember(part: CloudBasePart, name: string): readonly Value[] {
  const member = (made: CloudBasePart): readonly Value[] => [{ kind: 'cloudbase', part: made }];
  switch (part) {
    case 'apiModule':
      return name === 'CloudApiService' ? member('apiClass') : NONE;
    case 'apiClass':
      return name === 'getInstance' ? member('apiGetInstance') : NONE;
    case 'managerModule':
      return name === 'default' || name === 'CloudBase' ? member('managerClass') : NONE;
    case 'managerClass':
      return name === 'init' ? member('managerInit') : NONE;
    case 'manager':
      return name === 'commonService' ? member('managerCommonService') : NONE;
    default:
      return NONE;
  }
}

/** The API versions the shipped catalogue has of `product`. */
function apiVersionsOf(product: string): readonly string[] {
  const { products } = shippedCatalogue().index();
  return Object.hasOwn(products, product) ? (products[product] ?? []) : [];
}

/** The one API version of `product` the catalogue has among `texts`, if they name exactly one. */
function catalogueVersion(product: string, texts: readonly string[]): string | undefined {
  const versions = apiVersionsOf(product);
  const named = new Set(texts.filter((text) => versions.includes(text)));
  return named.size === 1 ? [...named][0] : undefined;
}

/** The export key of what CommonJS's `module.exports = …` (or TypeScript's `export =`) sets: no name can spell it. */
const MODULE_EXPORTS = 'module.exports';

const INTEROP_HELPERS =
  /^_*(?:toESM|toCommonJS|importDefault|importStar|interopRequireDefault|interopRequireWildcard|interop_require_default|interop_require_wildcard)$/u;

/** The depth of the evaluation under way, across units: bounds the stack whatever the code. */
let depth = 0;

/**
 * Evaluates the expressions of one unit to what they hold, as far as syntax and scope tell: the SDK and its
 * members, client classes and clients, the unit's functions (whose calls give what they return), objects, classes
 * and their instances, and modules imported from relative paths (whose members are their exports). Aliases,
 * destructuring, re-assignment (`x = …`, `x ??= …`), class fields and `this.x = …` in any method, getters,
 * factories, `await`, dynamic `import()`, bundlers' interop helpers and `m.default || m` are seen through.
 * Memoised per node; a node of another unit is evaluated by that unit's evaluator.
 */
class Evaluator {
  readonly #unit: Unit;
  readonly #isProduct: (name: string) => boolean;
  #memo = new Map<TSESTree.Node, readonly Value[]>();
  /** Whether a function of this unit uses a parameter as a computed member's key (`tencentcloud[svc]`), by function. */
  readonly #keyedByParameter = new Map<FunctionLike, boolean>();
  readonly #classMembers = new Map<ClassLike, Map<string, TSESTree.Node[]>>();
  readonly #thisMembers = new Map<ClassLike, ThisMembers>();
  readonly #returns = new Map<FunctionLike, TSESTree.Node[]>();
  /** Parameters bound to the strings a call passes them, while a string-building function is read. */
  readonly #boundStrings = new Map<Variable, readonly string[]>();
  #exports: Map<string, () => readonly Value[]> | undefined;
  #steps = 0;

  constructor(unit: Unit, isProduct: (name: string) => boolean) {
    this.#unit = unit;
    this.#isProduct = isProduct;
  }

  isProduct(name: string): boolean {
    return this.#isProduct(name);
  }

  /** What `node`, a node of this unit, holds. */
  valueOf(node: TSESTree.Node): readonly Value[] {
    const memo = this.#memo.get(node);
    if (memo !== undefined) return memo;
    if (this.#steps >= MAX_STEPS || depth >= MAX_VALUE_DEPTH) return NONE;
    this.#steps++;
    depth++;
    // A node being evaluated is taken to hold nothing while it is: a cycle adds nothing.
    this.#memo.set(node, NONE);
    let values: readonly Value[];
    try {
      values = this.#evaluate(node);
    } finally {
      depth--;
    }
    this.#memo.set(node, values);
    return values;
  }

  /**
   * What the module `source`, imported from this unit, is: the SDK, a module of the project (relative, or a path
   * alias's), or nothing.
   */
  moduleValue(source: string, any = false): readonly Value[] {
    const sdk = sdkModule(source, this.#isProduct);
    if (sdk !== undefined) return [sdk];
    const imported = this.#unit.importModule(source, any);
    return imported === undefined ? NONE : [{ kind: 'module', unit: imported }];
  }

  /**
   * What an import binding of this unit names, its module read whatever it holds (a module that never names the
   * SDK is otherwise left unread): for a call the model has another reason to follow, such as one handed an API call.
   */
  importedValue(node: TSESTree.Identifier): readonly Value[] {
    const [definition] = this.variableOf(node)?.defs ?? [];
    return definition?.type === DefinitionType.ImportBinding ? this.#importBinding(definition.node, true) : NONE;
  }

  /**
   * Whether `callee` is a function imported from a module the evaluator cannot read, neither the SDK nor a module of
   * the project it resolves: `tcRequest` or `cloud.tcRequest` after `import { tcRequest } from "@acme/cloud"`
   * (`import * as cloud`) where nothing maps that specifier to a file.
   */
  isUnreadImport(callee: TSESTree.Node): boolean {
    const node = unwrapExpression(callee);
    const name = node.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(node.object) : node;
    if (name.type !== AST_NODE_TYPES.Identifier) return false;
    const [definition] = this.variableOf(name)?.defs ?? [];
    const declaration = definition?.type === DefinitionType.ImportBinding ? definition.node.parent : undefined;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return false;
    const source = declaration.source.value;
    return sdkModule(source, this.#isProduct) === undefined && this.#unit.importModule(source, true) === undefined;
  }

  /** The member `name` of each of `values`. */
  member(values: readonly Value[], name: string): readonly Value[] {
    if (values.length === 0) return NONE;
    // Members are not memoised: count them against the depth too (a class that extends itself ends here).
    if (depth >= MAX_VALUE_DEPTH) return NONE;
    depth++;
    try {
      return union(values.map((value) => this.#memberOf(value, name)));
    } finally {
      depth--;
    }
  }

  /** The values a function of this unit returns (an async function's, once awaited). */
  returnsOf(fn: FunctionLike): readonly Value[] {
    // A declared return type is a typed binding: `function getSmsClient(): SmsClient`, `Promise<SmsClient>` of an
    // async one, also where the body returns what the file cannot follow (a client parked on `globalThis`).
    const declared = fn.returnType === undefined ? NONE : this.valueOf(awaitedType(fn.returnType.typeAnnotation));
    if (fn.body === undefined || fn.body === null) return declared;
    return union([declared, ...this.returnedExpressions(fn).map((argument) => this.valueOf(argument))]);
  }

  /** What a function of this unit returns: an arrow's expression body, else its `return` statements' arguments. */
  returnedExpressions(fn: FunctionLike): readonly TSESTree.Node[] {
    const { body } = fn;
    if (body === undefined || body === null) return [];
    return body.type === AST_NODE_TYPES.BlockStatement ? this.#returnArguments(fn) : [body];
  }

  /** The scope `node`, a node of this unit, is in. */
  scopeOf(node: TSESTree.Node): Scope {
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
      const scope = this.#unit.scopeManager.acquire(current, true);
      if (scope !== null)
        return scope.type === ScopeType.functionExpressionName ? (scope.childScopes[0] ?? scope) : scope;
    }
    return this.#unit.scopeManager.globalScope as Scope;
  }

  /**
   * Whether `callee` is CommonJS's `require`: the global, or a `const require = createRequire(import.meta.url)` of
   * an ES module (`module.createRequire(…)` too).
   */
  isRequire(callee: TSESTree.Identifier): boolean {
    if (callee.name !== 'require') return false;
    if (this.isUndeclared(callee)) return true;
    const init = this.constInit(callee);
    const call = init === undefined ? undefined : unwrapExpression(init);
    return call?.type === AST_NODE_TYPES.CallExpression && calleeName(call.callee) === 'createRequire';
  }

  /** Whether an identifier names no variable this unit declares: a global (`require`, `module`, `Object`). */
  isUndeclared(node: TSESTree.Identifier): boolean {
    return (this.variableOf(node)?.defs.length ?? 0) === 0;
  }

  /**
   * The initialiser of the one declaration an identifier of this unit names, if it names one that is never written
   * again: a `const`, or a `var` or `let` only its initialiser writes (older code's `var recognise = …`).
   */
  constInit(node: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = this.variableOf(node);
    return variable === null ? undefined : unwrittenBinding(variable)?.init;
  }

  /**
   * The variable an identifier of this unit refers to, `null` for a global or an unresolved name. In a type
   * (`asType`), only a variable that can name a type: `ocr` in `(ocr: ocr.v20181119.Client)` is the import.
   */
  variableOf(node: TSESTree.Identifier, asType = false): Variable | null {
    for (let scope: Scope | null = this.scopeOf(node); scope !== null; scope = scope.upper) {
      const variable = scope.set.get(node.name);
      if (variable !== undefined && !(asType && (variable as { isTypeVariable?: boolean }).isTypeVariable === false))
        return variable;
    }
    return null;
  }

  /** Everything a variable of this unit is bound to: its definitions and every assignment to it. */
  variableValues(variable: Variable): readonly Value[] {
    const found: (readonly Value[])[] = [];
    for (const definition of variable.defs) found.push(this.#definitionValues(definition));
    for (const reference of variable.references) {
      const written = reference.writeExpr;
      if (written !== undefined && written !== null && !reference.init) {
        found.push(this.#assigned(reference.identifier, written));
      }
    }
    return union(found);
  }

  /**
   * The index of the parameter of its function that `node` refers to, if it refers to one; with `of`, only of that
   * function's own parameters (`fn` in a wrapper's `await fn()`), not of a function nested in it.
   */
  parameterIndex(node: TSESTree.Node, of?: FunctionLike): number | undefined {
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const [definition] = this.variableOf(node)?.defs ?? [];
    if (definition?.type !== DefinitionType.Parameter || (of !== undefined && definition.node !== of)) return undefined;
    return parameterPosition(definition.node as FunctionLike, definition.name);
  }

  /**
   * The property `node` is bound to by destructuring a variable's initial value: `camClient` for `cam` in
   * `const { camClient: cam } = req.scope.cradle`; `undefined` for any other node.
   */
  destructuredKey(node: TSESTree.Node): string | undefined {
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const defs = this.variableOf(node)?.defs ?? [];
    const [definition] = defs;
    if (defs.length !== 1 || definition?.type !== DefinitionType.Variable) return undefined;
    return patternPath(definition.name)?.at(-1);
  }

  /**
   * The property of an object parameter of its function that `node` refers to, if it refers to one: `action` in
   * `function send({ action, payload })`, and `req.action` in `function send(req)`, are property `action` of
   * parameter 0.
   */
  parameterProperty(node: TSESTree.Node): { readonly index: number; readonly key: string } | undefined {
    // `req.action`, with `req` a parameter.
    if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) {
      const index = this.parameterIndex(node.object);
      const key = staticPropertyName(node);
      return index === undefined || key === undefined ? undefined : { index, key };
    }
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const [definition] = this.variableOf(node)?.defs ?? [];
    if (definition?.type !== DefinitionType.Parameter) return undefined;
    const name = definition.name as TSESTree.Node;
    const binding = name.parent?.type === AST_NODE_TYPES.AssignmentPattern ? name.parent : name;
    const property = binding.parent;
    const pattern = property?.parent;
    if (
      property?.type !== AST_NODE_TYPES.Property ||
      property.value !== binding ||
      pattern?.type !== AST_NODE_TYPES.ObjectPattern
    )
      return undefined;
    const key = staticPropertyName(property);
    const index = parameterPosition(definition.node as FunctionLike, pattern);
    return key === undefined || index === undefined ? undefined : { index, key };
  }

  /** What the type annotation on a binding of this unit names: an SDK client, `InstanceType<typeof X>`, a class. */
  typeValues(binding: TSESTree.Node): readonly Value[] {
    const annotation = (binding as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation;
    return annotation === undefined ? NONE : this.valueOf(annotation.typeAnnotation);
  }

  /** An export of this unit (a module) by name; `default` also for CommonJS's `module.exports = …`. */
  exportOf(name: string): readonly Value[] {
    this.#exports ??= moduleExports(this.#unit.ast, this);
    const found = this.#exports.get(name);
    if (found !== undefined) return found();
    const star = this.#exports.get('*');
    return star === undefined ? NONE : this.member(star(), name);
  }

  #evaluate(node: TSESTree.Node): readonly Value[] {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = this.variableOf(node);
        // CommonJS's own `exports`: this module.
        if (node.name === 'exports' && (variable?.defs.length ?? 0) === 0)
          return [{ kind: 'module', unit: this.#unit }];
        return variable === null ? NONE : this.variableValues(variable);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberKey(node) ?? this.#computedKey(node);
        // `clients[region]` on a cache object: whatever is stored in it under any key.
        if (name === undefined) return node.computed ? union(this.valueOf(node.object).map(cacheEntries)) : NONE;
        const object = node.object;
        if (
          name === 'exports' &&
          object.type === AST_NODE_TYPES.Identifier &&
          object.name === 'module' &&
          this.isUndeclared(object)
        ) {
          return [{ kind: 'module', unit: this.#unit }];
        }
        return this.member(this.valueOf(object), name);
      }
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return this.valueOf(node.expression);
      case AST_NODE_TYPES.AwaitExpression:
        return this.valueOf(node.argument);
      case AST_NODE_TYPES.LogicalExpression:
        return union([this.valueOf(node.left), this.valueOf(node.right)]);
      case AST_NODE_TYPES.ConditionalExpression:
        return union([this.valueOf(node.consequent), this.valueOf(node.alternate)]);
      case AST_NODE_TYPES.SequenceExpression:
        return node.expressions.length === 0 ? NONE : this.valueOf(node.expressions.at(-1) as TSESTree.Node);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.valueOf(node.right);
      case AST_NODE_TYPES.NewExpression:
        return this.#construct(node);
      case AST_NODE_TYPES.CallExpression:
        return this.#call(node);
      case AST_NODE_TYPES.ImportExpression: {
        const source = stringLiteralValue(node.source);
        return source === undefined ? NONE : this.moduleValue(source);
      }
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
        return [{ kind: 'function', node, unit: this.#unit }];
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.ClassDeclaration:
        return [{ kind: 'class', node, unit: this.#unit }];
      case AST_NODE_TYPES.ObjectExpression:
        return [{ kind: 'object', node, unit: this.#unit }];
      case AST_NODE_TYPES.ArrayExpression:
        return [{ kind: 'array', node, unit: this.#unit }];
      case AST_NODE_TYPES.TSUnionType:
      case AST_NODE_TYPES.TSTypeReference:
      case AST_NODE_TYPES.TSTypeLiteral:
        return this.#type(node);
      case AST_NODE_TYPES.TSInterfaceDeclaration:
        return [{ kind: 'shape', node: node.body, unit: this.#unit }];
      case AST_NODE_TYPES.ThisExpression: {
        const cls = enclosingClass(node);
        return cls === undefined ? NONE : this.#instancesOf(cls, this.#unit);
      }
      default:
        return NONE;
    }
  }

  /** The value a write to `target` gives it: the whole right side, or its part a destructuring pattern picks. */
  #assigned(target: TSESTree.Node, written: TSESTree.Node): readonly Value[] {
    const path = patternPath(target, true);
    if (path === undefined) return NONE;
    let values = this.valueOf(written);
    for (const name of path) values = this.member(values, name);
    return values;
  }

  #definitionValues(definition: TSESLint.Scope.Definition): readonly Value[] {
    const node = definition.node as TSESTree.Node;
    switch (definition.type) {
      case DefinitionType.ImportBinding:
        return this.#importBinding(node);
      case DefinitionType.Variable: {
        const declarator = node as TSESTree.VariableDeclarator;
        const typed = this.typeValues(definition.name);
        if (declarator.init === null) return typed;
        return union([typed, this.#assigned(definition.name, declarator.init)]);
      }
      case DefinitionType.Parameter:
        return this.#parameter(definition.name as TSESTree.Identifier);
      case DefinitionType.FunctionName:
      case DefinitionType.ClassName:
        return this.valueOf(node);
      default:
        return NONE;
    }
  }

  #importBinding(specifier: TSESTree.Node, any = false): readonly Value[] {
    if (
      specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      specifier.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      const source = stringLiteralValue(specifier.moduleReference.expression);
      return source === undefined ? NONE : this.moduleValue(source, any);
    }
    const declaration = specifier.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return NONE;
    const module = this.moduleValue(declaration.source.value, any);
    switch (specifier.type) {
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        return module;
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        return this.member(module, 'default');
      case AST_NODE_TYPES.ImportSpecifier:
        return this.member(module, specifierName(specifier.imported));
      default:
        return NONE;
    }
  }

  /** A parameter: its type annotation (`client: ocr.v20181119.Client`) and its default value. */
  #parameter(name: TSESTree.Identifier): readonly Value[] {
    const found = [this.typeValues(name)];
    const parent = name.parent;
    const binding = parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === name ? parent : name;
    if (binding !== name) found.push(this.valueOf((binding as TSESTree.AssignmentPattern).right));
    // A function of the unit that never escapes: what its calls pass (`readBack(api)` after `const api = make()`).
    const fn = binding.parent;
    const index = isFunction(fn) ? fn.params.indexOf(binding) : -1;
    if (isFunction(fn) && index !== -1) {
      // An exported one too (a script's `summarise(client, …)` that its own `run()` hands a client): what this module
      // hands it; other modules may hand it more, unseen.
      for (const reference of this.functionReferences(fn) ?? this.functionReferences(fn, true) ?? []) {
        const call = reference.parent;
        const argument = call.type === AST_NODE_TYPES.CallExpression ? call.arguments[index] : undefined;
        if (argument !== undefined && argument.type !== AST_NODE_TYPES.SpreadElement)
          found.push(this.valueOf(argument));
      }
      // The callback of `promise.then((m) => …)`: what the promise holds (`import("…").then((m) => new m.ocr…)`),
      // wherever the callback is evaluated from first.
      const then = fn.parent.type === AST_NODE_TYPES.CallExpression ? fn.parent : undefined;
      if (index === 0 && then !== undefined && thenCallback(then) === fn) {
        found.push(this.valueOf((then.callee as TSESTree.MemberExpression).object));
      }
    }
    return union(found);
  }

  /**
   * The expressions that refer to a function of this unit (`function f`, `const f = () => …`, a private method's
   * `this.f`), all of them the callee of a call; `undefined` when it escapes: exported, passed, or bound by anything
   * but its declaration. With `exported`, a function the module also exports (`export function f`, `export { f }`,
   * `export default f`, `module.exports = { f }`, `exports.f = f`) is not taken to escape: its calls in this unit.
   */
  functionReferences(
    fn: FunctionLike,
    exported = false,
  ): (TSESTree.Identifier | TSESTree.MemberExpression)[] | undefined {
    const parent = fn.parent;
    if (parent.type === AST_NODE_TYPES.MethodDefinition)
      return exported ? undefined : this.#privateMethodReferences(parent);
    let name: TSESTree.Identifier | undefined;
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id !== null) name = fn.id;
    else if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier)
      name = parent.id;
    if (name === undefined) return undefined;
    const holder = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.parent : fn.parent.parent?.parent;
    if (
      !exported &&
      (holder?.type === AST_NODE_TYPES.ExportNamedDeclaration ||
        holder?.type === AST_NODE_TYPES.ExportDefaultDeclaration)
    )
      return undefined;
    const variable = this.variableOf(name);
    if (variable === null || variable.defs.length !== 1) return undefined;
    const references = variable.references.filter((reference) => !reference.init);
    const identifiers = references.map((reference) => reference.identifier as TSESTree.Identifier);
    const isCallee = (identifier: TSESTree.Identifier): boolean =>
      identifier.parent.type === AST_NODE_TYPES.CallExpression && identifier.parent.callee === identifier;
    if (!exported) return identifiers.every(isCallee) ? identifiers : undefined;
    return identifiers.every((identifier) => isCallee(identifier) || isExportUse(identifier))
      ? identifiers.filter(isCallee)
      : undefined;
  }

  /**
   * The `this.name` of a private method (`private name()`, `#name()`) in its class's own code, all of them the
   * callee of a call; `undefined` for any other method (code outside the class may call it), or when one escapes
   * (`this.name` passed or read), or when the class uses `this` otherwise (`this[key]`, `const self = this`).
   */
  #privateMethodReferences(method: TSESTree.MethodDefinition): TSESTree.MemberExpression[] | undefined {
    const name = keyName(method);
    const isPrivate = method.key.type === AST_NODE_TYPES.PrivateIdentifier || method.accessibility === 'private';
    if (method.kind !== 'method' || method.static || !isPrivate || name === undefined) return undefined;
    const { named, escapes } = this.#thisMembersOf(method.parent.parent);
    const uses = named.get(name) ?? [];
    const called = uses.every((use) => use.parent.type === AST_NODE_TYPES.CallExpression && use.parent.callee === use);
    return called && !escapes ? [...uses] : undefined;
  }

  /**
   * Every `this.name` of a class's own code (not of nested classes or functions), by name, found once per class;
   * `escapes` when its code also uses `this` otherwise: reads a member by a name that is not static (`this[key]`),
   * or hands `this` on (`const self = this`, `register(this)`), so that a member may be reached unseen.
   */
  #thisMembersOf(cls: ClassLike): ThisMembers {
    let found = this.#thisMembers.get(cls);
    if (found !== undefined) return found;
    const named = new Map<string, TSESTree.MemberExpression[]>();
    let escapes = false;
    walkNodes([cls.body], this.#unit.visitorKeys, (node) => {
      if (node !== cls.body && node.type === AST_NODE_TYPES.ClassBody) return false;
      if (node.type !== AST_NODE_TYPES.ThisExpression || enclosingClass(node) !== cls) return true;
      const member = node.parent;
      const key =
        member.type === AST_NODE_TYPES.MemberExpression && member.object === node ? memberKey(member) : undefined;
      if (key === undefined) escapes = true;
      else {
        const uses = named.get(key);
        if (uses === undefined) named.set(key, [member as TSESTree.MemberExpression]);
        else uses.push(member as TSESTree.MemberExpression);
      }
      return true;
    });
    found = { named, escapes };
    this.#thisMembers.set(cls, found);
    return found;
  }

  /**
   * A type as a value: `ocr.v20181119.Client` gives a client, `InstanceType<typeof X>` an instance of `X`, a union
   * each of its members, a type alias what it names.
   */
  #type(type: TSESTree.Node): readonly Value[] {
    switch (type.type) {
      case AST_NODE_TYPES.TSUnionType:
        return union(type.types.map((member) => this.valueOf(member)));
      case AST_NODE_TYPES.TSTypeLiteral:
        return [{ kind: 'shape', node: type, unit: this.#unit }];
      case AST_NODE_TYPES.TSTypeReference: {
        const name = type.typeName;
        if (name.type === AST_NODE_TYPES.Identifier && name.name === 'InstanceType') {
          const [argument] = type.typeArguments?.params ?? [];
          // `typeof X` names a value: a `const X = ….Client` too, which is no type.
          return argument?.type === AST_NODE_TYPES.TSTypeQuery
            ? instances(this.#entityName(argument.exprName, false))
            : NONE;
        }
        return instances(this.#entityName(name));
      }
      default:
        return NONE;
    }
  }

  /** `ocr.v20181119.Client` in a type: the value each name refers to, member by member. */
  #entityName(name: TSESTree.Node, asType = true): readonly Value[] {
    switch (name.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = this.variableOf(name, asType);
        if (variable === null) return NONE;
        // `typeof X` names the value alone, though a type of the same name is declared beside it
        // (`const TrtcClient = ….Client; export type TrtcClient = InstanceType<typeof TrtcClient>`).
        if (!asType) return this.variableValues(variable);
        // A type alias: what it names, as a class again (`type Ocr = InstanceType<typeof C>`, `type Ocr = C`).
        const alias = variable.defs.find(
          (d) => (d.node as TSESTree.Node).type === AST_NODE_TYPES.TSTypeAliasDeclaration,
        );
        if (alias !== undefined) {
          return classesOf(this.valueOf((alias.node as TSESTree.TSTypeAliasDeclaration).typeAnnotation));
        }
        const declared = variable.defs.find(
          (d) => (d.node as TSESTree.Node).type === AST_NODE_TYPES.TSInterfaceDeclaration,
        );
        if (declared !== undefined) return this.valueOf(declared.node);
        return this.variableValues(variable);
      }
      case AST_NODE_TYPES.TSQualifiedName:
        return this.member(this.#entityName(name.left, asType), name.right.name);
      case AST_NODE_TYPES.MemberExpression:
        return this.valueOf(name);
      case AST_NODE_TYPES.TSImportType: {
        const source = importTypeSource(name);
        let values = source === undefined ? NONE : this.moduleValue(source);
        for (const part of qualifierNames(name.qualifier)) values = this.member(values, part);
        return values;
      }
      default:
        return NONE;
    }
  }

  #construct(node: TSESTree.NewExpression): readonly Value[] {
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Map' && this.isUndeclared(callee))
      return [{ kind: 'map', node, unit: this.#unit }];
    const found: Value[] = [];
    // The client the construction names by its product and version (see wrapperClient), made at most once.
    let named: readonly Value[] | undefined;
    const namedClient = (): readonly Value[] => (named ??= this.wrapperClient(node));
    for (const callee of this.valueOf(node.callee)) {
      if (callee.kind === 'clientClass') found.push({ kind: 'client', target: callee.target });
      else if (isCommonClientClass(callee)) {
        const target = this.#commonClientTarget(node.arguments);
        if (target !== undefined) found.push({ kind: 'client', target });
      } else if (callee.kind === 'cloudbase') found.push(...this.#cloudbaseMade(callee.part, node.arguments));
      else if (callee.kind === 'class') {
        // The product and version the construction names, else the client its constructor builds from them.
        const clients = namedClient();
        found.push(...this.#instancesOf(callee.node, callee.unit));
        found.push(...(clients.length > 0 ? clients : this.#forwardedClients(node, callee)));
      }
    }
    if (!found.some((value) => value.kind === 'client')) found.push(...namedClient());
    return found;
  }

  /** What constructing or calling a part of a CloudBase package makes of `args` (see CloudBasePart). */
  #cloudbaseMade(part: CloudBasePart, args: readonly TSESTree.CallExpressionArgument[]): readonly Value[] {
    switch (part) {
      case 'apiClass':
      case 'apiGetInstance':
        return this.#serviceClient(args[0]);
      case 'managerModule':
      case 'managerClass':
      case 'managerInit':
        return [{ kind: 'cloudbase', part: 'manager' }];
      case 'managerCommonService':
        return this.#commonServiceClient(args);
      default:
        return NONE;
    }
  }

  /**
   * The client a CloudBase manager's `commonService(service, version)` is: of the one product the service names
   * (`tcb` when the call names none), at the catalogue's version the call names, else the one the package sends for
   * the service (MANAGER_VERSIONS) when the catalogue has it. A wrapper's client: its `call({ Action })` sends it.
   */
  #commonServiceClient(args: readonly TSESTree.CallExpressionArgument[]): readonly Value[] {
    const [serviceNode, versionNode] = args;
    const product = this.#soleProduct(serviceNode === undefined ? ['tcb'] : this.staticStrings(serviceNode));
    if (product === undefined) return NONE;
    const fallback = MANAGER_VERSIONS[product];
    const version =
      catalogueVersion(product, versionNode === undefined ? [] : this.staticStrings(versionNode)) ??
      (fallback === undefined ? undefined : catalogueVersion(product, [fallback]));
    return [{ kind: 'client', target: { product, version }, wrapper: true }];
  }

  /**
   * The client `@cloudbase/cloud-api` builds from its options, `new CloudApiService({ service: "tcb", … })` or
   * `CloudApiService.getInstance({ service, version })`: of the one product the service names, at the version the
   * library sends for it (CLOUD_API_VERSIONS), else at the catalogue's version the options name, if one.
   * A wrapper's client: its `request("Action", …)` and `request({ action })` send the action.
   */
  #serviceClient(options: TSESTree.Node | undefined): readonly Value[] {
    if (options === undefined) return NONE;
    const found: Value[] = [];
    for (const value of this.valueOf(options)) {
      if (value.kind !== 'object') continue;
      const { evaluator } = value.unit;
      const service = propertyValue(value.node, 'service');
      const product = service === undefined ? undefined : this.#soleProduct(evaluator.staticStrings(service));
      if (product === undefined) continue;
      const versionNode = propertyValue(value.node, 'version');
      const version =
        CLOUD_API_VERSIONS[product] ??
        catalogueVersion(product, versionNode === undefined ? [] : evaluator.staticStrings(versionNode));
      found.push({ kind: 'client', target: { product, version }, wrapper: true });
    }
    return found;
  }

  /**
   * The clients an instance of a class of the project holds for the strings its construction hands in: those its
   * constructor stores in its fields, built from its parameters, of a product the construction names (a CLI's
   * `new CloudApiService("vpc")` whose constructor stores `new _CloudApiService({ service, … })` of
   * `@cloudbase/cloud-api`). A wrapper's client: the class's `request("Action", …)` sends the action.
   */
  #forwardedClients(
    node: TSESTree.NewExpression,
    callee: { readonly node: ClassLike; readonly unit: Unit },
  ): readonly Value[] {
    const constructor = constructorOf(callee.node);
    if (constructor === undefined || constructor.params.length === 0 || node.arguments.length === 0) return NONE;
    const strings = this.#argumentStrings(constructor, node.arguments, 0);
    const handed = new Set(strings.flatMap((each) => each ?? []).filter((text) => this.#isProduct(text)));
    if (handed.size === 0) return NONE;
    return callee.unit.evaluator
      .storedClients(constructor, strings)
      .flatMap((target) => (handed.has(target.product) ? [{ kind: 'client', target, wrapper: true } as const] : []));
  }

  /**
   * The targets of the clients `constructor` (of this unit) stores in `this`'s fields by its own statements
   * (`this.api = new …`), its parameters bound to `strings` (see #withStrings).
   */
  storedClients(constructor: FunctionLike, strings: readonly (readonly string[] | undefined)[]): ClientTarget[] {
    const body = constructor.body?.type === AST_NODE_TYPES.BlockStatement ? constructor.body.body : [];
    const stored = (): ClientTarget[] =>
      body.flatMap((statement) => {
        const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
        if (
          expression?.type !== AST_NODE_TYPES.AssignmentExpression ||
          expression.left.type !== AST_NODE_TYPES.MemberExpression ||
          expression.left.object.type !== AST_NODE_TYPES.ThisExpression
        )
          return [];
        return this.valueOf(expression.right).flatMap((value) => (value.kind === 'client' ? [value.target] : []));
      });
    return this.#withStrings(constructor, strings, (known) => (known ? this.#afresh(stored) : []));
  }

  /**
   * What a construction or a call of a service class or factory that is not the SDK's holds, handed a product's name
   * and one of that product's API versions as strings (and no action): a client of that product and version, whose
   * `request("Action", …)` sends an action (a CloudBase manager's `new CloudService(context, "scf", "2018-04-16")`,
   * `commonService("tcb", "2018-06-08")`, a CLI's `new CloudApiService("lowcode", {}, "2021-01-08")`, a deploy
   * component's `ApiFactory({ serviceType: "cynosdb", version: "2019-01-07", actions })`). Exactly one product and one
   * version must be named, the version one the catalogue has for the product.
   */
  wrapperClient(node: TSESTree.NewExpression | TSESTree.CallExpression): readonly Value[] {
    if (node.arguments.length === 0) return NONE;
    const products = new Set<string>();
    const versions = new Set<string>();
    // The arguments, and the values of an object literal's properties (`ApiFactory({ serviceType: "cynosdb",
    // version: "2019-01-07", actions })`).
    const handed = node.arguments.flatMap((argument): TSESTree.Node[] =>
      argument.type === AST_NODE_TYPES.ObjectExpression
        ? argument.properties.flatMap((property) =>
            property.type === AST_NODE_TYPES.Property && !property.computed ? [property.value] : [],
          )
        : [argument],
    );
    for (const argument of handed) {
      for (const text of this.staticStrings(argument)) {
        if (this.#isProduct(text)) products.add(text);
        else if (DATED_VERSION.test(text)) versions.add(text);
        // A helper handed an action sends a request; it does not make a client.
        else if (ACTION_STRING.test(text)) return NONE;
      }
    }
    const [product] = products;
    const [version] = versions;
    if (products.size !== 1 || versions.size !== 1 || product === undefined || version === undefined) return NONE;
    return apiVersionsOf(product).includes(version)
      ? [{ kind: 'client', target: { product, version }, wrapper: true }]
      : NONE;
  }

  /**
   * What an instance of `cls` (of `unit`) is: the instance, and a client too when the class extends a client class,
   * directly or through classes of its own (`class OtpSms extends sms.v20210111.Client`, whose `this.SendSms(…)` is
   * the client's).
   */
  #instancesOf(cls: ClassLike, unit: Unit): readonly Value[] {
    const found: Value[] = [{ kind: 'instance', node: cls, unit }];
    const seen = new Set<ClassLike>([cls]);
    let current: { readonly cls: ClassLike; readonly unit: Unit } | undefined = { cls, unit };
    while (current !== undefined && current.cls.superClass !== null) {
      // `super(capi, "scf", "2018-04-16")`: a service class's client, of the product and version its subclass names.
      const evaluator: Evaluator = current.unit.evaluator;
      const handed = superCallOf(current.cls);
      if (handed !== undefined) found.push(...evaluator.wrapperClient(handed));
      const supers = evaluator.valueOf(current.cls.superClass);
      current = undefined;
      for (const value of supers) {
        if (value.kind === 'clientClass') found.push({ kind: 'client', target: value.target });
        else if (isCommonClientClass(value)) {
          // `super("cam.tencentcloudapi.com", "2019-01-16", …)`: a client of the project's own, as CommonClient's.
          const target = handed === undefined ? undefined : evaluator.#commonClientTarget(handed.arguments);
          if (target !== undefined) found.push({ kind: 'client', target });
        } else if (value.kind === 'class' && !seen.has(value.node)) {
          seen.add(value.node);
          current ??= { cls: value.node, unit: value.unit };
        }
      }
    }
    return found;
  }

  /**
   * What `new CommonClient("gaap.tencentcloudapi.com", "2018-05-29", …)` calls: the product from the host, and the
   * API version when the second argument names one; each may be built (`apiHost("gaap")`, a `const`).
   */
  #commonClientTarget(args: readonly TSESTree.CallExpressionArgument[]): ClientTarget | undefined {
    const [hostNode, versionNode] = args;
    const hosts = hostNode === undefined ? [] : this.staticStrings(hostNode);
    const product =
      hosts.map(productOfHost).find((name) => name !== undefined && this.#isProduct(name)) ??
      (hostNode === undefined ? undefined : this.#hostBuilderProduct(hostNode));
    if (product === undefined) return undefined;
    const versions = versionNode === undefined ? [] : this.staticStrings(versionNode);
    return { product, version: versions.length === 1 ? apiVersionOf(versions[0] ?? '') : undefined };
  }

  /** The one string a computed member's key can be (`sdk.dnspod[DNS_VERSION]`, a `const` of it). */
  #computedKey(node: TSESTree.MemberExpression): string | undefined {
    if (!node.computed) return undefined;
    const keys = this.staticStrings(node.property);
    return keys.length === 1 ? keys[0] : undefined;
  }

  /**
   * The product a host is built for by a function the evaluator cannot read (imported from a module it does not
   * follow): a function named for a host or an endpoint, handed exactly one product name among its arguments
   * (`cloudApiHostOf(env, "monitor")`, `endpointFor(PRODUCT)`).
   */
  #hostBuilderProduct(node: TSESTree.Node): string | undefined {
    const call = unwrapExpression(node);
    if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const name = calleeName(call.callee);
    if (name === undefined || !HOST_BUILDER.test(name)) return undefined;
    return this.#soleProduct(call.arguments.flatMap((argument) => this.staticStrings(argument)));
  }

  /** The one product of the catalogue `texts` name, if they name exactly one. */
  #soleProduct(texts: readonly string[]): string | undefined {
    const products = new Set(texts.filter((text) => this.#isProduct(text)));
    return products.size === 1 ? [...products][0] : undefined;
  }

  #call(node: TSESTree.CallExpression): readonly Value[] {
    const callee = node.callee;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      // `require("…")`, and the interop helpers bundlers wrap it in: `__toESM(require("…"))`.
      if (this.isRequire(callee)) {
        const [first] = node.arguments;
        const source = first === undefined ? undefined : stringLiteralValue(first);
        if (source === undefined) return NONE;
        // A module of the project that sets `module.exports = x` gives `x` itself to `require`.
        const module = this.moduleValue(source);
        return union([module, this.member(module, MODULE_EXPORTS)]);
      }
      if (INTEROP_HELPERS.test(callee.name) && node.arguments[0] !== undefined) {
        return this.valueOf(node.arguments[0]);
      }
    }
    // Bluebird's `Promise.promisifyAll(client)`: the client itself, given an `…Async` twin of each method.
    if (calleeName(callee) === 'promisifyAll' && node.arguments[0] !== undefined)
      return this.valueOf(node.arguments[0]);
    // `await Promise.all([makeCvm(), makeVpc()])`: what each promise holds, in the same places.
    if (isPromiseAll(callee, this) && node.arguments[0] !== undefined) return this.valueOf(node.arguments[0]);
    // `promise.then((m) => …)`: what the callback returns (its parameter holds what the promise does: #parameter).
    const then = thenCallback(node);
    if (then !== undefined) return this.returnsOf(then);
    // `clients.get(region)` on a `new Map()`: what is stored in it.
    if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'get') {
      const maps = this.valueOf(callee.object).filter((value) => value.kind === 'map');
      if (maps.length > 0) return union(maps.map((map) => map.unit.evaluator.mapEntries(map.node)));
    }
    const found: (readonly Value[])[] = [];
    const returns = (called: TSESTree.Node, args: readonly TSESTree.CallExpressionArgument[]): void => {
      for (const value of this.valueOf(called)) {
        if (value.kind === 'cloudbase') found.push(this.#cloudbaseMade(value.part, args));
        if (value.kind !== 'function') continue;
        const { evaluator } = value.unit;
        if (!evaluator.isKeyedByParameter(value.node)) found.push(evaluator.returnsOf(value.node));
        else if (value.unit === this.#unit) found.push(this.#returnsFor(value.node, args));
        // A function of another module (a registry's `get("cvm", region)`): the strings read here, bound there.
        else found.push(evaluator.returnsForStrings(value.node, this.#argumentStrings(value.node, args, 0)));
      }
    };
    returns(callee, node.arguments);
    // `createClient.call(this, …)`, `createClient.apply(this, args)`: the function's own call, its `this` handed in
    // (n8n's helpers take the node as `this`).
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : undefined;
    if (callee.type === AST_NODE_TYPES.MemberExpression && (method === 'call' || method === 'apply')) {
      returns(callee.object, method === 'call' ? node.arguments.slice(1) : []);
    }
    const values = union(found);
    return values.some((value) => value.kind === 'client') ? values : union([values, this.wrapperClient(node)]);
  }

  /**
   * What a function that picks a member by a parameter (`tencentcloud[svc][version].Client`) returns for one call:
   * its parameters bound to the strings the call passes, its nodes evaluated afresh for that binding and forgotten
   * after (`getClient("redis", "v20180412")` is Redis's client, `getClient("ckafka", …)` CKafka's).
   */
  #returnsFor(fn: FunctionLike, args: readonly TSESTree.CallExpressionArgument[]): readonly Value[] {
    return this.returnsForStrings(fn, this.#argumentStrings(fn, args, 0));
  }

  /** What `fn`, a function of this unit, returns with its parameters bound to `strings` (see #returnsFor). */
  returnsForStrings(fn: FunctionLike, strings: readonly (readonly string[] | undefined)[]): readonly Value[] {
    return this.#withStrings(fn, strings, (known) =>
      known ? this.#afresh(() => this.returnsOf(fn)) : this.returnsOf(fn),
    );
  }

  /** `compute`'s result with the nodes it evaluates evaluated afresh, and forgotten after (for bound parameters). */
  #afresh<T>(compute: () => T): T {
    const memo = this.#memo;
    this.#memo = new Map();
    try {
      return compute();
    } finally {
      this.#memo = memo;
    }
  }

  isKeyedByParameter(fn: FunctionLike): boolean {
    let keyed = this.#keyedByParameter.get(fn);
    if (keyed === undefined) {
      keyed = fn.params.some((parameter) => {
        if (parameter.type !== AST_NODE_TYPES.Identifier) return false;
        return (this.variableOf(parameter)?.references ?? []).some(({ identifier }) => {
          const parent = identifier.parent;
          return parent.type === AST_NODE_TYPES.MemberExpression && parent.computed && parent.property === identifier;
        });
      });
      this.#keyedByParameter.set(fn, keyed);
    }
    return keyed;
  }

  /**
   * The strings an expression of this unit may be, when they are known without running the code: literals,
   * templates, `+`, conditionals, `const`s, and calls of the unit's functions that build a string from their
   * arguments (`apiHost("ocr")` returning `` `${product}.tencentcloudapi.com` ``). At most a few; `[]` when unknown.
   */
  staticStrings(node: TSESTree.Node, hops = 0): readonly string[] {
    if (hops > MAX_STRING_HOPS) return [];
    const literal = stringLiteralValue(node);
    if (literal !== undefined) return [literal];
    switch (node.type) {
      case AST_NODE_TYPES.TemplateLiteral: {
        let results = [node.quasis[0]?.value.cooked ?? ''];
        node.expressions.forEach((expression, i) => {
          const parts = this.staticStrings(expression, hops + 1);
          const tail = node.quasis[i + 1]?.value.cooked ?? '';
          results = parts.length === 0 ? [] : results.flatMap((head) => parts.map((part) => head + part + tail));
        });
        return results.slice(0, MAX_STRINGS);
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (node.operator !== '+') return [];
        const left = this.staticStrings(node.left, hops + 1);
        const right = this.staticStrings(node.right, hops + 1);
        return left.flatMap((l) => right.map((r) => l + r)).slice(0, MAX_STRINGS);
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return [
          ...this.staticStrings(node.consequent, hops + 1),
          ...this.staticStrings(node.alternate, hops + 1),
        ].slice(0, MAX_STRINGS);
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        return this.staticStrings(node.expression, hops + 1);
      case AST_NODE_TYPES.Identifier: {
        const variable = this.variableOf(node);
        const bound = variable === null ? undefined : this.#boundStrings.get(variable);
        if (bound !== undefined) return bound;
        const binding = variable === null ? undefined : unwrittenBinding(variable);
        // `import { SCF_VERSION } from './constants'`: the string a relative module's `export const` holds.
        if (binding === undefined) return variable === null ? [] : this.#importedStrings(variable, [], hops);
        if (binding.declarator.id === binding.name) return this.staticStrings(binding.init, hops + 1);
        // `const [endpoint, version] = ENDPOINTS[product]`: the element of what the initialiser reads.
        const path = patternPath(binding.name, true);
        if (path === undefined || path.length === 0) return [];
        let nodes: readonly TSESTree.Node[] = [binding.init];
        for (const key of path) nodes = nodes.flatMap((each) => this.#elements(each, [key], hops + 1));
        return nodes.flatMap((each) => this.staticStrings(each, hops + 1)).slice(0, MAX_STRINGS);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.#calledStrings(node, hops);
      case AST_NODE_TYPES.MemberExpression:
        if (node.object.type === AST_NODE_TYPES.ThisExpression) return this.#fieldStrings(node, hops);
        // `TkeApi.version`: a static field of a class of this unit.
        if (node.object.type === AST_NODE_TYPES.Identifier) {
          const statics = this.#staticFieldStrings(node, hops);
          if (statics !== undefined) return statics;
          // `ApiServiceType.scf`: a member of an enum or `const` object a relative module exports.
          const key = memberKey(node);
          const variable = this.variableOf(node.object);
          if (key !== undefined && variable?.defs[0]?.type === DefinitionType.ImportBinding) {
            return this.#importedStrings(variable, [key], hops);
          }
        }
        // `ENDPOINTS[product][0]`, `HOSTS.ocr`: a member of a `const` object or array literal.
        return this.#memberElements(node, hops)
          .flatMap((each) => this.staticStrings(each, hops + 1))
          .slice(0, MAX_STRINGS);
      default:
        return [];
    }
  }

  /**
   * The expressions the members `keys` of `node` are, when `node` is an object or array literal, or a `const` (or a
   * member of one) bound to one and never written: the values of its properties named so, its elements at those
   * indexes. `[]` where that is not known.
   */
  #elements(node: TSESTree.Node, keys: readonly string[], hops: number): TSESTree.Node[] {
    if (hops > MAX_STRING_HOPS || keys.length === 0) return [];
    const target = unwrapExpression(node);
    switch (target.type) {
      case AST_NODE_TYPES.ObjectExpression:
        return target.properties.flatMap((property) =>
          property.type === AST_NODE_TYPES.Property &&
          !property.computed &&
          keys.includes(staticPropertyName(property) ?? '')
            ? [property.value]
            : [],
        );
      case AST_NODE_TYPES.ArrayExpression:
        return keys.flatMap((key) => {
          const element = /^\d+$/u.test(key) ? target.elements[Number(key)] : undefined;
          return element === undefined || element === null || element.type === AST_NODE_TYPES.SpreadElement
            ? []
            : [element];
        });
      case AST_NODE_TYPES.Identifier: {
        const variable = this.variableOf(target);
        const declared = variable?.defs[0]?.node as TSESTree.Node | undefined;
        // `ProductName.scf` of an enum of this unit: its member's initialiser.
        if (declared?.type === AST_NODE_TYPES.TSEnumDeclaration) return enumMembers(declared, keys);
        const binding = variable === null ? undefined : unwrittenBinding(variable);
        return binding === undefined || binding.declarator.id !== binding.name
          ? []
          : this.#elements(binding.init, keys, hops + 1);
      }
      case AST_NODE_TYPES.MemberExpression: {
        if (target.object.type === AST_NODE_TYPES.ThisExpression) return [];
        // `CamService.camServiceVersion.service`: a member of an object a static field of a class of this unit holds.
        const field = target.object.type === AST_NODE_TYPES.Identifier ? this.#staticField(target) : undefined;
        if (field !== undefined) return this.#elements(field, keys, hops + 1);
        return this.#memberElements(target, hops).flatMap((each) => this.#elements(each, keys, hops + 1));
      }
      default:
        return [];
    }
  }

  /**
   * The strings an import binding names in a module of the project, read whatever it holds: an `export const` (its
   * initialiser's strings), or with `keys`, the members of an `export enum` or an exported `const` object literal
   * (`ApiServiceType.scf` after `import { ApiServiceType } from '../interface'`). `[]` for anything else.
   */
  #importedStrings(variable: Variable, keys: readonly string[], hops: number): readonly string[] {
    const [definition] = variable.defs;
    const specifier = definition?.node as TSESTree.Node | undefined;
    if (definition?.type !== DefinitionType.ImportBinding || specifier?.type !== AST_NODE_TYPES.ImportSpecifier)
      return [];
    const declaration = specifier.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return [];
    const unit = this.#unit.importModule(declaration.source.value, true);
    const exported = unit === undefined ? undefined : exportedDeclaration(unit.ast, specifierName(specifier.imported));
    if (unit === undefined || exported === undefined) return [];
    const { evaluator } = unit;
    if (exported.type === AST_NODE_TYPES.TSEnumDeclaration) {
      return enumMembers(exported, keys).flatMap((member) => evaluator.staticStrings(member, hops + 1));
    }
    if (keys.length === 0) return evaluator.staticStrings(exported, hops + 1);
    return evaluator.#elements(exported, keys, hops + 1).flatMap((each) => evaluator.staticStrings(each, hops + 1));
  }

  /** The expressions a member of an object or array literal is (see #elements): `ENDPOINTS[product]`, `HOSTS.ocr`. */
  #memberElements(node: TSESTree.MemberExpression, hops: number): TSESTree.Node[] {
    const keys = node.computed ? this.staticStrings(node.property, hops + 1) : [memberKey(node) ?? ''];
    return this.#elements(node.object, keys, hops + 1);
  }

  /**
   * `this.version` in a class whose field `version = "2018-07-17"` is the member's only definition (no other field,
   * no method, no `this.version = …` in the class): the strings of its initialiser.
   */
  #fieldStrings(node: TSESTree.MemberExpression, hops: number): readonly string[] {
    if (node.object.type !== AST_NODE_TYPES.ThisExpression) return [];
    const cls = enclosingClass(node.object);
    const name = memberKey(node);
    if (cls === undefined || name === undefined) return [];
    return this.#onlyFieldStrings(cls, name, false, hops);
  }

  /**
   * `TkeApi.version` with `TkeApi` a class of this unit whose static field `version = "2018-05-25"` is the member's
   * only definition in the class: the strings of its initialiser; `undefined` when the object is no such class.
   */
  #staticFieldStrings(node: TSESTree.MemberExpression, hops: number): readonly string[] | undefined {
    const member = this.#staticMember(node);
    return member === undefined ? undefined : this.#onlyFieldStrings(member.cls, member.name, true, hops);
  }

  /**
   * The initialiser of the static field `node` reads (`CamService.camServiceVersion`), of a class of this unit, when
   * that field is the member's only definition in the class; else `undefined`.
   */
  #staticField(node: TSESTree.MemberExpression): TSESTree.Node | undefined {
    const member = this.#staticMember(node);
    return member === undefined ? undefined : this.#onlyField(member.cls, member.name, true);
  }

  /** The class of this unit whose static member `node` reads, and the member's name; else `undefined`. */
  #staticMember(node: TSESTree.MemberExpression): { readonly cls: ClassLike; readonly name: string } | undefined {
    const cls = this.valueOf(node.object).find((value) => value.kind === 'class' && value.unit === this.#unit);
    const name = memberKey(node);
    return cls?.kind !== 'class' || name === undefined ? undefined : { cls: cls.node, name };
  }

  /**
   * The strings of the initialiser of `cls`'s field `name` (a static one, or one of its instances), when that field
   * is the member's only definition in the class; else none.
   */
  #onlyFieldStrings(cls: ClassLike, name: string, isStatic: boolean, hops: number): readonly string[] {
    const value = this.#onlyField(cls, name, isStatic);
    return value === undefined ? [] : this.staticStrings(value, hops + 1);
  }

  /** The initialiser of `cls`'s field `name`, when that field is the member's only definition in the class. */
  #onlyField(cls: ClassLike, name: string, isStatic: boolean): TSESTree.Node | undefined {
    const sites = this.#membersOf(cls).get(name) ?? [];
    const [field] = sites;
    if (sites.length !== 1 || field?.type !== AST_NODE_TYPES.PropertyDefinition || field.static !== isStatic) {
      return undefined;
    }
    return field.value ?? undefined;
  }

  /** What a call of a function of this unit returns as strings, its parameters bound to the arguments' strings. */
  #calledStrings(node: TSESTree.CallExpression, hops: number): readonly string[] {
    if (node.callee.type !== AST_NODE_TYPES.Identifier) return [];
    const fn = this.valueOf(node.callee).find((value) => value.kind === 'function');
    if (fn?.kind !== 'function' || fn.unit !== this.#unit) return [];
    return this.#withStrings(fn.node, this.#argumentStrings(fn.node, node.arguments, hops + 1), () => {
      return this.returnedExpressions(fn.node)
        .flatMap((argument) => this.staticStrings(argument, hops + 1))
        .slice(0, MAX_STRINGS);
    });
  }

  /**
   * The strings `args` pass each of `fn`'s parameters (read `hops` deep; `[]` where an argument's strings are
   * unknown; `undefined` for a parameter that is no plain name, or is not passed).
   */
  #argumentStrings(
    fn: FunctionLike,
    args: readonly TSESTree.CallExpressionArgument[],
    hops: number,
  ): (readonly string[] | undefined)[] {
    return fn.params.map((parameter, i) => {
      const argument = args[i];
      return parameter.type !== AST_NODE_TYPES.Identifier || argument === undefined
        ? undefined
        : this.staticStrings(argument, hops);
    });
  }

  /**
   * `compute`'s result with `fn`'s parameters (of this unit) bound to `strings`, by position (`undefined`: not
   * bound); `compute` is told whether any of them is known.
   */
  #withStrings<T>(
    fn: FunctionLike,
    strings: readonly (readonly string[] | undefined)[],
    compute: (known: boolean) => T,
  ): T {
    const bindings: [Variable, readonly string[]][] = [];
    fn.params.forEach((parameter, i) => {
      const bound = strings[i];
      if (parameter.type !== AST_NODE_TYPES.Identifier || bound === undefined) return;
      const variable = this.variableOf(parameter);
      if (variable !== null) bindings.push([variable, bound]);
    });
    for (const [variable, strings] of bindings) this.#boundStrings.set(variable, strings);
    try {
      return compute(bindings.some(([, strings]) => strings.length > 0));
    } finally {
      for (const [variable] of bindings) this.#boundStrings.delete(variable);
    }
  }

  #memberOf(value: Value, name: string): readonly Value[] {
    switch (value.kind) {
      case 'sdk':
        if (name === 'default') return [value];
        // `CommonClient`, and `AbstractClient`, which every client extends and which takes the same arguments.
        if (name === 'CommonClient' || name === 'AbstractClient') return [{ kind: 'commonClientClass' }];
        if (!value.products || !this.#isProduct(name)) return NONE;
        if (value.product !== undefined && value.product !== name) return NONE;
        return [{ kind: 'product', product: name }];
      case 'product': {
        if (name === 'default') return [value];
        const version = name.startsWith('v') ? apiVersionOf(name) : undefined;
        return version === undefined ? NONE : [{ kind: 'version', product: value.product, version }];
      }
      case 'cloudbase':
        return cloudbaseMember(value.part, name);
      case 'version':
        if (name === 'default') return [value];
        return name === 'Client'
          ? [{ kind: 'clientClass', target: { product: value.product, version: value.version } }]
          : NONE;
      case 'object':
        return value.unit.evaluator.#objectMember(value.node, name);
      case 'array':
        return value.unit.evaluator.#element(value.node, name);
      case 'shape':
        return value.unit.evaluator.#shapeMember(value.node, name);
      case 'instance':
      case 'class':
        return value.unit.evaluator.#classMember(value.node, name);
      case 'module':
        return value.unit.evaluator.exportOf(name);
      default:
        return NONE;
    }
  }

  /** The element of an array literal at index `name`, when no spread comes before it. */
  #element(node: TSESTree.ArrayExpression, name: string): readonly Value[] {
    const index = /^\d+$/u.test(name) ? Number(name) : -1;
    const before = node.elements.slice(0, index + 1);
    const element = index === -1 ? undefined : node.elements[index];
    if (element === undefined || element === null || before.some((each) => each?.type === AST_NODE_TYPES.SpreadElement))
      return NONE;
    return this.valueOf(element);
  }

  #objectMember(node: TSESTree.ObjectExpression, name: string): readonly Value[] {
    const found: (readonly Value[])[] = [this.cacheWrites(node, name)];
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        found.push(this.member(this.valueOf(property.argument), name));
      } else if (staticPropertyName(property) === name) {
        const { value } = property;
        found.push(property.kind === 'get' && isFunction(value) ? this.returnsOf(value) : this.valueOf(value));
      }
    }
    return union(found);
  }

  /**
   * What a `new Map()` of this unit stores: its type's value type (`new Map<string, OcrClient>()`), its initial
   * entries, and the values of `set` calls on the variable or class member it is kept in.
   */
  mapEntries(node: TSESTree.NewExpression): readonly Value[] {
    const found: (readonly Value[])[] = [];
    const valueType = node.typeArguments?.params[1];
    if (valueType !== undefined) found.push(this.valueOf(valueType));
    const [entries] = node.arguments;
    if (entries?.type === AST_NODE_TYPES.ArrayExpression) {
      for (const entry of entries.elements) {
        const value = entry?.type === AST_NODE_TYPES.ArrayExpression ? entry.elements[1] : undefined;
        if (value !== undefined && value !== null && value.type !== AST_NODE_TYPES.SpreadElement)
          found.push(this.valueOf(value));
      }
    }
    for (const holder of this.#holders(node)) {
      const member = holder.parent;
      const call = member?.parent;
      if (
        member?.type === AST_NODE_TYPES.MemberExpression &&
        member.object === holder &&
        staticPropertyName(member) === 'set' &&
        call?.type === AST_NODE_TYPES.CallExpression &&
        call.callee === member &&
        call.arguments[1] !== undefined &&
        call.arguments[1].type !== AST_NODE_TYPES.SpreadElement
      )
        found.push(this.valueOf(call.arguments[1]));
    }
    return union(found);
  }

  /**
   * The expressions that hold what `node` makes: the uses of the `const` or `let` it initialises, or the `this.x` of
   * the class field it initialises.
   */
  #holders(node: TSESTree.Node): TSESTree.Node[] {
    const parent = node.parent;
    if (
      parent?.type === AST_NODE_TYPES.VariableDeclarator &&
      parent.init === node &&
      parent.id.type === AST_NODE_TYPES.Identifier
    )
      return (this.variableOf(parent.id)?.references ?? []).map((reference) => reference.identifier);
    if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === node && !parent.static) {
      const cls = enclosingClass(node);
      const name = keyName(parent);
      return cls === undefined || name === undefined ? [] : [...(this.#thisMembersOf(cls).named.get(name) ?? [])];
    }
    return [];
  }

  /** The type of a property of an interface or object type, as the instances it names. */
  #shapeMember(node: TSESTree.TSInterfaceBody | TSESTree.TSTypeLiteral, name: string): readonly Value[] {
    const members = node.type === AST_NODE_TYPES.TSInterfaceBody ? node.body : node.members;
    const found: (readonly Value[])[] = [];
    for (const member of members) {
      if (member.type === AST_NODE_TYPES.TSPropertySignature && staticPropertyName(member) === name)
        found.push(this.typeValues(member));
    }
    return union(found);
  }

  /**
   * What is stored in a cache object (`const cache = {}`, then `cache[key] = new …`; also a class field): the values
   * written to its members under `name`, or under a key not known without running the code; under any key without
   * `name`.
   */
  cacheWrites(node: TSESTree.ObjectExpression, name?: string): readonly Value[] {
    if (node.properties.length > 0) return NONE;
    const found: (readonly Value[])[] = [];
    for (const holder of this.#holders(node)) {
      const member = holder.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== holder) continue;
      const write = member.parent;
      if (write.type !== AST_NODE_TYPES.AssignmentExpression || write.left !== member) continue;
      if (name !== undefined) {
        const key = memberKey(member);
        const keys = key !== undefined ? [key] : member.computed ? this.staticStrings(member.property) : [];
        if (keys.length > 0 && !keys.includes(name)) continue;
      }
      found.push(this.valueOf(write.right));
    }
    return union(found);
  }

  /**
   * A class member by name: a field and its initialiser or type, a parameter property, every `this.name = …` in
   * its methods, a getter's returns, a method; then the superclass's, when it is a class of the project.
   */
  #classMember(cls: ClassLike, name: string): readonly Value[] {
    const found: (readonly Value[])[] = [];
    for (const site of this.#membersOf(cls).get(name) ?? []) {
      switch (site.type) {
        case AST_NODE_TYPES.PropertyDefinition:
          found.push(this.typeValues(site));
          if (site.value !== null) found.push(this.valueOf(site.value));
          break;
        case AST_NODE_TYPES.MethodDefinition:
          found.push(site.kind === 'get' ? this.returnsOf(site.value) : this.valueOf(site.value));
          break;
        case AST_NODE_TYPES.TSParameterProperty: {
          // Its type, and its default (`constructor(private readonly client = makeClient())`).
          const { parameter } = site;
          if (parameter.type === AST_NODE_TYPES.AssignmentPattern) {
            found.push(this.typeValues(parameter.left), this.valueOf(parameter.right));
          } else found.push(this.typeValues(parameter));
          break;
        }
        default:
          // The target of `this.name = …`: what is assigned.
          if (site.parent?.type === AST_NODE_TYPES.AssignmentExpression) found.push(this.valueOf(site.parent.right));
      }
    }
    const result = union(found);
    if (result.length > 0 || cls.superClass === null) return result;
    return union(
      this.valueOf(cls.superClass).map((value) =>
        value.kind === 'class' ? value.unit.evaluator.#classMember(value.node, name) : NONE,
      ),
    );
  }

  /** Every place a class defines or assigns a member, by name; indexed once per class. */
  #membersOf(cls: ClassLike): Map<string, TSESTree.Node[]> {
    const cached = this.#classMembers.get(cls);
    if (cached !== undefined) return cached;
    const members = new Map<string, TSESTree.Node[]>();
    const add = (name: string | undefined, site: TSESTree.Node): void => {
      if (name === undefined) return;
      const list = members.get(name);
      if (list === undefined) members.set(name, [site]);
      else list.push(site);
    };
    for (const element of cls.body.body) {
      if (element.type !== AST_NODE_TYPES.PropertyDefinition && element.type !== AST_NODE_TYPES.MethodDefinition)
        continue;
      add(keyName(element), element);
      if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== 'constructor') continue;
      for (const parameter of element.value.params) {
        if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        // Typed a name (with a default or not), but a parser run with `allowInvalidAST` also gives a binding pattern
        // or a rest element (`constructor(private { a })`), which names no member.
        const binding = parameter.parameter as TSESTree.Node;
        const id = binding.type === AST_NODE_TYPES.AssignmentPattern ? binding.left : binding;
        if (id.type === AST_NODE_TYPES.Identifier) add(id.name, parameter);
      }
    }
    // `this.name = …` and `this.name ??= …` in the class's own methods (not in nested classes).
    for (const [name, uses] of this.#thisMembersOf(cls).named) {
      for (const use of uses) {
        if (use.parent.type === AST_NODE_TYPES.AssignmentExpression && use.parent.left === use) add(name, use);
      }
    }
    // `CloudApi.tcbService = …` by the class's own name: a static member set in a static method (`init()`), or
    // anywhere in the unit.
    for (const variable of this.#unit.scopeManager.getDeclaredVariables(cls)) {
      for (const reference of variable.references) {
        const member = (reference.identifier as TSESTree.Node).parent;
        if (
          member?.type === AST_NODE_TYPES.MemberExpression &&
          member.object === reference.identifier &&
          member.parent.type === AST_NODE_TYPES.AssignmentExpression &&
          member.parent.left === member
        ) {
          add(memberKey(member), member);
        }
      }
    }
    this.#classMembers.set(cls, members);
    return members;
  }

  #returnArguments(fn: FunctionLike): TSESTree.Node[] {
    const cached = this.#returns.get(fn);
    if (cached !== undefined) return cached;
    const found = returnArguments(fn, this.#unit.visitorKeys);
    this.#returns.set(fn, found);
    return found;
  }
}

/** The type a promise type resolves to (`T` of `Promise<T>`); any other type itself. */
function awaitedType(type: TSESTree.TypeNode): TSESTree.TypeNode {
  const [argument] = type.type === AST_NODE_TYPES.TSTypeReference ? (type.typeArguments?.params ?? []) : [];
  return type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    type.typeName.name === 'Promise' &&
    argument !== undefined
    ? argument
    : type;
}

/** What the `return` statements of `fn`'s body give, outside the functions it holds. */
export function returnArguments(fn: FunctionLike, visitorKeys: Unit['visitorKeys']): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  if (fn.body !== undefined && fn.body !== null) {
    walkNodes([fn.body], visitorKeys, (node) => {
      if (node !== fn.body && isFunction(node)) return false;
      if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null) found.push(node.argument);
      return true;
    });
  }
  return found;
}

/** What a cache object holds under any key (`clients[region]`); nothing for any other value. */
function cacheEntries(value: Value): readonly Value[] {
  return value.kind === 'object' ? value.unit.evaluator.cacheWrites(value.node) : NONE;
}

/** The instances a client class or a class gives, for a type annotation. */
function instances(values: readonly Value[]): readonly Value[] {
  const found: Value[] = [];
  for (const value of values) {
    if (value.kind === 'clientClass') found.push({ kind: 'client', target: value.target });
    else if (value.kind === 'class') found.push({ kind: 'instance', node: value.node, unit: value.unit });
    else if (value.kind === 'client' || value.kind === 'instance' || value.kind === 'shape') found.push(value);
    // `cloudbase: CloudBase`, a CloudBase manager (whose common service names its product when it is called).
    else if (value.kind === 'cloudbase' && (value.part === 'managerClass' || value.part === 'managerModule'))
      found.push({ kind: 'cloudbase', part: 'manager' });
  }
  return found;
}

/** A type alias names an instance type; as an entity name, it stands for the class again. */
function classesOf(values: readonly Value[]): readonly Value[] {
  return values.map((value): Value => {
    if (value.kind === 'client') return { kind: 'clientClass', target: value.target };
    if (value.kind === 'instance') return { kind: 'class', node: value.node, unit: value.unit };
    return value;
  });
}

function qualifierNames(node: TSESTree.EntityName | null | undefined): string[] {
  if (node === null || node === undefined) return [];
  if (node.type === AST_NODE_TYPES.Identifier) return [node.name];
  if (node.type === AST_NODE_TYPES.TSQualifiedName) return [...qualifierNames(node.left), node.right.name];
  return [];
}

/**
 * The exports of a module by name, each evaluated on first use: ES exports (`export const`, `export function`,
 * `export { a as b }`, `export default`, re-exports, `export *` as `*`) and CommonJS's (`module.exports = …`,
 * `exports.x = …`, `module.exports.x = …`, TypeScript's `export =`).
 */
function moduleExports(ast: TSESTree.Program, evaluator: Evaluator): Map<string, () => readonly Value[]> {
  const exports = new Map<string, () => readonly Value[]>();
  const lazy = (compute: () => readonly Value[]): (() => readonly Value[]) => {
    let values: readonly Value[] | undefined;
    return () => (values ??= compute());
  };
  const add = (name: string, compute: () => readonly Value[]): void => {
    const previous = exports.get(name);
    exports.set(name, previous === undefined ? lazy(compute) : lazy(() => union([previous(), compute()])));
  };
  const stars: (() => readonly Value[])[] = [];
  for (const statement of ast.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        const source = statement.source?.value;
        const declaration = statement.declaration;
        if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of declaration.declarations) {
            for (const id of boundIdentifiers(declarator.id)) add(id.name, () => evaluator.valueOf(id));
          }
        } else if (
          (declaration?.type === AST_NODE_TYPES.FunctionDeclaration ||
            declaration?.type === AST_NODE_TYPES.ClassDeclaration ||
            declaration?.type === AST_NODE_TYPES.TSDeclareFunction) &&
          declaration.id !== null
        ) {
          add(declaration.id.name, () => evaluator.valueOf(declaration));
        } else if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) {
          // A type (`export type OcrApi = InstanceType<typeof Client>`), as a class: importers annotate with it.
          add(declaration.id.name, () => classesOf(evaluator.valueOf(declaration.typeAnnotation)));
        } else if (declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
          add(declaration.id.name, () => evaluator.valueOf(declaration));
        }
        for (const specifier of statement.specifiers) {
          const exported = specifierName(specifier.exported);
          const local = specifierName(specifier.local);
          if (source === undefined) {
            if (specifier.local.type === AST_NODE_TYPES.Identifier) {
              const id = specifier.local;
              add(exported, () => evaluator.valueOf(id));
            }
          } else {
            add(exported, () => evaluator.member(evaluator.moduleValue(source), local));
          }
        }
        break;
      }
      case AST_NODE_TYPES.ExportDefaultDeclaration: {
        const declaration = statement.declaration;
        add('default', () => evaluator.valueOf(declaration));
        break;
      }
      case AST_NODE_TYPES.ExportAllDeclaration: {
        const source = statement.source.value;
        if (statement.exported === null) stars.push(() => evaluator.moduleValue(source));
        else add(specifierName(statement.exported), () => evaluator.moduleValue(source));
        break;
      }
      case AST_NODE_TYPES.TSExportAssignment: {
        const expression = statement.expression;
        add('default', () => evaluator.valueOf(expression));
        add(MODULE_EXPORTS, () => evaluator.valueOf(expression));
        stars.push(() => evaluator.valueOf(expression));
        break;
      }
      case AST_NODE_TYPES.ExpressionStatement:
        commonJsExport(statement.expression, evaluator, add, stars);
        break;
      default:
        break;
    }
  }
  if (stars.length > 0)
    exports.set(
      '*',
      lazy(() => union(stars.map((star) => star()))),
    );
  return exports;
}

/** `module.exports = x` (default, and its members), `exports.a = x` and `module.exports.a = x`. */
function commonJsExport(
  expression: TSESTree.Expression,
  evaluator: Evaluator,
  add: (name: string, compute: () => readonly Value[]) => void,
  stars: (() => readonly Value[])[],
): void {
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return;
  const { left, right } = expression;
  if (left.type !== AST_NODE_TYPES.MemberExpression) return;
  const name = staticPropertyName(left);
  if (isModuleExports(left)) {
    add('default', () => evaluator.valueOf(right));
    add(MODULE_EXPORTS, () => evaluator.valueOf(right));
    stars.push(() => evaluator.valueOf(right));
    return;
  }
  if (name !== undefined && isExportsObject(left.object)) add(name, () => evaluator.valueOf(right));
}

/**
 * Whether `identifier` is read only to be exported: `export { f }`, `export default f`, `module.exports = f`,
 * `module.exports = { f }`, `exports.f = f`, `module.exports.f = f`.
 */
function isExportUse(identifier: TSESTree.Identifier): boolean {
  let node: TSESTree.Node = identifier;
  let parent = identifier.parent;
  if (parent.type === AST_NODE_TYPES.ExportSpecifier) return parent.local === identifier;
  if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  if (
    parent.type === AST_NODE_TYPES.Property &&
    parent.value === identifier &&
    parent.parent.type === AST_NODE_TYPES.ObjectExpression
  ) {
    node = parent.parent;
    parent = node.parent;
  }
  if (parent.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== node) return false;
  const { left } = parent;
  if (left.type !== AST_NODE_TYPES.MemberExpression) return false;
  return isModuleExports(left) || (node === identifier && isExportsObject(left.object));
}

/** CommonJS's exports object: `exports`, or `module.exports`. */
function isExportsObject(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'exports') ||
    (node.type === AST_NODE_TYPES.MemberExpression && isModuleExports(node))
  );
}

function isModuleExports(node: TSESTree.MemberExpression): boolean {
  return (
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'module' &&
    staticPropertyName(node) === 'exports'
  );
}

/**
 * The module a type import names: `'x'` in `import('x').Client`. Recent typescript-eslint 8 parsers give it as `source`
 * (8.72 among them, and warn when the older `argument` is read); an older parser gives only `argument`, the string
 * wrapped in a literal type.
 */
export function importTypeSource(node: TSESTree.TSImportType): string | undefined {
  // Typed as always there, but absent from an older parser's node, which has only the deprecated `argument`.
  const source = node.source as TSESTree.StringLiteral | undefined;
  if (source !== undefined) return stringLiteralValue(source);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only field an older parser's node has
  const { argument } = node;
  return argument.type === AST_NODE_TYPES.TSLiteralType ? stringLiteralValue(argument.literal) : undefined;
}

/** The name an import or export specifier names: `x` in `{ x as y }`, also `{ "x" as y }`. */
export function specifierName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** The identifiers a declaration pattern binds (`{ ocr, sms: s }` → `ocr`, `s`). */
export function boundIdentifiers(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [pattern];
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) =>
        boundIdentifiers(property.type === AST_NODE_TYPES.RestElement ? property.argument : property.value),
      );
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.flatMap((element) => (element === null ? [] : boundIdentifiers(element)));
    case AST_NODE_TYPES.AssignmentPattern:
      return boundIdentifiers(pattern.left);
    case AST_NODE_TYPES.RestElement:
      return boundIdentifiers(pattern.argument);
    default:
      return [];
  }
}

/**
 * The member names from the root of a destructuring pattern to `target`: `{ a: { b: x } }` → `["a", "b"]` for
 * `x`; `[]` for a plain identifier; `undefined` where a step is not a static member (a rest, or an array element
 * unless `arrays`, which names it by its index: `[, x]` → `["1"]`).
 */
function patternPath(target: TSESTree.Node, arrays = false): string[] | undefined {
  const path: string[] = [];
  let node = target;
  for (let parent = node.parent; parent; node = parent, parent = node.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.left !== node) return path.reverse();
        continue;
      case AST_NODE_TYPES.Property: {
        if (parent.value !== node || parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return path.reverse();
        const name = staticPropertyName(parent);
        if (name === undefined) return undefined;
        path.push(name);
        continue;
      }
      case AST_NODE_TYPES.ObjectPattern:
        continue;
      case AST_NODE_TYPES.ArrayPattern: {
        const index = parent.elements.indexOf(node as TSESTree.DestructuringPattern);
        if (!arrays || index === -1) return undefined;
        path.push(String(index));
        continue;
      }
      case AST_NODE_TYPES.RestElement:
        return undefined;
      default:
        return path.reverse();
    }
  }
  return path.reverse();
}

/** Whether `callee` is the global `Promise.all`. */
function isPromiseAll(callee: TSESTree.Expression, evaluator: Evaluator): boolean {
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Promise' &&
    staticPropertyName(callee) === 'all' &&
    evaluator.isUndeclared(callee.object)
  );
}

/** The member a `this.x` (or `this.#x`) target names. */
function memberKey(node: TSESTree.MemberExpression): string | undefined {
  return node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : staticPropertyName(node);
}

function keyName(element: TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  if (element.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${element.key.name}`;
  if (!element.computed && element.key.type === AST_NODE_TYPES.Identifier) return element.key.name;
  return element.key.type === AST_NODE_TYPES.Literal ? String(element.key.value) : undefined;
}

/** The position among `fn`'s parameters of `binding` (a name or a pattern), with or without a default value. */
function parameterPosition(fn: FunctionLike, binding: TSESTree.Node): number | undefined {
  const index = fn.params.findIndex(
    (parameter) =>
      parameter === binding || (parameter.type === AST_NODE_TYPES.AssignmentPattern && parameter.left === binding),
  );
  return index === -1 ? undefined : index;
}

/** The class whose `this` a `this` expression is: the nearest enclosing non-arrow function's, if a method's. */
function enclosingClass(node: TSESTree.Node): ClassLike | undefined {
  return thisBinding(node)?.cls;
}

/**
 * What `this` is at `node`: the class of the nearest enclosing non-arrow function, if that is a method, or of the
 * field or static block it is in; `isStatic` where `this` is the class itself (a static member), not an instance.
 * `undefined` in any other function, or outside a class.
 */
export function thisBinding(node: TSESTree.Node): { readonly cls: ClassLike; readonly isStatic: boolean } | undefined {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionExpression:
        return current.parent.type === AST_NODE_TYPES.MethodDefinition
          ? { cls: current.parent.parent.parent, isStatic: current.parent.static }
          : undefined;
      case AST_NODE_TYPES.FunctionDeclaration:
        return undefined;
      case AST_NODE_TYPES.PropertyDefinition:
        return { cls: current.parent.parent, isStatic: current.static };
      case AST_NODE_TYPES.StaticBlock:
        return { cls: current.parent.parent, isStatic: true };
      default:
        break;
    }
  }
  return undefined;
}

export function isFunction(node: TSESTree.Node): node is FunctionLike {
  return (
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

const API_HOST =
  /^(?:[a-z]+:\/\/)?([a-z][a-z0-9]*)(?:\.[a-z]{2}-[a-z]+(?:-[a-z0-9]+)*)?(?:\.intl)?\.tencentcloudapi\.com(?::\d+)?(?:[/?#].*)?$/iu;

/**
 * The product an API endpoint names: `gaap.tencentcloudapi.com`, `https://ocr.ap-guangzhou.tencentcloudapi.com`,
 * `cvm.intl.tencentcloudapi.com/` → `gaap`, `ocr`, `cvm`; `undefined` for any other text.
 */
export function productOfHost(host: string): string | undefined {
  return API_HOST.exec(host.trim())?.[1]?.toLowerCase();
}

function union(lists: readonly (readonly Value[])[]): readonly Value[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 0) return NONE;
  if (nonEmpty.length === 1) return nonEmpty[0] as readonly Value[];
  const seen = new Set<string>();
  const found: Value[] = [];
  for (const list of nonEmpty) {
    for (const value of list) {
      const key = valueKey(value);
      if (seen.has(key) || found.length >= MAX_UNION) continue;
      seen.add(key);
      found.push(value);
    }
  }
  return found;
}

const nodeIds = new WeakMap<object, number>();
let nextNodeId = 0;

function identity(node: object): number {
  let id = nodeIds.get(node);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(node, id);
  }
  return id;
}

function valueKey(value: Value): string {
  switch (value.kind) {
    case 'sdk':
      return `sdk:${value.products}:${value.product ?? ''}`;
    case 'product':
      return `product:${value.product}`;
    case 'version':
      return `version:${value.product}@${value.version}`;
    case 'clientClass':
    case 'client':
      return `${value.kind}:${value.target.product}@${value.target.version ?? ''}`;
    case 'commonClientClass':
      return value.kind;
    case 'cloudbase':
      return `${value.kind}:${value.part}`;
    case 'module':
      return `module:${identity(value.unit)}`;
    default:
      return `${value.kind}:${identity(value.node)}`;
  }
}

/**
 * The one declaration of a variable that is never written after it (a `const`, or a `var` or `let` only its
 * initialiser writes), with
 * its initialiser and the name it binds there (the declarator's id, or a name in its pattern); else `undefined`.
 */
function unwrittenBinding(variable: Variable):
  | {
      readonly declarator: TSESTree.VariableDeclarator;
      readonly name: TSESTree.Node;
      readonly init: TSESTree.Expression;
    }
  | undefined {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== DefinitionType.Variable) return undefined;
  const declarator = definition.node;
  if (declarator.init === null) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return { declarator, name: definition.name, init: declarator.init };
}

/** The inline callback of `x.then((m) => …)`. */
function thenCallback(node: TSESTree.CallExpression): FunctionLike | undefined {
  const callee = node.callee;
  const [first] = node.arguments;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'then') return undefined;
  return first !== undefined && isFunction(first) ? first : undefined;
}
