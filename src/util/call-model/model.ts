import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { partitionPoint } from '../../shared/partition-point.js';
import { loadTable, shippedCatalogue } from '../../table/load.js';
import { isTableReadError } from '../../table/table-error.js';
import { formatTableName, parseTableName } from '../../table/table-name.js';
import { calleeName, propertyValue, staticPropertyName } from '../property-name.js';
import { hasCurrentAction } from '../removed-api.js';
import { DefinitionType } from '../scope-kinds.js';
import { stringLiteralValue } from '../string-literal.js';
import { unwrapExpression } from '../unwrap-expression.js';
import { eachNode, walkNodes } from '../walk-nodes.js';
import { GuardIndex } from './guard-index.js';
import { importsMayHoldClients, importsRawSender, moduleImporter, type Parser } from './modules.js';
import { RawHttp, type RawRequest, type RequestHelper } from './raw-http.js';
import { namesCloudbasePackage, sdkModule } from './sdk-modules.js';
import { typedClient } from './typed.js';
import {
  boundIdentifiers,
  type ClientTarget,
  createUnit,
  type FunctionLike,
  importTypeSource,
  isFunction,
  isHelperMarked,
  isRawMarked,
  productOfHost,
  productOfValue,
  QUOTED_VERSION,
  type Unit,
  type Value,
} from './values.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A call of the API: which client's product and API version, which action, made how. */
interface ApiCall {
  /** The call expression: `client.GeneralBasicOCR(…)`, `common.request("X", …)`, `fetch(…)`, `helper("X", …)`. */
  readonly node: TSESTree.CallExpression;
  /** The catalogue table of the client's product: `ocr@2018-11-19`, or `ocr` where no version is named. */
  readonly table: string;
  /** The action called; `undefined` where its name is not static. */
  readonly action: string | undefined;
  /** The node that names the action: the method's name, `request`'s argument, a header's value. */
  readonly actionNode: TSESTree.Node;
  /** How the call was recognised. */
  readonly via: 'sdk' | 'http' | 'types' | 'setting' | 'imports';
}

/** A region of code that handles the errors of API calls: a catch body, an error callback, a response check. */
interface Guard {
  readonly range: TSESTree.Range;
  /** The calls whose errors reach it. */
  readonly calls: readonly ApiCall[];
  /** The one table of its calls, `undefined` when they are of several products. */
  readonly table: string | undefined;
  /**
   * The actions whose errors reach it, sorted; `undefined` when that is not fully known: a call's action is
   * unknown or not one its product has, or something else awaited in the same `try` may call the API.
   */
  readonly actions: readonly string[] | undefined;
}

/** What a file calls, as one model every rule asks. */
export interface CallModel {
  /** The catalogue tables of the products the file calls or names, sorted: `cvm`, `ocr@2018-11-19`. */
  readonly products: readonly string[];
  /** Every API call the file makes, in source order. */
  readonly calls: readonly ApiCall[];
  /** Every region of the file that handles API errors. */
  readonly guards: readonly Guard[];
  /** The innermost guard whose region holds `range`. */
  guardAt(range: TSESTree.Range): Guard | undefined;
}

const EMPTY_MODEL: CallModel = { products: [], calls: [], guards: [], guardAt: () => undefined };
/**
 * Marks in a file's text that it may call Tencent Cloud itself: the SDK's names, the API hosts, the headers, the
 * `TENCENTCLOUD_SECRET_ID` a wrapper of another package is given (CloudBase's packages that build clients are marks
 * too: namesCloudbasePackage).
 */
const MARKS = /tencentcloud|x-tc-action/iu;
/**
 * A call of a PascalCase method (`.SendEmail(`), whose receiver's name callsProductMember reads before it: on a member
 * or a variable (`fastify.ses.SendEmail(`, `this.clients.cvm.DescribeInstances(`, `app.smsClient.SendSms(`,
 * `clb.RegisterTargets(`), the shape of a client kept where the file cannot see it built (a decorated server, a
 * container, an Egg.js application its boot hook hangs the clients on, a parameter), which #sdkCall takes for a call
 * of the product the member or parameter names when that product has the action. Anchored on the dot, the text is
 * scanned four times faster than by a pattern that starts at every name.
 */
const PASCAL_METHOD_CALL = /\.\s*([A-Z][A-Za-z0-9]*)\s*\(/gu;
/** A member named for a product: the product's name, or it and `Client` (`ocr`, `smsClient`, `sms_client`). */
const PRODUCT_MEMBER = /^([a-z][a-z0-9]*)(?:Client|_client)?$/u;
/** A function named for a product: `get`, `use`, `create`, `make`, `build`, `init`, `load` or `new`, the product. */
const FACTORY_NAME = /^(?:get|use|create|make|build|init|load|new)([A-Z][a-z0-9]*)(?:Client)?$/u;
/**
 * A call of a function that may be named for a product (see FACTORY_NAME and PRODUCT_MEMBER), also a method named
 * for one (`TencentClients.cvm(region)`, a service Sails makes a global).
 */
const FACTORY_CALL = new RegExp(
  String.raw`(?:\b((?:get|use|create|make|build|init|load|new)[A-Z][a-z0-9]*(?:Client)?` +
    String.raw`|[a-z][a-z0-9]*(?:Client|_client))|\.\s*([a-z][a-z0-9]*))\s*\(`,
  'gu',
);
/** The key of an object that names the action a client's `call` sends. */
const ACTION_KEY = 'Action';
/** Method names that are API actions: PascalCase. */
const ACTION_NAME = /^[A-Z][A-Za-z0-9]*$/u;
/**
 * The calls of test runners that replace or read a module by its name (`jest.mock("…", factory)`, `vi.mock`,
 * node:test's `mock.module`), by the runner's object: a test that mocks a module of the SDK names its product.
 */
const MODULE_MOCKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['jest', new Set(['mock', 'doMock', 'unstable_mockModule', 'setMock', 'requireActual', 'requireMock'])],
  ['vi', new Set(['mock', 'doMock', 'importActual', 'importMock'])],
  ['mock', new Set(['module'])],
]);
/** Where a file's text may mock a module: a member of a test runner's object. */
const MODULE_MOCK_MARK = /\b(?:jest|vi|mock)\s*\./u;
/** How many wrapper functions deep the calls a guard reaches are followed. */
const MAX_WRAPPER_DEPTH = 4;
/** How many classes up an inherited method is looked for. */
const MAX_SUPER_DEPTH = 4;
/** The member a response's status code is read from (SendSms's `SendStatusSet[0].Code`). */
const STATUS_CODE = 'Code';
/** Members of a response or a promise whose awaiting cannot call the API. */
const HARMLESS_METHODS = new Set(['json', 'text', 'arrayBuffer', 'blob', 'then', 'catch', 'finally', 'all', 'race']);

const models = new WeakMap<TSESTree.Program, { readonly pinned: string | undefined; readonly model: CallModel }>();
/** The files whose model failed to build, with the error: see modelFailure. */
const failures = new WeakMap<TSESTree.Program, unknown>();

/**
 * The call model of the file being linted, built once per file and shared by every rule: which products the file
 * calls, every API call with its product, version and action, and every guard with the calls whose errors reach it.
 * `pinnedProducts`, the `products` setting: with exactly one product, a call of one of its actions on a client of
 * unknown origin is taken as a call of that product.
 *
 * An error reading the catalogue is thrown (the package is damaged). Any other error building the model is a defect:
 * the file gets the empty model, so no rule stops the lint run, and `modelFailure` tells the error.
 */
export function callModel(context: RuleContext, pinnedProducts: readonly string[] | undefined): CallModel {
  const pinned = pinnedProducts?.length === 1 ? pinnedProducts[0] : undefined;
  const { sourceCode } = context;
  const cached = models.get(sourceCode.ast);
  if (cached !== undefined && cached.pinned === pinned) return cached.model;
  const file = physicalFile(context);
  const parser = context.languageOptions.parser as Parser | undefined;
  const marked = isRawMarked(sourceCode.text);
  let model = EMPTY_MODEL;
  try {
    if (
      MARKS.test(sourceCode.text) ||
      namesCloudbasePackage(sourceCode.text) ||
      marked ||
      pinned !== undefined ||
      importsMayHoldClients(sourceCode.text, file) ||
      callsProductMember(sourceCode.text) ||
      QUOTED_VERSION.test(sourceCode.text)
    ) {
      // Its imports are read for a signing helper only in a file whose model is built.
      const rawMarked = rawMarkedFile(sourceCode.text, file, marked);
      model = new ModelBuilder(context, { file, parser, pinned, rawMarked }).build();
    }
  } catch (error) {
    if (isTableReadError(error)) throw error;
    failures.set(sourceCode.ast, error);
  }
  models.set(sourceCode.ast, { pinned, model });
  return model;
}

/** The error the call model of the file being linted failed with, if it did (the file got the empty model). */
export function modelFailure(context: RuleContext): unknown {
  return failures.get(context.sourceCode.ast);
}

/** The linted files' units, made once per file, for its model or for `importedFunction`. */
const fileUnits = new WeakMap<TSESTree.Program, Unit>();

function fileUnit(
  context: RuleContext,
  file: string | undefined,
  parser: Parser | undefined,
  rawMarked: boolean,
): Unit {
  const { sourceCode } = context;
  const known = fileUnits.get(sourceCode.ast);
  if (known !== undefined) return known;
  const { products } = shippedCatalogue().index();
  const isProduct = (name: string): boolean => Object.hasOwn(products, name);
  const unit = createUnit(
    {
      file,
      ast: sourceCode.ast,
      scopeManager: sourceCode.scopeManager as TSESLint.Scope.ScopeManager,
      visitorKeys: sourceCode.visitorKeys,
      depth: 0,
      rawMarked,
      helperMarked: isHelperMarked(sourceCode.text),
      importModule: moduleImporter(file, 0, parser, isProduct),
    },
    isProduct,
  );
  fileUnits.set(sourceCode.ast, unit);
  return unit;
}

/**
 * The function an import binding of the linted file names (`codeOf` after `import { codeOf } from './errors'`), in
 * the relative module it comes from, read whatever that module holds, with that module's unit; `undefined` for
 * anything else.
 */
export function importedFunction(
  context: RuleContext,
  identifier: TSESTree.Identifier,
): { readonly fn: FunctionLike; readonly unit: Unit } | undefined {
  return withLintedUnit(context, (unit) => {
    const value = unit.evaluator.importedValue(identifier).find((each) => each.kind === 'function');
    return value?.kind === 'function' && value.unit !== unit ? { fn: value.node, unit: value.unit } : undefined;
  });
}

/**
 * The method `name` an instance of the linted file's class `cls` has: its own, or one it inherits from a class of
 * the file or of a module of the project it imports (read whatever that module holds), with the unit it is in;
 * `undefined` when there is none, or it is not a plain method (a getter, a static one, a computed name).
 */
export function classMethod(
  context: RuleContext,
  cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  name: string,
): { readonly fn: FunctionLike; readonly unit: Unit } | undefined {
  return withLintedUnit(context, (linted) => {
    let current: { readonly cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression; readonly unit: Unit } = {
      cls,
      unit: linted,
    };
    for (let depth = 0; depth < MAX_SUPER_DEPTH; depth++) {
      const method = current.cls.body.body.find(
        (element): element is TSESTree.MethodDefinition =>
          element.type === AST_NODE_TYPES.MethodDefinition &&
          element.kind === 'method' &&
          !element.static &&
          staticPropertyName(element) === name,
      );
      if (method !== undefined) return { fn: method.value, unit: current.unit };
      const { superClass } = current.cls;
      if (superClass?.type !== AST_NODE_TYPES.Identifier) return undefined;
      const { evaluator } = current.unit;
      const isClass = (value: Value): value is Extract<Value, { kind: 'class' }> => value.kind === 'class';
      const next = evaluator.valueOf(superClass).find(isClass) ?? evaluator.importedValue(superClass).find(isClass);
      if (next === undefined) return undefined;
      current = { cls: next.node, unit: next.unit };
    }
    return undefined;
  });
}

/**
 * The calls of a function of the linted file that nothing else can reach (see the evaluator's functionReferences:
 * a function of the file, not exported, only called; a private method its class only calls); `undefined` when
 * something else may call it.
 */
export function lintedFunctionCalls(context: RuleContext, fn: FunctionLike): TSESTree.CallExpression[] | undefined {
  return withLintedUnit(context, (unit) => unitFunctionCalls(unit, fn));
}

