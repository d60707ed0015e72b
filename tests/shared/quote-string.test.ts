import { quoteString } from '../../src/shared/quote-string.js';

describe('quoteString', () => {
  it.each([
    ["it's", "'", "'it\\'s'"],
    ['say "hi"', '"', '"say \\"hi\\""'],
    ['${x}`', '`', '`\\${x}\\``'],
    // One quoting helper with the generator's: anything outside printable ASCII as \uXXXX.
    ['a\\b\n\u202E', "'", "'a\\\\b\\u000a\\u202e'"],
  ] as const)('quotes %j with %s', (given, quote, want) => {
    expect(quoteString(given, quote)).toBe(want);
  });
});
