import type { CodeBlockWriter, StatementStructures, WriterFunction } from 'ts-morph';

import { GENERATED_TAG, GENERATED_TAG_TEXT } from '../format/markers.js';

/** One top-level statement as ts-morph takes it: a structure, or a writer for what structures cannot say. */
export type Statement = string | WriterFunction | StatementStructures;

/** Puts hand-written text into the output and returns the placeholder comment that stands for it. */
export type Keep = (text: string) => string;

const MARKER = { tagName: GENERATED_TAG, text: GENERATED_TAG_TEXT };

/** The JSDoc of a generated declaration structure: the lines, then the `@generated gen-handlers` tag. */
export function docs(...lines: string[]): { description: string; tags: (typeof MARKER)[] }[] {
  return [{ description: lines.join('\n'), tags: [MARKER] }];
}

/** A JSDoc written by hand for writer statements, in the same form ts-morph prints `docs`. */
export function writeDoc(w: CodeBlockWriter, ...lines: string[]): void {
  w.writeLine('/**');
  for (const line of lines) w.writeLine(line === '' ? ' *' : ` * ${line}`);
  w.writeLine(` * @${GENERATED_TAG} ${GENERATED_TAG_TEXT}`);
  w.writeLine(' */');
}
