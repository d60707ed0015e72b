import { messageValue } from '../shared/comment-text.js';

/**
 * A value as a message names it: `the string "fr"`, `an empty array`, `number 3`, `an object`, `a function`,
 * `null`; a string through the one sanitiser (cut, control characters escaped). Never throws, whatever the value
 * (a revoked Proxy is `a value that cannot be read`).
 */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
    if (typeof value === 'string') return `the string "${messageValue(value)}"`;
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'symbol') return 'a symbol';
    if (
      typeof value === 'number' ||
      typeof value === 'bigint' ||
      typeof value === 'boolean' ||
      typeof value === 'undefined'
    ) {
      return `${typeof value} ${messageValue(String(value))}`;
    }
    return 'an object';
  } catch {
    return 'a value that cannot be read';
  }
}
