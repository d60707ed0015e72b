import { StructureKind, VariableDeclarationKind } from 'ts-morph';

import { quoteString as quote } from '../../shared/quote-string.js';
import type { ModuleIR } from '../ir/model.js';
import type { ModuleNames } from '../ir/names.js';
import { docs, type Statement, writeDoc } from './statement.js';

/*
 * One builder per module-wide declaration, in the order of MODULE_DECLARATIONS (ir/build.ts). Each returns the
 * statement of its declaration and nothing else.
 */

const OPTIONAL_STRING = 'string | undefined';

/** `<C extends XErrorCode = XErrorCode>`: the code parameter of the error types. */
function codeParameter(n: ModuleNames): { name: string; constraint: string; default: string }[] {
  return [{ name: 'C', constraint: n.codeType, default: n.codeType }];
}

/** `export const X_ERROR_CODES = [...] as const;`: every code, one a line. */
export function codeListStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return (w) => {
    writeDoc(w, `Every error code of the ${ir.service} table, in table order.`);
    w.writeLine(`export const ${n.codeList} = [`);
    w.indent(() => {
      for (const code of ir.codes) w.writeLine(`${quote(code)},`);
    });
    w.writeLine('] as const;');
  };
}

/** `export type XErrorCode`: the union of every code. */
export function codeTypeStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: n.codeType,
    type: `(typeof ${n.codeList})[number]`,
    docs: docs(`An error code of the ${ir.service} table.`),
  };
}

/** `const X_ERROR_CODE_SET`: the codes as a set, for the guards. */
export function codeSetStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: n.codeSet, type: 'ReadonlySet<string>', initializer: `new Set(${n.codeList})` }],
    docs: docs(`The codes of ${n.codeList}, for O(1) lookup.`),
  };
}

/** `export function isXErrorCode(value)`. */
export function isCodeStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: n.isCode,
    parameters: [{ name: 'value', type: 'unknown' }],
    returnType: `value is ${n.codeType}`,
    docs: docs(`Whether \`value\` is an error code of the ${ir.service} table.`),
    statements: [`return typeof value === 'string' && ${n.codeSet}.has(value);`],
  };
}

/** `export interface XErrorInfo<C>`: code, message and request ID, whatever the shape. */
export function errorInfoStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: n.errorInfo,
    typeParameters: codeParameter(n),
    docs: docs(`The code, message and request ID of an error of the ${ir.service} table, whatever shape it came in.`),
    properties: [
      { name: 'code', type: 'C', isReadonly: true },
      { name: 'message', type: OPTIONAL_STRING, hasQuestionToken: true, isReadonly: true },
      { name: 'requestId', type: OPTIONAL_STRING, hasQuestionToken: true, isReadonly: true },
    ],
  };
}

/** `export type XSdkError<C>`: the shape the Node.js SDK throws. */
export function sdkErrorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: n.sdkError,
    typeParameters: codeParameter(n),
    type: `${n.errorInfo}<C>`,
    docs: docs(
      `An error of the ${ir.service} table as the Node.js SDK throws it: a \`TencentCloudSDKHttpException\``,
      'has `code`, `message` and `requestId`.',
    ),
  };
}

/** `export interface XErrorResponse<C>`: the raw API 3.0 response shape. */
export function responseErrorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return (w) => {
    writeDoc(w, `An error of the ${ir.service} table in the raw API 3.0 response shape.`);
    w.write(`export interface ${n.responseError}<C extends ${n.codeType} = ${n.codeType}> `).block(() => {
      w.writeLine('readonly Response: {');
      w.indent(() => {
        w.writeLine(`readonly Error: { readonly Code: C; readonly Message?: ${OPTIONAL_STRING} };`);
        w.writeLine(`readonly RequestId?: ${OPTIONAL_STRING};`);
      });
      w.writeLine('};');
    });
  };
}

/** `export type XError<C>`: either shape. */
export function errorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: n.error,
    typeParameters: codeParameter(n),
    type: `${n.sdkError}<C> | ${n.responseError}<C>`,
    docs: docs(`An error of the ${ir.service} table, as the SDK throws it or as the API returns it.`),
  };
}

/** `export function isXError(err)`: the guard for either shape. */
export function isErrorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: n.isError,
    parameters: [{ name: 'err', type: 'unknown' }],
    returnType: `err is ${n.error}`,
    docs: docs(
      `Whether \`err\` is an error of the ${ir.service} table: an SDK exception whose \`code\` is one of its codes,`,
      'or a raw response whose `Response.Error.Code` is.',
    ),
    statements: (w) => {
      w.writeLine(`if (typeof err !== 'object' || err === null) return false;`);
      w.writeLine(
        'const sdk = err as { readonly code?: unknown; readonly message?: unknown; readonly requestId?: unknown };',
      );
      w.write(`if (${n.isCode}(sdk.code)) `).block(() => {
        w.writeLine(
          `return (sdk.message === undefined || typeof sdk.message === 'string') && (sdk.requestId === undefined || typeof sdk.requestId === 'string');`,
        );
      });
      w.writeLine('const response = (err as { readonly Response?: unknown }).Response;');
      w.writeLine(`if (typeof response !== 'object' || response === null) return false;`);
      w.writeLine('const body = response as { readonly Error?: unknown; readonly RequestId?: unknown };');
      w.writeLine(`if (typeof body.Error !== 'object' || body.Error === null) return false;`);
      w.writeLine('const detail = body.Error as { readonly Code?: unknown; readonly Message?: unknown };');
      w.writeLine('return (');
      w.indent(() => {
        w.writeLine(`${n.isCode}(detail.Code) &&`);
        w.writeLine(`(detail.Message === undefined || typeof detail.Message === 'string') &&`);
        w.writeLine(`(body.RequestId === undefined || typeof body.RequestId === 'string')`);
      });
      w.writeLine(');');
    },
  };
}

/** `export function xErrorInfo(error)`: an error of either shape as XErrorInfo. */
export function errorInfoOfStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: n.errorInfoOf,
    typeParameters: [{ name: 'C', constraint: n.codeType }],
    parameters: [{ name: 'error', type: `${n.error}<C>` }],
    returnType: `${n.errorInfo}<C>`,
    docs: docs(`The code, message and request ID of an error of the ${ir.service} table, whatever its shape.`),
    statements: [
      `if ('code' in error) return error;`,
      'const { Error: detail, RequestId: requestId } = error.Response;',
      'return { code: detail.Code, message: detail.Message, requestId };',
    ],
  };
}

/** `function xFamilyOf(code)`: the family of a code, for the family guards. */
export function familyOfStatement(ir: ModuleIR): Statement {
  return {
    kind: StructureKind.Function,
    name: ir.names.familyOf,
    parameters: [{ name: 'code', type: 'string' }],
    returnType: 'string',
    docs: docs('The family of a code: the part before the first dot.'),
    statements: [`const dot = code.indexOf('.');`, 'return dot === -1 ? code : code.slice(0, dot);'],
  };
}

/** `function xUnhandled(_code: never, error)`: the `default` of every handler. */
export function unhandledStatement(ir: ModuleIR): Statement {
  return {
    kind: StructureKind.Function,
    name: ir.names.unhandled,
    parameters: [
      { name: '_code', type: 'never' },
      { name: 'error', type: 'unknown' },
    ],
    returnType: 'never',
    docs: docs(
      'The `default` of every handler: `_code` is `never` only while the switch has a case for every code',
      'of its family, so a missing case is a type error. At run time it rethrows `error` unchanged.',
    ),
    statements: ['throw error;'],
  };
}
