/**
 * The marks a generated file carries, which emit/ writes and read/ recognises: the JSDoc tag of a generated
 * declaration, the rethrowing skeleton of a case, and the parts of a handler.
 */

/** The JSDoc tag that marks a top-level declaration as generated: `@generated gen-handlers`. */
export const GENERATED_TAG = 'generated';
export const GENERATED_TAG_TEXT = 'gen-handlers';

/** The parameter every generated handler rethrows: a body that only does that is a skeleton. */
export const HANDLER_PARAMETER = 'error';

/** The local every generated handler reads the code from: `const info = …(error); switch (info.code) { … }`. */
export const HANDLER_INFO = 'info';

/**
 * The places in a generated handler where the user's statements and comments are kept: before `const info`
 * (`start`), between it and the switch (`afterInfo`), between `switch (…) {` and the first clause (`switchStart`),
 * after the switch (`end`).
 */
export type HandlerGap = 'start' | 'afterInfo' | 'switchStart' | 'end';

const RETHROW = new RegExp(`^\\s*(?:(//[^\\n\\r\\u2028\\u2029]*)\\r?\\n\\s*)?throw ${HANDLER_PARAMETER};$`, 'u');

/**
 * Whether a case body (text after the colon) only rethrows, as the skeleton does, with at most one comment line
 * before it: `{ comment }` with that line (`// …`, trimmed) or `undefined`; `undefined` when it does more.
 */
export function rethrowComment(body: string): { readonly comment: string | undefined } | undefined {
  const match = RETHROW.exec(body);
  return match === null ? undefined : { comment: match[1]?.trimEnd() };
}
