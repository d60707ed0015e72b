import { IndentationText, NewLineKind, Project, QuoteKind, type WriterFunction } from 'ts-morph';

import {
  FAMILY_DECLARATIONS,
  type FamilyDeclaration,
  type ModuleDeclaration,
  moduleDeclarations,
} from '../ir/build.js';
import type { FamilyIR, ModuleIR } from '../ir/model.js';
import { familyCodeTypeStatement, familyGuardStatement, handlerStatement } from './family-statements.js';
import {
  codeListStatement,
  codeSetStatement,
  codeTypeStatement,
  errorInfoOfStatement,
  errorInfoStatement,
  errorStatement,
  familyOfStatement,
  isCodeStatement,
  isErrorStatement,
  responseErrorStatement,
  sdkErrorStatement,
  unhandledStatement,
} from './module-statements.js';
import type { Keep, Statement } from './statement.js';

/** The builder of each module-wide declaration, keyed as MODULE_DECLARATIONS (which gives the order). */
const MODULE_BUILDERS: { readonly [K in ModuleDeclaration]: (ir: ModuleIR) => Statement } = {
  codeList: codeListStatement,
  codeType: codeTypeStatement,
  codeSet: codeSetStatement,
  isCode: isCodeStatement,
  errorInfo: errorInfoStatement,
  sdkError: sdkErrorStatement,
  responseError: responseErrorStatement,
  error: errorStatement,
  isError: isErrorStatement,
  errorInfoOf: errorInfoOfStatement,
  familyOf: familyOfStatement,
  unhandled: unhandledStatement,
};

/** The builder of each declaration of a family, keyed as FAMILY_DECLARATIONS (which gives the order). */
const FAMILY_BUILDERS: {
  readonly [K in FamilyDeclaration]: (ir: ModuleIR, family: FamilyIR, keep: Keep) => Statement;
} = {
  codeType: familyCodeTypeStatement,
  isError: familyGuardStatement,
  handler: handlerStatement,
};

/**
 * Prints a module with ts-morph: declarations as structures, function bodies and long lists with
 * writers, all added to one in-memory source file at once. Kept hand-written text is put in afterwards
 * in place of placeholder comments (with the indentation ts-morph gave them: kept text brings its own), so
 * ts-morph never re-indents a user's line.
 */
export function emitModule(ir: ModuleIR): string {
  const kept: string[] = [];
  const inner: string[] = [];
  const token = placeholderToken(ir);
  const keep: Keep = (text) => `//${token}${kept.push(text) - 1}`;
  const statements: Statement[] = [];
  const push = (statement: Statement): void => {
    statements.push(statement, blankLine);
  };
  /**
   * A generated declaration, then the hand-written blocks that followed it. Text kept between its JSDoc and the
   * declaration goes in as a placeholder before the JSDoc, moved below it once printed.
   */
  const declare = (name: string, statement: Statement): void => {
    const between = ir.inner.get(name);
    if (between !== undefined) push(`//${token}i${inner.push(between) - 1}`);
    push(statement);
    for (const block of ir.after.get(name) ?? []) push(keep(block));
  };

  for (const block of ir.top) push(keep(block));
  for (const key of moduleDeclarations(ir.hasFamilies)) declare(ir.names[key], MODULE_BUILDERS[key](ir));
  for (const family of ir.families) {
    for (const key of FAMILY_DECLARATIONS) declare(family.names[key], FAMILY_BUILDERS[key](ir, family, keep));
  }
  for (const block of ir.tail) push(keep(block));

  const printed = print(statements)
    .replace(
      new RegExp(`//${token}i(\\d+)\\n\\s*(/\\*\\*[\\s\\S]*?\\*/\\n)`, 'gu'),
      (_, n: string, doc: string) => `${doc}${inner[Number(n)] ?? ''}\n`,
    )
    .replace(new RegExp(`[ \\t]*//${token}(\\d+)`, 'gu'), (_, n: string) => kept[Number(n)] ?? '');
  return `${ir.header}\n${printed}`;
}

const blankLine: WriterFunction = (w) => {
  w.blankLineIfLastNot();
};

/** The statements as text, added at once to an in-memory file with explicit settings; one final newline. */
function print(statements: Statement[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Single,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
  const file = project.createSourceFile('generated.ts', '');
  file.addStatements(statements);
  return file.getFullText().replace(/\n+$/u, '\n');
}

/** A placeholder that occurs nowhere in the printed text but where we put it, nor in any text kept. */
function placeholderToken(ir: ModuleIR): string {
  const haystack = [
    ir.header,
    ...ir.families.flatMap((f) => [...f.cases.flatMap((c) => [c.comment, c.body ?? '']), ...f.gaps.values()]),
    ...ir.top,
    ...[...ir.after.values()].flat(),
    ...ir.inner.values(),
    ...ir.tail,
  ].join('\n');
  let token = 'gen-handlers-keep-';
  while (haystack.includes(token)) token += 'x';
  return token;
}
