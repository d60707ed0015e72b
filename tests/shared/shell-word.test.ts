import { shellWord } from '../../src/shared/shell-word.js';

describe('shellWord: a word as a POSIX shell reads it', () => {
  it.each([
    ['gaap', 'gaap'],
    ['src/gaap-errors.generated.ts', 'src/gaap-errors.generated.ts'],
    ['cvm@2017-03-12', 'cvm@2017-03-12'],
    ['my tables/x.json', "'my tables/x.json'"],
    ["it's", "'it'\\''s'"],
    ['$HOME', "'$HOME'"],
    ['', "''"],
  ])('%j → %s', (word, want) => {
    expect(shellWord(word)).toBe(want);
  });
});
