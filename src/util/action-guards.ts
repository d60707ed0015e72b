import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Lang } from '../shared/defaults.js';
import { COMMON_TABLE } from '../table/catalogue.js';
import { type CodeEntry, CodeIndex, type CodeTable } from '../table/index.js';
import { loadTable, shippedCatalogue } from '../table/load.js';
import { apiVersionOfDir } from '../table/sdk-source.js';
import { constInitializer } from './const-initializer.js';
import { commonClientTarget } from './file-products.js';
import { listNames } from './list-codes.js';
import { staticPropertyName } from './property-name.js';
import { stringLiteralValue } from './string-literal.js';
import { unwrapExpression } from './unwrap-expression.js';
import { walkNodes } from './walk-nodes.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/** A client's product, as a catalogue table name (`gaap`, `gaap@2018-05-29`). */
type ClientTable = string;

/** A region of code that handles the errors of calls of known actions: a catch body, an error callback. */
export interface ActionGuard {
  readonly range: TSESTree.Range;
  /** The catalogue table of the clients' product. */
  readonly table: ClientTable;
  /** The actions called, sorted. */
  readonly actions: readonly string[];
}

/** How many actions a message names before it counts the rest. */
const LISTED_ACTIONS = 4;

/** The guarded actions as a message names them: `A`, `A or B`, `A, B or C`; past a few, how many more. */
export function actionsText(actions: readonly string[], lang: Lang): string {
  return listNames(actions, 'or', lang, { count: LISTED_ACTIONS, noun: { en: 'actions', zh: '操作' } });
}

/** What the guarded actions can return, by the SDK's lists. */
export interface GuardedCodes {
  /** The catalogue table of the clients' product. */
  readonly table: CodeTable;
  /** Every code some guarded action documents. */
  readonly documented: ReadonlySet<string>;
  /** Every code of the product. */
  readonly productCodes: ReadonlySet<string>;
  /**
   * The product's codes the guarded actions can return (and its common codes, with `withCommon`), indexed by
   * family; built on first use.
   */
  families(withCommon: boolean): CodeIndex;
}

/** A known action call: the product table of its client and the action. */
interface ActionCall {
  readonly table: ClientTable;
  readonly action: string;
}

/** The listeners that find the guards; a rule spreads them into its own. */
interface ActionGuardListeners {
  TryStatement(node: TSESTree.TryStatement): void;
  CallExpression(node: TSESTree.CallExpression): void;
}

/** The guards of a file, as found so far, and the listeners that find them. */
export interface ActionGuards {
  readonly listeners: ActionGuardListeners;
  /**
   * The innermost guard that holds `range`, else `undefined`. A guard is found when its `try` or call is entered,
   * so by the time anything inside it is visited.
   */
  at(range: TSESTree.Range): ActionGuard | undefined;
}

/** How many `const` aliases of a client class are followed. */
const MAX_CLASS_ALIASES = 4;

/**
 * Finds the regions that handle the errors of calls of known actions on clients of a known product:
 *
 * - `try { … client.X(…) … } catch (e) { … }`: the catch body guards every known call of the block, unless the
 *   block also awaits anything else (`await createAll()`, which may call other actions): what reaches the catch is
 *   then not known;
 * - `client.X(…).catch((e) => …)`, `client.X(…).then(ok, (e) => …)`;
 * - the SDK's callback, `client.X(req, (err, res) => …)`;
 * - `commonClient.request("X", …)` in each of these shapes.
 *
 * A client is known when it is a `const` made in the file (`new gaap.v20180529.Client(…)`, also through a `const`
 * alias of the class, or `new CommonClient("gaap.tencentcloudapi.com", "2018-05-29", …)`), or, for any client, when
 * `pinnedProducts` names one product. Calls on clients of several products make no guard.
 */
export function actionGuards(context: RuleContext, pinnedProducts: readonly string[] | undefined): ActionGuards {
  const pinned = pinnedProducts?.length === 1 ? pinnedProducts[0] : undefined;
  // Both rules need the guards of a file: the first to ask finds them, the other reads them (a guard is found
  // when the traversal enters its `try` or call, before any rule visits what is inside it).
  const { ast } = context.sourceCode;
  const found = foundGuards.get(ast);
  if (found !== undefined && found.pinned === pinned) return { listeners: IDLE_LISTENERS, at: found.guards.at };
  const guards = findGuards(context, pinned);
  foundGuards.set(ast, { pinned, guards });
  return guards;
}