/** The calls of a function of `unit` that nothing else can reach; `undefined` when something else may call it. */
export function unitFunctionCalls(unit: Unit, fn: FunctionLike): TSESTree.CallExpression[] | undefined {
  // Every reference functionReferences gives is the callee of a call.
  return unit.evaluator.functionReferences(fn)?.map((reference) => reference.parent as TSESTree.CallExpression);
}

/** `read` of the linted file's unit; `undefined` where reading it fails. */
function withLintedUnit<T>(context: RuleContext, read: (unit: Unit) => T | undefined): T | undefined {
  const file = physicalFile(context);
  try {
    // The unit is made once per file: its text is scanned for raw-request marks only then.
    const unit =
      fileUnits.get(context.sourceCode.ast) ??
      fileUnit(context, file, context.languageOptions.parser, rawMarkedFile(context.sourceCode.text, file));
    return read(unit);
  } catch (error) {
    // As building the model: a damaged catalogue is told; a defect leaves the code unread, never the run stopped.
    if (isTableReadError(error)) throw error;
    return undefined;
  }
}

/**
 * Whether the linted file may send raw requests: its text says so (`marked`, isRawMarked of it), or it imports a
 * module of the project that sends them (whose signing helper it may hand the request).
 */
function rawMarkedFile(text: string, file: string | undefined, marked = isRawMarked(text)): boolean {
  return marked || importsRawSender(text, file);
}

/**
 * Whether `call` of `unit` may be a raw request: the unit sends them (`rawMarked`), or hands fields of any spelling to
 * a function imported from a module the lint cannot read (`helperMarked`), whose signing helper it may call.
 */
function mayRequest(call: TSESTree.CallExpression, unit: Unit): boolean {
  return unit.rawMarked || (unit.helperMarked && unit.evaluator.isUnreadImport(call.callee));
}

function physicalFile(context: RuleContext): string | undefined {
  const name = context.physicalFilename;
  return name.startsWith('<') || name === '' ? undefined : name;
}

/** What a function's body (or a try block) calls, and whether everything it awaits is known. */
interface Reach {
  readonly calls: readonly ApiCall[];
  readonly complete: boolean;
  /**
   * Of a function's body: the indexes of the function's own parameters it awaits a call of (a retry wrapper's
   * `await fn()`). What they call is its caller's argument: complete where that is an inline function, whose calls
   * the caller's block holds itself (see #callReach).
   */
  readonly calledParameters?: readonly number[];
}

/** A request helper as found in a function: the helper, the call in it that sends the request, the unit it is in. */
interface FoundHelper {
  readonly helper: RequestHelper;
  readonly request: TSESTree.CallExpression;
  readonly unit: Unit;
}

class ModelBuilder {
  readonly #context: RuleContext;
  readonly #pinned: string | undefined;
  readonly #unit: Unit;
  readonly #catalogue: Readonly<Record<string, readonly string[]>>;
  /** Raw requests of this file, made on first use: after build()'s pass over the nodes has found the hosts. */
  #raw: RawHttp | undefined;
  /** The raw-request readers of the imported modules the calls reach, each made once per file. */
  readonly #raws = new Map<Unit, RawHttp>();
  /** The products of the API hosts the file's strings name, sorted; found by build()'s pass over the nodes. */
  #hosts: readonly string[] = [];
  /** Per function, what its body reaches; `null` while it is being found (recursion reaches nothing more). */
  readonly #reach = new Map<FunctionLike, Reach | null>();
  /** Per call expression, the API call it is, found once. */
  readonly #apiCalls = new Map<TSESTree.CallExpression, ApiCall | null>();
  /** Per function, the index of the parameter it settles (see #settledParameter); `null` for none. */
  readonly #settling = new Map<FunctionLike, number | null>();
  /** Per function called, the request helper it is, with the call in it that sends the request and its unit. */
  readonly #helpers = new Map<FunctionLike, FoundHelper | null>();
  /**
   * The request of a helper that only this file calls, each call naming its action, with those calls: what a guard
   * in the helper around its request, or after it, guards (see #helperCalls).
   */
  readonly #standIns = new Map<TSESTree.CallExpression, { readonly fn: FunctionLike; readonly calls: ApiCall[] }>();
  readonly #products = new Map<string, Set<string>>();
  #wrapperDepth = 0;
  /** The one table the file's imports name, which a call on a receiver of unknown origin is taken to be of. */
  #soleTable: string | undefined;
  /** Whether the file's text binds a method (`.bind(`), which boundAction needs. */
  readonly #bindsMethods: boolean;

  constructor(
    context: RuleContext,
    {
      file,
      parser,
      pinned,
      rawMarked,
    }: {
      readonly file: string | undefined;
      readonly parser: Parser | undefined;
      readonly pinned: string | undefined;
      /** Whether the file may send raw API requests (see rawMarkedFile), read once per file by callModel. */
      readonly rawMarked: boolean;
    },
  ) {
    this.#context = context;
    this.#pinned = pinned;
    this.#bindsMethods = context.sourceCode.text.includes('.bind(');
    this.#catalogue = shippedCatalogue().index().products;
    this.#unit = fileUnit(context, file, parser, rawMarked);
  }

