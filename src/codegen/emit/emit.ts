import {
  type CodeBlockWriter,
  IndentationText,
  NewLineKind,
  Project,
  QuoteKind,
  type StatementStructures,
  StructureKind,
  VariableDeclarationKind,
  type WriterFunction,
} from 'ts-morph';

import { quoteString as quote } from '../../shared/quote-string.js';
import { GENERATED_TAG, GENERATED_TAG_TEXT, HANDLER_PARAMETER } from '../format/markers.js';
import type { FamilyIR, ModuleIR } from '../ir/model.js';

type Statement = string | WriterFunction | StatementStructures;

const MARKER = { tagName: GENERATED_TAG, text: GENERATED_TAG_TEXT };

/**
 * Prints a module with ts-morph: declarations as structures, function bodies and long lists with
 * writers, all added to one in-memory source file at once. Kept hand-written text is put in afterwards
 * in place of placeholder comments, so ts-morph never re-indents a user's line.
 */
export function emitModule(ir: ModuleIR): string {
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
  const kept: string[] = [];
  const token = placeholderToken(ir);
  const keep = (text: string): string => `//${token}${kept.push(text) - 1}`;
  const statements: Statement[] = [];
  const blank: WriterFunction = (w) => {
    w.blankLineIfLastNot();
  };
  const push = (...items: Statement[]): void => {
    for (const item of items) statements.push(item, blank);
  };
  for (const block of ir.top) push(keep(block));
  const after = (name: string): void => {
    for (const block of ir.after.get(name) ?? []) push(keep(block));
  };
  for (const [name, statement] of moduleStatements(ir)) {
    push(statement);
    after(name);
  }
  for (const family of ir.families) {
    for (const [name, statement] of familyStatements(ir, family, keep)) {
      push(statement);
      after(name);
    }
  }
  for (const block of ir.tail) push(keep(block));
  file.addStatements(statements);
  const printed = file.getFullText().replace(/\n+$/u, '\n');
  const pattern = new RegExp(`//${token}(\\d+)`, 'gu');
  const body = printed.replace(pattern, (_, n: string) => kept[Number(n)] ?? '');
  return `${ir.header}\n${body}`;
}

/** A placeholder that occurs nowhere in the printed text but where we put it. */
function placeholderToken(ir: ModuleIR): string {
  const haystack = [ir.header, ...ir.families.flatMap((f) => f.cases.map((c) => c.comment))].join('\n');
  let token = 'gen-handlers-keep-';
  while (haystack.includes(token)) token += 'x';
  return token;
}

function docs(...lines: string[]): { description: string; tags: (typeof MARKER)[] }[] {
  return [{ description: lines.join('\n'), tags: [MARKER] }];
}

/** A JSDoc written by hand for writer statements, in the same form ts-morph prints `docs`. */
function writeDoc(w: CodeBlockWriter, ...lines: string[]): void {
  w.writeLine('/**');
  for (const line of lines) w.writeLine(line === '' ? ' *' : ` * ${line}`);
  w.writeLine(` * @${GENERATED_TAG} ${GENERATED_TAG_TEXT}`);
  w.writeLine(' */');
}