/** The guards of each file being linted, with the pinned product they were found with. */
const foundGuards = new WeakMap<
  TSESTree.Program,
  { readonly pinned: string | undefined; readonly guards: ActionGuards }
>();

const IDLE_LISTENERS: ActionGuardListeners = { TryStatement: () => undefined, CallExpression: () => undefined };

function findGuards(context: RuleContext, pinned: ClientTable | undefined): ActionGuards {
  const guards: ActionGuard[] = [];

  /** The product table of the client `node` names: a `const` made with `new …Client(…)` in this file. */
  function clientTable(node: TSESTree.Node): ClientTable | undefined {
    const expression = unwrapExpression(node);
    if (expression.type !== AST_NODE_TYPES.Identifier) return undefined;
    const init = constInitializer(expression, context);
    if (init === undefined) return undefined;
    const made = unwrapExpression(init);
    return made.type === AST_NODE_TYPES.NewExpression ? newClientTable(made, context) : undefined;
  }

  /** The action `node` calls on a client of a known product, else `undefined`. */
  function actionCall(node: TSESTree.Node): ActionCall | undefined {
    let call = unwrapExpression(node);
    if (call.type === AST_NODE_TYPES.AwaitExpression) call = unwrapExpression(call.argument);
    if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = staticPropertyName(callee);
    if (method === undefined) return undefined;
    const table = clientTable(callee.object) ?? pinned;
    if (table === undefined) return undefined;
    if (method === 'request') {
      const [first] = call.arguments;
      const action = first === undefined ? undefined : stringLiteralValue(first);
      return action === undefined ? undefined : { table, action };
    }
    return productTable(table)?.actions?.has(method) === true ? { table, action: method } : undefined;
  }

  function collectTry(node: TSESTree.TryStatement): void {
    if (node.handler === null) return;
    const calls: ActionCall[] = [];
    let otherAwait = false;
    walkNodes([node.block], context.sourceCode.visitorKeys, (child) => {
      if (child.type === AST_NODE_TYPES.AwaitExpression && actionCall(child.argument) === undefined) otherAwait = true;
      const found = child.type === AST_NODE_TYPES.CallExpression ? actionCall(child) : undefined;
      if (found !== undefined) calls.push(found);
    });
    if (!otherAwait) addGuard(node.handler.body, calls);
  }

  function collectCall(node: TSESTree.CallExpression): void {
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = staticPropertyName(callee);
      const handler = method === 'catch' ? node.arguments[0] : method === 'then' ? node.arguments[1] : undefined;
      const fn = handler === undefined ? undefined : functionNode(handler);
      if (fn !== undefined) {
        const found = actionCall(callee.object);
        if (found !== undefined) addGuard(fn.body, [found]);
      }
    }
    if (node.arguments.length < 2) return;
    const callback = functionNode(node.arguments.at(-1) as TSESTree.Node);
    if (callback === undefined || callback.params.length === 0) return;
    const found = actionCall(node);
    if (found !== undefined) addGuard(callback.body, [found]);
  }

  /** A guard of `calls`, all on one product; none where the calls are of several products or none. */
  function addGuard(body: TSESTree.Node, calls: readonly ActionCall[]): void {
    const [first] = calls;
    if (first === undefined || calls.some((call) => call.table !== first.table)) return;
    const actions = [...new Set(calls.map((call) => call.action))].sort();
    guards.push({ range: body.range, table: first.table, actions });
  }

  return {
    listeners: { TryStatement: collectTry, CallExpression: collectCall },
    at: (range) => innermostGuard(guards, range),
  };
}

/**
 * What `guard`'s actions can return; `undefined` where that is not known: the table cannot be loaded, or an action
 * is unknown or one the SDK lists no codes for.
 */
export function guardedCodes(guard: ActionGuard): GuardedCodes | undefined {
  const key = guardKey(guard);
  let known = knownCodes.get(key);
  if (known === undefined) {
    if (knownCodes.size >= MAX_CACHED_GUARDS) knownCodes.clear();
    known = readGuardedCodes(guard) ?? null;
    knownCodes.set(key, known);
  }
  return known ?? undefined;
}

/** The same key for guards of the same actions of the same table: what they can return is the same. */
function guardKey(guard: ActionGuard): string {
  return `${guard.table}\0${guard.actions.join('\0')}`;
}

