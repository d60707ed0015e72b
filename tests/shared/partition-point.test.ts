import { partitionPoint } from '../../src/shared/partition-point.js';

/** partitionPoint: the index of the first item the "comes before" test fails for, by binary search. */
describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 3, 7, 9];

  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 4],
    [9, 5],
    [10, 6],
  ])('a lower bound of %i is %i', (key, index) => {
    expect(partitionPoint(sorted, (x) => x < key)).toBe(index);
  });

  it.each([
    [0, 0],
    [3, 4],
    [8, 5],
    [9, 6],
  ])('an upper bound of %i is %i', (key, index) => {
    expect(partitionPoint(sorted, (x) => x <= key)).toBe(index);
  });

  it('is 0 for no items, and matches a linear scan on every key of a longer list', () => {
    expect(partitionPoint([], () => true)).toBe(0);
    const long = Array.from({ length: 100 }, (_, i) => Math.floor(i / 3));
    for (let key = -1; key <= 35; key++) {
      expect(partitionPoint(long, (x) => x < key)).toBe(long.filter((x) => x < key).length);
    }
  });
});
