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
  throwableStatement,
  unhandledStatement,
} from './module-statements.js';
import { printed, printedDocs } from './print.js';
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
  throwable: throwableStatement,
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
 * Prints a module with ts-morph: each declaration's JSDoc, then its code (print.ts), one blank line between
 * top-level statements. Kept hand-written text goes in as it was: top-level blocks directly, text inside a handler
 * (a case body, the statements around its switch, its return type) in place of placeholder comments once the
 * handler is printed, so no user's line is ever re-indented or re-wrapped.
 */
export function emitModule(ir: ModuleIR): string {
  const kept: string[] = [];
  const token = placeholderToken(ir);
  const keep: Keep = (text, where = 'line') => {
    const n = kept.push(text) - 1;
    return where === 'line' ? `//${token}${n}` : `/*${token}${n}*/`;
  };
  const blocks: string[] = [...ir.top];
  /** A generated declaration, then the hand-written blocks that followed it; kept text stays below its JSDoc. */
  const declare = (name: string, statement: Statement): void => {
    const between = ir.inner.get(name);
    blocks.push(
      [printedDocs(statement.docs), ...(between === undefined ? [] : [between]), printed(statement.code)].join('\n'),
    );
    blocks.push(...(ir.after.get(name) ?? []));
  };
  for (const key of moduleDeclarations(ir.hasFamilies, ir.format)) declare(ir.names[key], MODULE_BUILDERS[key](ir));
  for (const family of ir.families) {
    for (const key of FAMILY_DECLARATIONS) declare(family.names[key], FAMILY_BUILDERS[key](ir, family, keep));
  }
  blocks.push(...ir.tail);
  const text = blocks
    .join('\n\n')
    .replace(
      new RegExp(`[ \\t]*//${token}(\\d+)|/\\*${token}(\\d+)\\*/`, 'gu'),
      (_, line: string | undefined, inline: string | undefined) => kept[Number(line ?? inline)] ?? '',
    );
  return `${ir.header}\n${text}\n`;
}

/** A placeholder that occurs nowhere in the printed text but where we put it, nor in any text kept. */
function placeholderToken(ir: ModuleIR): string {
  const haystack = [
    ir.header,
    ...ir.families.flatMap((f) => [
      ...f.cases.flatMap((c) => [c.comment, c.body ?? '']),
      ...f.gaps.values(),
      f.signature.returnType ?? '',
    ]),
    ...ir.top,
    ...[...ir.after.values()].flat(),
    ...ir.inner.values(),
    ...ir.tail,
  ].join('\n');
  let token = 'gen-handlers-keep-';
  while (haystack.includes(token)) token += 'x';
  return token;
}