/** What the guarded actions can return, by guard key; `null` where it is not known. */
const knownCodes = new Map<string, GuardedCodes | null>();
/** Bounds the caches of what guards can return, so that a long-lived ESLint process does not grow without end. */
const MAX_CACHED_GUARDS = 2000;
/** Every code of a product table, once per table. */
const codesOfTable = new WeakMap<CodeTable, ReadonlySet<string>>();

function readGuardedCodes(guard: ActionGuard): GuardedCodes | undefined {
  const table = productTable(guard.table);
  if (table?.actions === undefined) return undefined;
  const documented = new Set<string>();
  for (const action of guard.actions) {
    const codes = table.actions.get(action);
    if (codes === undefined || codes === null) return undefined;
    for (const code of codes) documented.add(code);
  }
  let productCodes = codesOfTable.get(table);
  if (productCodes === undefined) {
    productCodes = new Set(table.codes.map((entry) => entry.code));
    codesOfTable.set(table, productCodes);
  }
  const families = new Map<boolean, CodeIndex>();
  return {
    table,
    documented,
    productCodes,
    families(withCommon) {
      let index = families.get(withCommon);
      if (index === undefined) {
        const common = withCommon ? commonCodes() : undefined;
        const codes = table.codes.filter((entry) => documented.has(entry.code) || common?.has(entry.code));
        index = new CodeIndex([{ ...table, codes }]);
        families.set(withCommon, index);
      }
      return index;
    },
  };
}

let common: ReadonlySet<string> | undefined;

/** The codes common to every product. */
export function commonCodes(): ReadonlySet<string> {
  common ??= new Set(loadTable(COMMON_TABLE).codes.map((entry: CodeEntry) => entry.code));
  return common;
}

/**
 * The product table of `new ….<product>.v<date>.Client(…)` (`tencentcloud.gaap.v20180529.Client`, `gaap.v20180529.Client`)
 * or `new CommonClient("<product>.tencentcloudapi.com", "<version>", …)`; `undefined` for any other construction.
 */
function newClientTable(made: TSESTree.NewExpression, context: RuleContext): ClientTable | undefined {
  let callee = unwrapExpression(made.callee);
  // `const OcrClient = tencentcloud.ocr.v20181119.Client; new OcrClient(…)`.
  for (let hops = 0; callee.type === AST_NODE_TYPES.Identifier && hops < MAX_CLASS_ALIASES; hops++) {
    const init = constInitializer(callee, context);
    if (init === undefined) break;
    callee = unwrapExpression(init);
  }
  const names = memberNames(callee);
  if (names.at(-1) === 'CommonClient') {
    const target = commonClientTarget(made.arguments);
    return target === undefined ? undefined : tableName(target.product, target.version);
  }
  if (names.length < 3 || names.at(-1) !== 'Client') return undefined;
  const apiVersion = apiVersionOfDir(names.at(-2) ?? '');
  const product = names.at(-3);
  if (apiVersion === undefined || product === undefined) return undefined;
  return tableName(product, apiVersion);
}

/** `a.b.c` → `["a", "b", "c"]`; only identifiers and static property names. */
function memberNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(current);
    if (name === undefined) return [];
    names.unshift(name);
    current = unwrapExpression(current.object);
  }
  if (current.type === AST_NODE_TYPES.Identifier) names.unshift(current.name);
  return names;
}

/** `gaap` + `2018-05-29` → `gaap@2018-05-29` when the catalogue has that version, else the product's newest. */
function tableName(product: string, version: string | undefined): ClientTable | undefined {
  const versions = shippedCatalogue().index().products[product];
  if (versions === undefined) return undefined;
  return version !== undefined && versions.includes(version) ? `${product}@${version}` : product;
}

/** The catalogue table of a client's product, `undefined` where it cannot be loaded. */
function productTable(name: ClientTable): CodeTable | undefined {
  try {
    return loadTable(name);
  } catch {
    return undefined;
  }
}

/** The guard with the narrowest range that holds `range`. */
function innermostGuard(guards: readonly ActionGuard[], range: TSESTree.Range): ActionGuard | undefined {
  let best: ActionGuard | undefined;
  for (const guard of guards) {
    if (guard.range[0] > range[0] || guard.range[1] < range[1]) continue;
    if (best === undefined || guard.range[1] - guard.range[0] < best.range[1] - best.range[0]) best = guard;
  }
  return best;
}

function functionNode(node: TSESTree.Node): FunctionNode | undefined {
  const fn = unwrapExpression(node);
  return fn.type === AST_NODE_TYPES.ArrowFunctionExpression || fn.type === AST_NODE_TYPES.FunctionExpression
    ? fn
    : undefined;
}
