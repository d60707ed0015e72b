import type { JSDocStructure, StatementStructures, WriterFunction } from 'ts-morph';

import { quoteString } from '../../shared/quote-string.js';
import { GENERATED_TAG, GENERATED_TAG_TEXT } from '../format/markers.js';
import { CodeBlockWriter, printStructure, StructureKind } from '../ts-morph.js';

/*
 * ts-morph prints the module: each declaration is a structure (or, where a structure would hang its lines, text
 * written with ts-morph's code-block writer), printed by ts-morph's printer with the settings below. That layout is
 * the one a project without Prettier gets; where Prettier resolves from the output file's folder, the CLI formats
 * the text with it and the project's options (cli/format.ts). Either way `--check` compares files modulo formatting.
 */

/** ts-morph's print settings, set explicitly (its own defaults are four-space indents): two spaces, LF, `"`. */
const PRINT_OPTIONS = { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false } as const;

/** Spaces or tabs at the end of a line: ts-morph leaves one after a `=` whose type starts on the next line. */
const TRAILING_BLANKS = /[ \t]+$/gmu;

/** A generated declaration without its JSDoc, printed. */
export function printed(code: StatementStructures | WriterFunction): string {
  const text = typeof code === 'function' ? written(code) : printStructure(code, PRINT_OPTIONS).replace(/\n$/u, '');
  return text.replace(TRAILING_BLANKS, '');
}

/** Text written with ts-morph's code-block writer under the module's print settings. */
function written(write: WriterFunction): string {
  const writer = new CodeBlockWriter(PRINT_OPTIONS);
  write(writer);
  return writer.toString().replace(/\n$/u, '');
}

/** The JSDoc of a generated declaration: its lines (an empty string is an empty line), then `@generated gen-handlers`. */
export function printedDocs(lines: readonly string[]): string {
  const docs: JSDocStructure = {
    kind: StructureKind.JSDoc,
    description: lines.join('\n'),
    tags: [{ kind: StructureKind.JSDocTag, tagName: GENERATED_TAG, text: GENERATED_TAG_TEXT }],
  };
  return printStructure(docs, PRINT_OPTIONS).replace(TRAILING_BLANKS, '').replace(/\n$/u, '');
}

/** A string literal in double quotes (the codes and families never hold a quote). */
export function str(text: string): string {
  return quoteString(text, '"');
}

/**
 * A union of several members, one a line after a leading `| ` (a type of codes can be long); one member alone is
 * itself. ts-morph indents the lines after the first under the declaration.
 */
export function unionType(members: readonly string[]): string | WriterFunction {
  const [first] = members;
  if (members.length === 1 && first !== undefined) return first;
  return (writer) => {
    for (const member of members) writer.newLine().write(`| ${member}`);
  };
}
