import { type ParsedHeader, parseHeader, type RecordedTable } from '../format/header.js';
import { GENERATED_TAG, GENERATED_TAG_TEXT, HANDLER_INFO, type HandlerGap } from '../format/markers.js';
import { isTsx, parseModule } from '../format/module-kind.js';
import type { Settings } from '../format/settings.js';
import { type FormatToken, formatTokens } from '../format/tokens.js';
import { ts } from '../ts-morph.js';

/** Text of the user's, exact and without the blank lines around it, with the lines it took (1-based). */
interface Span {
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
}

/** A top-level name a statement of the user's declares, and the line of that statement. */
interface UserName {
  readonly name: string;
  readonly line: number;
}

/** Hand-written top-level code: a run of consecutive statements (and comments) the generator did not emit. */
interface UserBlock extends Span {
  /** The role of the generated declaration it followed, or `undefined` when it came before all of them. */
  readonly after: string | undefined;
  readonly names: readonly UserName[];
}

/** One token of a generated declaration that must be as the generator wrote it (format/tokens.ts), and its line. */
interface FrameLine {
  readonly text: string;
  readonly line: number;
}

/** One `case '…':` clause of a generated handler's switch. */
export interface CaseRead {
  readonly code: string;
  /** The exact text after the colon, up to the next clause. */
  readonly body: string;
  /** The lines of the clause, its label first. */
  readonly line: number;
  readonly endLine: number;
}

interface HandlerRead {
  /**
   * Its `async` modifier and its return type (the text after the colon; `undefined`: none), which are the user's,
   * and the lines they stand on.
   */
  readonly signature: {
    readonly async: boolean;
    readonly returnType: string | undefined;
    readonly line: number;
    readonly endLine: number;
  };
  readonly gaps: ReadonlyMap<HandlerGap, Span>;
  readonly cases: readonly CaseRead[];
  /** Clauses whose label is not a string literal (`case SOME_CONSTANT:`): the user's, and not placeable. */
  readonly strays: readonly Span[];
}

/** A generated declaration as found in the file. */
export interface DeclarationRead {
  readonly role: string;
  readonly name: string;
  /** Its lines, from its JSDoc to its end. */
  readonly line: number;
  readonly endLine: number;
  /**
   * What must be as generated: the tokens of everything but the user's slots, the case clauses and, of a handler,
   * its `async` and its return type.
   */
  readonly frame: readonly FrameLine[];
  /** Comments and statements of the user's between its JSDoc and the declaration. */
  readonly inner: (Span & { readonly names: readonly UserName[] }) | undefined;
  /** For a handler: its slots and case clauses. */
  readonly handler: HandlerRead | undefined;
}

/** What a re-run keeps from the file it replaces. */
export interface ExistingFile {
  readonly settings: Settings;
  /** The tables the file was generated from, as its header records them; empty when the header does not say. */
  readonly tables: readonly RecordedTable[];
  /** The user's top-level code, in file order. */
  readonly blocks: readonly UserBlock[];
  /** The generated declarations found, by role. */
  readonly declarations: ReadonlyMap<string, DeclarationRead>;
}

/** A file of ours, parsed, before its declarations are told apart. */
export interface OpenedFile {
  readonly text: string;
  readonly header: Extract<ParsedHeader, { ours: true }>;
  readonly source: ts.SourceFile;
}

export type OpenResult =
  | { readonly ours: true; readonly file: OpenedFile }
  | { readonly ours: false; readonly problem?: string }
  /** Ours, but it does not parse: reading it could misplace the user's code, so nothing is read. */
  | { readonly ours: true; readonly syntaxError: string };

/** What the generator would call a declaration: its role (e.g. `isError`, `handler:FailedOperation`). */
export interface Role {
  readonly role: string;
  /** Whether it is a handler, whose switch holds case bodies. */
  readonly handler: boolean;
}

/** Parses a file this generator may have written: its header, then the whole file. */
export function openExisting(text: string, file: string): OpenResult {
  const header = parseHeader(text, file);
  if (!header.ours) return header;
  const source = parseModule(text, isTsx(file), true);
  const [problem] =
    (source as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  if (problem !== undefined) {
    const { line } = source.getLineAndCharacterOfPosition(problem.start);
    return {
      ours: true,
      syntaxError: `${file}:${line + 1}: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}`,
    };
  }
  return { ours: true, file: { text, header, source } };
}

/** The codes listed by the generated `const <name> = [...] as const` (the code list), if the file has it. */
export function listedCodes(opened: OpenedFile, name: string): string[] | undefined {
  const { text, source } = opened;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || declaredName(statement) !== name) continue;
    const comments = ts.getLeadingCommentRanges(text, statement.pos) ?? [];
    if (!hasGeneratedTag(text, lastDoc(text, comments))) continue;
    let list = statement.declarationList.declarations[0]?.initializer;
    if (list !== undefined && ts.isAsExpression(list)) list = list.expression;
    if (list === undefined || !ts.isArrayLiteralExpression(list)) return undefined;
    return list.elements.filter(ts.isStringLiteralLike).map((element) => element.text);
  }
  return undefined;
}

