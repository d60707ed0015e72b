import { listCodes, listNames } from '../../src/util/index.js';

describe('listCodes', () => {
  it.each<[string[], string]>([
    [['A'], '"A"'],
    [['A', 'B', 'C', 'D', 'E'], '"A", "B", "C", "D", "E"'],
    [['A', 'B', 'C', 'D', 'E', 'F'], '"A", "B", "C", "D", "E" and 1 more'],
  ])('lists %j as %s', (given, want) => {
    expect(listCodes(given)).toBe(want);
  });
});

describe('listNames', () => {
  it.each<[string[], 'and' | 'or', { count: number; noun: string } | undefined, string]>([
    [[], 'and', undefined, ''],
    [['ASR'], 'and', undefined, 'ASR'],
    [['ASR', 'TMT'], 'and', undefined, 'ASR and TMT'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'and', undefined, 'A, B, C, D, E and F'],
    [['A', 'B', 'C', 'D', 'E'], 'and', { count: 5, noun: 'products' }, 'A, B, C, D and E'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'and', { count: 5, noun: 'products' }, 'A, B, C, D and 2 more products'],
    [['A', 'B', 'C', 'D', 'E'], 'or', { count: 4, noun: 'actions' }, 'A, B, C or 2 more actions'],
  ])('%j, %s, %j → %s', (names, conjunction, limit, want) => {
    expect(listNames(names, conjunction, limit)).toBe(want);
  });
});