function moduleStatements(ir: ModuleIR): [string, Statement][] {
  const n = ir.names;
  const service = ir.service;
  const generic = [{ name: 'C', constraint: n.codeType, default: n.codeType }];
  const optionalString = 'string | undefined';
  return [
    [
      n.codeList,
      (w) => {
        writeDoc(w, `Every error code of the ${service} table, in table order.`);
        w.writeLine(`export const ${n.codeList} = [`);
        w.indent(() => {
          for (const code of ir.codes) w.writeLine(`${quote(code)},`);
        });
        w.writeLine('] as const;');
      },
    ],
    [
      n.codeType,
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: n.codeType,
        type: `(typeof ${n.codeList})[number]`,
        docs: docs(`An error code of the ${service} table.`),
      },
    ],
    [
      n.codeSet,
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: n.codeSet, type: 'ReadonlySet<string>', initializer: `new Set(${n.codeList})` }],
        docs: docs(`The codes of ${n.codeList}, for O(1) lookup.`),
      },
    ],
    [
      n.isCode,
      {
        kind: StructureKind.Function,
        isExported: true,
        name: n.isCode,
        parameters: [{ name: 'value', type: 'unknown' }],
        returnType: `value is ${n.codeType}`,
        docs: docs(`Whether \`value\` is an error code of the ${service} table.`),
        statements: [`return typeof value === 'string' && ${n.codeSet}.has(value);`],
      },
    ],
    [
      n.errorInfo,
      {
        kind: StructureKind.Interface,
        isExported: true,
        name: n.errorInfo,
        typeParameters: generic,
        docs: docs(`The code, message and request ID of an error of the ${service} table, whatever shape it came in.`),
        properties: [
          { name: 'code', type: 'C', isReadonly: true },
          { name: 'message', type: optionalString, hasQuestionToken: true, isReadonly: true },
          { name: 'requestId', type: optionalString, hasQuestionToken: true, isReadonly: true },
        ],
      },
    ],
    [
      n.sdkError,
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: n.sdkError,
        typeParameters: generic,
        type: `${n.errorInfo}<C>`,
        docs: docs(
          `An error of the ${service} table as the Node.js SDK throws it: a \`TencentCloudSDKHttpException\``,
          'has `code`, `message` and `requestId`.',
        ),
      },
    ],
    [
      n.responseError,
      (w) => {
        writeDoc(w, `An error of the ${service} table in the raw API 3.0 response shape.`);
        w.write(`export interface ${n.responseError}<C extends ${n.codeType} = ${n.codeType}> `).block(() => {
          w.writeLine('readonly Response: {');
          w.indent(() => {
            w.writeLine(`readonly Error: { readonly Code: C; readonly Message?: ${optionalString} };`);
            w.writeLine(`readonly RequestId?: ${optionalString};`);
          });
          w.writeLine('};');
        });
      },
    ],
    [
      n.error,
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: n.error,
        typeParameters: generic,
        type: `${n.sdkError}<C> | ${n.responseError}<C>`,
        docs: docs(`An error of the ${service} table, as the SDK throws it or as the API returns it.`),
      },
    ],
    [
      n.isError,
      {
        kind: StructureKind.Function,
        isExported: true,
        name: n.isError,
        parameters: [{ name: 'err', type: 'unknown' }],
        returnType: `err is ${n.error}`,
        docs: docs(
          `Whether \`err\` is an error of the ${service} table: an SDK exception whose \`code\` is one of its codes,`,
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
      },
    ],
    [
      n.errorInfoOf,
      {
        kind: StructureKind.Function,
        isExported: true,
        name: n.errorInfoOf,
        typeParameters: [{ name: 'C', constraint: n.codeType }],
        parameters: [{ name: 'error', type: `${n.error}<C>` }],
        returnType: `${n.errorInfo}<C>`,
        docs: docs(`The code, message and request ID of an error of the ${service} table, whatever its shape.`),
        statements: [
          `if ('code' in error) return error;`,
          'const { Error: detail, RequestId: requestId } = error.Response;',
          'return { code: detail.Code, message: detail.Message, requestId };',
        ],
      },
    ],
    [
      n.familyOf,
      {
        kind: StructureKind.Function,
        name: n.familyOf,
        parameters: [{ name: 'code', type: 'string' }],
        returnType: 'string',
        docs: docs('The family of a code: the part before the first dot.'),
        statements: [`const dot = code.indexOf('.');`, 'return dot === -1 ? code : code.slice(0, dot);'],
      },
    ],
    [
      n.unhandled,
      {
        kind: StructureKind.Function,
        name: n.unhandled,
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
      },
    ],
  ];
}

function familyStatements(ir: ModuleIR, family: FamilyIR, keep: (text: string) => string): [string, Statement][] {
  const n = ir.names;
  const f = family.names;
  const service = ir.service;
  const name = quote(family.family);
  return [
    [
      f.codeType,
      (w) => {
        writeDoc(w, `A code of the ${family.family} family of the ${service} table.`);
        w.writeLine(`export type ${f.codeType} =`);
        w.indent(() => {
          family.cases.forEach((c, i) => w.writeLine(`| ${quote(c.code)}${i === family.cases.length - 1 ? ';' : ''}`));
        });
      },
    ],
    [
      f.isError,
      {
        kind: StructureKind.Function,
        isExported: true,
        name: f.isError,
        parameters: [{ name: 'err', type: 'unknown' }],
        returnType: `err is ${n.error}<${f.codeType}>`,
        docs: docs(
          `Whether \`err\` is an error of the ${family.family} family of the ${service} table, in either shape.`,
        ),
        statements: [`return ${n.isError}(err) && ${n.familyOf}(${n.errorInfoOf}(err).code) === ${name};`],
      },
    ],
    [
      f.handler,
      {
        kind: StructureKind.Function,
        isExported: true,
        name: f.handler,
        parameters: [{ name: HANDLER_PARAMETER, type: `${n.error}<${f.codeType}>` }],
        docs: docs(
          `Handles an error of the ${family.family} family of the ${service} table: one case per code, in table order.`,
          `A case that only rethrows is regenerated on every run; write your own body and gen-handlers keeps it.`,
        ),
        statements: (w) => {
          w.writeLine(`const info = ${n.errorInfoOf}(${HANDLER_PARAMETER});`);
          w.write('switch (info.code) ').block(() => {
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
              w.writeLine(`return ${n.unhandled}(info.code, ${HANDLER_PARAMETER});`);
            });
          });
        },
      },
    ],
  ];
}