/**
 * Tells the generated declarations of a file from the user's code. A top-level declaration is generated when its
 * JSDoc carries the `@generated gen-handlers` tag and it has one of `roles`' names (those the settings the file
 * was generated with produce), the first with that name; everything else is the user's. A tagged JSDoc followed
 * by statements of the user's and then by such a declaration without a JSDoc of its own is that declaration's:
 * the statements were put between them.
 */
export function readExisting(opened: OpenedFile, roles: ReadonlyMap<string, Role>): ExistingFile {
  const { text, header, source } = opened;
  const at = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;
  const span = (from: number, to: number): Span | undefined => spanOf(text, from, to, at);
  const blocks: UserBlock[] =
    header.above === '' ? [] : [{ text: header.above, after: undefined, line: 1, endLine: 1, names: [] }];
  const declarations = new Map<string, DeclarationRead>();
  const seen = new Set<string>();
  let lastRole: string | undefined;
  /** The run of the user's code being collected: where it starts and ends, and its statements' names by place. */
  let run: { start: number; end: number; names: (UserName & { pos: number })[] } | undefined;
  /** A tagged JSDoc on a statement of the user's, which a declaration below may turn out to own. */
  let pending: ts.CommentRange | undefined;
  /** Where the text not yet given to a statement starts. */
  let cursor = header.end;

  const extend = (start: number, end: number): void => {
    run ??= { start, end, names: [] };
    run.end = end;
  };
  const closeRun = (before = Number.POSITIVE_INFINITY): void => {
    if (run !== undefined) {
      const block = span(run.start, Math.min(run.end, before));
      const names = run.names.filter((n) => n.pos < before).map(({ name, line }) => ({ name, line }));
      if (block !== undefined) blocks.push({ ...block, after: lastRole, names });
    }
    run = undefined;
  };

  for (const statement of source.statements) {
    const comments = (ts.getLeadingCommentRanges(text, statement.pos) ?? []).filter((c) => c.pos >= cursor);
    const end = trailingEnd(text, statement.end);
    const doc = lastDoc(text, comments);
    const name = declaredName(statement);
    const role = name === undefined || seen.has(name) ? undefined : roles.get(name);
    const displaced = role !== undefined && doc === undefined && pending !== undefined;
    if (role !== undefined && (hasGeneratedTag(text, doc) || displaced)) {
      const jsdoc = doc ?? pending;
      if (jsdoc === undefined) throw new Error('unreachable: a generated declaration without its JSDoc');
      const innerNames = displaced ? (run?.names.filter((n) => n.pos > jsdoc.pos) ?? []) : [];
      // Comments above the JSDoc are the user's, and so is everything between the JSDoc and the declaration.
      const [first] = comments;
      if (!displaced && first !== undefined && first !== jsdoc) extend(first.pos, jsdoc.pos);
      closeRun(jsdoc.pos);
      const inner = span(jsdoc.end, statement.getStart(source));
      const read = readDeclaration(opened, statement, jsdoc, role, name ?? '', at);
      declarations.set(role.role, {
        ...read,
        inner:
          inner === undefined
            ? undefined
            : { ...inner, names: innerNames.map(({ name: n, line }) => ({ name: n, line })) },
      });
      seen.add(name ?? '');
      lastRole = role.role;
      pending = undefined;
      const trailing = ts.getTrailingCommentRanges(text, statement.end) ?? [];
      const firstTrailing = trailing[0];
      if (firstTrailing !== undefined) extend(firstTrailing.pos, end);
    } else {
      extend(comments[0]?.pos ?? statement.getStart(source), end);
      const line = at(statement.getStart(source));
      const pos = statement.getStart(source);
      for (const declared of declaredNames(statement)) run?.names.push({ name: declared, line, pos });
      if (doc !== undefined) pending = hasGeneratedTag(text, doc) ? doc : undefined;
    }
    cursor = Math.max(end, statement.end);
  }
  const tail = (ts.getLeadingCommentRanges(text, source.endOfFileToken.pos) ?? []).filter((c) => c.pos >= cursor);
  const [firstTail] = tail;
  const lastTail = tail[tail.length - 1];
  if (firstTail !== undefined && lastTail !== undefined) extend(firstTail.pos, lastTail.end);
  closeRun();
  return { settings: header.settings, tables: header.tables, blocks, declarations };
}

