import type { CodeEntry } from '../../src/table/index.js';
import { entryComment } from '../../src/util/index.js';

const both: CodeEntry = {
  code: 'FailedOperation.ProxySellOut',
  family: 'FailedOperation',
  scope: 'service',
  description: { zh: '线路已售罄。', en: 'The line is\nsold out.' },
};
const chineseOnly: CodeEntry = {
  code: 'InternalError.Timeout',
  family: 'InternalError',
  scope: 'service',
  description: { zh: '后端\u202E超时。' },
};

describe('entryComment', () => {
  it.each<[string, CodeEntry, 'en' | 'zh', string]>([
    ['English where there is one', both, 'en', 'The line is sold out.'],
    ['Chinese when asked for', both, 'zh', '线路已售罄。'],
    ['Chinese where English is missing', chineseOnly, 'en', '后端\\u{202E}超时。'],
    ['Chinese, made comment-safe', chineseOnly, 'zh', '后端\\u{202E}超时。'],
  ])('%s', (_, entry, lang, want) => {
    expect(entryComment(entry, lang)).toBe(want);
  });

  it('keeps one text per language for the same entry', () => {
    expect([entryComment(both, 'en'), entryComment(both, 'zh'), entryComment(both, 'en')]).toEqual([
      'The line is sold out.',
      '线路已售罄。',
      'The line is sold out.',
    ]);
  });
});
