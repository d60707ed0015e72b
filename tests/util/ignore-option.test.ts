import { ignoreMatcher, ignoreSchema } from '../../src/util/ignore-option.js';

describe('the ignore option', () => {
  it('is a list of unique regular expressions, described for the rule docs by what they match', () => {
    expect(ignoreSchema('codes')).toEqual({
      type: 'array',
      items: { type: 'string', format: 'regex' },
      uniqueItems: true,
      description: 'Regular expressions (as strings, unanchored) matching codes that are never reported.',
    });
    expect(ignoreSchema('action names').description).toBe(
      'Regular expressions (as strings, unanchored) matching action names that are never reported.',
    );
  });

  it.each<[string[], string, boolean]>([
    [[], 'FailedOperation.Legacy', false],
    [['^FailedOperation\\.Legacy'], 'FailedOperation.Legacy', true],
    [['^FailedOperation\\.Legacy'], 'FailedOperation.LegacyQuota', true],
    [['^FailedOperation\\.Legacy$'], 'FailedOperation.LegacyQuota', false],
    [['Legacy'], 'InvalidParameter.LegacyName', true],
    [['^A$', '^B\\.'], 'B.C', true],
    [['^A$', '^B\\.'], 'BC', false],
  ])('%j matches %s: %s (unanchored, no flags)', (patterns, code, want) => {
    expect(ignoreMatcher(patterns)(code)).toBe(want);
  });
});