/** A generated declaration's frame and, for a handler, its slots and case clauses. */
function readDeclaration(
  opened: OpenedFile,
  statement: ts.Statement,
  jsdoc: ts.CommentRange,
  role: Role,
  name: string,
  at: (pos: number) => number,
): Omit<DeclarationRead, 'inner'> {
  const { text, source } = opened;
  const masks: [number, number][] = [[jsdoc.end, statement.getStart(source)]];
  const handler =
    role.handler && ts.isFunctionDeclaration(statement) && statement.body !== undefined
      ? readHandler(text, source, statement, statement.body, masks, at)
      : undefined;
  return {
    role: role.role,
    name,
    line: at(jsdoc.pos),
    endLine: at(statement.end),
    frame: frameOf(text, jsdoc.pos, statement.end, masks, at),
    handler,
  };
}

/** The signature, slots and case clauses of a handler; adds their ranges to `masks`. */
function readHandler(
  text: string,
  source: ts.SourceFile,
  declaration: ts.FunctionDeclaration,
  body: ts.Block,
  masks: [number, number][],
  at: (pos: number) => number,
): HandlerRead {
  const asyncKeyword = declaration.modifiers?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
  if (asyncKeyword !== undefined) masks.push([asyncKeyword.getStart(source), asyncKeyword.end]);
  const returnType = declaration.type;
  if (returnType !== undefined) {
    // From the colon after the parameters' `)` to the end of the type.
    masks.push([text.lastIndexOf(':', returnType.getStart(source)), returnType.end]);
  }
  const signature = {
    async: asyncKeyword !== undefined,
    returnType: returnType === undefined ? undefined : returnType.getText(source),
    line: at((asyncKeyword ?? returnType ?? declaration).getStart(source)),
    endLine: at((returnType ?? asyncKeyword ?? declaration).end),
  };
  const statements = body.statements;
  const infoIndex = statements.findIndex(isInfoStatement);
  const switchIndex = statements.findIndex(
    (s, i) => i > infoIndex && ts.isSwitchStatement(s) && s.expression.getText(source) === `${HANDLER_INFO}.code`,
  );
  const info = statements[infoIndex];
  const found = statements[switchIndex];
  const block = found !== undefined && ts.isSwitchStatement(found) ? found : undefined;
  const open = body.getStart(source) + 1;
  const close = body.end - 1;
  const ranges: [HandlerGap, number, number][] = [
    ['start', open, (info ?? block)?.getStart(source) ?? close],
    ...(info === undefined
      ? []
      : [['afterInfo', info.end, block?.getStart(source) ?? close] as [HandlerGap, number, number]]),
  ];
  const cases: CaseRead[] = [];
  const strays: Span[] = [];
  if (block !== undefined) {
    const clauses = block.caseBlock.clauses;
    const blockClose = block.caseBlock.end - 1;
    ranges.push(['switchStart', block.caseBlock.getStart(source) + 1, clauses[0]?.getStart(source) ?? blockClose]);
    ranges.push(['end', block.end, close]);
    clauses.forEach((clause, i) => {
      if (!ts.isCaseClause(clause)) return;
      const start = clause.getStart(source);
      const end = clauses[i + 1]?.getStart(source) ?? blockClose;
      masks.push([start, end]);
      const lines = spanOf(text, start, end, at);
      if (!ts.isStringLiteralLike(clause.expression)) {
        if (lines !== undefined) strays.push(lines);
        return;
      }
      const bodyText = text.slice(clause.statements.pos, end).trimEnd();
      cases.push({
        code: clause.expression.text,
        body: bodyText,
        line: lines?.line ?? at(start),
        endLine: lines?.endLine ?? at(start),
      });
    });
  }
  const gaps = new Map<HandlerGap, Span>();
  for (const [gap, from, to] of ranges) {
    masks.push([from, to]);
    const found = spanOf(text, from, to, at);
    if (found !== undefined) gaps.set(gap, found);
  }
  return { signature, gaps, cases, strays };
}