  build(): CallModel {
    const { sourceCode } = this.#context;
    const calls: ApiCall[] = [];
    const guards: Guard[] = [];
    const tries: TSESTree.TryStatement[] = [];
    /** Functions of the file that may handle errors for the guards that call them. */
    const functions: FunctionLike[] = [];
    const callExpressions: TSESTree.CallExpression[] = [];
    /** Constructions handed two arguments: a circuit breaker of a function, with options that filter its errors. */
    const constructions: TSESTree.NewExpression[] = [];
    /** Nodes whose values may name a product: constructions, bindings of the SDK, typed bindings. */
    const named: TSESTree.Node[] = [];
    /** Outermost member chains on an identifier, by the identifier's name: read when the name binds the SDK. */
    const chains: TSESTree.MemberExpression[] = [];
    const sdkNames = new Set<string>();
    const isProduct = (name: string): boolean => Object.hasOwn(this.#catalogue, name);
    const isSdkSource = (source: string | undefined): boolean =>
      source !== undefined && sdkModule(source, isProduct) !== undefined;
    /** The file's object properties: a key `X-TC-Action` or `X-TC-Version` marks a raw request to the API. */
    const properties: TSESTree.Property[] = [];
    /** Where the file reads a `Code` member (a status in response data; SDK errors carry `code`), in source order. */
    const codeReads: number[] = [];
    /** The products of the API hosts the file's strings name, looked for only when its text names an API host. */
    const hosts = sourceCode.text.includes('tencentcloudapi') ? new Set<string>() : undefined;
    const mocksModules = MODULE_MOCK_MARK.test(sourceCode.text);

    eachNode(sourceCode, (node) => {
      if (hosts !== undefined) this.#noteHost(node, hosts);
      switch (node.type) {
        case AST_NODE_TYPES.CallExpression:
          callExpressions.push(node);
          if (isRequireOf(node, isSdkSource, this.#unit)) this.#sdkBinding(node, named, sdkNames);
          else if (mocksModules) this.#noteMock(node, isSdkSource);
          break;
        case AST_NODE_TYPES.ImportExpression:
          if (isSdkSource(stringLiteralValue(node.source))) this.#sdkBinding(node, named, sdkNames);
          break;
        case AST_NODE_TYPES.NewExpression:
          named.push(node);
          if (node.arguments.length === 2) constructions.push(node);
          break;
        case AST_NODE_TYPES.TryStatement:
          if (node.handler !== null) tries.push(node);
          break;
        case AST_NODE_TYPES.FunctionDeclaration:
        case AST_NODE_TYPES.FunctionExpression:
        case AST_NODE_TYPES.ArrowFunctionExpression:
          functions.push(node);
          break;
        case AST_NODE_TYPES.ImportDeclaration:
          if (isSdkSource(node.source.value)) {
            // The module names its product, whatever is imported: a type of its models too (`sms_models`).
            this.#noteValues(this.#unit.evaluator.moduleValue(node.source.value));
            for (const specifier of node.specifiers) {
              named.push(specifier.local);
              sdkNames.add(specifier.local.name);
            }
          }
          break;
        case AST_NODE_TYPES.TSImportEqualsDeclaration:
          if (
            node.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
            isSdkSource(stringLiteralValue(node.moduleReference.expression))
          ) {
            named.push(node.id);
            sdkNames.add(node.id.name);
          }
          break;
        case AST_NODE_TYPES.ExportAllDeclaration:
        case AST_NODE_TYPES.ExportNamedDeclaration:
          if (node.source !== null) this.#noteValues(this.#unit.evaluator.moduleValue(node.source.value));
          break;
        case AST_NODE_TYPES.TSImportType: {
          const source = importTypeSource(node);
          if (source !== undefined && isSdkSource(source)) this.#noteValues(this.#unit.evaluator.moduleValue(source));
          break;
        }
        case AST_NODE_TYPES.MemberExpression:
          if (node.parent.type !== AST_NODE_TYPES.MemberExpression && rootIdentifier(node) !== undefined)
            chains.push(node);
          if (staticPropertyName(node) === STATUS_CODE) codeReads.push(node.range[0]);
          break;
        case AST_NODE_TYPES.Identifier:
          if (isTypedBinding(node)) named.push(node);
          break;
        case AST_NODE_TYPES.Property:
          properties.push(node);
          break;
        default:
          break;
      }
    });
    this.#hosts = hosts === undefined ? [] : [...hosts].sort();
    // Products: what the file's clients and SDK names name (a chain by its longest part that names one:
    // `tencentcloud.scf.v20180416.Models` names scf@2018-04-16); then what its calls name; API hosts where it sends
    // requests.
    for (const node of named) this.#noteValues(this.#unit.evaluator.valueOf(node));
    // A factory handed a product and one of its versions (`createApiTable({ service: "scf", version: "2018-04-16",
    // actions })`) names that product, whether or not the file calls what it makes.
    if (QUOTED_VERSION.test(sourceCode.text)) {
      for (const node of callExpressions) this.#noteValues(this.#unit.evaluator.wrapperClient(node));
    }
    for (const chain of chains) {
      if (sdkNames.has(rootIdentifier(chain)?.name ?? '')) this.#noteChain(chain);
    }
    this.#soleTable = this.#pinned === undefined ? this.#namedTable() : undefined;

    for (const node of callExpressions) {
      const call = this.#apiCall(node, this.#unit);
      if (call !== undefined) calls.push(call);
    }
    for (const call of calls) this.#noteTable(call.table);
    const rawMarks = properties.some((property) => isRawMark(staticPropertyName(property)));
    if (rawMarks || calls.some((call) => call.via === 'http')) {
      for (const product of this.#hosts) this.#note({ product, version: undefined });
    }

    this.#helperCalls();
    for (const node of tries) {
      const handler = node.handler as TSESTree.CatchClause;
      guards.push(this.#guard(handler.body.range, this.#reachOf(node.block, this.#unit)));
    }
    for (const node of callExpressions) this.#promiseGuards(node, guards);
    for (const node of constructions) this.#handedGuards(node, guards);
    if (codeReads.length > 0) this.#statusGuards(calls, codeReads, guards);
    for (const call of calls) {
      if (call.via === 'http') this.#responseGuard(call, guards);
    }
    if (codeReads.length > 0) for (const node of callExpressions) this.#answerGuard(node, codeReads, guards);
    this.#helperGuards(guards);
    this.#settledGuards(callExpressions, guards);
    // One guard per region before a function called from a guard takes the calls of the guard it is called in.
    const regions = this.#oneGuardPerRegion(guards);
    this.#handlerGuards(functions, regions);
    // The products of the calls the file's guards reach through wrappers, in this file or others.
    for (const guard of regions) for (const call of guard.calls) this.#noteTable(call.table);

    const index = new GuardIndex(regions);
    return { products: this.#productNames(), calls, guards: regions, guardAt: (range) => index.at(range) };
  }

  /**
   * One guard per region: a handler that several promises share (`.catch(handle)` after calls of two actions, the
   * handler a function of the file makes, `.catch(failOn("…"))`) guards all their calls, not only the last one's.
   */
  #oneGuardPerRegion(guards: Guard[]): Guard[] {
    const byRegion = new Map<string, Guard[]>();
    for (const guard of guards) {
      const key = `${guard.range[0]}:${guard.range[1]}`;
      const same = byRegion.get(key);
      if (same === undefined) byRegion.set(key, [guard]);
      else same.push(guard);
    }
    if (byRegion.size === guards.length) return guards;
    return [...byRegion.values()].map((same) => {
      const [first] = same as [Guard, ...Guard[]];
      if (same.length === 1) return first;
      // A guard's actions are unknown where its reach was incomplete, or of several products or unknown actions,
      // which the calls of the whole region are then too.
      const calls = [...new Set(same.flatMap((guard) => guard.calls))];
      return this.#guard(first.range, { calls, complete: same.every((guard) => guard.actions !== undefined) });
    });
  }

  /* ---------------------------------------------------------------- calls */

  /** The API call `node` (of `unit`) is: on an SDK client, a raw request, a request helper's call; else `undefined`. */
  #apiCall(node: TSESTree.CallExpression, unit: Unit): ApiCall | undefined {
    const cached = this.#apiCalls.get(node);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.#findApiCall(node, unit);
    this.#apiCalls.set(node, found ?? null);
    return found;
  }

  #findApiCall(node: TSESTree.CallExpression, unit: Unit): ApiCall | undefined {
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = staticPropertyName(callee);
      if (method !== undefined && (ACTION_NAME.test(method) || method === 'request')) {
        const sdk = this.#sdkCall(node, callee, method, unit);
        if (sdk !== undefined) return sdk;
      }
      if (method === 'call' || method === 'request') {
        const sent = this.#actionObjectCall(node, callee, unit);
        if (sent !== undefined) return sent;
      }
    }
    // A caller a factory bound to a product and version, called with the action: `tencentFor(env, "dnspod",
    // "2021-03-23")` returns `(action, payload) => …`, and `dnspod("DescribeRecordList", …)` sends it.
    const caller =
      callee.type === AST_NODE_TYPES.MemberExpression ? undefined : this.#boundCallerCall(node, callee, unit);
    if (caller !== undefined) return caller;
    // A method bound to its client: looked for only where the file's text binds one (most files never do).
    const bound =
      (callee.type === AST_NODE_TYPES.Identifier || callee.type === AST_NODE_TYPES.CallExpression) &&
      (unit !== this.#unit || this.#bindsMethods)
        ? boundAction(callee, unit)
        : undefined;
    if (bound !== undefined) {
      const sdk = this.#sdkCall(node, bound.member, bound.action, unit);
      if (sdk !== undefined) return sdk;
    }
    // A helper's call names its action in a string; a raw request is sent only from a file that names the API.
    const helper = node.arguments.some(isStringArgument) ? this.#helperOf(node, unit) : undefined;
    if (helper !== undefined) {
      const request = this.#rawFor(unit).helperCall(node, helper);
      if (request === undefined || helper.clientParameter === undefined) {
        return request === undefined ? undefined : this.#rawCall(node, request, helper.sdk ? 'sdk' : 'http');
      }
      // The client is the helper's argument: a call of the action on it.
      const client = node.arguments[helper.clientParameter];
      return client === undefined || request.action === undefined
        ? undefined
        : this.#clientCall(node, client, request.action, request.actionNode, false, unit);
    }
    if (node.arguments.length === 0 || !mayRequest(node, unit) || isBuiltInCall(callee, unit)) return undefined;
    const request = this.#rawFor(unit).request(node);
    return request === undefined || !('action' in request) ? undefined : this.#rawCall(node, request);
  }

  /**
   * A call on an SDK client: `client.Action(…)`, `client.request("Action", …)`; with type information, on a receiver
   * typed as a client; with the `products` setting naming one product, one of its actions on any receiver; and on a
   * wrapper whose members are products (`tc.cvm.DescribeInstances(…)`, as proxy-based clients are written), where
   * the member names a product and the method one of its actions.
   */
  #sdkCall(
    node: TSESTree.CallExpression,
    callee: TSESTree.MemberExpression,
    method: string,
    unit: Unit,
  ): ApiCall | undefined {
    const isRequest = method === 'request';
    const action = isRequest ? requestAction(node) : method;
    if (action === undefined) return undefined;
    const actionNode = isRequest ? (node.arguments[0] as TSESTree.Node) : callee.property;
    return this.#clientCall(node, callee.object, action, actionNode, isRequest, unit);
  }

  /**
   * `caller("DescribeRecordList", …)` where `caller` holds what a factory handed a product's name and one of its API
   * versions returns (see Evaluator#wrapperClient): a call of the action on that product.
   */
  #boundCallerCall(node: TSESTree.CallExpression, callee: TSESTree.Node, unit: Unit): ApiCall | undefined {
    const action = requestAction(node);
    if (action === undefined || node.arguments[0] === undefined) return undefined;
    const held = unit.evaluator.valueOf(callee);
    if (!held.some((value) => value.kind === 'client' && value.wrapper === true)) return undefined;
    return this.#clientCall(node, callee, action, node.arguments[0], true, unit);
  }

  /**
   * `service.call({ Action: "DescribeEnvs", Param })` or `this.request({ Action: "GetFunction", … })` on a client (a
   * CloudBase manager's `commonService("tcb", …)`, a deploy component's entity whose base class is handed the product
   * and version): a call of the action the object's literal `Action` names.
   */
  #actionObjectCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, unit: Unit): ApiCall | undefined {
    const [first] = node.arguments;
    if (first?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    // `Action`, as the API names the field; `action`, as `@cloudbase/cloud-api`'s `request({ action, data })` does.
    const actionNode = propertyValue(first, ACTION_KEY) ?? propertyValue(first, 'action');
    const action = actionNode === undefined ? undefined : stringLiteralValue(actionNode);
    if (actionNode === undefined || action === undefined || !ACTION_NAME.test(action)) return undefined;
    if (!unit.evaluator.valueOf(callee.object).some((value) => value.kind === 'client')) return undefined;
    return this.#clientCall(node, callee.object, action, actionNode, true, unit);
  }

  /**
   * The call `node` of `action` on the client `receiver` holds (see #sdkCall); `isRequest` where it is sent by
   * `request("Action", …)`, which a CommonClient of any product has.
   */
  #clientCall(
    node: TSESTree.CallExpression,
    receiver: TSESTree.Node,
    action: string,
    actionNode: TSESTree.Node,
    isRequest: boolean,
    unit: Unit,
  ): ApiCall | undefined {
    const call = (table: string | undefined, via: ApiCall['via']): ApiCall | undefined =>
      table === undefined ? undefined : { node, table, action: this.#promisified(table, action), actionNode, via };
    // A receiver that may hold clients of several products (a factory handed the client class) is the one whose
    // product has the action, if one has.
    const held = unit.evaluator.valueOf(receiver);
    // A service class's client (see Evaluator#wrapperClient) sends `request("Action", …)`; its other methods are
    // its own, unless the product has an action of the name.
    const clients = held.filter(
      (value): value is Extract<Value, { kind: 'client' }> =>
        value.kind === 'client' && (value.wrapper !== true || isRequest || this.#hasTargetAction(value.target, action)),
    );
    const tables = clients.map((client) => this.#tableOf(client.target));
    const table =
      tables.length > 1 && !isRequest
        ? (tables.find((name) => name !== undefined && this.#hasAction(name, this.#promisified(name, action))) ??
          tables[0])
        : tables[0];
    if (clients.length > 0) return call(table, 'sdk');
    const sole = unit === this.#unit ? this.#soleTable : undefined;
    // `client.request("Action", …)` on a receiver of unknown origin (a `CommonClient` parameter of an exported
    // function): the file's one product, when it has the action.
    if (isRequest)
      return sole !== undefined && held.length === 0 && this.#hasAction(sole, action)
        ? call(sole, 'imports')
        : undefined;
    const typed = unit.depth === 0 ? typedClient(this.#context, receiver) : undefined;
    if (typed !== undefined) return call(this.#tableOf(typed), 'types');
    if (this.#pinned !== undefined && this.#hasAction(this.#pinned, action)) return call(this.#pinned, 'setting');
    // A member or a parameter named for the product (`this.clients.cvm`, `clb: Clb` of a type not read), or a
    // variable destructured from such a member (`const { camClient } = req.scope.cradle`); what a function so named
    // returns, where the file cannot see it (`useOcrClient()` that Nuxt imports unseen); an import so named of a
    // module the lint cannot read (`import { ttsClient } from "@/lib/tencent"` without the alias's config).
    const expression = unwrapExpression(receiver);
    const product =
      expression.type === AST_NODE_TYPES.MemberExpression ||
      (held.length === 0 && unit.evaluator.parameterIndex(expression) !== undefined)
        ? namedProduct(expression)
        : held.length === 0
          ? (destructuredProduct(expression, unit, this.#catalogue) ??
            namedFactoryProduct(expression, unit) ??
            unreadImportProduct(expression, unit, this.#catalogue))
          : undefined;
    if (product !== undefined) {
      // The version an `X-TC-Version` header names, else the newest that has the action (`this.vod.ApplyUpload`:
      // 2018-07-17, not VOD's newer API of seven actions).
      const version = this.#versionArgument(node, unit);
      const table = version === undefined ? tableWithAction(product, action) : this.#tableOf({ product, version });
      if (table !== undefined && this.#hasAction(table, this.#promisified(table, action))) return call(table, 'sdk');
    }
    if (sole !== undefined && this.#hasAction(sole, this.#promisified(sole, action)) && held.length === 0)
      return call(sole, 'imports');
    return undefined;
  }

  /**
   * The action a method of a client of `table` calls: `DescribeInstancesAsync`, which Bluebird's `promisifyAll`
   * adds beside `DescribeInstances`, calls `DescribeInstances`, unless the table has an action of that name itself.
   */
  #promisified(table: string, method: string): string {
    const stem = method.endsWith(ASYNC_SUFFIX) ? method.slice(0, -ASYNC_SUFFIX.length) : undefined;
    return stem !== undefined && !this.#hasAction(table, method) && this.#hasAction(table, stem) ? stem : method;
  }

  /**
   * The one table the file's imports and SDK names name, when they name exactly one product, at one version or none
   * (`import { cls } from "tencentcloud-sdk-nodejs-cls"`, its newest version): a call of one of
   * its actions on a receiver of unknown origin (a client handed in by a factory parameter, a container) is taken as
   * a call of that product, as the `products` setting naming one product does. Else `undefined`.
   */
  #namedTable(): string | undefined {
    if (this.#products.size !== 1) return undefined;
    const [[product, versions] = []] = this.#products;
    if (product === undefined || versions === undefined || versions.size > 1) return undefined;
    const [version] = versions;
    return this.#tableOf({ product, version });
  }

  /** Notes the product of a member chain on an SDK name, by the longest part of it whose value names one. */
  #noteChain(chain: TSESTree.MemberExpression): void {
    for (let node: TSESTree.Expression = chain; node.type === AST_NODE_TYPES.MemberExpression; node = node.object) {
      const values = this.#unit.evaluator.valueOf(node);
      if (values.some((value) => productOfValue(value) !== undefined)) {
        this.#noteValues(values);
        return;
      }
    }
  }

  /** The API version a call's options name in an `X-TC-Version` header (proxy-based clients take it so). */
  #versionArgument(node: TSESTree.CallExpression, unit: Unit): string | undefined {
    if (!unit.rawMarked && !this.#context.sourceCode.text.includes('X-TC-Version')) return undefined;
    return this.#rawFor(unit).versionOf(node);
  }

  #rawCall(node: TSESTree.CallExpression, request: RawRequest, via: 'sdk' | 'http' = 'http'): ApiCall | undefined {
    const table = request.target === undefined ? undefined : this.#tableOf(request.target);
    return table === undefined
      ? undefined
      : { node, table, action: request.action, actionNode: request.actionNode, via };
  }

  /** The request helper a call calls, if its callee is one. */
  #helperOf(node: TSESTree.CallExpression, unit: Unit): RequestHelper | undefined {
    let values = unit.evaluator.valueOf(node.callee);
    // A helper of a module that never names the SDK (`import { callApi } from './call-api'`), read for a call that
    // hands it an action's name and a client: `callApi(this.clients.cvm, "StopInstances", req)`.
    const callee = unwrapExpression(node.callee);
    if (
      callee.type === AST_NODE_TYPES.Identifier &&
      !values.some((value) => value.kind === 'function') &&
      this.#handsActionAndClient(node, unit)
    )
      values = unit.evaluator.importedValue(callee);
    for (const value of values) {
      if (value.kind !== 'function') continue;
      let found = this.#helpers.get(value.node);
      if (found === undefined) {
        found = this.#findHelper(value.node, value.unit) ?? null;
        this.#helpers.set(value.node, found);
      }
      if (found !== null) return found.helper;
    }
    return undefined;
  }

  /**
   * Whether a call hands an action's name (a PascalCase string) and a client: a value the model knows as one, or a
   * member or variable named for a product (`this.vpc`, `clients.cvm`, `ocrClient`).
   */
  #handsActionAndClient(node: TSESTree.CallExpression, unit: Unit): boolean {
    const { arguments: args } = node;
    if (!args.some((argument) => ACTION_NAME.test(stringLiteralValue(argument) ?? ''))) return false;
    return args.some((argument) => {
      const expression = unwrapExpression(argument);
      const product = namedProduct(expression);
      return (
        (product !== undefined && Object.hasOwn(this.#catalogue, product)) ||
        unit.evaluator.valueOf(expression).some((value) => value.kind === 'client')
      );
    });
  }

  /** A function that sends a request with its parameter as the `X-TC-Action` header. */
  #findHelper(fn: FunctionLike, unit: Unit): FoundHelper | undefined {
    if (fn.body === undefined || fn.body === null) return undefined;
    let found: FoundHelper | undefined;
    walkNodes([fn.body], unit.visitorKeys, (node) => {
      if (
        found !== undefined ||
        (node !== fn.body && isFunction(node) && node.type === AST_NODE_TYPES.FunctionDeclaration)
      )
        return false;
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const request =
          this.#sdkRequestHelper(node, unit) ?? (mayRequest(node, unit) ? this.#rawFor(unit).request(node) : undefined);
        if (request !== undefined && 'actionParameter' in request) found = { helper: request, request: node, unit };
      }
      return true;
    });
    return found;
  }

  /**
   * A request helper's request through an SDK client, with the action a parameter of the function it is in:
   * `client.request(action, …)`, `client[action](…)`, or `client[action]` called by `.call` or `.apply`, itself or
   * through a `const` that holds it (a typed door to any client: `const method = client[action]; method.call(client,
   * req)`). The client is one the model knows, or a parameter of the function, which each call's argument names.
   */
  #sdkRequestHelper(node: TSESTree.CallExpression, unit: Unit): RequestHelper | undefined {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const sent =
      !callee.computed && staticPropertyName(callee) === 'request'
        ? { client: callee.object, action: node.arguments[0] }
        : dynamicMethod(callee, unit);
    // The action is a parameter, or a property of one (`request({ Action, ...data })`, as a deploy component's
    // entity sends `APIS[Action](capi, data)`).
    const index = sent?.action === undefined ? undefined : unit.evaluator.parameterIndex(sent.action);
    const input: { readonly index: number | undefined; readonly key?: string } | undefined =
      index !== undefined || sent?.action === undefined ? { index } : unit.evaluator.parameterProperty(sent.action);
    const actionParameter = input?.index;
    if (sent === undefined || actionParameter === undefined) return undefined;
    const actionKey = input?.key;
    const client = unit.evaluator.valueOf(sent.client).find((value) => value.kind === 'client');
    if (client?.kind === 'client') {
      const { target } = client;
      return { sdk: true, target, actionParameter, actionKey, versionParameter: undefined, version: target.version };
    }
    const clientParameter = unit.evaluator.parameterIndex(unwrapExpression(sent.client));
    return clientParameter === undefined
      ? undefined
      : {
          sdk: true,
          target: undefined,
          clientParameter,
          actionParameter,
          actionKey,
          versionParameter: undefined,
          version: undefined,
        };
  }

  #rawFor(unit: Unit): RawHttp {
    if (unit !== this.#unit) {
      let raw = this.#raws.get(unit);
      if (raw === undefined) {
        raw = new RawHttp(unit, this.#unitHosts(unit), (product, action) => this.#hasAction(product, action));
        this.#raws.set(unit, raw);
      }
      return raw;
    }
    this.#raw ??= new RawHttp(this.#unit, this.#hosts, (product, action) => this.#hasAction(product, action));
    return this.#raw;
  }

  /**
   * The products of the API hosts an imported module's strings name, when it may send raw requests: its requests'
   * product where nothing nearer names one, as the linted file's hosts are its own (a generated `OcrApi` whose
   * `host` field names `ocr.tencentcloudapi.com` and whose methods call a base class's signing `request`).
   */
  #unitHosts(unit: Unit): readonly string[] {
    if (!unit.rawMarked) return [];
    const hosts = new Set<string>();
    walkNodes([unit.ast], unit.visitorKeys, (node) => {
      this.#noteHost(node, hosts);
      return true;
    });
    return [...hosts].sort();
  }

  /* ---------------------------------------------------------------- guards */

  #guard(range: TSESTree.Range, reach: Reach): Guard {
    const { calls } = reach;
    const tables = new Set(calls.map((call) => call.table));
    const table = tables.size === 1 ? [...tables][0] : undefined;
    const known =
      reach.complete &&
      table !== undefined &&
      calls.every((call) => call.action !== undefined && this.#hasAction(call.table, call.action));
    const actions = known ? [...new Set(calls.map((call) => call.action as string))].sort() : undefined;
    return { range, calls, table, actions };
  }

  /** `call.catch(fn)`, `call.then(ok, fn)` and the SDK's callback `client.X(req, (err, res) => …)`. */
  #promiseGuards(node: TSESTree.CallExpression, guards: Guard[]): void {
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = staticPropertyName(callee);
      const handler =
        method === 'catch' || (method !== undefined && RESULT_ERROR_METHODS.has(method))
          ? node.arguments[0]
          : method === 'then' || (method === 'match' && node.arguments.length === 2)
            ? node.arguments[1]
            : undefined;
      const body = handler === undefined ? undefined : this.#handlerBody(handler);
      if (body !== undefined) {
        const reach = this.#promiseReach(callee.object);
        if (reach !== undefined) guards.push(this.#guard(body.range, reach));
      }
    }
    this.#pipeGuards(node, guards);
    const callback = callbackBody(node);
    if (callback !== undefined) {
      const call = this.#apiCall(node, this.#unit);
      if (call !== undefined) guards.push(this.#guard(callback.range, { calls: [call], complete: true }));
    }
    this.#handedGuards(node, guards);
    this.#taskGuards(node, guards);
  }

  /**
   * The error handlers of a pipeline: fp-ts's `pipe(TE.tryCatch(() => client.X(…), toError), TE.map(f),
   * TE.orElse((e) => …))` (also `mapLeft`, `getOrElse`, and the left function of `match` / `fold`) and RxJS's
   * `from(client.X(…)).pipe(retry(3), catchError((e) => …))`: the handler's body guards the calls the pipeline's
   * source carries. A step before the handler that runs a function of its own (`TE.chain(f)`, `switchMap(f)`) hands
   * it the errors of that function's calls too: of an inline function whose calls are all known, they join the
   * guard's; of any other, the guard then knows its calls but not all that reach it.
   */
  #pipeGuards(node: TSESTree.CallExpression, guards: Guard[]): void {
    const callee = unwrapExpression(node.callee);
    const isRx = callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'pipe';
    if (!isRx && !(callee.type === AST_NODE_TYPES.Identifier && callee.name === 'pipe')) return;
    const [source, ...steps] = isRx ? [callee.object, ...node.arguments] : node.arguments;
    if (source === undefined || steps.length === 0) return;
    const added = new StepCalls();
    for (const step of steps) {
      // A step may be kept in a const (`const busyRetry = retry({ … })`).
      const named = unwrapExpression(step);
      const init = named.type === AST_NODE_TYPES.Identifier ? this.#unit.evaluator.constInit(named) : undefined;
      const call = init === undefined ? named : unwrapExpression(init);
      const name = call.type === AST_NODE_TYPES.CallExpression ? calleeName(call.callee) : undefined;
      const [argument] = call.type === AST_NODE_TYPES.CallExpression ? call.arguments : [];
      const handles = name !== undefined && (PIPE_ERROR_STEPS.has(name) || (isRx && name === 'catchError'));
      const body = handles && argument !== undefined ? this.#handlerBody(argument) : undefined;
      if (body !== undefined) {
        const reach = this.#promiseReach(source);
        if (reach !== undefined && reach.calls.length > 0) guards.push(this.#guard(body.range, added.joined(reach)));
        return;
      }
      // A step that runs a function of its own (`switchMap((id) => poll(id))`, `TE.chain(save)`) adds its errors.
      if (name === undefined || !PIPE_PURE_STEPS.has(name)) added.add(argument, (fn) => this.#stepReach(fn));
    }
  }

  /**
   * The calls a function handed to a step of a result or a pipeline makes, whose errors go on down it: every call
   * of an inline function's body, where they are all known (`(id) => poll(id)`, with `poll` a wrapper of the file);
   * else `undefined`.
   */
  #stepReach(node: TSESTree.Node): readonly ApiCall[] | undefined {
    const fn = unwrapExpression(node);
    if (!isFunction(fn) || fn.body == null) return undefined;
    const reach =
      fn.body.type === AST_NODE_TYPES.BlockStatement ? this.#reachOf(fn.body, this.#unit) : this.#promiseReach(fn.body);
    return reach !== undefined && reach.complete && reach.calls.length > 0 ? reach.calls : undefined;
  }

  /**
   * What a `.then` step's function adds to the errors that reach a handler after it: the API calls it makes, itself
   * or through the project's functions (`.then((res) => prune(client, res))`); none where it makes none (`(res) =>
   * res.Data`), or is a function the model cannot see into; `undefined` (not all known) where it awaits something
   * that may call the API unseen.
   */
  #thenStepReach(node: TSESTree.Node): readonly ApiCall[] | undefined {
    const fn = unwrapExpression(node);
    if (isFunction(fn)) {
      if (fn.body === undefined || fn.body === null) return [];
      const reach = this.#reachOf(fn.body, this.#unit);
      return reach.complete ? reach.calls : undefined;
    }
    const calls: ApiCall[] = [];
    for (const value of this.#unit.evaluator.valueOf(fn)) {
      if (value.kind !== 'function') continue;
      const reach = this.#functionReach(value.node, value.unit);
      if (reach === undefined) continue;
      if (!reach.complete) return undefined;
      calls.push(...reach.calls);
    }
    return calls;
  }

  /**
   * Node-style control flow, the async library's and a project's own: tasks that hand their callback to an SDK call
   * and a last function that gets its error, `async.retry(3, (cb) => client.X(req, cb), (err, res) => …)`,
   * `async.parallel([(cb) => a.X(req, cb), …], (err) => …)`, `withRetry(function (cb) { … }, function (err) { … })`:
   * the last function's body guards those calls. A task is a function among the other arguments (or an array of
   * them) whose last parameter is the last argument of an SDK call; where a task hands its callback to anything else,
   * or another task hands its callback to no SDK call, the guard knows its calls but not all that may reach it.
   */
  #taskGuards(node: TSESTree.CallExpression, guards: Guard[]): void {
    const last = node.arguments.at(-1);
    const final = last === undefined || node.arguments.length < 2 ? undefined : unwrapExpression(last);
    if (final === undefined || !isFunction(final) || final.params.length === 0 || final.body == null) return;
    const handed = node.arguments.slice(0, -1).flatMap((argument) => {
      const value = unwrapExpression(argument);
      return value.type === AST_NODE_TYPES.ArrayExpression
        ? value.elements.map((element) => (element === null ? null : unwrapExpression(element)))
        : [value];
    });
    const tasks = handed.filter((value): value is FunctionLike => value !== null && isFunction(value));
    if (tasks.length === 0) return;
    // A function of the file handed by its name is a task too, whose callback is not looked into.
    let complete = handed.every(
      (value) =>
        value?.type !== AST_NODE_TYPES.Identifier ||
        !this.#unit.evaluator.valueOf(value).some((held) => held.kind === 'function'),
    );
    const calls: ApiCall[] = [];
    for (const fn of tasks) {
      const callback = fn.params.at(-1);
      const variable =
        callback?.type === AST_NODE_TYPES.Identifier
          ? this.#unit.scopeManager.getDeclaredVariables(fn).find((declared) => declared.name === callback.name)
          : undefined;
      let handedToSdk = 0;
      for (const reference of variable?.references ?? []) {
        const call = reference.identifier.parent;
        const apiCall =
          call.type === AST_NODE_TYPES.CallExpression && call.arguments.at(-1) === reference.identifier
            ? this.#apiCall(call, this.#unit)
            : undefined;
        if (apiCall === undefined) complete = false;
        else {
          calls.push(apiCall);
          handedToSdk++;
        }
      }
      if (handedToSdk === 0) complete = false;
    }
    if (calls.length > 0) guards.push(this.#guard(final.body.range, { calls, complete }));
  }

  /**
   * A library handed a promise (or a function that makes one) and a function for its errors (see `errorHandlerOf`):
   * that function's body guards the calls the promise carries.
   */
  #handedGuards(node: TSESTree.CallExpression | TSESTree.NewExpression, guards: Guard[]): void {
    const handed = errorHandlerOf(node);
    const body = handed === undefined ? undefined : this.#handlerBody(handed.onError);
    if (handed === undefined || body === undefined) return;
    const made = promiseMaker(handed.source);
    const reach =
      made === undefined
        ? undefined
        : made.type === AST_NODE_TYPES.BlockStatement
          ? this.#reachOf(made, this.#unit)
          : this.#promiseReach(made);
    if (reach !== undefined && reach.calls.length > 0) guards.push(this.#guard(body.range, reach));
  }

  /**
   * The calls whose rejection a promise chain carries: `client.X(…)`, `wrapper(…)`, through `.then`/`.finally`, and
   * through a promise library's `Promise.resolve(client.X(…))` (Bluebird's, as older code wraps the SDK's promises).
   */
  #promiseReach(node: TSESTree.Node): Reach | undefined {
    let current = unwrapExpression(node);
    // The result's steps that run functions of their own (`.andThen((res) => client.Y(…))`).
    const steps = new StepCalls();
    const found = (reach: Reach): Reach => steps.joined(reach);
    /** What the call last looked at reaches, when it is a function of the project that calls no action. */
    let quiet: Reach | undefined;
    while (current.type === AST_NODE_TYPES.CallExpression) {
      const reach = this.#callReach(current, this.#unit);
      if (reach !== undefined && reach.calls.length > 0) return found(reach);
      quiet = reach;
      // A result library's or RxJS's wrapping of a promise: `ResultAsync.fromPromise(client.X(…), toError)`,
      // `TE.tryCatch(() => client.X(…), toError)`, `from(client.X(…))`, `defer(() => client.X(…))`.
      const wrapped = errorHandlerOf(current)?.source ?? observed(current);
      const made = wrapped === undefined ? undefined : promiseMaker(wrapped);
      if (made?.type === AST_NODE_TYPES.BlockStatement) {
        const inner = this.#reachOf(made, this.#unit);
        return inner.calls.length > 0 ? found(inner) : undefined;
      }
      if (made !== undefined) {
        current = unwrapExpression(made);
        continue;
      }
      const callee = unwrapExpression(current.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : undefined;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) break;
      const [argument] = current.arguments;
      if (method === 'resolve' && argument !== undefined && current.arguments.length === 1) {
        if (!isPromiseNamespace(callee.object)) break;
        current = unwrapExpression(argument);
        continue;
      }
      if (method === undefined) break;
      // A result's steps: `.map` and `.mapErr` keep its calls' errors; `.andThen` may add its own.
      if (RESULT_FAILING_STEPS.has(method)) steps.add(argument, (fn) => this.#stepReach(fn));
      else if (method === 'then') {
        if (argument !== undefined) steps.add(argument, (fn) => this.#thenStepReach(fn));
      } else if (method !== 'finally' && !RESULT_PURE_STEPS.has(method)) break;
      current = unwrapExpression(callee.object);
    }
    // A chain whose source is a function of the project that calls no action (`clientFor(tenant).then((client) =>
    // client.SendEmail(…)).catch(…)`): its steps' calls are what reaches the handler.
    return current.type === AST_NODE_TYPES.CallExpression && quiet !== undefined && steps.hasCalls
      ? found(quiet)
      : undefined;
  }

  /** The body of an error handler: an inline function, or a function of the file it names. */
  #handlerBody(node: TSESTree.Node): TSESTree.Node | undefined {
    const fn = unwrapExpression(node);
    if (isFunction(fn)) return fn.body ?? undefined;
    // A handler that a function of the file makes, `.catch(failOn("DescribeAlarmPolicies"))`: the one inline function
    // it returns.
    if (fn.type === AST_NODE_TYPES.CallExpression) {
      const maker = this.#fileFunction(fn.callee);
      const made = maker === undefined ? [] : this.#unit.evaluator.returnedExpressions(maker).map(unwrapExpression);
      const [only] = made;
      return made.length === 1 && only !== undefined && isFunction(only) ? (only.body ?? undefined) : undefined;
    }
    return this.#fileFunction(fn)?.body ?? undefined;
  }

  /** The function of the linted file `node` names (`handle`, `failOn`); `undefined` for anything else. */
  #fileFunction(node: TSESTree.Node): FunctionLike | undefined {
    const name = unwrapExpression(node);
    if (name.type !== AST_NODE_TYPES.Identifier) return undefined;
    const target = this.#unit.evaluator.valueOf(name).find((value) => value.kind === 'function');
    return target?.kind === 'function' && target.unit === this.#unit ? target.node : undefined;
  }

  /**
   * A function of the file called only from guards (`catch (e) { return messageOf(e.code) }`): its body handles the
   * errors of their calls, so it guards them too. Its every reference must be a call inside a guard; an exported or
   * otherwise passed function may be called from anywhere.
   */
  #handlerGuards(functions: readonly FunctionLike[], guards: Guard[]): void {
    const index = new GuardIndex(guards);
    for (const fn of functions) {
      const references = this.#unit.evaluator.functionReferences(fn);
      if (references === undefined || references.length === 0 || fn.body === undefined || fn.body === null) continue;
      const reached: Guard[] = [];
      for (const reference of references) {
        const call = reference.parent;
        const guard =
          call.type === AST_NODE_TYPES.CallExpression && call.callee === reference ? index.at(call.range) : undefined;
        // A guard inside the function itself is no caller's.
        if (guard === undefined || (guard.range[0] >= fn.range[0] && guard.range[1] <= fn.range[1])) break;
        reached.push(guard);
      }
      if (reached.length !== references.length) continue;
      const calls = [...new Set(reached.flatMap((guard) => guard.calls))];
      const complete = reached.every((guard) => guard.actions !== undefined);
      guards.push(this.#guard(fn.body.range, { calls, complete }));
    }
  }

  /**
   * An SDK call whose response is checked in the block that makes it: a `Code` read after the call in that block,
   * outside every guard found so far, makes the rest of the block guard the call. SendSms answers with a status per
   * number (`SendStatusSet[0].Code`), and those statuses are codes the action documents.
   */
  #statusGuards(calls: readonly ApiCall[], codeReads: readonly number[], guards: Guard[]): void {
    const index = new GuardIndex(guards);
    const outsideGuards = (at: number): boolean => index.at([at, at]) === undefined;
    for (const call of calls) {
      if (call.via === 'http') continue;
      const start = call.node.range[1];
      let block = enclosingBlock(call.node);
      // A call in a `try` whose response is read after it (`let res; try { res = await … } catch …; res.X[0].Code`).
      if (block.parent?.type === AST_NODE_TYPES.TryStatement && block.parent.block === block)
        block = enclosingBlock(block.parent);
      const end = block.range[1];
      for (let i = partitionPoint(codeReads, (at) => at < start); i < codeReads.length; i++) {
        const at = codeReads[i] as number;
        if (at >= end) break;
        if (outsideGuards(at)) {
          guards.push(this.#guard([start, end], { calls: [call], complete: true }));
          break;
        }
      }
    }
  }

  /**
   * The code after a call that settles an API call (`const result = await settle(client.X(…))`, a helper of the
   * project whose `catch` answers the error as a value), to the end of its block: it reads the code of what the
   * call hands the helper. Several such calls in one block make one guard, from the first, of all their calls.
   */
  #settledGuards(callExpressions: readonly TSESTree.CallExpression[], guards: Guard[]): void {
    const byBlock = new Map<TSESTree.Node, { readonly start: number; readonly calls: ApiCall[]; complete: boolean }>();
    for (const node of callExpressions) {
      const reach = this.#settledReach(node);
      if (reach === undefined) continue;
      const block = enclosingBlock(node);
      const found = byBlock.get(block);
      if (found === undefined)
        byBlock.set(block, { start: node.range[1], calls: [...reach.calls], complete: reach.complete });
      else {
        found.calls.push(...reach.calls);
        if (!reach.complete) found.complete = false;
      }
    }
    for (const [block, { start, calls, complete }] of byBlock)
      guards.push(this.#guard([start, block.range[1]], { calls, complete }));
  }

  /**
   * The API call a settling call settles: its argument, or what an inline function it is handed returns, when what
   * the call answers is kept. Only a call handed an API call asks what its callee is: the file's other calls cost a
   * lookup.
   */
  #settledReach(node: TSESTree.CallExpression): Reach | undefined {
    // What it answers is kept to be read after it: `const result = await settle(…)`, `[err] = await to(…)`.
    const kept = node.parent.type === AST_NODE_TYPES.AwaitExpression ? node.parent : node;
    if (
      !(kept.parent.type === AST_NODE_TYPES.VariableDeclarator && kept.parent.init === kept) &&
      !(kept.parent.type === AST_NODE_TYPES.AssignmentExpression && kept.parent.right === kept)
    )
      return undefined;
    if (this.#isAllSettled(node)) return this.#allSettledReach(node.arguments[0]);
    const handed = node.arguments.map((argument) => this.#callIn(promiseMaker(argument)));
    if (handed.every((call) => call === undefined)) return undefined;
    const { evaluator } = this.#unit;
    let functions = evaluator.valueOf(node.callee).filter((value) => value.kind === 'function');
    // A helper of a module that never names the SDK (`import { settle } from './lib/settle'`), read for this call.
    const callee = unwrapExpression(node.callee);
    if (functions.length === 0 && callee.type === AST_NODE_TYPES.Identifier)
      functions = evaluator.importedValue(callee).filter((value) => value.kind === 'function');
    const [fn] = functions;
    if (fn?.kind !== 'function' || functions.length > 1) return undefined;
    const index = this.#settledParameter(fn.node, fn.unit);
    const call = index === undefined ? undefined : handed[index];
    return call === undefined ? undefined : { calls: [call], complete: true };
  }

  /** `Promise.allSettled(…)`, of the global `Promise`. */
  #isAllSettled(node: TSESTree.CallExpression): boolean {
    const callee = unwrapExpression(node.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      staticPropertyName(callee) === 'allSettled' &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'Promise' &&
      this.#unit.evaluator.isUndeclared(callee.object)
    );
  }

  /**
   * The API calls `Promise.allSettled` settles: the elements of an array literal (`[client.A(…), client.B(…)]`),
   * or the call a `.map` callback returns (`items.map((item) => client.A(item))`); complete when every element is
   * one. `undefined` when none is.
   */
  #allSettledReach(argument: TSESTree.Node | undefined): Reach | undefined {
    const settled = argument === undefined ? undefined : unwrapExpression(argument);
    let made: (TSESTree.Node | null)[] = [];
    if (settled?.type === AST_NODE_TYPES.ArrayExpression) made = settled.elements;
    else if (
      settled?.type === AST_NODE_TYPES.CallExpression &&
      settled.callee.type === AST_NODE_TYPES.MemberExpression &&
      staticPropertyName(settled.callee) === 'map' &&
      settled.arguments[0] !== undefined
    )
      made = [promiseMaker(settled.arguments[0]) ?? null];
    const calls = made.map((element) => this.#callIn(element ?? undefined));
    const found = calls.filter((call): call is ApiCall => call !== undefined);
    return found.length === 0 ? undefined : { calls: found, complete: found.length === calls.length };
  }

  /** The API call `node` is, seen through parentheses and casts; `undefined` for anything else. */
  #callIn(node: TSESTree.Node | undefined): ApiCall | undefined {
    const expression = node === undefined ? undefined : unwrapExpression(node);
    return expression?.type === AST_NODE_TYPES.CallExpression ? this.#apiCall(expression, this.#unit) : undefined;
  }

  /**
   * The parameter a function settles, if it settles one: it awaits it (or a call of it) in a `try` whose `catch`
   * returns a value, or returns it with `.catch(…)` (await-to-js's `to(promise)` answering `[err]`), so its callers
   * read the error from what it answers rather than catch it.
   */
  #settledParameter(fn: FunctionLike, unit: Unit): number | undefined {
    const cached = this.#settling.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    const parameterOf = (node: TSESTree.Node | null | undefined): number | undefined => {
      if (node === null || node === undefined) return undefined;
      const expression = unwrapExpression(node);
      const target = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
      return unit.evaluator.parameterIndex(unwrapExpression(target), fn);
    };
    // `return promise.then(…).catch((err) => [err])`, or an arrow function's body so.
    const caught = (node: TSESTree.Node): number | undefined => {
      let current = unwrapExpression(node);
      if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = unwrapExpression(current.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'catch') return undefined;
      // Its handler answers the error (`(err) => [err]`), not throws it again.
      const [handler] = current.arguments;
      const handling = handler === undefined ? undefined : unwrapExpression(handler);
      if (handling === undefined || !isFunction(handling) || !answers(handling.body)) return undefined;
      current = unwrapExpression(callee.object);
      while (current.type === AST_NODE_TYPES.CallExpression) {
        const inner = unwrapExpression(current.callee);
        if (inner.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(inner) !== 'then') break;
        current = unwrapExpression(inner.object);
      }
      return parameterOf(current);
    };
    let found: number | undefined;
    const body = fn.body;
    if (body !== null && body !== undefined && body.type !== AST_NODE_TYPES.BlockStatement) found = caught(body);
    for (const statement of body?.type === AST_NODE_TYPES.BlockStatement ? body.body : []) {
      if (statement.type === AST_NODE_TYPES.TryStatement) {
        if (!answers(statement.handler?.body)) continue;
        walkNodes([statement.block], unit.visitorKeys, (node) => {
          if (found === undefined && node.type === AST_NODE_TYPES.AwaitExpression) found = parameterOf(node.argument);
          return found === undefined && !isFunction(node);
        });
      } else if (statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument !== null) {
        found = caught(statement.argument);
      }
      if (found !== undefined) break;
    }
    this.#settling.set(fn, found ?? null);
    return found;
  }

