import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/**
 * The `ignore` option of the rules that judge codes (no-unknown-error-code, no-impossible-error-code), as their
 * schemas declare it: regular expressions, as strings, unanchored and without flags, matching codes that are never
 * reported. ESLint checks each pattern against `format: "regex"` before a rule runs.
 */
export const IGNORE_OPTION: JSONSchema4 = {
  type: 'array',
  items: { type: 'string', format: 'regex' },
  uniqueItems: true,
  description: 'Regular expressions (as strings, unanchored) matching codes that are never reported.',
};

/** Whether a code is one the `ignore` option's patterns match. */
export function ignoreMatcher(patterns: readonly string[]): (code: string) => boolean {
  const compiled = patterns.map((pattern) => new RegExp(pattern));
  return (code) => compiled.some((pattern) => pattern.test(code));
}
