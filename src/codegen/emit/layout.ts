import { builders, printer } from 'prettier/doc';

import { quoteString } from '../../shared/quote-string.js';

/*
 * The generated code is laid out as Prettier lays it out with its default options (80 columns, two spaces, double
 * quotes, trailing commas): each construct below is the document Prettier's TypeScript printer builds for it, and
 * Prettier's own document printer turns them into text. So `prettier --check` passes on a generated file, and
 * `prettier --write` leaves it as it is. Only the constructs the generator writes are here.
 */

export type Doc = builders.Doc;

const { group, indent, line, softline, hardline, ifBreak, join, lineSuffixBoundary, indentIfBreak } = builders;

export { hardline, indent, join };

/** Prettier's default line width. */
const PRINT_WIDTH = 80;
/** Prettier's threshold for a short lone argument: a quarter of the line width. */
const SHORT_ARGUMENT = PRINT_WIDTH * 0.25;

/** A document as text, laid out in 80 columns with two-space indents. */
export function print(doc: Doc): string {
  return printer.printDocToString(doc, { printWidth: PRINT_WIDTH, tabWidth: 2 }).formatted;
}

/** A string literal in Prettier's default quotes (the codes and families never hold a quote). */
export function str(text: string): string {
  return quoteString(text, '"');
}

/** Statements, one a line, in braces: `{`, the statements indented, `}`. */
export function block(statements: readonly Doc[]): Doc {
  return statements.length === 0 ? '{}' : ['{', indent([hardline, join(hardline, [...statements])]), hardline, '}'];
}

/**
 * A type literal written one member a line (`lead{`, the members indented, `}end`). Prettier keeps an object type
 * that starts a new line after its `{` broken, so it stays so whatever its width.
 */
export function typeLiteral(lead: Doc, members: readonly Doc[], end: string): Doc {
  return [lead, '{', indent([hardline, join(hardline, [...members])]), hardline, `}${end}`];
}

/** `(a, b)` of a call: on one line when it fits, else one argument a line with a trailing comma. */
export function call(callee: Doc, args: readonly Doc[]): Doc {
  if (args.length === 0) return [callee, '()'];
  return [callee, group(['(', indent([softline, join([',', line], [...args])]), ifBreak(','), softline, ')'])];
}

/** `object.property` where the object is a call: the lookup may break onto an indented line of its own. */
export function member(object: Doc, lookup: string): Doc {
  return [object, group(indent([softline, lookup]))];
}

/**
 * `<A>` or `<A, B>` after a type name: a lone simple argument (a name without arguments, a keyword) hugs the angle
 * brackets; anything else may break onto its own lines (without a trailing comma).
 */
export function typeArgs(args: readonly Doc[], simple: boolean): Doc {
  if (args.length === 1 && simple) return ['<', args[0] ?? '', '>'];
  return group(['<', indent([softline, join([',', line], [...args])]), softline, '>']);
}

/** `A | B | C`: on one line when it fits, else one member a line, each after a leading `| `. */
export function union(members: readonly string[]): Doc {
  if (members.length === 1) return members[0] ?? '';
  return group(members.map((member, i) => [i === 0 ? ifBreak('| ') : [line, '| '], member]));
}

/** `C extends X = Y`, a type parameter with a constraint and a default. */
export function typeParameter(name: string, constraint: Doc, fallback?: Doc): Doc {
  const extendsId = Symbol('constraint');
  const parts: Doc[] = [
    name,
    ' extends',
    group(indent(line), { id: extendsId }),
    lineSuffixBoundary,
    indentIfBreak(constraint, { groupId: extendsId }),
  ];
  if (fallback !== undefined) {
    const defaultId = Symbol('default');
    parts.push(
      ' =',
      group(indent(line), { id: defaultId }),
      lineSuffixBoundary,
      indentIfBreak(fallback, { groupId: defaultId }),
    );
  }
  return group(parts);
}

/** `<C extends X = Y>` of a declaration: breaks one parameter a line, with a trailing comma. */
export function typeParameters(parameters: readonly Doc[]): Doc {
  if (parameters.length === 0) return '';
  return group(['<', indent([softline, join([',', line], [...parameters])]), ifBreak(','), softline, '>']);
}

export interface FunctionParts {
  readonly exported: boolean;
  readonly async?: boolean;
  readonly name: string;
  readonly typeParameters?: readonly Doc[];
  readonly parameters: readonly Doc[];
  /** The return type, without the colon; `undefined` for none. */
  readonly returnType: Doc | undefined;
  readonly body: readonly Doc[];
}