  /**
   * A request helper of this file (`call(action, body)` sends `X-TC-Action: action`, or calls
   * `client.request(action, body)`) that only this file calls, each call naming its action: its request stands for
   * those calls (#standIns), so that a `try` around it in the helper guards them.
   */
  #helperCalls(): void {
    for (const [fn, found] of this.#helpers) {
      if (found === null || found.unit !== this.#unit) continue;
      const references = this.#unit.evaluator.functionReferences(fn);
      if (references === undefined || references.length === 0) continue;
      const calls: ApiCall[] = [];
      for (const reference of references) {
        const call =
          reference.parent.type === AST_NODE_TYPES.CallExpression ? this.#apiCalls.get(reference.parent) : undefined;
        if (call === undefined || call === null) break;
        calls.push(call);
      }
      if (calls.length === references.length) this.#standIns.set(found.request, { fn, calls });
    }
  }

  /**
   * A request helper's own check of what its request returns, for the calls the request stands for: a raw helper's
   * response checked after the request (`if (json.Response.Error) this.fail(json.Response.Error.Code)`), where the
   * rest of the helper's body guards them; and the request's callback, of either kind of helper
   * (`https.request(options, (res) => …)`, `client.request(action, params, (err, res) => …)`).
   */
  #helperGuards(guards: Guard[]): void {
    for (const [request, { fn, calls }] of this.#standIns) {
      if (this.#helpers.get(fn)?.helper.sdk === false && fn.body !== undefined && fn.body !== null)
        guards.push(this.#guard([request.range[1], fn.body.range[1]], { calls, complete: true }));
      const callback = callbackBody(request);
      if (callback !== undefined) guards.push(this.#guard(callback.range, { calls, complete: true }));
    }
  }

  /** A raw request's response, checked after it in the same function: the rest of that function guards it. */
  #responseGuard(call: ApiCall, guards: Guard[]): void {
    let end = this.#context.sourceCode.ast.range[1];
    for (let current: TSESTree.Node | undefined = call.node.parent; current; current = current.parent) {
      if (isFunction(current) && current.body !== undefined && current.body !== null) {
        end = current.body.range[1];
        break;
      }
    }
    guards.push(this.#guard([call.node.range[1], this.#lastRead(call.node) ?? end], { calls: [call], complete: true }));
  }

  /**
   * The reads of the answer a function that sends raw requests returns, kept in a variable (`const r = await
   * searchLog(…)`, then `r.Error.Code`): a guard of its requests, from the call to the last read of that variable,
   * where a `Code` is read. Raw requests answer their errors rather than throw them, and so does such a function.
   */
  #answerGuard(node: TSESTree.CallExpression, codeReads: readonly number[], guards: Guard[]): void {
    const start = node.range[1];
    const read = codeReads[partitionPoint(codeReads, (at) => at < start)];
    if (read === undefined || this.#apiCall(node, this.#unit) !== undefined) return;
    const end = this.#lastRead(node);
    if (end === undefined || read >= end) return;
    const reach = this.#callReach(node, this.#unit);
    if (reach === undefined || reach.calls.length === 0 || reach.calls.some((call) => call.via !== 'http')) return;
    guards.push(this.#guard([start, end], reach));
  }

  /**
   * Where the answer of `call` is last read, when it is kept in a variable (`const res = await call(…)`): the end of
   * the last statement that reads that variable, or a variable set from it (`const code = res.Error?.Code`). A
   * response's code is read through what holds it, so a later request's answer checked first
   * (`const found = await call("DescribeTopics", …)` inside the check of `res`) does not take the reads of `res`
   * after it. `undefined` when no variable keeps it.
   */
  #lastRead(call: TSESTree.CallExpression): number | undefined {
    let kept: TSESTree.Node = call;
    // Through `await` and casts (`(await call(…)) as Answer`), whose one operand is what they are handed.
    while (
      kept.parent &&
      (kept.parent.type === AST_NODE_TYPES.AwaitExpression || unwrapExpression(kept.parent) !== kept.parent)
    )
      kept = kept.parent;
    const declarator = kept.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== kept) return undefined;
    const { scopeManager } = this.#unit;
    const pending = [...scopeManager.getDeclaredVariables(declarator)];
    const seen = new Set(pending);
    let last: number | undefined;
    while (pending.length > 0 && seen.size <= MAX_READ_ALIASES) {
      const variable = pending.pop() as (typeof pending)[number];
      for (const reference of variable.references) {
        if (reference.init === true) continue;
        last = Math.max(last ?? 0, enclosingStatement(reference.identifier).range[1]);
        // `const code = res.Error?.Code`, `const { Error } = res.Response`: reads of `code` read the answer too.
        const set = settingDeclarator(reference.identifier);
        for (const next of set === undefined ? [] : scopeManager.getDeclaredVariables(set)) {
          if (seen.has(next)) continue;
          seen.add(next);
          pending.push(next);
        }
      }
    }
    return last;
  }

  /**
   * What a try block (or a function body) reaches: its API calls, and those of the functions it calls (wrappers,
   * followed `MAX_WRAPPER_DEPTH` deep, also into other modules); incomplete when it awaits something that may call
   * the API unseen (a PascalCase method of an unknown receiver, a function passed in).
   */
  #reachOf(root: TSESTree.Node, unit: Unit, fn?: FunctionLike): Reach {
    const inTry = root.parent?.type === AST_NODE_TYPES.TryStatement && root.parent.block === root;
    const calls: ApiCall[] = [];
    const calledParameters: number[] = [];
    let complete = true;
    walkNodes([root], unit.visitorKeys, (node) => {
      if (node !== root && node.type === AST_NODE_TYPES.FunctionDeclaration) return false;
      if (node.type === AST_NODE_TYPES.CallExpression) {
        // `transcribe(id).catch(log);` left to run in a `try` block: its errors reach its own handler, never the
        // `catch` (in a function's body they may still reach its caller, through a promise's `reject`).
        if (inTry && isFloatingCatch(node)) return false;
        // A function handed in and called here calls what each caller hands it, not what all callers hand it.
        const parameter =
          fn === undefined ? undefined : unit.evaluator.parameterIndex(unwrapExpression(node.callee), fn);
        const reach = parameter === undefined ? this.#callReach(node, unit) : undefined;
        if (parameter !== undefined) calledParameters.push(parameter);
        else if (reach !== undefined) {
          calls.push(...reach.calls);
          if (!reach.complete) complete = false;
        } else if (isAwaited(node) && mayCallUnseen(node, unit)) complete = false;
      }
      return true;
    });
    return calledParameters.length === 0 ? { calls, complete } : { calls, complete, calledParameters };
  }

