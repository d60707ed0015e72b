/**
 * The binary search of the house: in `items`, where `before` holds for a prefix and fails for the rest (a sorted
 * list and a "comes before" test), the index of the first item it fails for; `items.length` when it holds for all.
 * `from` and `to` search only the items between them (`to` excluded), where it holds for a prefix and fails for the
 * rest; the answer is then `to` when it holds for all of them.
 * A lower bound is `partitionPoint(sorted, (x) => x < key)`; the last item at or before a key is at
 * `partitionPoint(sorted, (x) => x <= key) - 1`.
 */
export function partitionPoint<T>(
  items: readonly T[],
  before: (item: T) => boolean,
  from = 0,
  to: number = items.length,
): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(items[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}
