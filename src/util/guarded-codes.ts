import type { TSESTree } from '@typescript-eslint/utils';

import type { Lang } from '../shared/defaults.js';
import { COMMON_TABLE } from '../table/catalogue.js';
import { type CodeEntry, CodeIndex, type CodeTable } from '../table/index.js';
import { loadTable } from '../table/load.js';
import type { CallModel } from './call-model/model.js';
import { listNames } from './list-codes.js';

/** A client's product, as a catalogue table name (`gaap`, `gaap@2018-05-29`). */
type ClientTable = string;

/** A guard of calls of known actions, all on one product: what the call model knows for a catch body, a callback. */
export interface ActionGuard {
  readonly range: TSESTree.Range;
  /** The catalogue table of the clients' product. */
  readonly table: ClientTable;
  /** The actions called, sorted. */
  readonly actions: readonly string[];
}

/** The innermost guard around `range` when its calls' product and actions are all known, else `undefined`. */
export function knownGuard(model: CallModel, range: TSESTree.Range): ActionGuard | undefined {
  const guard = model.guardAt(range);
  if (guard?.table === undefined || guard.actions === undefined) return undefined;
  // The model's own guard, not a copy: rules ask of every node in a guard, and guardedCodes remembers it.
  return guard as ActionGuard;
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

/**
 * What `guard`'s actions can return; `undefined` where that is not known: the table cannot be loaded, or an action
 * is unknown or one the SDK lists no codes for.
 */
export function guardedCodes(guard: ActionGuard): GuardedCodes | undefined {
  let known = byGuard.get(guard);
  if (known === undefined) {
    const key = guardKey(guard);
    known = knownCodes.get(key);
    if (known === undefined) {
      if (knownCodes.size >= MAX_CACHED_GUARDS) knownCodes.clear();
      known = readGuardedCodes(guard) ?? null;
      knownCodes.set(key, known);
    }
    byGuard.set(guard, known);
  }
  return known ?? undefined;
}

/** What a guard can return, by the guard (a file's rules ask of the same guard for each of its nodes). */
const byGuard = new WeakMap<ActionGuard, GuardedCodes | null>();

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

/** The catalogue table of a client's product, `undefined` where it cannot be loaded. */
function productTable(name: ClientTable): CodeTable | undefined {
  try {
    return loadTable(name);
  } catch {
    return undefined;
  }
}