  /** What one call reaches: itself when it is an API call; a wrapper's calls; `undefined` for anything else. */
  #callReach(node: TSESTree.CallExpression, unit: Unit): Reach | undefined {
    const standIn = this.#standIns.get(node);
    if (standIn !== undefined) return { calls: standIn.calls, complete: true };
    const call = this.#apiCall(node, unit);
    if (call !== undefined) return { calls: [call], complete: true };
    // A callee that may be any of several functions (a parameter that callers hand different functions) reaches
    // what they all do.
    const functions = unit.evaluator.valueOf(node.callee).filter((value) => value.kind === 'function');
    const calls: ApiCall[] = [];
    let complete = true;
    let found = false;
    for (const value of functions) {
      const reach = this.#functionReach(value.node, value.unit);
      if (reach === undefined) {
        complete = false;
        continue;
      }
      found = true;
      calls.push(...reach.calls);
      if (!reach.complete) complete = false;
      // A wrapper that calls a function it is handed (`withRetry(() => client.X())`) calls what this call hands
      // it: an inline function, whose calls the block walking this call finds itself; a function of the project,
      // whose calls are followed; anything else is unseen.
      for (const index of new Set(reach.calledParameters ?? [])) {
        const argument = node.arguments[index];
        if (argument !== undefined && isFunction(unwrapExpression(argument))) continue;
        const handed = argument === undefined ? undefined : this.#handedReach(argument, unit);
        if (handed === undefined) complete = false;
        else {
          calls.push(...handed.calls);
          if (!handed.complete) complete = false;
        }
      }
    }
    if (found) return { calls, complete };
    return undefined;
  }

  /** What a function handed to a wrapper reaches (`withRetry(sendSms)`): `undefined` unless it is one of the project. */
  #handedReach(argument: TSESTree.Node, unit: Unit): Reach | undefined {
    const functions = unit.evaluator.valueOf(argument);
    if (functions.length === 0 || functions.some((value) => value.kind !== 'function')) return undefined;
    const reaches = functions.map((value) =>
      value.kind === 'function' ? this.#functionReach(value.node, value.unit) : undefined,
    );
    if (reaches.some((reach) => reach === undefined || (reach.calledParameters?.length ?? 0) > 0)) return undefined;
    return {
      calls: reaches.flatMap((reach) => reach?.calls ?? []),
      complete: reaches.every((reach) => reach?.complete === true),
    };
  }

  #functionReach(fn: FunctionLike, unit: Unit): Reach | undefined {
    const cached = this.#reach.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    if (this.#wrapperDepth >= MAX_WRAPPER_DEPTH || fn.body === undefined || fn.body === null) return undefined;
    this.#reach.set(fn, null);
    this.#wrapperDepth++;
    let reach: Reach;
    try {
      reach = this.#reachOf(fn.body, unit, fn);
    } finally {
      this.#wrapperDepth--;
    }
    this.#reach.set(fn, reach);
    return reach;
  }

  /* ---------------------------------------------------------------- products */

  /**
   * `require("tencentcloud-sdk-nodejs")` or `import("…")` of the SDK: what it is bound to (`const sdk = …`, `const
   * { ocr } = await …`, `const x = __toESM(require(…))`), or the member chain it starts (`require(…).cvm`).
   */
  #sdkBinding(node: TSESTree.Node, named: TSESTree.Node[], names: Set<string>): void {
    let current: TSESTree.Node = node;
    for (let parent = current.parent; parent; current = parent, parent = current.parent) {
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) continue;
      if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === current) continue;
      if (
        parent.type === AST_NODE_TYPES.AwaitExpression ||
        parent.type === AST_NODE_TYPES.ChainExpression ||
        parent.type === AST_NODE_TYPES.TSAsExpression ||
        parent.type === AST_NODE_TYPES.TSNonNullExpression ||
        parent.type === AST_NODE_TYPES.LogicalExpression
      )
        continue;
      break;
    }
    const declarator = current.parent;
    if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === current) {
      for (const id of boundIdentifiers(declarator.id)) {
        named.push(id);
        names.add(id.name);
      }
    } else {
      named.push(current);
    }
  }

  #noteValues(values: readonly Value[]): void {
    for (const value of values) {
      const target = productOfValue(value);
      if (target !== undefined) this.#note(target);
    }
  }

  /**
   * A test runner's mock of a module of the SDK (`jest.mock("tencentcloud-sdk-nodejs-clb", factory)`): the file names
   * the module's product, as an import of it would, and the products and API versions the object its factory returns
   * stands in for (`vi.mock("tencentcloud-sdk-nodejs", () => ({ vpc: { v20170312: { Client } } }))`).
   */
  #noteMock(node: TSESTree.CallExpression, isSdkSource: (source: string | undefined) => boolean): void {
    const source = mockedModule(node);
    if (source === undefined || !isSdkSource(source)) return;
    const { evaluator } = this.#unit;
    const module = evaluator.moduleValue(source);
    this.#noteValues(module);
    const [, factory] = node.arguments;
    const standIn = factory !== undefined && isFunction(factory) ? factoryResult(factory) : undefined;
    if (standIn?.type !== AST_NODE_TYPES.ObjectExpression) return;
    // Its keys read as the module's own members are: a product it has, and that product's API versions.
    for (const property of standIn.properties) {
      const key = property.type === AST_NODE_TYPES.Property ? staticPropertyName(property) : undefined;
      const product = key === undefined ? [] : evaluator.member(module, key).filter((each) => each.kind === 'product');
      if (product.length === 0) continue;
      const { value } = property as TSESTree.Property;
      const versions =
        value.type === AST_NODE_TYPES.ObjectExpression
          ? value.properties.flatMap((member) => {
              const name = member.type === AST_NODE_TYPES.Property ? staticPropertyName(member) : undefined;
              return name === undefined ? [] : evaluator.member(product, name);
            })
          : [];
      this.#noteValues(versions.length > 0 ? versions : product);
    }
  }

  #noteTable(table: string): void {
    this.#note(parseTableName(table));
  }

  #note({ product, version }: ClientTarget): void {
    const known = this.#catalogue[product];
    if (known === undefined) return;
    let versions = this.#products.get(product);
    if (versions === undefined) {
      versions = new Set();
      this.#products.set(product, versions);
    }
    // A version the catalogue does not have (a newer SDK) stands for the newest it has.
    if (version !== undefined) versions.add(known.includes(version) ? version : (known.at(-1) ?? version));
  }

  #productNames(): readonly string[] {
    const names: string[] = [];
    for (const [product, versions] of this.#products) {
      if (versions.size === 0) names.push(product);
      else for (const version of versions) names.push(formatTableName({ product, version }));
    }
    return names.sort();
  }

  /** Adds to `hosts` the product of the API host a string node names, if it names one of the catalogue. */
  #noteHost(node: TSESTree.Node, hosts: Set<string>): void {
    const text =
      node.type === AST_NODE_TYPES.TemplateElement ? (node.value.cooked ?? undefined) : stringLiteralValue(node);
    const product =
      node.type === AST_NODE_TYPES.TemplateLiteral
        ? regionalHostProduct(node)
        : text === undefined
          ? undefined
          : productOfHost(text);
    if (product !== undefined && Object.hasOwn(this.#catalogue, product)) hosts.add(product);
  }

  /** The catalogue table of a client: `product@version` when the catalogue has that version, else the product. */
  #tableOf({ product, version }: ClientTarget): string | undefined {
    const versions = Object.hasOwn(this.#catalogue, product) ? this.#catalogue[product] : undefined;
    if (versions === undefined) return undefined;
    return version !== undefined && versions.includes(version) ? formatTableName({ product, version }) : product;
  }

  #hasTargetAction(target: ClientTarget, action: string): boolean {
    const table = this.#tableOf(target);
    return table !== undefined && this.#hasAction(table, this.#promisified(table, action));
  }

  #hasAction(table: string, action: string): boolean {
    return Object.hasOwn(this.#catalogue, parseTableName(table).product) && actionsOf(table)?.has(action) === true;
  }
}

