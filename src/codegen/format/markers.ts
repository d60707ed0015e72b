/**
 * The marks a generated file carries, which emit/ writes and read/ recognises: the JSDoc tag of a generated
 * declaration and the rethrowing skeleton of a case.
 */

/** The JSDoc tag that marks a top-level declaration as generated: `@generated gen-handlers`. */
export const GENERATED_TAG = 'generated';
export const GENERATED_TAG_TEXT = 'gen-handlers';

/** The parameter every generated handler rethrows: a body that only does that is a skeleton. */
export const HANDLER_PARAMETER = 'error';

const SKELETON_BODY = new RegExp(`^\\s*(?://[^\\n\\r\\u2028\\u2029]*\\r?\\n\\s*)?throw ${HANDLER_PARAMETER};$`, 'u');

/** Whether a case body (text after the colon) is the generated rethrow, with at most its one comment line. */
export function isSkeletonBody(body: string): boolean {
  return SKELETON_BODY.test(body);
}
