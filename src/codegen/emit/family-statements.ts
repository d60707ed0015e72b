import { StructureKind } from 'ts-morph';

import { quoteString as quote } from '../../shared/quote-string.js';
import { HANDLER_INFO, HANDLER_PARAMETER, type HandlerGap } from '../format/markers.js';
import type { FamilyIR, ModuleIR } from '../ir/model.js';
import { docs, type Keep, type Statement, writeDoc } from './statement.js';

/*
 * One builder per declaration of a family, in the order of FAMILY_DECLARATIONS (ir/build.ts). Each returns the
 * statement of its declaration and nothing else.
 */

/** `export type XFamilyCode`: the codes of the family, one a line. */
export function familyCodeTypeStatement(ir: ModuleIR, family: FamilyIR): Statement {
  const f = family.names;
  return (w) => {
    writeDoc(w, `A code ${what(ir, family)}.`);
    // Only the common unit can have no codes (tables without common codes): a union of nothing.
    if (family.cases.length === 0) {
      w.writeLine(`export type ${f.codeType} = never;`);
      return;
    }
    w.writeLine(`export type ${f.codeType} =`);
    w.indent(() => {
      family.cases.forEach((c, i) => w.writeLine(`| ${quote(c.code)}${i === family.cases.length - 1 ? ';' : ''}`));
    });
  };
}

/** `export function isXFamilyError(err)`: the guard of the family. */
export function familyGuardStatement(ir: ModuleIR, family: FamilyIR): Statement {
  const n = ir.names;
  const f = family.names;
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: f.isError,
    parameters: [{ name: 'err', type: 'unknown' }],
    returnType: `err is ${n.error}<${handled(family)}>`,
    docs: docs(
      family.common === undefined
        ? family.kind === 'family'
          ? `Whether \`err\` is an error of the ${family.family} family of the ${ir.service} table, in either shape.`
          : `Whether \`err\` is an error with a code ${what(ir, family)}, in either shape.`
        : `Whether \`err\` is an error with a code ${what(ir, family)} or a common code, in either shape.`,
    ),
    statements:
      family.kind === 'family'
        ? [`return ${n.isError}(err) && ${n.familyOf}(${n.errorInfoOf}(err).code) === ${quote(family.family)};`]
        : (w) => {
            w.writeLine(`if (!${n.isError}(err)) return false;`);
            w.writeLine(`const codes: readonly string[] = [`);
            w.indent(() => {
              for (const c of family.cases) w.writeLine(`${quote(c.code)},`);
            });
            w.writeLine('];');
            const code = `${n.errorInfoOf}(err).code`;
            w.writeLine(
              family.common === undefined
                ? `return codes.includes(${code});`
                : `return codes.includes(${code}) || ${family.common.isError}(err);`,
            );
          },
  };
}

/** What a unit's codes are, for doc comments: `of the X family of the gaap table`. */
function what(ir: ModuleIR, family: FamilyIR): string {
  if (family.kind === 'action') return `that the ${family.family} action of the ${ir.service} table documents`;
  if (family.kind === 'common') return `common to every product, of the ${ir.service} table`;
  return `of the ${family.family} family of the ${ir.service} table`;
}

/** The codes a unit's guard and handler take: an action's also take the common codes (its default delegates them). */
function handled(family: FamilyIR): string {
  const f = family.names;
  return family.common === undefined ? f.codeType : `${f.codeType} | ${family.common.codeType}`;
}

/**
 * `export function handleXFamily(error)`: one case per code, a rethrowing skeleton or the kept hand-written body
 * (through `keep`, so ts-morph never re-indents it), and the exhaustive `default`; the user's statements and
 * comments outside the cases where they were (through `keep` too).
 */
export function handlerStatement(ir: ModuleIR, family: FamilyIR, keep: Keep): Statement {
  const n = ir.names;
  const f = family.names;
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: f.handler,
    parameters: [{ name: HANDLER_PARAMETER, type: `${n.error}<${handled(family)}>` }],
    docs: docs(
      family.kind === 'family'
        ? `Handles an error of the ${family.family} family of the ${ir.service} table: one case per code, in table order.`
        : `Handles an error with a code ${what(ir, family)}: one case per code, in table order.`,
      ...(family.common === undefined
        ? []
        : [`A common code the action does not document goes to ${family.common.handler}.`]),
      `A case that only rethrows is regenerated on every run; write your own body and gen-handlers keeps it.`,
    ),
    statements: (w) => {
      const gap = (where: HandlerGap): void => {
        const text = family.gaps.get(where);
        if (text !== undefined) w.writeLine(keep(text));
      };
      gap('start');
      w.writeLine(`const ${HANDLER_INFO} = ${n.errorInfoOf}(${HANDLER_PARAMETER});`);
      gap('afterInfo');
      w.write(`switch (${HANDLER_INFO}.code) `).block(() => {
        gap('switchStart');
        for (const c of family.cases) {
          if (c.body !== undefined) {
            w.writeLine(`case ${quote(c.code)}:${keep(c.body)}`);
            continue;
          }
          w.writeLine(`case ${quote(c.code)}:`);
          w.indent(() => {
            w.writeLine(`// ${c.comment}`);
            w.writeLine(`throw ${HANDLER_PARAMETER};`);
          });
        }
        w.writeLine('default:');
        w.indent(() => {
          // info.code is narrowed to the common codes without a case: the cast compiles only while every code the
          // action documents has one.
          w.writeLine(
            family.common === undefined
              ? `return ${n.unhandled}(${HANDLER_INFO}.code, ${HANDLER_PARAMETER});`
              : `return ${family.common.handler}(${HANDLER_PARAMETER} as ${n.error}<typeof ${HANDLER_INFO}.code>);`,
          );
        });
      });
      gap('end');
    },
  };
}
