import { unicodeEscape } from '../../src/shared/unicode-escape.js';

describe('unicodeEscape: a character as a visible \\u{…} escape', () => {
  it.each([
    ['\u0000', '\\u{0000}'],
    ['\u001b', '\\u{001B}'],
    ['\u202e', '\\u{202E}'],
    ['\u200b', '\\u{200B}'],
    ['\ufeff', '\\u{FEFF}'],
    ['\ud800', '\\u{D800}'],
    ['\u{1f600}', '\\u{1F600}'],
    ['\u{e0001}', '\\u{E0001}'],
  ])('%j → %s', (ch, want) => {
    expect(unicodeEscape(ch)).toBe(want);
  });
});
