import { ts } from 'ts-morph';

import { parseHeader } from '../format/header.js';
import { GENERATED_TAG, GENERATED_TAG_TEXT, isSkeletonBody } from '../format/markers.js';
import type { Settings } from '../format/settings.js';

/** Hand-written top-level code: a run of consecutive statements (and comments) the generator did not emit. */
interface UserBlock {
  /** The exact text, without surrounding blank lines. */
  readonly text: string;
  /** The generated declaration it followed (its name), or `undefined` when it came before all of them. */
  readonly after: string | undefined;
}

/** What a re-run keeps from the file it replaces. */
export interface ExistingFile {
  readonly settings: Settings;
  readonly userBlocks: readonly UserBlock[];
  /** Hand-written case bodies by code, as exact text from after the `case '…':` colon. */
  readonly bodies: ReadonlyMap<string, string>;
}

export type ReadResult =
  | { readonly ours: true; readonly file: ExistingFile }
  | { readonly ours: false; readonly problem?: string }
  /** Ours, but it does not parse: reading it could misplace the user's code, so nothing is read. */
  | { readonly ours: true; readonly syntaxError: string };

/**
 * Reads a file this generator wrote earlier. A top-level statement is generated when its JSDoc carries
 * the `@generated gen-handlers` tag or it declares a name the generator emits (`generatedNames`);
 * everything else is the user's. Case bodies are read from the switches of generated functions.
 */
export function readExisting(text: string, file: string, generatedNames: ReadonlySet<string>): ReadResult {
  const header = parseHeader(text, file);
  if (!header.ours) return header;
  const source = ts.createSourceFile('existing.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const [problem] =
    (source as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  if (problem !== undefined) {
    const { line } = source.getLineAndCharacterOfPosition(problem.start);
    return {
      ours: true,
      syntaxError: `${file}:${line + 1}: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}`,
    };
  }
  const userBlocks: UserBlock[] = header.above === '' ? [] : [{ text: header.above, after: undefined }];
  const bodies = new Map<string, string>();
  let lastGenerated: string | undefined;
  let runStart: number | undefined;
  let runEnd = 0;
  /** Where the text not yet given to a statement starts. */
  let cursor = header.end;

  const closeRun = (): void => {
    if (runStart !== undefined) {
      const block = text.slice(runStart, runEnd).trim();
      if (block !== '') userBlocks.push({ text: block, after: lastGenerated });
    }
    runStart = undefined;
  };

  for (const statement of source.statements) {
    const comments = (ts.getLeadingCommentRanges(text, statement.pos) ?? []).filter((c) => c.pos >= cursor);
    const end = trailingEnd(text, statement.end);
    const name = declaredName(statement);
    const marked = hasGeneratedTag(text, comments);
    if (marked || (name !== undefined && generatedNames.has(name))) {
      // Comments above a generated declaration other than its own JSDoc are the user's.
      const own = marked ? comments.slice(0, -1) : comments.filter((c) => !isDocComment(text, c));
      const first = own[0];
      const last = own[own.length - 1];
      if (first !== undefined && last !== undefined) {
        runStart ??= first.pos;
        runEnd = last.end;
      }
      closeRun();
      if (ts.isFunctionDeclaration(statement)) collectBodies(statement, text, bodies);
      lastGenerated = name ?? lastGenerated;
    } else {
      runStart ??= comments[0]?.pos ?? statement.getStart(source);
      runEnd = end;
    }
    cursor = Math.max(end, statement.end);
  }
  const tail = (ts.getLeadingCommentRanges(text, source.endOfFileToken.pos) ?? []).filter((c) => c.pos >= cursor);
  const lastTail = tail[tail.length - 1];
  if (tail[0] !== undefined && lastTail !== undefined) {
    runStart ??= tail[0].pos;
    runEnd = lastTail.end;
  }
  closeRun();
  return { ours: true, file: { settings: header.settings, userBlocks, bodies } };
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

function isDocComment(text: string, comment: ts.CommentRange): boolean {
  return text.startsWith('/**', comment.pos) && comment.kind === ts.SyntaxKind.MultiLineCommentTrivia;
}

function hasGeneratedTag(text: string, comments: readonly ts.CommentRange[]): boolean {
  const last = comments[comments.length - 1];
  if (last === undefined || !isDocComment(text, last)) return false;
  const doc = text.slice(last.pos, last.end);
  return new RegExp(`^\\s*\\*?\\s*@${GENERATED_TAG}\\s+${GENERATED_TAG_TEXT}\\s*$`, 'mu').test(
    doc.replace(/\*\/$/u, ''),
  );
}

/** The end of a statement including a comment on the same line after it. */
function trailingEnd(text: string, end: number): number {
  const trailing = ts.getTrailingCommentRanges(text, end) ?? [];
  const last = trailing[trailing.length - 1];
  return last === undefined ? end : last.end;
}

/** Collects the hand-written case bodies of a generated handler's top-level switch statements. */
function collectBodies(fn: ts.FunctionDeclaration, text: string, bodies: Map<string, string>): void {
  for (const statement of fn.body?.statements ?? []) {
    if (!ts.isSwitchStatement(statement)) continue;
    const clauses = statement.caseBlock.clauses;
    clauses.forEach((clause, i) => {
      if (!ts.isCaseClause(clause) || !ts.isStringLiteralLike(clause.expression)) return;
      const next = clauses[i + 1];
      const end = next === undefined ? statement.caseBlock.end - 1 : next.getStart();
      const body = text.slice(clause.statements.pos, end).trimEnd();
      const code = clause.expression.text;
      if (!isSkeletonBody(body) && !bodies.has(code)) bodies.set(code, body);
    });
  }
}
