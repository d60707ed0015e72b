import { codeContamination } from '../../src/util/index.js';

describe('codeContamination', () => {
  it.each([
    { given: ' InternalError', clean: 'InternalError', problems: ['leading white space'] },
    { given: 'InternalError\t', clean: 'InternalError', problems: ['trailing white space'] },
    {
      given: '\u3000InternalError ',
      clean: 'InternalError',
      problems: ['leading white space', 'trailing white space'],
    },
    {
      given: 'FailedOperation．ProxySellOut',
      clean: 'FailedOperation.ProxySellOut',
      problems: ['the full-width "．" (U+FF0E) for "."'],
    },
    {
      given: 'FailedOperation。ProxySellOut',
      clean: 'FailedOperation.ProxySellOut',
      problems: ['the full-width "。" (U+3002) for "."'],
    },
    { given: 'Ｉnternal', clean: 'Internal', problems: ['the full-width "Ｉ" (U+FF29) for "I"'] },
    { given: 'Intern\u0430lError', clean: 'InternalError', problems: ['the Cyrillic "а" (U+0430) for "a"'] },
    {
      given: 'F\u0430iledOperati\u043En.Pr\u043Exy',
      clean: 'FailedOperation.Proxy',
      problems: ['the Cyrillic "а" (U+0430) for "a"', 'the Cyrillic "о" (U+043E) for "o"'],
    },
    {
      given: ' \u0421\u0435\u0440\u0445',
      clean: 'Cepx',
      problems: [
        'leading white space',
        'the Cyrillic "С" (U+0421) for "C"',
        'the Cyrillic "е" (U+0435) for "e"',
        'the Cyrillic "р" (U+0440) for "p"',
        'the Cyrillic "х" (U+0445) for "x"',
      ],
    },
    { given: '\u039FperationDenied', clean: 'OperationDenied', problems: ['the Greek "Ο" (U+039F) for "O"'] },
    { given: 'Internal\u200BError', clean: 'InternalError', problems: ['the invisible U+200B'] },
    { given: '\uFEFFInternalError', clean: 'InternalError', problems: ['the invisible U+FEFF'] },
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
