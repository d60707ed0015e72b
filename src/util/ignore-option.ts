import type { JSONSchema } from '@typescript-eslint/utils';

/**
 * The `ignore` option of the rules: regular expressions, as strings, tested unanchored and without flags; a match is
 * never reported. `what` names what they are tested against ("codes", "action names").
 */
export function ignoreSchema(what: string): JSONSchema.JSONSchema4 {
  return {
    type: 'array',
    items: { type: 'string', format: 'regex' },
    uniqueItems: true,
    description: `Regular expressions (as strings, unanchored) matching ${what} that are never reported.`,
  };
}

/** Tests a text against the `ignore` option's patterns (which the schema has checked with `format: "regex"`). */
export function ignoreMatcher(patterns: readonly string[]): (text: string) => boolean {
  const compiled = patterns.map((pattern) => new RegExp(pattern));
  return (text) => compiled.some((pattern) => pattern.test(text));
}
