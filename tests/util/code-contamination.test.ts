import { codeContamination } from '../../src/util/index.js';

describe('codeContamination', () => {
  const LEADING = { en: 'leading white space', zh: '开头的空白' };
  const TRAILING = { en: 'trailing white space', zh: '结尾的空白' };
  it.each([
    { given: ' InternalError', clean: 'InternalError', problems: [LEADING] },
    { given: 'InternalError\t', clean: 'InternalError', problems: [TRAILING] },
    { given: '\u3000InternalError ', clean: 'InternalError', problems: [LEADING, TRAILING] },
    {
      given: 'FailedOperation．ProxySellOut',
      clean: 'FailedOperation.ProxySellOut',
      problems: [{ en: 'the full-width "．" (U+FF0E) for "."', zh: '全角字符 "．"（U+FF0E，应为 "."）' }],
    },
    {
      given: 'FailedOperation。ProxySellOut',
      clean: 'FailedOperation.ProxySellOut',
      problems: [{ en: 'the full-width "。" (U+3002) for "."', zh: '全角字符 "。"（U+3002，应为 "."）' }],
    },
    {
      given: 'Ｉnternal',
      clean: 'Internal',
      problems: [{ en: 'the full-width "Ｉ" (U+FF29) for "I"', zh: '全角字符 "Ｉ"（U+FF29，应为 "I"）' }],
    },
    {
      given: 'Intern\u0430lError',
      clean: 'InternalError',
      problems: [{ en: 'the Cyrillic "а" (U+0430) for "a"', zh: '西里尔字母 "а"（U+0430，应为 "a"）' }],
    },
    {
      given: 'F\u0430iledOperati\u043En.Pr\u043Exy',
      clean: 'FailedOperation.Proxy',
      problems: [
        { en: 'the Cyrillic "а" (U+0430) for "a"', zh: '西里尔字母 "а"（U+0430，应为 "a"）' },
        { en: 'the Cyrillic "о" (U+043E) for "o"', zh: '西里尔字母 "о"（U+043E，应为 "o"）' },
      ],
    },
    {
      given: ' \u0421\u0435\u0440\u0445',
      clean: 'Cepx',
      problems: [
        LEADING,
        { en: 'the Cyrillic "С" (U+0421) for "C"', zh: '西里尔字母 "С"（U+0421，应为 "C"）' },
        { en: 'the Cyrillic "е" (U+0435) for "e"', zh: '西里尔字母 "е"（U+0435，应为 "e"）' },
        { en: 'the Cyrillic "р" (U+0440) for "p"', zh: '西里尔字母 "р"（U+0440，应为 "p"）' },
        { en: 'the Cyrillic "х" (U+0445) for "x"', zh: '西里尔字母 "х"（U+0445，应为 "x"）' },
      ],
    },
    {
      given: '\u039FperationDenied',
      clean: 'OperationDenied',
      problems: [{ en: 'the Greek "Ο" (U+039F) for "O"', zh: '希腊字母 "Ο"（U+039F，应为 "O"）' }],
    },
    {
      given: 'Internal\u200BError',
      clean: 'InternalError',
      problems: [{ en: 'the invisible U+200B', zh: '不可见字符 U+200B' }],
    },
    {
      given: '\uFEFFInternalError',
      clean: 'InternalError',
      problems: [{ en: 'the invisible U+FEFF', zh: '不可见字符 U+FEFF' }],
    },
  ])('$given: $clean', ({ given, clean, problems }) => {
    expect(codeContamination(given)).toEqual({ clean, problems });
  });

  it.each([
    { given: 'InternalError', why: 'a clean code' },
    { given: 'Failed Operation', why: 'white space inside only' },
    { given: '   ', why: 'white space only' },
    { given: '', why: 'empty' },
    { given: '内部错误', why: 'Chinese text' },
    { given: 'Internal\u00e9Error', why: 'a letter with no ASCII look-alike' },
    { given: ' 错误', why: 'white space around Chinese text' },
  ])('$given: nothing ($why)', ({ given }) => {
    expect(codeContamination(given)).toBeUndefined();
  });
});
