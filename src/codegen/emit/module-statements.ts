import type {
  FunctionDeclarationStructure,
  ParameterDeclarationStructure,
  TypeParameterDeclarationStructure,
} from 'ts-morph';

import type { ModuleIR } from '../ir/model.js';
import type { ModuleNames } from '../ir/names.js';
import { StructureKind, VariableDeclarationKind } from '../ts-morph.js';
import { str } from './print.js';
import type { Statement } from './statement.js';

/*
 * One builder per module-wide declaration, in the order of MODULE_DECLARATIONS (ir/build.ts). Each returns the
 * JSDoc and the code of its declaration and nothing else.
 */

const OPTIONAL_STRING = 'string | undefined';

/** `C extends XErrorCode = XErrorCode` (or without the default): the code parameter of the error types. */
function codeParameter(n: ModuleNames, withDefault = true): TypeParameterDeclarationStructure {
  return {
    kind: StructureKind.TypeParameter,
    name: 'C',
    constraint: n.codeType,
    ...(withDefault ? { default: n.codeType } : {}),
  };
}

/** `name: type`: a parameter. */
function parameter(name: string, type: string): ParameterDeclarationStructure {
  return { kind: StructureKind.Parameter, name, type };
}

/** A function declaration of the module: exported or not, its parameters, return type and body. */
export function functionDeclaration(
  parts: Omit<FunctionDeclarationStructure, 'kind' | 'parameters'> & {
    readonly parameters: readonly ParameterDeclarationStructure[];
  },
): FunctionDeclarationStructure {
  return { ...parts, kind: StructureKind.Function, parameters: [...parts.parameters] };
}

/** `export const X_ERROR_CODES = [...] as const;`: every code, one a line. */
export function codeListStatement(ir: ModuleIR): Statement {
  return {
    docs: [`Every error code of the ${ir.service} table, in table order.`],
    code: (writer) => {
      writer.write(`export const ${ir.names.codeList} = [`);
      if (ir.codes.length > 0) {
        writer.newLine().indent(() => {
          for (const code of ir.codes) writer.writeLine(`${str(code)},`);
        });
      }
      writer.write('] as const;');
    },
  };
}

/** `export type XErrorCode`: the union of every code. */
export function codeTypeStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`An error code of the ${ir.service} table.`],
    code: { kind: StructureKind.TypeAlias, isExported: true, name: n.codeType, type: `(typeof ${n.codeList})[number]` },
  };
}

/** `const X_ERROR_CODE_SET`: the codes as a set, for the guards. */
export function codeSetStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`The codes of ${n.codeList}, for O(1) lookup.`],
    code: {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: n.codeSet, type: 'ReadonlySet<string>', initializer: `new Set(${n.codeList})` }],
    },
  };
}

/** `export function isXErrorCode(value)`. */
export function isCodeStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`Whether \`value\` is an error code of the ${ir.service} table.`],
    code: functionDeclaration({
      isExported: true,
      name: n.isCode,
      parameters: [parameter('value', 'unknown')],
      returnType: `value is ${n.codeType}`,
      statements: [`return typeof value === "string" && ${n.codeSet}.has(value);`],
    }),
  };
}

/** `export interface XErrorInfo<C>`: code, message and request ID, whatever the shape. */
export function errorInfoStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`The code, message and request ID of an error of the ${ir.service} table, whatever shape it came in.`],
    code: {
      kind: StructureKind.Interface,
      isExported: true,
      name: n.errorInfo,
      typeParameters: [codeParameter(n)],
      properties: [
        { name: 'code', isReadonly: true, type: 'C' },
        { name: 'message', isReadonly: true, hasQuestionToken: true, type: OPTIONAL_STRING },
        { name: 'requestId', isReadonly: true, hasQuestionToken: true, type: OPTIONAL_STRING },
      ],
    },
  };
}

/** `export type XSdkError<C>`: the shape the Node.js SDK throws. */
export function sdkErrorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [
      `An error of the ${ir.service} table as the Node.js SDK throws it: a \`TencentCloudSDKHttpException\``,
      'has `code`, `message` and `requestId`.',
    ],
    code: {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: n.sdkError,
      typeParameters: [codeParameter(n)],
      type: `${n.errorInfo}<C>`,
    },
  };
}

/** `export interface XErrorResponse<C>`: the raw API 3.0 response shape. */
export function responseErrorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`An error of the ${ir.service} table in the raw API 3.0 response shape.`],
    // Written, not a structure: ts-morph hangs the lines of a property's object type one indent too deep.
    code: (writer) => {
      writer.write(`export interface ${n.responseError}<C extends ${n.codeType} = ${n.codeType}>`).block(() => {
        writer.write('readonly Response: ').inlineBlock(() => {
          writer.write('readonly Error: ').inlineBlock(() => {
            writer.writeLine('readonly Code: C;');
            writer.writeLine(`readonly Message?: ${OPTIONAL_STRING};`);
          });
          writer.write(';').newLine();
          writer.writeLine(`readonly RequestId?: ${OPTIONAL_STRING};`);
        });
        writer.write(';').newLine();
      });
    },
  };
}

