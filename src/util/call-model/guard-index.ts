import type { TSESTree } from '@typescript-eslint/utils';

import { partitionPoint } from '../../shared/partition-point.js';

interface Ranged {
  readonly range: TSESTree.Range;
}

/**
 * Finds the innermost of a set of regions that holds a range, in O(log n): regions of code nest or are apart (a
 * catch body, a callback, the rest of a function), so sorted by start (outer first) each region's parent is the
 * nearest earlier one that still holds it, and the innermost region holding a range is the last region starting
 * at or before it, or one of that region's ancestors.
 */
export class GuardIndex<T extends Ranged> {
  readonly #sorted: readonly T[];
  readonly #parents: readonly number[];

  constructor(regions: readonly T[]) {
    this.#sorted = [...regions].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
    const parents: number[] = [];
    const open: number[] = [];
    this.#sorted.forEach((region, i) => {
      while (open.length > 0 && !holds(this.#sorted[open.at(-1) as number] as T, region.range)) open.pop();
      parents.push(open.at(-1) ?? -1);
      open.push(i);
    });
    this.#parents = parents;
  }

  /** The innermost region that holds `range`, else `undefined`; of equal regions, the last given. */
  at(range: TSESTree.Range): T | undefined {
    const last = partitionPoint(this.#sorted, (region) => region.range[0] <= range[0]) - 1;
    for (let i = last; i !== -1; i = this.#parents[i] ?? -1) {
      const region = this.#sorted[i] as T;
      if (holds(region, range)) return region;
    }
    return undefined;
  }
}

function holds(region: Ranged, range: TSESTree.Range): boolean {
  return region.range[0] <= range[0] && range[1] <= region.range[1];
}