/**
 * A function declaration: its type parameters break first, then its parameters (one a line, trailing comma) with
 * the return type after the closing parenthesis, when the signature does not fit on one line.
 */
export function functionDeclaration(parts: FunctionParts): Doc {
  const parameters = ['(', indent([softline, join([',', line], [...parts.parameters])]), ifBreak(','), softline, ')'];
  return [
    parts.exported ? 'export ' : '',
    parts.async === true ? 'async ' : '',
    'function ',
    parts.name,
    group([
      typeParameters(parts.typeParameters ?? []),
      group([parameters, parts.returnType === undefined ? '' : [': ', parts.returnType]]),
    ]),
    ' ',
    block(parts.body),
  ];
}

/** `export interface Name<…> {…}` with its members one a line. */
export function interfaceDeclaration(name: string, parameters: readonly Doc[], members: readonly Doc[]): Doc {
  return group(['export interface ', name, typeParameters(parameters), ' ', block(members)]);
}

/** `type Name<…> = a | b;`: a union moves after the `=` onto its own line, then breaks one member a line. */
export function unionTypeAlias(lead: Doc, members: readonly string[]): Doc {
  if (members.length === 1) return fluidAssignment(lead, members[0] ?? '');
  return [group([group(lead), ' =', group(indent([line, union(members)]))]), ';'];
}

/** `type Name<…> = T;` for a type that cannot break: it moves onto its own line when it does not fit. */
export function typeAlias(lead: Doc, type: Doc): Doc {
  return fluidAssignment(lead, type);
}

/** `const name = value;` where the value breaks inside (an array, a call) or moves onto its own line. */
export function constDeclaration(lead: Doc, value: Doc): Doc {
  return fluidAssignment(lead, value);
}

/**
 * `const name = callee(argument);` for a call Prettier deems poorly breakable (one short argument): when it does not
 * fit, the call moves onto its own line after the `=` first.
 */
export function constCall(lead: Doc, callee: string, argument: string): Doc {
  const value = call(callee, [argument]);
  if (argument.length > SHORT_ARGUMENT) return fluidAssignment(lead, value);
  return [group([group(lead), ' =', group(indent([line, value]))]), ';'];
}

/** Prettier's "fluid" assignment: the value stays after the `=` while its first line fits there. */
function fluidAssignment(lead: Doc, value: Doc): Doc {
  const id = Symbol('assignment');
  return [
    group([group(lead), ' =', group(indent(line), { id }), lineSuffixBoundary, indentIfBreak(value, { groupId: id })]),
    ';',
  ];
}

/** `[a, b]`: on one line when it fits, else one element a line with a trailing comma. */
export function array(elements: readonly Doc[]): Doc {
  if (elements.length === 0) return '[]';
  return group(['[', indent([softline, join([',', line], [...elements])]), ifBreak(','), softline, ']']);
}

/** `return value;` for a value that is not a binary expression. */
export function returnStatement(value: Doc): Doc {
  return ['return ', value, ';'];
}

/** `throw value;` for a value that is not a binary expression. */
export function throwStatement(value: Doc): Doc {
  return ['throw ', value, ';'];
}

/**
 * `return a && b && c;` (one operator): on one line when it fits, else in parentheses on lines of their own, and,
 * when it still does not fit, one operand a line after its operator.
 */
export function returnChain(operator: '&&' | '||', operands: readonly Doc[]): Doc {
  const [first, ...rest] = operands;
  const chain: Doc[] = [group(first ?? '')];
  if (rest.length === 1) chain.push(' ', group([operator, line, rest[0] ?? '']));
  else for (const operand of rest) chain.push(' ', [operator, line, operand]);
  return ['return ', group([ifBreak('('), indent([softline, group(chain)]), softline, ifBreak(')')]), ';'];
}

/** `a === b` as an operand of `&&` or `||`: the right side breaks onto an indented line of its own. */
export function equality(left: Doc, right: Doc): Doc {
  return group([group(left), indent([' ', group(['===', line, right])])]);
}

/** `if (test) statement` (a block: `if (test) {…}`): the test breaks onto its own lines when it does not fit. */
export function ifStatement(test: Doc, consequent: Doc, isBlock = false): Doc {
  return group([
    'if (',
    group([indent([softline, test]), softline]),
    ')',
    isBlock ? [' ', consequent] : indent([line, consequent]),
  ]);
}
