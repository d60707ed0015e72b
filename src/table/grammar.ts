import { messageValue } from '../shared/comment-text.js';

/**
 * The grammar of a Tencent Cloud error code:
 *
 *   code    = family *( "." segment )
 *   family  = ALPHA *( ALPHA / DIGIT / "_" )
 *   segment = ( ALPHA / DIGIT ) *( ALPHA / DIGIT / "_" / "-" )
 *
 * Segments are separated by single dots; there are no spaces, no empty segments and no
 * leading or trailing dot. `InternalError`, `FailedOperation.ProxySellOut` and
 * `ResourceNotFound.InstanceNotExist` are codes; `Failed Operation`, `.Foo` and `Foo..Bar` are not.
 */
const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9][A-Za-z0-9_-]*)*$/u;

/** Longest code we accept; real codes stay far below it. */
const MAX_CODE_LENGTH = 256;

export function isWellFormedCode(text: string): boolean {
  return text.length <= MAX_CODE_LENGTH && CODE_PATTERN.test(text);
}

/** Why `text` is not a well-formed code, or `undefined` when it is one. */
export function codeProblem(text: string): string | undefined {
  if (text.length === 0) return 'the code is empty';
  if (text.length > MAX_CODE_LENGTH) return `the code is longer than ${MAX_CODE_LENGTH} characters`;
  if (/\s/u.test(text)) return `the code ${quoted(text)} contains white space`;
  if (CODE_PATTERN.test(text)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- by code point: an astral character is named whole
  const bad = [...text].find((ch) => !/[A-Za-z0-9_.-]/u.test(ch));
  if (bad !== undefined) {
    return `the code ${quoted(text)} contains the illegal character ${quoted(bad)}`;
  }
  return `the code ${quoted(text)} is not of the form Family or Family.Segment (letters, digits, "_" and "-", separated by single dots)`;
}

/** A value of a table as a message quotes it: through the one sanitiser, cut at 200 characters. */
export function quoted(text: string): string {
  return `"${messageValue(text)}"`;
}

/** Longest description we accept: real ones stay far below it, and messages and comments stay readable. */
const MAX_DESCRIPTION_LENGTH = 2000;

/** Why a description cannot be used, or `undefined` when it can. */
export function descriptionProblem(code: string, description: string): string | undefined {
  return description.length > MAX_DESCRIPTION_LENGTH
    ? `the description of "${code}" is longer than ${MAX_DESCRIPTION_LENGTH} characters (${description.length})`
    : undefined;
}

/** The family of a code: the part before the first dot; a bare code is its own family. */
export function familyOf(code: string): string {
  const dot = code.indexOf('.');
  return dot === -1 ? code : code.slice(0, dot);
}
