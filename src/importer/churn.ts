import type { Catalogue } from '../table/catalogue.js';
import { compareCodes } from '../table/code-index.js';
import type { CodeTable, Lifecycle, SdkRelease } from '../table/types.js';

/**
 * How much each product's API moved lately, from the catalogue's history: the codes and actions its API versions
 * gained and lost in the 6 and 12 months up to the newest release the catalogue knows. The windows end at that
 * release, not today, so the same catalogue gives the same report on any day.
 */

/** The windows, in months. */
const WINDOWS = [6, 12] as const;

/** Gained and lost, in each window. */
interface Moves {
  readonly added: readonly [number, number];
  readonly removed: readonly [number, number];
}

interface ProductChurn {
  readonly product: string;
  readonly codes: Moves;
  readonly actions: Moves;
}

export interface Churn {
  readonly newest: SdkRelease;
  /** The first day of each window (a release on that day is outside it): yyyy-mm-dd. */
  readonly starts: readonly [string, string];
  /** Products that changed in the 12 months, the most changes first (then by name). */
  readonly products: readonly ProductChurn[];
  readonly productCount: number;
}

/** One change of a product's API: a code or an action gained or lost, in a release. */
export interface Change {
  readonly kind: 'code' | 'action';
  readonly name: string;
  readonly change: 'added' | 'removed';
  readonly release: SdkRelease;
  /** The API version, `2018-03-21`. */
  readonly version: string;
}

/** Every product's churn; `undefined` when the catalogue has no history. */
export function apiChurn(catalogue: Catalogue): Churn | undefined {
  const newest = catalogue.releases().at(-1);
  if (newest === undefined) return undefined;
  const starts = [monthsBefore(newest.date, WINDOWS[0]), monthsBefore(newest.date, WINDOWS[1])] as const;
  const products = catalogue
    .products()
    .map((product): ProductChurn => {
      const changes = productChanges(catalogue, product, starts[1]);
      const moves = (kind: Change['kind']): Moves => {
        const count = (change: Change['change'], start: string): number =>
          changes.filter((c) => c.kind === kind && c.change === change && c.release.date > start).length;
        return {
          added: [count('added', starts[0]), count('added', starts[1])],
          removed: [count('removed', starts[0]), count('removed', starts[1])],
        };
      };
      return { product, codes: moves('code'), actions: moves('action') };
    })
    .filter((p) => total(p) > 0)
    .sort((a, b) => total(b) - total(a) || compareCodes(a.product, b.product));
  return { newest, starts, products, productCount: catalogue.products().length };
}

/** Changes in the 12 months, summed. */
function total({ codes, actions }: ProductChurn): number {
  return codes.added[1] + codes.removed[1] + actions.added[1] + actions.removed[1];
}

/**
 * A product's changes after `start` (yyyy-mm-dd), over its API versions: each code and action, current or removed,
 * that arrived after it, and each that left after it; sorted by release, then kind, then name.
 */
export function productChanges(catalogue: Catalogue, product: string, start: string): Change[] {
  const changes: Change[] = [];
  for (const table of catalogue.versionTables(product)) {
    const history = table.history;
    if (history === undefined) continue;
    const version = table.version ?? '';
    const note = (kind: Change['kind'], name: string, lifecycle: Lifecycle | undefined): void => {
      if (lifecycle === undefined) return;
      if (lifecycle.since.date > start)
        changes.push({ kind, name, change: 'added', release: lifecycle.since, version });
      const removed = lifecycle.removed?.in;
      if (removed !== undefined && removed.date > start)
        changes.push({ kind, name, change: 'removed', release: removed, version });
    };
    for (const code of codesOf(table)) note('code', code, history.code(code));
    for (const action of [...(table.actions?.keys() ?? []), ...history.removedActions().keys()]) {
      note('action', action, history.action(action));
    }
  }
  return changes.sort(
    (a, b) => a.release.order - b.release.order || compareCodes(a.kind, b.kind) || compareCodes(a.name, b.name),
  );
}

/**
 * The codes of an API version, current and removed, each once: a common code its errors.go stopped listing is both
 * (the common table keeps it for every product).
 */
function codesOf(table: CodeTable): Set<string> {
  return new Set([...table.codes.map((e) => e.code), ...(table.history?.removedCodes().map((e) => e.code) ?? [])]);
}

/** `date` (yyyy-mm-dd) `months` months earlier, the day clamped to the month's last (08-31 − 6 months = 02-28). */
export function monthsBefore(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

/** The report: what it covers, then a Markdown table of the products that changed, the most changes first. */
export function formatChurn(churn: Churn, sdk: string, limit = Infinity): string {
  const { newest, starts, products } = churn;
  const shown = products.slice(0, limit);
  const pair = (moves: Moves, i: 0 | 1): string => `+${moves.added[i]} −${moves.removed[i]}`;
  const lines = [
    `API changes in the 6 and 12 months up to ${sdk} ${newest.version} (${newest.date}), the newest release in the`,
    `catalogue's history: after ${starts[0]} and after ${starts[1]}. The windows end at that release, not today, so the`,
    `report is the same on any day. ${products.length} of ${churn.productCount} products changed in the 12 months` +
      (shown.length < products.length ? `; the ${shown.length} that changed most:` : ':'),
    '',
    '| product | codes, 6 months | codes, 12 months | actions, 6 months | actions, 12 months |',
    '| --- | --- | --- | --- | --- |',
    ...shown.map(
      (p) =>
        `| ${p.product} | ${pair(p.codes, 0)} | ${pair(p.codes, 1)} | ${pair(p.actions, 0)} | ${pair(p.actions, 1)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** One product's changes in the 12 months, one a line: `2026-07-08 v1.3.130  - action TextTranslate (2018-03-21)`. */
export function formatChanges(product: string, changes: readonly Change[], start: string): string {
  const lines = [`${product}: ${changes.length} change${changes.length === 1 ? '' : 's'} after ${start}`];
  for (const c of changes) {
    lines.push(
      `  ${c.release.date} ${c.release.version}  ${c.change === 'added' ? '+' : '-'} ${c.kind} ${c.name} (${c.version})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
