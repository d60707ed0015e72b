import type { Lang } from '../shared/defaults.js';
import type { CodeTable, Removal, SdkRelease } from '../table/index.js';
import { shippedCatalogue } from '../table/load.js';

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
  // An action one of them still has was removed from none: no history is read for it (a product's history is read
  // with its product file again; CVM's takes 12 ms).
  if (tables.some((table) => table.history !== undefined && currentActions(table).has(action))) return undefined;
  return latestRemoval(tables, (table) => table.history?.action(action));
}

/** Whether `table` has `action` now: its `actions` also answer an action it had, with that action's last list. */
export function hasCurrentAction(table: CodeTable, action: string): boolean {
  return currentActions(table).has(action);
}

/** The actions each table has now (iterating `actions` gives those only), by table, listed once. */
const current = new WeakMap<CodeTable, ReadonlySet<string>>();

function currentActions(table: CodeTable): ReadonlySet<string> {
  let names = current.get(table);
  if (names === undefined) {
    names = new Set(table.actions?.keys());
    current.set(table, names);
  }
  return names;
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
 * `ES's API (2018-04-16)`; in Chinese `TMT 的 API`), `release` (`v1.3.130`) and `date` (`2026-07-08`).
 */
export function removalData(
  { table, removal }: RemovedFrom,
  lang: Lang = 'en',
): { api: string; release: string; date: string } {
  const versions = shippedCatalogue().index().products[table.service]?.length ?? 1;
  const version = versions > 1 && table.version !== undefined ? table.version : undefined;
  const product = table.service.toUpperCase();
  const api =
    lang === 'zh'
      ? `${product} 的 API${version === undefined ? '' : `（${version}）`}`
      : `${product}'s API${version === undefined ? '' : ` (${version})`}`;
  return { api, ...releaseData(removal.in) };
}

function releaseData(release: SdkRelease): { release: string; date: string } {
  return { release: release.version, date: release.date };
}
