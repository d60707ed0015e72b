import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { COMMON_TABLE } from '../table/catalogue.js';
import type { CodeTable } from '../table/index.js';
import { loadTable, shippedCatalogue } from '../table/load.js';
import { apiVersionOfDir } from '../table/sdk-source.js';
import {
  constantLiteral,
  constInitializer,
  createRule,
  isErrorCodeExpression,
  productOfHost,
  resolveSettings,
  staticPropertyName,
  type StringLiteralNode,
  stringLiteralValue,
  unwrapExpression,
  walkNodes,
} from '../util/index.js';

export type Options = [
  {
    /**
     * Regular expressions (as strings, unanchored, without flags) matching codes that are never reported: codes
     * an action returns although the SDK's list for it leaves them out.
     *
     * @default []
     */
    ignore?: string[];
  },
];

export type MessageIds = 'impossibleCode' | 'impossibleCodeOfActions';

/** A client's product, as a catalogue table name (`gaap`, `gaap@2018-05-29`). */
type ClientTable = string;

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/** A region of code that handles the errors of calls of known actions: a catch body, an error callback. */
interface Guard {
  readonly range: TSESTree.Range;
  readonly table: ClientTable;
  readonly actions: ReadonlySet<string>;
}

/** A known action call: the product table of its client and the action. */
interface ActionCall {
  readonly table: ClientTable;
  readonly action: string;
}

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
/** `[…].includes(code)`, `new Set([…]).has(code)`. */
const MEMBERSHIP_METHODS = new Set(['includes', 'has']);
const API_VERSION = /^\d{4}-\d{2}-\d{2}$/u;
/** How many actions a message names before it counts the rest. */
const LISTED_ACTIONS = 4;

export default createRule<Options, MessageIds>({
  name: 'no-impossible-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow handling Tencent Cloud error codes that the guarded API actions cannot return',
      recommended: true,
    },
    messages: {
      impossibleCode:
        'Tencent Cloud error code "{{code}}" is not one {{actions}} can return ({{product}} documents {{count}} codes for it).',
      impossibleCodeOfActions:
        'Tencent Cloud error code "{{code}}" is not one {{actions}} can return ({{product}} documents {{count}} codes for them).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignore: {
            type: 'array',
            items: { type: 'string', format: 'regex' },
            uniqueItems: true,
            description: 'Regular expressions (as strings, unanchored) matching codes that are never reported.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignore: [] }],
  },
  create(context, [{ ignore = [] }]) {
    const settings = resolveSettings(context);
    if (settings === undefined) return {};
    const { codeProperties } = settings;
    const pinned = pinnedProduct(settings.pinnedProducts);
    const ignored = ignore.map((pattern) => new RegExp(pattern));

    const guards: Guard[] = [];
    /**
     * Literals compared with an error-code expression, in the order found, each with where it is compared (a
     * list declared outside a guard may be consulted inside one).
     */
    const compared = new Map<StringLiteralNode, TSESTree.Node[]>();

    // Collect: the guards around known action calls, and the literals compared with codes.

    /** The product table of the client `node` names: a `const` made with `new …Client(…)` in this file. */
    function clientTable(node: TSESTree.Node): ClientTable | undefined {
      const expression = unwrapExpression(node);
      if (expression.type !== AST_NODE_TYPES.Identifier) return undefined;
      const init = constInitializer(expression, context);
      if (init === undefined) return undefined;
      const made = unwrapExpression(init);
      return made.type === AST_NODE_TYPES.NewExpression ? newClientTable(made) : undefined;
    }

    /** The action `call` calls on a client of a known product, else `undefined`. */
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

    /**
     * `try { … client.X(…) … } catch (e) { … }`: the catch body guards every known call of the block. A block that
     * also awaits anything else (`await createAll()`, which may call other actions) is no guard: what reaches the
     * catch is not known.
     */
    function collectTry(node: TSESTree.TryStatement): void {
      if (node.handler === null) return;
      const calls: ActionCall[] = [];
      let otherAwait = false;
      walkNodes([node.block], context.sourceCode.visitorKeys, (child) => {
        if (child.type === AST_NODE_TYPES.AwaitExpression && actionCall(child.argument) === undefined)
          otherAwait = true;
        const found = child.type === AST_NODE_TYPES.CallExpression ? actionCall(child) : undefined;
        if (found !== undefined) calls.push(found);
      });
      if (!otherAwait) addGuard(node.handler.body, calls);
    }

    /** `client.X(…).catch(fn)`, `client.X(…).then(ok, fn)`, `client.X(req, (err, res) => …)`. */
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
      guards.push({ range: body.range, table: first.table, actions: new Set(calls.map((call) => call.action)) });
    }

    function isCode(node: TSESTree.Node): boolean {
      return isErrorCodeExpression(node, context, codeProperties);
    }

    /**
     * Marks the literal `node` is, or the literal the constant `node` names was declared with, as compared at
     * `site`.
     */
    function mark(node: TSESTree.Node, site: TSESTree.Node): void {
      const literal = constantLiteral(node, context);
      if (literal === undefined) return;
      const sites = compared.get(literal);
      if (sites === undefined) compared.set(literal, [site]);
      else sites.push(site);
    }

    /** `code === "…"`, either side. */
    function collectComparison(node: TSESTree.BinaryExpression): void {
      if (!EQUALITY_OPERATORS.has(node.operator)) return;
      if (isCode(node.right)) mark(node.left, node);
      else if (isCode(node.left)) mark(node.right, node);
    }

    /** The cases of a switch over a code. */
    function collectSwitch(node: TSESTree.SwitchStatement): void {
      if (!isCode(node.discriminant)) return;
      for (const switchCase of node.cases) if (switchCase.test !== null) mark(switchCase.test, node);
    }

    /** `[…].includes(code)`, `new Set([…]).has(code)`, directly or through a `const`. */
    function collectMembership(node: TSESTree.CallExpression): void {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = staticPropertyName(callee);
      const [argument] = node.arguments;
      if (method === undefined || !MEMBERSHIP_METHODS.has(method) || argument === undefined) return;
      if (argument.type === AST_NODE_TYPES.SpreadElement || !isCode(argument)) return;
      let list = resolveBinding(callee.object);
      if (list.type === AST_NODE_TYPES.NewExpression) {
        const [elements] = list.arguments;
        if (elements === undefined) return;
        list = resolveBinding(elements);
      }
      if (list.type !== AST_NODE_TYPES.ArrayExpression) return;
      for (const element of list.elements) {
        if (element !== null && element.type !== AST_NODE_TYPES.SpreadElement) mark(element, node);
      }
    }

    function resolveBinding(node: TSESTree.Node): TSESTree.Node {
      const expression = unwrapExpression(node);
      if (expression.type !== AST_NODE_TYPES.Identifier) return expression;
      const init = constInitializer(expression, context);
      return init === undefined ? expression : unwrapExpression(init);
    }

    // Check: each compared literal inside a guard, against the codes the guarded actions document.

    function checkAll(): void {
      if (guards.length === 0) return;
      for (const [literal, sites] of compared) {
        // Reported once, at the first place it is compared with a code the guard there cannot return.
        for (const site of sites) if (checkLiteral(literal, site)) break;
      }
    }

    /** Reports `literal` when the guard around `site` cannot return it; whether it did. */
    function checkLiteral(literal: StringLiteralNode, site: TSESTree.Node): boolean {
      const code = stringLiteralValue(literal);
      const guard = innermostGuard(guards, site.range);
      if (code === undefined || guard === undefined || ignored.some((pattern) => pattern.test(code))) return false;
      const table = productTable(guard.table);
      if (table?.actions === undefined || commonCodes().has(code)) return false;
      if (!table.codes.some((entry) => entry.code === code)) return false;
      const documented = new Set<string>();
      for (const action of guard.actions) {
        const codes = table.actions.get(action);
        // An unknown action, or one the SDK lists no codes for: nothing is known of what it returns.
        if (codes === undefined || codes === null) return false;
        for (const known of codes) documented.add(known);
      }
      if (documented.has(code)) return false;
      const actions = [...guard.actions].sort();
      context.report({
        node: literal,
        messageId: actions.length === 1 ? 'impossibleCode' : 'impossibleCodeOfActions',
        data: {
          code,
          actions: actionsText(actions),
          product: table.service.toUpperCase(),
          count: documented.size,
        },
      });
      return true;
    }

    return {
      TryStatement: collectTry,
      CallExpression(node) {
        collectCall(node);
        collectMembership(node);
      },
      BinaryExpression: collectComparison,
      SwitchStatement: collectSwitch,
      'Program:exit': checkAll,
    };
  },
});