/** The actions of a catalogue table (with or without a version), read once per table. */
function actionsOf(table: string): ReadonlyMap<string, readonly string[] | null> | undefined {
  let actions = tableActions.get(table);
  if (actions === undefined) {
    try {
      actions = loadTable(table).actions ?? new Map();
    } catch {
      actions = new Map();
    }
    tableActions.set(table, actions);
  }
  return actions;
}

const tableActions = new Map<string, ReadonlyMap<string, readonly string[] | null>>();

/** The product a member or a variable is named for (`this.clients.cvm`, `ocrClient`, `sms_client`), if any name. */
function namedProduct(expression: TSESTree.Node): string | undefined {
  const name =
    expression.type === AST_NODE_TYPES.MemberExpression
      ? staticPropertyName(expression)
      : expression.type === AST_NODE_TYPES.Identifier
        ? expression.name
        : undefined;
  return name === undefined ? undefined : productOfName(name);
}

/** The product a member's name names: `cvm`, `ocrClient`, `sms_client`. */
function productOfName(name: string): string | undefined {
  return PRODUCT_MEMBER.exec(name)?.[1];
}

/**
 * The product of the catalogue the member a variable is destructured from names: `camClient` in
 * `const { camClient } = x`.
 */
function destructuredProduct(
  expression: TSESTree.Node,
  unit: Unit,
  catalogue: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  return catalogueProductOf(unit.evaluator.destructuredKey(expression), catalogue);
}

