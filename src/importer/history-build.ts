import type { CatalogueHistoryJson, CatalogueProductJson } from '../table/catalogue.js';
import { compareCodes } from '../table/code-index.js';
import {
  type HistoryRemovedActionJson,
  type HistoryRemovedCodeJson,
  type HistoryVersionJson,
  stringifyHistory,
  stringifyReleases,
} from '../table/history.js';
import { type ItemHistory, renamesOf, type SdkHistory, type VersionHistory } from './sdk-history.js';
import type { SdkWarning } from './sdk-tree.js';

export interface BuiltHistory {
  /** File text by path relative to the data folder (`catalogue/history/…`). */
  readonly files: ReadonlyMap<string, string>;
  readonly counts: CatalogueHistoryJson;
  readonly warnings: readonly SdkWarning[];
}

/**
 * The history files of the catalogue's products (table/history.ts): for each API version, the release each code and
 * action arrived in (grouped by release; the most frequent one as `"*"`), and the codes and actions the version no
 * longer has, each removed action with its last list and each removed code with its rename, where one was found.
 * A code the product file still has (from its error-code page) is not removed, whatever the SDK did with it.
 */
export function buildHistory(
  sdk: string,
  history: SdkHistory,
  products: readonly CatalogueProductJson[],
): BuiltHistory {
  const files = new Map<string, string>();
  const warnings: SdkWarning[] = [];
  const counts = { releases: history.releases.length, removedCodes: 0, removedActions: 0, renames: 0 };
  files.set(
    'catalogue/history/releases.json',
    stringifyReleases({ sdk, releases: history.releases.map((r) => [r.name, r.date] as const) }),
  );
  for (const product of products) {
    const versions = product.versions.map((v): HistoryVersionJson => {
      const key = `${product.product}@${v.version}`;
      const found: VersionHistory = history.versions.get(key) ?? {
        product: product.product,
        version: v.version,
        codes: new Map(),
        actions: new Map(),
      };
      const warn = (reason: string): void => {
        warnings.push({ file: `catalogue/history/${product.product}.json`, reason: `${key}: ${reason}` });
      };
      const current = new Set(v.codes.map((c) => c.code));
      const renames = renamesOf(found);
      const removedCodes = [...found.codes]
        .filter(([code, item]) => item.removed !== undefined && !current.has(code))
        .sort(([a], [b]) => compareCodes(a, b))
        .map(([code, item]): HistoryRemovedCodeJson => {
          const renamedTo = renames.get(code);
          return {
            code,
            zh: item.description || code,
            since: item.since,
            removed: item.removed as number,
            ...(renamedTo === undefined ? {} : { renamedTo }),
          };
        });
      const listed = new Map([...v.codes.map((c) => c.code), ...removedCodes.map((c) => c.code)].map((c, i) => [c, i]));
      const removedActions: Record<string, HistoryRemovedActionJson> = {};
      for (const [name, action] of [...found.actions].sort(([a], [b]) => compareCodes(a, b))) {
        if (action.removed === undefined || Object.hasOwn(v.actions, name)) continue;
        const codes = action.lastCodes?.flatMap((code) => {
          const i = listed.get(code);
          if (i === undefined) warn(`the last list of ${name} names "${code}", which no release of the version had`);
          return i === undefined ? [] : [i];
        });
        removedActions[name] = {
          since: action.since,
          removed: action.removed,
          codes: codes === undefined ? null : [...new Set(codes)].sort((a, b) => a - b),
        };
      }
      counts.removedCodes += removedCodes.length;
      counts.removedActions += Object.keys(removedActions).length;
      counts.renames += removedCodes.filter((c) => c.renamedTo !== undefined).length;
      return {
        version: v.version,
        codes: arrivals(
          v.codes.map((c) => (c.from === 'page' ? null : c.code)),
          found.codes,
          (code) => {
            warn(`no release had the code "${code}"`);
          },
        ),
        actions: arrivals(Object.keys(v.actions), found.actions, (name) => {
          warn(`no release had the action ${name}`);
        }),
        removedCodes,
        removedActions,
      };
    });
    files.set(`catalogue/history/${product.product}.json`, stringifyHistory({ product: product.product, versions }));
  }
  return { files, counts, warnings };
}

/**
 * The items (`null`: one without a release, a page-only code) grouped by the release they arrived in, the most
 * frequent release (the lowest of equals) as `"*"`; with an item the history does not know, every group is listed.
 */
function arrivals(
  items: readonly (string | null)[],
  known: VersionHistory['codes'] | VersionHistory['actions'],
  unknown: (item: string) => void,
): Record<string, number[] | '*'> {
  const groups = new Map<number, number[]>();
  let complete = true;
  for (const [i, item] of items.entries()) {
    if (item === null) continue;
    const found: ItemHistory | undefined = known.get(item);
    if (found === undefined) {
      unknown(item);
      complete = false;
      continue;
    }
    const group = groups.get(found.since) ?? [];
    group.push(i);
    groups.set(found.since, group);
  }
  let common: number | undefined;
  for (const [release, group] of groups) {
    const best = common === undefined ? undefined : groups.get(common);
    if (best === undefined || group.length > best.length || (group.length === best.length && release < (common ?? 0))) {
      common = release;
    }
  }
  const result: Record<string, number[] | '*'> = {};
  for (const [release, group] of [...groups].sort(([a], [b]) => a - b)) {
    result[String(release)] = complete && release === common ? '*' : group;
  }
  return result;
}