function isInfoStatement(statement: ts.Statement): boolean {
  if (!ts.isVariableStatement(statement)) return false;
  const [first, ...rest] = statement.declarationList.declarations;
  return rest.length === 0 && first !== undefined && ts.isIdentifier(first.name) && first.name.text === HANDLER_INFO;
}

/**
 * The tokens of `text` from `start` to `end` without the masked ranges, as formatting cannot change them
 * (format/tokens.ts), each with its line: what two declarations are compared by, so a file a formatter rewrote
 * still reads as generated.
 */
function frameOf(
  text: string,
  start: number,
  end: number,
  masks: readonly [number, number][],
  at: (pos: number) => number,
): FrameLine[] {
  const sorted = [...masks].filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0]);
  const tokens: FrameLine[] = [];
  let from = start;
  const take = (to: number): void => {
    for (const token of formatTokens(text, from, to)) tokens.push(...commentLines(text, token, at));
  };
  for (const [maskStart, maskEnd] of sorted) {
    if (maskStart > from) take(maskStart);
    from = Math.max(from, maskEnd);
  }
  if (end > from) take(end);
  return tokens;
}

/**
 * A token as frame lines: a comment that spans lines (a JSDoc) as one per line, white space folded, so an edit
 * inside it is named at its own line; any other token as it is.
 */
function commentLines(text: string, token: FormatToken, at: (pos: number) => number): FrameLine[] {
  if (!text.startsWith('/*', token.pos)) return [{ text: token.text, line: at(token.pos) }];
  const end = text.indexOf('*/', token.pos + 2);
  const raw = text.slice(token.pos, end === -1 ? text.length : end + 2);
  if (!raw.includes('\n')) return [{ text: token.text, line: at(token.pos) }];
  const first = at(token.pos);
  return raw.split('\n').flatMap((lineText, i) => {
    const folded = lineText.replace(/\s+/gu, ' ').trim();
    return folded === '' ? [] : [{ text: folded, line: first + i }];
  });
}

/** The user's text between `from` and `to`: from the start of its first non-blank line, trimmed at the end. */
function spanOf(text: string, from: number, to: number, at: (pos: number) => number): Span | undefined {
  const raw = text.slice(from, to);
  const first = raw.search(/\S/u);
  if (first === -1) return undefined;
  const start = Math.max(from, text.lastIndexOf('\n', from + first - 1) + 1);
  const body = text.slice(start, to).trimEnd();
  return { text: body, line: at(from + first), endLine: at(start + body.length - 1) };
}

function declaredName(statement: ts.Statement): string | undefined {
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isEnumDeclaration(statement)
  ) {
    return statement.name?.text;
  }
  if (ts.isVariableStatement(statement)) {
    const [first] = statement.declarationList.declarations;
    return first !== undefined && ts.isIdentifier(first.name) ? first.name.text : undefined;
  }
  return undefined;
}

/** Every top-level name a statement of the user's declares (imports and destructuring included). */
function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  }
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    return [
      ...(clause?.name === undefined ? [] : [clause.name.text]),
      ...(bindings === undefined
        ? []
        : ts.isNamespaceImport(bindings)
          ? [bindings.name.text]
          : bindings.elements.map((e) => e.name.text)),
    ];
  }
  if (ts.isImportEqualsDeclaration(statement)) return [statement.name.text];
  if (ts.isModuleDeclaration(statement)) return ts.isIdentifier(statement.name) ? [statement.name.text] : [];
  const name = declaredName(statement);
  return name === undefined ? [] : [name];
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

function isDocComment(text: string, comment: ts.CommentRange): boolean {
  return text.startsWith('/**', comment.pos) && comment.kind === ts.SyntaxKind.MultiLineCommentTrivia;
}

/** The last JSDoc among a statement's leading comments. */
function lastDoc(text: string, comments: readonly ts.CommentRange[]): ts.CommentRange | undefined {
  return comments.findLast((c) => isDocComment(text, c));
}

function hasGeneratedTag(text: string, doc: ts.CommentRange | undefined): boolean {
  if (doc === undefined) return false;
  return new RegExp(`^\\s*\\*?\\s*@${GENERATED_TAG}\\s+${GENERATED_TAG_TEXT}\\s*$`, 'mu').test(
    text.slice(doc.pos, doc.end).replace(/\*\/$/u, ''),
  );
}

/** The end of a statement including a comment on the same line after it. */
function trailingEnd(text: string, end: number): number {
  const trailing = ts.getTrailingCommentRanges(text, end) ?? [];
  const last = trailing[trailing.length - 1];
  return last === undefined ? end : last.end;
}