/**
 * The product of the catalogue an import binding names, where its module cannot be read: `ttsClient` after
 * `import { ttsClient } from "@/lib/tencent"` that no config maps to a file (a module that is read is followed).
 */
function unreadImportProduct(
  expression: TSESTree.Node,
  unit: Unit,
  catalogue: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  return expression.type === AST_NODE_TYPES.Identifier && unit.evaluator.isUnreadImport(expression)
    ? catalogueProductOf(expression.name, catalogue)
    : undefined;
}

/** The product a name names (`camClient`: `cam`), where the catalogue has it. */
function catalogueProductOf(
  name: string | undefined,
  catalogue: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  const product = name === undefined ? undefined : productOfName(name);
  return product !== undefined && Object.hasOwn(catalogue, product) ? product : undefined;
}

/**
 * The product a call of a function named for it gives (`getSmsClient()`, `useOcrClient()`, `getLighthouse(region)`,
 * `ocrClient()`), also through a `const` it is kept in (`const client = getLighthouse(region)`), awaited or not.
 */
function namedFactoryProduct(expression: TSESTree.Node, unit: Unit): string | undefined {
  let node = expression;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = unit.evaluator.constInit(node);
    if (init === undefined) return undefined;
    node = unwrapExpression(init);
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrapExpression(node.argument);
  }
  const name = node.type === AST_NODE_TYPES.CallExpression ? calleeName(node.callee) : undefined;
  return name === undefined ? undefined : factoryProduct(name);
}

/** The product a function's name names: `getSmsClient`, `useOcrClient`, `getLighthouse` or `ocrClient`. */
function factoryProduct(name: string): string | undefined {
  const named = FACTORY_NAME.exec(name)?.[1]?.toLowerCase() ?? PRODUCT_MEMBER.exec(name)?.[1];
  return named !== undefined && Object.hasOwn(shippedCatalogue().index().products, named) ? named : undefined;
}

/**
 * Whether `text` calls one of a product's actions on a member or a variable named for it, or on what a function
 * named for it returns (see PASCAL_METHOD_CALL and namedFactoryProduct).
 */
function callsProductMember(text: string): boolean {
  let factories: Set<string> | undefined;
  for (const { 1: action = '', index } of text.matchAll(PASCAL_METHOD_CALL)) {
    const product = PRODUCT_MEMBER.exec(nameBefore(text, index))?.[1];
    if (product !== undefined && tableWithAction(product, action) !== undefined) return true;
    // The products the file's calls of functions named for one name, read once the file calls a PascalCase method.
    factories ??= new Set(
      [...text.matchAll(FACTORY_CALL)].flatMap((match) => factoryProduct(match[1] ?? match[2] ?? '') ?? []),
    );
    for (const named of factories) if (tableWithAction(named, action) !== undefined) return true;
  }
  return false;
}

/** The name that ends right before `end` in `text` (a `?` of `?.` and white space between skipped); may be empty. */
function nameBefore(text: string, end: number): string {
  let last = end;
  if (text[last - 1] === '?') last--;
  while (last > 0 && /\s/u.test(text[last - 1] ?? '')) last--;
  let first = last;
  while (first > 0 && /[\w$]/u.test(text[first - 1] ?? '')) first--;
  return text.slice(first, last);
}

/** What Bluebird's `promisifyAll` appends to the name of each method it makes a promise of. */
const ASYNC_SUFFIX = 'Async';

/**
 * The table of the newest API version of `product` that has `action` (`vod@2018-07-17` for ApplyUpload), or the
 * action Bluebird's `…Async` twin of a method stands for (`ApplyUploadAsync`).
 */
function tableWithAction(product: string, action: string): string | undefined {
  const found = tableWithOwnAction(product, action);
  return found !== undefined || !action.endsWith(ASYNC_SUFFIX)
    ? found
    : tableWithOwnAction(product, action.slice(0, -ASYNC_SUFFIX.length));
}

function tableWithOwnAction(product: string, action: string): string | undefined {
  const { products } = shippedCatalogue().index();
  const versions = Object.hasOwn(products, product) ? products[product] : undefined;
  if (versions === undefined) return undefined;
  // The index lists a product's versions oldest first. The newest that has the action now; else the newest that had
  // it (an action of MONITOR's 2018-07-24 API that its 2023-06-16 API had for a while is 2018-07-24's).
  const tables = versions.map((version) => formatTableName({ product, version }));
  const had = tables.filter((table) => actionsOf(table)?.has(action) === true);
  return had.findLast((table) => hasCurrentAction(loadTable(table), action)) ?? had.at(-1);
}

/** The action of `common.request("Action", …)`. */
function requestAction(node: TSESTree.CallExpression): string | undefined {
  const [first] = node.arguments;
  const action = first === undefined ? undefined : stringLiteralValue(first);
  return action !== undefined && ACTION_NAME.test(action) ? action : undefined;
}

/**
 * The method a call takes by a computed name, with the client it is on: `client[action](…)`, and
 * `client[action].call(client, …)` or `.apply`, also through a `const` of unit that holds `client[action]`.
 */
function dynamicMethod(
  callee: TSESTree.MemberExpression,
  unit: Unit,
): { readonly client: TSESTree.Expression; readonly action: TSESTree.Node } | undefined {
  let method: TSESTree.Node | undefined = callee;
  if (!callee.computed) {
    const name = staticPropertyName(callee);
    method = name === 'call' || name === 'apply' ? unwrapExpression(callee.object) : undefined;
    if (method?.type === AST_NODE_TYPES.Identifier) {
      const init = unit.evaluator.constInit(method);
      method = init === undefined ? undefined : unwrapExpression(init);
    }
  }
  return method?.type === AST_NODE_TYPES.MemberExpression && method.computed
    ? { client: method.object, action: method.property }
    : undefined;
}

/** The module a test runner's call mocks or reads by name (`jest.mock("…")`, `vi.importActual("…")`), if it is one. */
function mockedModule(node: TSESTree.CallExpression): string | undefined {
  const { callee } = node;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier)
    return undefined;
  const method = staticPropertyName(callee);
  const [first] = node.arguments;
  return method !== undefined && first !== undefined && MODULE_MOCKS.get(callee.object.name)?.has(method) === true
    ? stringLiteralValue(first)
    : undefined;
}

/** The object a module factory returns: its arrow's body, or the value of the last statement of its body, a return. */
function factoryResult(fn: FunctionLike): TSESTree.Node | undefined {
  const { body } = fn;
  if (body === null || body === undefined) return undefined;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return unwrapExpression(body);
  const last = body.body.at(-1);
  return last?.type === AST_NODE_TYPES.ReturnStatement && last.argument !== null
    ? unwrapExpression(last.argument)
    : undefined;
}

/** `require("…")` of a module `isSdk` accepts. */
function isRequireOf(
  node: TSESTree.CallExpression,
  isSdk: (source: string | undefined) => boolean,
  unit: Unit,
): boolean {
  const [first] = node.arguments;
  return (
    node.callee.type === AST_NODE_TYPES.Identifier &&
    first !== undefined &&
    isSdk(stringLiteralValue(first)) &&
    unit.evaluator.isRequire(node.callee)
  );
}

/** A string literal argument, or an object literal with one as a property (`send({ action: "X" })`). */
function isStringArgument(node: TSESTree.CallExpressionArgument): boolean {
  if (stringLiteralValue(node) !== undefined) return true;
  return (
    node.type === AST_NODE_TYPES.ObjectExpression &&
    node.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && stringLiteralValue(property.value) !== undefined,
    )
  );
}

/**
 * The action method a callee holds bound to its client: a `const` of `unit` that holds it, called through that
 * const (`const describe = client.DescribeInstances.bind(client)`, `const handler =
 * util.promisify(client.X.bind(client))`: the SDK's callback form made a promise; `promisify(x)` of any module),
 * or the same expression called where it is made (`util.promisify(client.X.bind(client))(req)`). `undefined` for
 * anything else: a method read off its client without `bind` loses the client (`this`) and fails when called.
 */
