import type { ModuleIR } from '../ir/model.js';
import type { ModuleNames } from '../ir/names.js';
import {
  array,
  block,
  call,
  constCall,
  constDeclaration,
  type Doc,
  equality,
  functionDeclaration,
  ifStatement,
  interfaceDeclaration,
  returnChain,
  returnStatement,
  str,
  throwStatement,
  typeAlias,
  typeArgs,
  typeLiteral,
  typeParameter,
  typeParameters,
  unionTypeAlias,
} from './layout.js';
import type { Statement } from './statement.js';

/*
 * One builder per module-wide declaration, in the order of MODULE_DECLARATIONS (ir/build.ts). Each returns the
 * JSDoc and the code of its declaration and nothing else.
 */

const OPTIONAL_STRING = 'string | undefined';

/** `<C extends XErrorCode = XErrorCode>`: the code parameter of the error types. */
function codeParameter(n: ModuleNames): Doc[] {
  return [typeParameter('C', n.codeType, n.codeType)];
}

/** `name: type`: a parameter. */
function parameter(name: string, type: Doc): Doc {
  return [name, ': ', type];
}

/** `X<C>`: a generic type with the code parameter. */
function ofC(name: string): Doc {
  return [name, typeArgs(['C'], true)];
}

/** `export const X_ERROR_CODES = [...] as const;`: every code, one a line. */
export function codeListStatement(ir: ModuleIR): Statement {
  return {
    docs: [`Every error code of the ${ir.service} table, in table order.`],
    code: constDeclaration(`export const ${ir.names.codeList}`, [array(ir.codes.map(str)), ' as const']),
  };
}

/** `export type XErrorCode`: the union of every code. */
export function codeTypeStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`An error code of the ${ir.service} table.`],
    code: typeAlias(`export type ${n.codeType}`, `(typeof ${n.codeList})[number]`),
  };
}

/** `const X_ERROR_CODE_SET`: the codes as a set, for the guards. */
export function codeSetStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`The codes of ${n.codeList}, for O(1) lookup.`],
    code: constDeclaration(`const ${n.codeSet}: ReadonlySet<string>`, call('new Set', [n.codeList])),
  };
}

/** `export function isXErrorCode(value)`. */
export function isCodeStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`Whether \`value\` is an error code of the ${ir.service} table.`],
    code: functionDeclaration({
      exported: true,
      name: n.isCode,
      parameters: [parameter('value', 'unknown')],
      returnType: `value is ${n.codeType}`,
      body: [returnChain('&&', [equality('typeof value', '"string"'), call(`${n.codeSet}.has`, ['value'])])],
    }),
  };
}

/** `export interface XErrorInfo<C>`: code, message and request ID, whatever the shape. */
export function errorInfoStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`The code, message and request ID of an error of the ${ir.service} table, whatever shape it came in.`],
    code: interfaceDeclaration(n.errorInfo, codeParameter(n), [
      'readonly code: C;',
      `readonly message?: ${OPTIONAL_STRING};`,
      `readonly requestId?: ${OPTIONAL_STRING};`,
    ]),
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
    code: typeAlias(['export type ', n.sdkError, typeParameters(codeParameter(n))], ofC(n.errorInfo)),
  };
}

/** `export interface XErrorResponse<C>`: the raw API 3.0 response shape. */
export function responseErrorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`An error of the ${ir.service} table in the raw API 3.0 response shape.`],
    code: interfaceDeclaration(n.responseError, codeParameter(n), [
      typeLiteral(
        'readonly Response: ',
        [
          typeLiteral('readonly Error: ', ['readonly Code: C;', `readonly Message?: ${OPTIONAL_STRING};`], ';'),
          `readonly RequestId?: ${OPTIONAL_STRING};`,
        ],
        ';',
      ),
    ]),
  };
}

/** `export type XError<C>`: either shape. */
export function errorStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`An error of the ${ir.service} table, as the SDK throws it or as the API returns it.`],
    code: unionTypeAlias(
      ['export type ', n.error, typeParameters(codeParameter(n))],
      [`${n.sdkError}<C>`, `${n.responseError}<C>`],
    ),
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
      exported: true,
      name: n.isError,
      parameters: [parameter('err', 'unknown')],
      returnType: `err is ${n.error}`,
      body: [
        'if (typeof err !== "object" || err === null) return false;',
        typeLiteral(
          'const sdk = err as ',
          ['readonly code?: unknown;', 'readonly message?: unknown;', 'readonly requestId?: unknown;'],
          ';',
        ),
        ifStatement(
          call(n.isCode, ['sdk.code']),
          block([returnChain('&&', [optional('sdk.message'), optional('sdk.requestId')])]),
          true,
        ),
        'const response = (err as { readonly Response?: unknown }).Response;',
        'if (typeof response !== "object" || response === null) return false;',
        typeLiteral('const body = response as ', ['readonly Error?: unknown;', 'readonly RequestId?: unknown;'], ';'),
        'if (typeof body.Error !== "object" || body.Error === null) return false;',
        typeLiteral('const detail = body.Error as ', ['readonly Code?: unknown;', 'readonly Message?: unknown;'], ';'),
        returnChain('&&', [call(n.isCode, ['detail.Code']), optional('detail.Message'), optional('body.RequestId')]),
      ],
    }),
  };
}

/** `export function xErrorInfo(error)`: an error of either shape as XErrorInfo. */
export function errorInfoOfStatement(ir: ModuleIR): Statement {
  const n = ir.names;
  return {
    docs: [`The code, message and request ID of an error of the ${ir.service} table, whatever its shape.`],
    code: functionDeclaration({
      exported: true,
      name: n.errorInfoOf,
      typeParameters: [typeParameter('C', n.codeType)],
      parameters: [parameter('error', ofC(n.error))],
      returnType: ofC(n.errorInfo),
      body: [
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
      exported: false,
      name: ir.names.familyOf,
      parameters: [parameter('code', 'string')],
      returnType: 'string',
      body: ['const dot = code.indexOf(".");', 'return dot === -1 ? code : code.slice(0, dot);'],
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
      exported: false,
      name: n.throwable,
      parameters: [parameter('error', n.error)],
      returnType: 'Error',
      body: [
        'if (error instanceof Error) return error;',
        constCall('const info', n.errorInfoOf, 'error'),
        'const thrown = new Error(info.message ?? info.code);',
        returnStatement(call('Object.assign', ['thrown', '{ ...info, cause: error }'])),
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
  if (ir.format < 2) {
    return {
      docs: [docs[0] ?? '', `${docs[1] ?? ''} At run time it rethrows \`error\` unchanged.`],
      code: functionDeclaration({
        exported: false,
        name: n.unhandled,
        parameters: [parameter('_code', 'never'), parameter('error', 'unknown')],
        returnType: 'never',
        body: [throwStatement('error')],
      }),
    };
  }
  return {
    docs: [docs[0] ?? '', `${docs[1] ?? ''} At run time it throws \`error\` as ${n.throwable} gives it.`],
    code: functionDeclaration({
      exported: false,
      name: n.unhandled,
      parameters: [parameter('_code', 'never'), parameter('error', n.error)],
      returnType: 'never',
      body: [throwStatement(call(n.throwable, ['error']))],
    }),
  };
}
