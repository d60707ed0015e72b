/**
 * The marks a generated file carries, which emit/ writes and read/ recognises: the JSDoc tag of a generated
 * declaration, the rethrowing skeleton of a case, and the parts of a handler.
 */

/** The JSDoc tag that marks a top-level declaration as generated: `@generated gen-handlers`. */
export const GENERATED_TAG = 'generated';
export const GENERATED_TAG_TEXT = 'gen-handlers';

/** The parameter of every generated handler, which a skeleton case throws (through the module's helper). */
export const HANDLER_PARAMETER = 'error';

/** The local every generated handler reads the code from: `const info = …(error); switch (info.code) { … }`. */
export const HANDLER_INFO = 'info';

/**
 * The places in a generated handler where the user's statements and comments are kept: before `const info`
 * (`start`), between it and the switch (`afterInfo`), between `switch (…) {` and the first clause (`switchStart`),
 * after the switch (`end`).
 */
export type HandlerGap = 'start' | 'afterInfo' | 'switchStart' | 'end';

/**
 * Whether a case body (text after the colon) only throws, as the skeleton does, with at most one comment line
 * before it: `{ comment }` with that line (`// …`, trimmed) or `undefined`; `undefined` when it does more. The
 * skeleton throws `<throwable>(error)` (`throwable`: the module's helper), or, in a file of format 1 (`throwable`
 * undefined), rethrows with `throw error`; the semicolon is optional, for formatters set not to print them.
 */
export function rethrowComment(
  body: string,
  throwable: string | undefined,
): { readonly comment: string | undefined } | undefined {
  const thrown = throwable === undefined ? HANDLER_PARAMETER : `${throwable}\\(${HANDLER_PARAMETER}\\)`;
  const skeleton = new RegExp(`^\\s*(?:(//[^\\n\\r\\u2028\\u2029]*)\\r?\\n\\s*)?throw ${thrown};?$`, 'u');
  const match = skeleton.exec(body);
  return match === null ? undefined : { comment: match[1]?.trimEnd() };
}
