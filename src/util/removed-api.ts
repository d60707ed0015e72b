import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { CodeTable, Removal, SdkRelease } from '../table/index.js';
import { shippedCatalogue } from '../table/load.js';
import { staticPropertyName } from './property-name.js';
import { stringLiteralValue } from './string-literal.js';
import { unwrapExpression } from './unwrap-expression.js';
import { walkNodes } from './walk-nodes.js';

/**
 * What the products a file calls no longer have, from the catalogue's history (docs/tables.md, "The history"): a
 * code or an action one of their API versions dropped, the release that dropped it and, for a code, its rename.
 */

/** Where a code or an action went: the API version that dropped it, and how. */
export interface RemovedFrom {
  readonly table: CodeTable;
  readonly removal: Removal;
}

/**
 * How `code` left the products of `tables`: the removal from the API version that dropped it last; `undefined` when
 * none of them ever had it, or one still has it.
 */
export function removedCode(tables: readonly CodeTable[], code: string): RemovedFrom | undefined {
  return latestRemoval(tables, (table) => table.history?.code(code));
}

/**
 * How `action` left the products of `tables`, as `removedCode` tells it of a code; the table's `actions` still give
 * the action's last list.
 */
export function removedAction(tables: readonly CodeTable[], action: string): RemovedFrom | undefined {
  return latestRemoval(tables, (table) => table.history?.action(action));
}

function latestRemoval(
  tables: readonly CodeTable[],
  lifecycle: (table: CodeTable) => { readonly removed?: Removal } | undefined,
): RemovedFrom | undefined {
  let latest: RemovedFrom | undefined;
  for (const table of tables) {
    const found = lifecycle(table);
    if (found === undefined) continue;
    if (found.removed === undefined) return undefined;
    if (latest === undefined || found.removed.in.order > latest.removal.in.order) {
      latest = { table, removal: found.removed };
    }
  }
  return latest;
}

/**
 * The message data of a removal: `api` (`TMT's API`; with the API version when the product has several,
 * `ES's API (2018-04-16)`), `release` (`v1.3.130`) and `date` (`2026-07-08`).
 */
export function removalData({ table, removal }: RemovedFrom): { api: string; release: string; date: string } {
  const versions = shippedCatalogue().index().products[table.service]?.length ?? 1;
  const api = `${table.service.toUpperCase()}'s API${versions > 1 && table.version !== undefined ? ` (${table.version})` : ''}`;
  return { api, ...releaseData(removal.in) };
}

function releaseData(release: SdkRelease): { release: string; date: string } {
  return { release: release.version, date: release.date };
}

/** An action named by a call: where the name is written, and the name. */
export interface CalledAction {
  readonly name: string;
  readonly node: TSESTree.Node;
}

/** An API action's name: a capital, then letters and digits (`TextTranslate`, `DescribeInstances`). */
const ACTION_NAME = /^[A-Z][A-Za-z0-9]*$/u;

/**
 * The action a call names, read from its syntax alone: `client.TextTranslate(…)` (a method named as an action) or
 * `client.request("TextTranslate", …)` (CommonClient), when `wanted` takes the name; `undefined` for any other
 * call, and for a name the file defines itself (a method, function or property of its own). It does not tell which client the receiver is: a
 * rule asks it only in a file known to call products, and judges the name against those products' actions. This is
 * the one place the rules recognise such calls for removed actions; the file's call model can take its place.
 */
export function calledAction(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  node: TSESTree.CallExpression,
  wanted: (name: string) => boolean,
): CalledAction | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = staticPropertyName(callee);
  let found: CalledAction | undefined;
  if (method === 'request') {
    const [first] = node.arguments;
    const name = first === undefined ? undefined : stringLiteralValue(first);
    if (first !== undefined && name !== undefined) found = { name, node: first };
  } else if (method !== undefined) {
    found = { name: method, node: callee.property };
  }
  if (found === undefined || !ACTION_NAME.test(found.name) || !wanted(found.name)) return undefined;
  return definedNames(context.sourceCode).has(found.name) ? undefined : found;
}

/** The names each file defines as methods, functions, properties and variables, found on first use. */
const defined = new WeakMap<object, ReadonlySet<string>>();

function definedNames(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  let names = defined.get(sourceCode);
  if (names === undefined) {
    const found = new Set<string>();
    walkNodes([sourceCode.ast], sourceCode.visitorKeys, (node) => {
      switch (node.type) {
        case AST_NODE_TYPES.MethodDefinition:
        case AST_NODE_TYPES.PropertyDefinition:
        case AST_NODE_TYPES.TSAbstractMethodDefinition:
        case AST_NODE_TYPES.TSMethodSignature:
        case AST_NODE_TYPES.TSPropertySignature:
        case AST_NODE_TYPES.Property: {
          const name = staticPropertyName(node);
          if (name !== undefined) found.add(name);
          break;
        }
        case AST_NODE_TYPES.FunctionDeclaration:
          if (node.id !== null) found.add(node.id.name);
          break;
        case AST_NODE_TYPES.VariableDeclarator:
          if (node.id.type === AST_NODE_TYPES.Identifier) found.add(node.id.name);
          break;
        default:
          break;
      }
    });
    names = found;
    defined.set(sourceCode, names);
  }
  return names;
}
