import type { WriterFunction } from 'ts-morph';

import { HANDLER_INFO, HANDLER_PARAMETER, type HandlerGap } from '../format/markers.js';
import type { FamilyIR, ModuleIR } from '../ir/model.js';
import { StructureKind } from '../ts-morph.js';
import { functionDeclaration } from './module-statements.js';
import { str, unionType } from './print.js';
import type { Keep, Statement } from './statement.js';

/*
 * One builder per declaration of a family, in the order of FAMILY_DECLARATIONS (ir/build.ts). Each returns the
 * JSDoc and the code of its declaration and nothing else.
 */

/** `export type XFamilyCode`: the codes of the family. */
export function familyCodeTypeStatement(ir: ModuleIR, family: FamilyIR): Statement {
  return {
    docs: [`A code ${what(ir, family)}.`],
    code: {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: family.names.codeType,
      // Only the common unit can have no codes (tables without common codes): a union of nothing.
      type: family.cases.length === 0 ? 'never' : unionType(family.cases.map((c) => str(c.code))),
    },
  };
}

/** `export function isXFamilyError(err)`: the guard of the family. */
export function familyGuardStatement(ir: ModuleIR, family: FamilyIR): Statement {
  const n = ir.names;
  const code = `${n.errorInfoOf}(err).code`;
  return {
    docs: [
      family.common === undefined
        ? family.kind === 'family'
          ? `Whether \`err\` is an error of the ${family.family} family of the ${ir.service} table, in either shape.`
          : `Whether \`err\` is an error with a code ${what(ir, family)}, in either shape.`
        : `Whether \`err\` is an error with a code ${what(ir, family)} or a common code, in either shape.`,
    ],
    code: functionDeclaration({
      isExported: true,
      name: family.names.isError,
      parameters: [{ kind: StructureKind.Parameter, name: 'err', type: 'unknown' }],
      returnType: `err is ${handled(ir, family)}`,
      statements:
        family.kind === 'family'
          ? [`return ${n.isError}(err) && ${n.familyOf}(${code}) === ${str(family.family)};`]
          : [
              `if (!${n.isError}(err)) return false;`,
              codeArray(family.cases.map((c) => str(c.code))),
              family.common === undefined
                ? `return codes.includes(${code});`
                : `return codes.includes(${code}) || ${family.common.isError}(err);`,
            ],
    }),
  };
}

/** `const codes: readonly string[] = [...];`, one code a line. */
function codeArray(codes: readonly string[]): WriterFunction {
  return (writer) => {
    writer.write('const codes: readonly string[] = [');
    if (codes.length > 0) {
      writer.newLine().indent(() => {
        for (const code of codes) writer.writeLine(`${code},`);
      });
    }
    writer.write('];');
  };
}

/** What a unit's codes are, for doc comments: `of the X family of the gaap table`. */
function what(ir: ModuleIR, family: FamilyIR): string {
  if (family.kind === 'action') return `that the ${family.family} action of the ${ir.service} table documents`;
  if (family.kind === 'common') return `common to every product, of the ${ir.service} table`;
  return `of the ${family.family} family of the ${ir.service} table`;
}

/**
 * The error type a unit's guard and handler take: `XError<XFamilyCode>`; an action's also takes the common codes
 * (its default delegates them).
 */
function handled(ir: ModuleIR, family: FamilyIR): string {
  const f = family.names;
  return family.common === undefined
    ? `${ir.names.error}<${f.codeType}>`
    : `${ir.names.error}<${f.codeType} | ${family.common.codeType}>`;
}

/**
 * `export function handleXFamily(error)`: one case per code, a skeleton that throws or the kept hand-written body
 * (through `keep`, so the printer never re-indents it), and the exhaustive `default`; the user's statements and
 * comments outside the cases where they were (through `keep` too), and the user's `async` and return type.
 */
export function handlerStatement(ir: ModuleIR, family: FamilyIR, keep: Keep): Statement {
  const n = ir.names;
  /** The placeholder of the user's text at `where`, if any (a list of one, or none). */
  const gap = (where: HandlerGap): string[] => {
    const text = family.gaps.get(where);
    return text === undefined ? [] : [keep(text)];
  };
  const thrown = ir.format < 2 ? HANDLER_PARAMETER : `${n.throwable}(${HANDLER_PARAMETER})`;
  // info.code is narrowed to the common codes without a case: the cast compiles only while every code the action
  // documents has one. An action that documents common codes only passes the error on as it is.
  const fallback =
    family.common === undefined
      ? `${n.unhandled}(${HANDLER_INFO}.code, ${HANDLER_PARAMETER})`
      : `${family.common.handler}(${
          family.narrowsToCommon ? `${HANDLER_PARAMETER} as ${n.error}<typeof ${HANDLER_INFO}.code>` : HANDLER_PARAMETER
        })`;
  // One writer for the whole body: ts-morph would put a blank line after the switch, before the user's statements.
  const body: WriterFunction = (writer) => {
    for (const text of gap('start')) writer.writeLine(text);
    writer.writeLine(`const ${HANDLER_INFO} = ${n.errorInfoOf}(${HANDLER_PARAMETER});`);
    for (const text of gap('afterInfo')) writer.writeLine(text);
    writer.write(`switch (${HANDLER_INFO}.code) `).inlineBlock(() => {
      for (const text of gap('switchStart')) writer.writeLine(text);
      for (const c of family.cases) {
        if (c.body !== undefined) {
          writer.writeLine(`case ${str(c.code)}:${keep(c.body)}`);
          continue;
        }
        writer.writeLine(`case ${str(c.code)}:`).indent(() => {
          writer.writeLine(`// ${c.comment}`);
          writer.writeLine(`throw ${thrown};`);
        });
      }
      writer.writeLine('default:').indent(() => writer.writeLine(`return ${fallback};`));
    });
    for (const text of gap('end')) writer.newLine().write(text);
  };
  const { returnType } = family.signature;
  return {
    docs: [
      family.kind === 'family'
        ? `Handles an error of the ${family.family} family of the ${ir.service} table: one case per code, in table order.`
        : `Handles an error with a code ${what(ir, family)}: one case per code, in table order.`,
      ...(family.common === undefined
        ? []
        : [`A common code the action does not document goes to ${family.common.handler}.`]),
      `A case that only rethrows is regenerated on every run; write your own body and gen-handlers keeps it.`,
    ],
    code: functionDeclaration({
      isExported: true,
      isAsync: family.signature.async,
      name: family.names.handler,
      parameters: [{ kind: StructureKind.Parameter, name: HANDLER_PARAMETER, type: handled(ir, family) }],
      // The user's return type goes in as it was written, like a kept body (the printer would indent its lines).
      ...(returnType === undefined ? {} : { returnType: keep(returnType, 'inline') }),
      statements: [body],
    }),
  };
}
