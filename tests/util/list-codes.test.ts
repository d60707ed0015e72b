import { listCodes } from '../../src/util/index.js';

describe('listCodes', () => {
  it.each<[string[], string]>([
    [['A'], '"A"'],
    [['A', 'B', 'C', 'D', 'E'], '"A", "B", "C", "D", "E"'],
    [['A', 'B', 'C', 'D', 'E', 'F'], '"A", "B", "C", "D", "E" and 1 more'],
  ])('lists %j as %s', (given, want) => {
    expect(listCodes(given)).toBe(want);
  });
});
