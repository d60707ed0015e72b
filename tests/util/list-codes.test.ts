import { listCodes, listNames } from '../../src/util/index.js';

describe('listCodes', () => {
  it.each<[string[], 'en' | 'zh', string]>([
    [['A'], 'en', '"A"'],
    [['A', 'B', 'C', 'D', 'E'], 'en', '"A", "B", "C", "D", "E"'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'en', '"A", "B", "C", "D", "E" and 1 more'],
    [['A'], 'zh', '"A"'],
    [['A', 'B', 'C', 'D', 'E'], 'zh', '"A"、"B"、"C"、"D"、"E"'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'zh', '"A"、"B"、"C"、"D"、"E" 及其他 1 个'],
  ])('lists %j in %s as %s', (given, lang, want) => {
    expect(listCodes(given, lang)).toBe(want);
  });
});

describe('listNames', () => {
  const products = { count: 5, noun: { en: 'products', zh: '产品' } };
  const actions = { count: 4, noun: { en: 'actions', zh: '操作' } };
  it.each<[string[], 'and' | 'or', 'en' | 'zh', typeof products | undefined, string]>([
    [[], 'and', 'en', undefined, ''],
    [['ASR'], 'and', 'en', undefined, 'ASR'],
    [['ASR', 'TMT'], 'and', 'en', undefined, 'ASR and TMT'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'and', 'en', undefined, 'A, B, C, D, E and F'],
    [['A', 'B', 'C', 'D', 'E'], 'and', 'en', products, 'A, B, C, D and E'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'and', 'en', products, 'A, B, C, D and 2 more products'],
    [['A', 'B', 'C', 'D', 'E'], 'or', 'en', actions, 'A, B, C or 2 more actions'],
    [[], 'and', 'zh', undefined, ''],
    [['ASR'], 'and', 'zh', undefined, 'ASR'],
    [['ASR', 'TMT'], 'and', 'zh', undefined, 'ASR 和 TMT'],
    [['TMT', '公共错误码'], 'and', 'zh', undefined, 'TMT 和公共错误码'],
    [['公共错误码', 'TMT'], 'or', 'zh', undefined, '公共错误码或 TMT'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'and', 'zh', undefined, 'A、B、C、D、E 和 F'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 'and', 'zh', products, 'A、B、C、D 和其他 2 个产品'],
    [['A', 'B', 'C', 'D', 'E'], 'or', 'zh', actions, 'A、B、C 或其他 2 个操作'],
  ])('%j, %s, %s, %j → %s', (names, conjunction, lang, limit, want) => {
    expect(listNames(names, conjunction, lang, limit)).toBe(want);
  });
});
