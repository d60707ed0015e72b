import { GENERATED_TAG, GENERATED_TAG_TEXT } from '../format/markers.js';
import type { Doc } from './layout.js';

/** One generated top-level declaration: the lines of its JSDoc (the `@generated` tag is added) and its code. */
export interface Statement {
  readonly docs: readonly string[];
  readonly code: Doc;
}

/** Puts hand-written text into the output and returns the placeholder comment that stands for it. */
export type Keep = (text: string) => string;

/** The JSDoc of a generated declaration: its lines, then the `@generated gen-handlers` tag. */
export function jsdoc(lines: readonly string[]): string {
  return [
    '/**',
    ...lines.map((text) => (text === '' ? ' *' : ` * ${text}`)),
    ` * @${GENERATED_TAG} ${GENERATED_TAG_TEXT}`,
    ' */',
  ].join('\n');
}