/** `export type XError<C>`: either shape. */
export function errorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`An error of the ${ir.service} table, as the SDK throws it or as the API returns it.`],
    code: {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: n.error,
      typeParameters: [codeParameter(n)],
      type: `${n.sdkError}<C> | ${n.responseError}<C>`,
    },
  };
}

/** `export function isXError(err)`: the guard for either shape. */
export function isErrorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  const optional = (value: string): string => `(${value} === undefined || typeof ${value} === "string")`;
  return {
    docs: [
      `Whether \`err\` is an error of the ${ir.service} table: an SDK exception whose \`code\` is one of its codes,`,
      'or a raw response whose `Response.Error.Code` is.',
    ],
    code: functionDeclaration({
      isExported: true,
      name: n.isError,
      parameters: [parameter('err', 'unknown')],
      returnType: `err is ${n.error}`,
      statements: [
        'if (typeof err !== "object" || err === null) return false;',
        objectCast('const sdk = err as', [
          'readonly code?: unknown;',
          'readonly message?: unknown;',
          'readonly requestId?: unknown;',
        ]),
        (writer) => {
          writer.write(`if (${n.isCode}(sdk.code)) `).inlineBlock(() => {
            writer.writeLine(`return ${optional('sdk.message')} && ${optional('sdk.requestId')};`);
          });
        },
        'const response = (err as { readonly Response?: unknown }).Response;',
        'if (typeof response !== "object" || response === null) return false;',
        objectCast('const body = response as', ['readonly Error?: unknown;', 'readonly RequestId?: unknown;']),
        'if (typeof body.Error !== "object" || body.Error === null) return false;',
        objectCast('const detail = body.Error as', ['readonly Code?: unknown;', 'readonly Message?: unknown;']),
        `return ${n.isCode}(detail.Code) && ${optional('detail.Message')} && ${optional('body.RequestId')};`,
      ],
    }),
  };
}

/** `lead { member; … };` with the members one a line: a cast to an object type of optional unknowns. */
function objectCast(lead: string, members: readonly string[]): string {
  return [`${lead} {`, ...members.map((member) => `  ${member}`), '};'].join('\n');
}

/** `export function xErrorInfo(error)`: an error of either shape as XErrorInfo. */
export function errorInfoOfStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`The code, message and request ID of an error of the ${ir.service} table, whatever its shape.`],
    code: functionDeclaration({
      isExported: true,
      name: n.errorInfoOf,
      typeParameters: [codeParameter(n, false)],
      parameters: [parameter('error', `${n.error}<C>`)],
      returnType: `${n.errorInfo}<C>`,
      statements: [
        'if ("code" in error) return error;',
        'const { Error: detail, RequestId: requestId } = error.Response;',
        'return { code: detail.Code, message: detail.Message, requestId };',
      ],
    }),
  };
}

/** `function xFamilyOf(code)`: the family of a code, for the family guards. */
export function familyOfStatement(ir: ModuleIR): Statement {
  return {
    docs: ['The family of a code: the part before the first dot.'],
    code: functionDeclaration({
      name: ir.names.familyOf,
      parameters: [parameter('code', 'string')],
      returnType: 'string',
      statements: ['const dot = code.indexOf(".");', 'return dot === -1 ? code : code.slice(0, dot);'],
    }),
  };
}

/**
 * `function xThrowable(error)`: what a handler throws, an `Error` always. The SDK's exceptions are errors and are
 * thrown as they are; a raw response (or a plain object of the SDK's shape) becomes an `Error` with its code,
 * message and request ID, itself in the SDK's shape, with the object as its `cause`.
 */
export function throwableStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [
      'What a handler throws for `error`: the error itself when it is an `Error`, as what the SDK throws is;',
      'otherwise (a raw response) an `Error` with its code, message and request ID, and `error` as its `cause`.',
    ],
    code: functionDeclaration({
      name: n.throwable,
      parameters: [parameter('error', n.error)],
      returnType: 'Error',
      statements: [
        'if (error instanceof Error) return error;',
        `const info = ${n.errorInfoOf}(error);`,
        'const thrown = new Error(info.message ?? info.code);',
        'return Object.assign(thrown, { ...info, cause: error });',
      ],
    }),
  };
}

/** `function xUnhandled(_code: never, error)`: the `default` of every handler. */
export function unhandledStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  const docs = [
    'The `default` of every handler: `_code` is `never` only while the switch has a case for every code',
    'of its family, so a missing case is a type error.',
  ];
  // A file of format 1 had it rethrow `error` as it was: what an old file is compared with.
  const old = ir.format < 2;
  return {
    docs: [
      docs[0] ?? '',
      `${docs[1] ?? ''} At run time it ${old ? 'rethrows `error` unchanged' : `throws \`error\` as ${n.throwable} gives it`}.`,
    ],
    code: functionDeclaration({
      name: n.unhandled,
      parameters: [parameter('_code', 'never'), parameter('error', old ? 'unknown' : n.error)],
      returnType: 'never',
      statements: [old ? 'throw error;' : `throw ${n.throwable}(error);`],
    }),
  };
}
