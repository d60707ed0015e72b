import { HANDLER_INFO, HANDLER_PARAMETER, type HandlerGap } from '../format/markers.js';
import type { FamilyIR, ModuleIR } from '../ir/model.js';
import {
  array,
  block,
  call,
  constCall,
  constDeclaration,
  type Doc,
  equality,
  functionDeclaration,
  hardline,
  ifStatement,
  indent,
  join,
  member,
  returnChain,
  returnStatement,
  str,
  throwStatement,
  typeAlias,
  typeArgs,
  union,
  unionTypeAlias,
} from './layout.js';
import type { Keep, Statement } from './statement.js';

/*
 * One builder per declaration of a family, in the order of FAMILY_DECLARATIONS (ir/build.ts). Each returns the
 * JSDoc and the code of its declaration and nothing else.
 */

/** `export type XFamilyCode`: the codes of the family. */
export function familyCodeTypeStatement(ir: ModuleIR, family: FamilyIR): Statement {
  const lead = `export type ${family.names.codeType}`;
  return {
    docs: [`A code ${what(ir, family)}.`],
    // Only the common unit can have no codes (tables without common codes): a union of nothing.
    code:
      family.cases.length === 0
        ? typeAlias(lead, 'never')
        : unionTypeAlias(
            lead,
            family.cases.map((c) => str(c.code)),
          ),
  };
}

/** `export function isXFamilyError(err)`: the guard of the family. */
export function familyGuardStatement(ir: ModuleIR, family: FamilyIR): Statement {
  const n = ir.names;
  const f = family.names;
  const code = member(call(n.errorInfoOf, ['err']), '.code');
  return {
    docs: [
      family.common === undefined
        ? family.kind === 'family'
          ? `Whether \`err\` is an error of the ${family.family} family of the ${ir.service} table, in either shape.`
          : `Whether \`err\` is an error with a code ${what(ir, family)}, in either shape.`
        : `Whether \`err\` is an error with a code ${what(ir, family)} or a common code, in either shape.`,
    ],
    code: functionDeclaration({
      exported: true,
      name: f.isError,
      parameters: [['err', ': ', 'unknown']],
      returnType: ['err is ', handled(ir, family)],
      body:
        family.kind === 'family'
          ? [returnChain('&&', [call(n.isError, ['err']), equality(call(n.familyOf, [code]), str(family.family))])]
          : [
              ifStatement(['!', call(n.isError, ['err'])], 'return false;'),
              constDeclaration('const codes: readonly string[]', array(family.cases.map((c) => str(c.code)))),
              family.common === undefined
                ? returnStatement(call('codes.includes', [code]))
                : returnChain('||', [call('codes.includes', [code]), call(family.common.isError, ['err'])]),
            ],
    }),
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
function handled(ir: ModuleIR, family: FamilyIR): Doc {
  const f = family.names;
  return family.common === undefined
    ? [ir.names.error, typeArgs([f.codeType], true)]
    : [ir.names.error, typeArgs([union([f.codeType, family.common.codeType])], false)];
}

/**
 * `export function handleXFamily(error)`: one case per code, a skeleton that throws or the kept hand-written body
 * (through `keep`, so the layout never re-indents it), and the exhaustive `default`; the user's statements and
 * comments outside the cases where they were (through `keep` too), and the user's `async` and return type.
 */
export function handlerStatement(ir: ModuleIR, family: FamilyIR, keep: Keep): Statement {
  const n = ir.names;
  const gap = (where: HandlerGap): Doc[] => {
    const text = family.gaps.get(where);
    return text === undefined ? [] : [keep(text)];
  };
  const thrown = ir.format < 2 ? HANDLER_PARAMETER : call(n.throwable, [HANDLER_PARAMETER]);
  const cases: Doc[] = family.cases.map((c) =>
    c.body === undefined
      ? [`case ${str(c.code)}:`, indent([hardline, `// ${c.comment}`, hardline, throwStatement(thrown)])]
      : `case ${str(c.code)}:${keep(c.body)}`,
  );
  // info.code is narrowed to the common codes without a case: the cast compiles only while every code the action
  // documents has one. An action that documents common codes only passes the error on as it is.
  const fallback =
    family.common === undefined
      ? call(n.unhandled, [`${HANDLER_INFO}.code`, HANDLER_PARAMETER])
      : call(family.common.handler, [
          family.narrowsToCommon
            ? [HANDLER_PARAMETER, ' as ', n.error, typeArgs([`typeof ${HANDLER_INFO}.code`], false)]
            : HANDLER_PARAMETER,
        ]);
  const switchBody = [...gap('switchStart'), ...cases, ['default:', indent([hardline, returnStatement(fallback)])]];
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
      exported: true,
      async: family.signature.async,
      name: family.names.handler,
      parameters: [[HANDLER_PARAMETER, ': ', handled(ir, family)]],
      returnType: family.signature.returnType,
      body: [
        ...gap('start'),
        constCall(`const ${HANDLER_INFO}`, n.errorInfoOf, HANDLER_PARAMETER),
        ...gap('afterInfo'),
        [`switch (${HANDLER_INFO}.code) `, block([join(hardline, switchBody)])],
        ...gap('end'),
      ],
    }),
  };
}
