import { codeProblem } from './grammar.js';
import { type JsonPath, lineOfPath, parseJson } from './json.js';
import { TableError } from './table-error.js';

/*
 * The checks the catalogue's loaders make of a JSON file's parts: each failure is a TableError naming the file and
 * the line of the part.
 */

export type Fail = (at: JsonPath, reason: string) => never;

/** A catalogue file's value, and how to fail at a path of it (a TableError naming the file and the line). */
export function readJson(text: string, file: string): { data: unknown; fail: Fail } {
  const fail: Fail = (at, reason) => {
    throw new TableError(file, lineOfPath(text, at, false), reason);
  };
  return { data: parseJson(text, file), fail };
}

/** An object; with `keys`, only those keys are allowed. */
export function record(value: unknown, at: JsonPath, what: string, keys: readonly string[] | undefined, fail: Fail) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(at, `${what} must be an object`);
  const unknown = keys === undefined ? undefined : Object.keys(value).find((key) => !keys.includes(key));
  if (unknown !== undefined) {
    fail([...at, unknown], `unknown key "${unknown}" in ${what} (allowed: ${keys?.join(', ') ?? ''})`);
  }
  return value as Record<string, unknown>;
}

export function text(value: unknown, at: JsonPath, what: string, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(at, `${what} must be a non-empty string`);
  return value;
}

export function list(value: unknown, at: JsonPath, what: string, fail: Fail): unknown[] {
  if (!Array.isArray(value)) return fail(at, `${what} must be an array`);
  return value;
}

export function code(value: unknown, at: JsonPath, seen: Set<string>, fail: Fail): string {
  const result = text(value, at, '"code"', fail);
  const problem = codeProblem(result);
  if (problem !== undefined) fail(at, problem);
  if (seen.has(result)) fail(at, `duplicate code "${result}"`);
  seen.add(result);
  return result;
}