function boundAction(
  callee: TSESTree.Identifier | TSESTree.CallExpression,
  unit: Unit,
): { readonly member: TSESTree.MemberExpression; readonly action: string } | undefined {
  const init = callee.type === AST_NODE_TYPES.Identifier ? unit.evaluator.constInit(callee) : callee;
  let value = init === undefined ? undefined : unwrapExpression(init);
  if (value?.type === AST_NODE_TYPES.CallExpression && value.arguments.length === 1 && isPromisify(value.callee)) {
    const [argument] = value.arguments;
    value = argument === undefined ? undefined : unwrapExpression(argument);
  }
  if (value?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const bind = unwrapExpression(value.callee);
  if (bind.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(bind) !== 'bind') return undefined;
  const member = unwrapExpression(bind.object);
  const action = member.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(member) : undefined;
  return member.type === AST_NODE_TYPES.MemberExpression && action !== undefined && ACTION_NAME.test(action)
    ? { member, action }
    : undefined;
}

/** Whether a handler's body answers what it handles: an arrow's expression, or a block that returns a value. */
function answers(body: TSESTree.Node | null | undefined): boolean {
  if (body === null || body === undefined) return false;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return true;
  return body.body.some(
    (statement) => statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument !== null,
  );
}

/** The product of a host built with its region: `` `scf.${region}.tencentcloudapi.com` `` (also `https://`). */
function regionalHostProduct(node: TSESTree.TemplateLiteral): string | undefined {
  const [head, tail] = node.quasis.map((quasi) => quasi.value.cooked ?? '');
  if (node.quasis.length !== 2 || tail === undefined || !/^(?:\.intl)?\.tencentcloudapi\.com(?:[/:?#]|$)/u.test(tail))
    return undefined;
  return /^(?:[a-z]+:\/\/)?([a-z][a-z0-9]*)\.$/u.exec(head ?? '')?.[1];
}

/** `Promise`, or a promise library bound under a name of its own (`var Promise = require("bluebird")`, `Bluebird`). */
function isPromiseNamespace(node: TSESTree.Node): boolean {
  const name = unwrapExpression(node);
  return name.type === AST_NODE_TYPES.Identifier && (name.name === 'Promise' || name.name === 'Bluebird');
}

/**
 * The language's own namespaces (and `structuredClone`), whose functions send no request:
 * `Object.freeze({ action, version, host })`.
 */
const BUILT_IN_NAMESPACES = new Set([
  'Object',
  'JSON',
  'Array',
  'Reflect',
  'Promise',
  'Math',
  'console',
  'structuredClone',
]);

/** Whether `callee` is a function of a built-in namespace (`Object.freeze`), not one `unit` declares itself. */
function isBuiltInCall(callee: TSESTree.Node, unit: Unit): boolean {
  const root = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : callee;
  return (
    root.type === AST_NODE_TYPES.Identifier && BUILT_IN_NAMESPACES.has(root.name) && unit.evaluator.isUndeclared(root)
  );
}

/** `promisify` or `x.promisify` (Node's `util`, and the packages of the same name and meaning). */
function isPromisify(node: TSESTree.Node): boolean {
  return calleeName(node) === 'promisify';
}

/**
 * The body of the callback a call ends with, which gets its result or its error: the SDK's
 * `client.X(req, (err, res) => …)`, `https.request(options, (res) => …)`. `undefined` for a call of one argument (a
 * callback alone is no request's) or one whose last argument is no inline function taking a parameter.
 */
function callbackBody(node: TSESTree.CallExpression): TSESTree.Node | undefined {
  const last = node.arguments.at(-1);
  if (node.arguments.length < 2 || last === undefined) return undefined;
  const fn = unwrapExpression(last);
  return isFunction(fn) && fn.params.length > 0 ? (fn.body ?? undefined) : undefined;
}

/**
 * A promise, or a function that makes one, handed to a library with a function that its errors are handed to:
 * neverthrow's `ResultAsync.fromPromise(client.X(…), (e) => …)` (and `fromThrowable` / `fromAsyncThrowable` of a
 * function), fp-ts's `TE.tryCatch(() => client.X(…), (e) => …)`, Effect's
 * `Effect.tryPromise({ try: () => client.X(…), catch: (e) => … })` and opossum's
 * `new CircuitBreaker((req) => client.X(req), { errorFilter: (e) => … })`. `undefined` for anything else.
 */
function errorHandlerOf(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
): { readonly source: TSESTree.Node; readonly onError: TSESTree.Node } | undefined {
  const name = calleeName(node.callee);
  const [first, second] = node.arguments;
  if (first === undefined) return undefined;
  if (name === 'tryPromise' && node.arguments.length === 1) {
    const source = propertyValue(first, 'try');
    const onError = propertyValue(first, 'catch');
    return source === undefined || onError === undefined ? undefined : { source: unwrapExpression(source), onError };
  }
  if (second === undefined || node.arguments.length !== 2) return undefined;
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const onError = propertyValue(second, 'errorFilter');
    return onError === undefined ? undefined : { source: unwrapExpression(first), onError };
  }
  return name !== undefined && RESULT_MAKERS.has(name)
    ? { source: unwrapExpression(first), onError: second }
    : undefined;
}

/**
 * What makes the promise `node` stands for: the expression itself, or the body of the inline function handed in its
 * place (`() => client.X(…)`, a block too); `undefined` for a function without one.
 */
function promiseMaker(node: TSESTree.Node): TSESTree.Node | undefined {
  const expression = unwrapExpression(node);
  return isFunction(expression) ? (expression.body ?? undefined) : expression;
}

/**
 * The calls the steps of a result or a pipeline add to what its source carries, each step's function read by
 * `reachOf` (see #stepReach): where one's calls are not all known, the errors that reach a handler are not either.
 */
class StepCalls {
  readonly #calls: ApiCall[] = [];
  #complete = true;

  add(fn: TSESTree.Node | undefined, reachOf: (fn: TSESTree.Node) => readonly ApiCall[] | undefined): void {
    const calls = fn === undefined ? undefined : reachOf(fn);
    if (calls === undefined) this.#complete = false;
    else this.#calls.push(...calls);
  }

  /** Whether a step calls the API. */
  get hasCalls(): boolean {
    return this.#calls.length > 0;
  }

  /** The reach of the source with the steps' calls: all that reaches a handler after them. */
  joined(reach: Reach): Reach {
    if (this.#complete && this.#calls.length === 0) return reach;
    return { calls: [...new Set([...reach.calls, ...this.#calls])], complete: this.#complete && reach.complete };
  }
}

/** RxJS's makers of an observable from a promise, `from(client.X(…))` and `defer(() => client.X(…))`: its argument. */
function observed(node: TSESTree.CallExpression): TSESTree.Node | undefined {
  const name = calleeName(node.callee);
  const [argument] = node.arguments;
  return (name === 'from' || name === 'defer') && node.arguments.length === 1 ? argument : undefined;
}

/** neverthrow's methods of a result that hand its error to their (first) function: `.orElse(h)`, `.mapErr(h)`. */
const RESULT_ERROR_METHODS: ReadonlySet<string> = new Set(['orElse', 'mapErr']);
/** A result's methods that keep the errors of what it carries and add none. */
const RESULT_PURE_STEPS: ReadonlySet<string> = new Set(['map', 'mapErr', 'andTee', 'orTee']);
/** A result's methods that keep the errors of what it carries and may add their own. */
const RESULT_FAILING_STEPS: ReadonlySet<string> = new Set(['andThen', 'asyncAndThen', 'asyncMap', 'andThrough']);
/** The steps of a pipeline that hand its error to their first function (fp-ts, Effect). */
const PIPE_ERROR_STEPS: ReadonlySet<string> = new Set([
  'orElse',
  'orElseW',
  'mapLeft',
  'mapError',
  'getOrElse',
  'getOrElseW',
  'match',
  'matchW',
  'fold',
  'foldW',
  'catchAll',
]);
/** The steps of a pipeline that add no error of their own. */
const PIPE_PURE_STEPS: ReadonlySet<string> = new Set([
  'map',
  'bimap',
  'retry',
  'tap',
  'delay',
  'timeout',
  'filter',
  'take',
  'takeWhile',
  'first',
  'last',
  'startWith',
  'share',
  'shareReplay',
  'distinctUntilChanged',
]);

/** The functions of result libraries that take a promise (or a function making one) and an error handler. */
const RESULT_MAKERS: ReadonlySet<string> = new Set(['fromPromise', 'fromThrowable', 'fromAsyncThrowable', 'tryCatch']);

/** How many variables set from a response, one from another, `#lastRead` follows. */
const MAX_READ_ALIASES = 16;

/** The statement `node` is part of that stands in a block (or a function's expression body, or the program). */
function enclosingStatement(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    current.parent.type !== AST_NODE_TYPES.BlockStatement &&
    current.parent.type !== AST_NODE_TYPES.StaticBlock &&
    current.parent.type !== AST_NODE_TYPES.SwitchCase &&
    current.parent.type !== AST_NODE_TYPES.Program &&
    !isFunction(current.parent)
  ) {
    current = current.parent;
  }
  return current;
}

/** The declarator whose initializer `node` is part of, within the same function; else `undefined`. */
function settingDeclarator(node: TSESTree.Node): TSESTree.VariableDeclarator | undefined {
  // The program's `parent` is `null` in ESLint's tree, though its type says `undefined`.
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.VariableDeclarator) return parent.init === child ? parent : undefined;
    if (isFunction(parent) || parent.type === AST_NODE_TYPES.BlockStatement) return undefined;
  }
  return undefined;
}

/** The innermost block, `case` or function around `node` (or the program): the statements that run after it. */
function enclosingBlock(node: TSESTree.Node): TSESTree.Node {
  const statement = enclosingStatement(node);
  return statement.parent ?? statement;
}

function rootIdentifier(node: TSESTree.MemberExpression): TSESTree.Identifier | undefined {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}

/** A binding with a type annotation that may name an SDK client: a parameter or variable `x: ocr.v….Client`. */
function isTypedBinding(node: TSESTree.Identifier): boolean {
  const annotation = node.typeAnnotation?.typeAnnotation;
  return annotation?.type === AST_NODE_TYPES.TSTypeReference && node.parent.type !== AST_NODE_TYPES.TSPropertySignature;
}

/** `X-TC-Action`, `X-TC-Version`: the keys that mark a file sending raw requests. */
function isRawMark(key: string | undefined): boolean {
  return key !== undefined && /^x-tc-(?:action|version)$/iu.test(key);
}

/**
 * Whether a call is a promise chain ended by an error handler (`.catch(h)`, `.then(ok, h)`) whose result is
 * neither kept, awaited nor returned (a statement of its own, or `void`): no rejection of the chain can reach an
 * enclosing `try`.
 */
function isFloatingCatch(node: TSESTree.CallExpression): boolean {
  const method = node.callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(node.callee) : undefined;
  const handles =
    (method === 'catch' && node.arguments.length >= 1) || (method === 'then' && node.arguments.length >= 2);
  if (!handles) return false;
  const parent =
    node.parent.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void'
      ? node.parent.parent
      : node.parent;
  return parent.type === AST_NODE_TYPES.ExpressionStatement;
}

function isAwaited(node: TSESTree.CallExpression): boolean {
  // Up the call's own chain (`await a.b().c`, `await (x as T)`) to an `await`. Any other parent ends the climb, and
  // the Program is one: the climb never runs out of parents.
  let current: TSESTree.Node = node;
  let parent = node.parent;
  while (parent.type !== AST_NODE_TYPES.AwaitExpression) {
    if (
      parent.type !== AST_NODE_TYPES.ChainExpression &&
      parent.type !== AST_NODE_TYPES.TSAsExpression &&
      parent.type !== AST_NODE_TYPES.TSNonNullExpression &&
      !(parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) &&
      !(parent.type === AST_NODE_TYPES.CallExpression && parent.callee === current)
    )
      return false;
    current = parent;
    parent = current.parent;
  }
  return true;
}

/**
 * Whether an awaited call that is no API call and no known wrapper may call the API unseen: one handed a client,
 * a PascalCase method (an action) of a receiver the model does not know, or a function passed in. Calls of
 * camelCase methods, of packages and of modules that never name the SDK cannot.
 */
function mayCallUnseen(node: TSESTree.CallExpression, unit: Unit): boolean {
  // A client handed to a function that is not followed: it may call any action with it.
  const handsClient = node.arguments.some((argument) =>
    unit.evaluator.valueOf(argument).some((value) => value.kind === 'client'),
  );
  if (handsClient) return true;
  const callee = unwrapExpression(node.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(callee);
    // `x.request("CreateRecTask", …)`: CommonClient's shape, on a client of unknown product.
    if (method === 'request') return /^[A-Z][a-z]/u.test(requestAction(node) ?? '');
    return method !== undefined && ACTION_NAME.test(method) && !HARMLESS_METHODS.has(method);
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const [definition] = unit.evaluator.variableOf(callee)?.defs ?? [];
  return definition?.type === DefinitionType.Parameter;
}
