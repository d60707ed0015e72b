import type { StatementStructures, WriterFunction } from 'ts-morph';

/**
 * One generated top-level declaration: the lines of its JSDoc (the `@generated` tag is added) and its code, a
 * ts-morph structure without docs, or, where a structure would hang its lines (an array one element a line, nested
 * object types), what ts-morph's code-block writer writes.
 */
export interface Statement {
  readonly docs: readonly string[];
  readonly code: StatementStructures | WriterFunction;
}

/**
 * Puts hand-written text into the output and returns the placeholder comment that stands for it: a line comment
 * (`line`, a statement or a case body of its own) or a block comment (`inline`, a return type), which the
 * printed text swaps for the exact text, so no user's line is ever re-indented or re-wrapped.
 */
export type Keep = (text: string, where?: 'line' | 'inline') => string;