/** The one product of the `products` setting, else `undefined`. */
function pinnedProduct(products: readonly string[] | undefined): ClientTable | undefined {
  return products?.length === 1 ? products[0] : undefined;
}

/**
 * The product table of `new ….<product>.v<date>.Client(…)` (`tencentcloud.gaap.v20180529.Client`, `gaap.v20180529.Client`)
 * or `new CommonClient("<product>.tencentcloudapi.com", "<version>", …)`; `undefined` for any other construction.
 */
function newClientTable(made: TSESTree.NewExpression): ClientTable | undefined {
  const callee = unwrapExpression(made.callee);
  const names = memberNames(callee);
  if (names.at(-1) === 'CommonClient') {
    const [host, version] = made.arguments;
    const hostName = host === undefined ? undefined : stringLiteralValue(host);
    const product = hostName === undefined ? undefined : productOfHost(hostName);
    const apiVersion = version === undefined ? undefined : stringLiteralValue(version);
    return product === undefined ? undefined : tableName(product, apiVersion);
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
  return version !== undefined && API_VERSION.test(version) && versions.includes(version)
    ? `${product}@${version}`
    : product;
}

/** The catalogue table of a client's product, `undefined` where it cannot be loaded. */
function productTable(name: ClientTable): CodeTable | undefined {
  try {
    return loadTable(name);
  } catch {
    return undefined;
  }
}

let common: ReadonlySet<string> | undefined;

/** The codes common to every product. */
function commonCodes(): ReadonlySet<string> {
  common ??= new Set(loadTable(COMMON_TABLE).codes.map((entry) => entry.code));
  return common;
}

/** The guard with the narrowest range that holds `range`. */
function innermostGuard(guards: readonly Guard[], range: TSESTree.Range): Guard | undefined {
  let best: Guard | undefined;
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

/** `A`, `A or B`, `A, B or C`; past a few, the first ones and how many more. */
function actionsText(actions: readonly string[]): string {
  if (actions.length > LISTED_ACTIONS) {
    const shown = actions.slice(0, LISTED_ACTIONS - 1);
    return `${shown.join(', ')} or ${actions.length - shown.length} more actions`;
  }
  if (actions.length <= 1) return actions.join('');
  return `${actions.slice(0, -1).join(', ')} or ${actions.at(-1) ?? ''}`;
}
