/**
 * The binary search of the house: in `items`, where `before` holds for a prefix and fails for the rest (a sorted
 * list and a "comes before" test), the index of the first item it fails for; `items.length` when it holds for all.
 * A lower bound is `partitionPoint(sorted, (x) => x < key)`; the last item at or before a key is at
 * `partitionPoint(sorted, (x) => x <= key) - 1`.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(items[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}
