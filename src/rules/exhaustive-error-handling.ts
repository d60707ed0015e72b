import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { ALL_FAMILIES } from '../shared/defaults.js';
import { type Quote, quoteString } from '../shared/quote-string.js';
import type { CodeEntry } from '../table/index.js';
import {
  createRule,
  entryComment,
  errorCodeExpressionKey,
  type FamilyGap,
  familyGaps,
  isStringLiteralNode,
  listCodes,
  resolveSettings,
  type StringLiteralNode,
  stringLiteralValue,
  unwrapExpression,
} from '../util/index.js';

export type Options = [
  {
    /** Required by the schema; absent only from the defaults, so that leaving it out is reported by name. */
    families?: string[];
    allowDefault?: boolean;
  },
];

export type MessageIds = 'missingCodes' | 'addMissingCases' | 'addMissingBranches' | 'unknownFamily';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A string a `case` or a comparison names: a literal, or a constant such as `SELL_OUT` or `Codes.SellOut`. */
interface NamedString {
  readonly value: string;
  /** The literal, when the string is spelt out in place. */
  readonly literal: StringLiteralNode | undefined;
}

/** One `code === "literal"` of an if-else chain. */
interface Comparison extends NamedString {
  /** The error-code expression compared. */
  readonly expression: TSESTree.Node;
  readonly operator: string;
}

/** The comparisons of one test, all of one error-code expression (by key). */
interface ComparisonGroup {
  readonly key: string;
  readonly comparisons: readonly Comparison[];
}

/** A string literal (seen through `as const` and the like), or `undefined`. */
function codeLiteral(node: TSESTree.Node): StringLiteralNode | undefined {
  const literal = unwrapExpression(node);
  return isStringLiteralNode(literal) ? literal : undefined;
}

function quoteOf(node: StringLiteralNode): Quote {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return '`';
  return node.raw.startsWith('"') ? '"' : "'";
}

/** Whether control can never run off the end of `statement` (and so into whatever follows it). */
function statementExits(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return blockExits(statement.body);
    case AST_NODE_TYPES.IfStatement:
      return (
        statement.alternate !== null && statementExits(statement.consequent) && statementExits(statement.alternate)
      );
    default:
      return false;
  }
}

function blockExits(statements: readonly TSESTree.Statement[]): boolean {
  const last = statements.at(-1);
  return last !== undefined && statementExits(last);
}

/** The white space that starts the line where `node` starts. */
function lineIndent(sourceCode: SourceCode, node: TSESTree.Node | TSESTree.Token): string {
  return /^[ \t]*/u.exec(sourceCode.lines[node.loc.start.line - 1] ?? '')?.[0] ?? '';
}

/** Whether `node` is the first thing on its line. */
function startsLine(sourceCode: SourceCode, node: TSESTree.Node | TSESTree.Token): boolean {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return line.slice(0, node.loc.start.column).trim() === '';
}

/** One level of indentation: what `inner` adds to `outer`, else a tab or two spaces to match `outer`. */
function indentUnit(outer: string, inner: string | undefined): string {
  if (inner !== undefined && inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  return outer.includes('\t') ? '\t' : '  ';
}

/**
 * Where text can be inserted after `token` so that it starts on a new line: after the token and any
 * comments that follow it on the same line.
 */
function endOfLineAfter(sourceCode: SourceCode, token: TSESTree.Token): number {
  let end = token.range[1];
  let line = token.loc.end.line;
  for (const comment of sourceCode.getCommentsAfter(token)) {
    if (comment.loc.start.line !== line) break;
    end = comment.range[1];
    line = comment.loc.end.line;
  }
  return end;
}

export default createRule<Options, MessageIds>({
  name: 'exhaustive-error-handling',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Require a switch or if-else chain on a Tencent Cloud error code to handle every code of a family it handles',
    },
    hasSuggestions: true,
    messages: {
      missingCodes: 'This {{kind}} handles family "{{family}}" but misses {{count}} of its {{total}} codes: {{codes}}.',
      addMissingCases: 'Add a case for each missing "{{family}}" code, throwing until it is handled.',
      addMissingBranches: 'Add an else-if branch for each missing "{{family}}" code, throwing until it is handled.',
      unknownFamily: 'Option "families" names "{{family}}", which is not a family of the configured tables{{hint}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          families: {
            type: 'array',
            description:
              'The code families that must be handled exhaustively wherever they are handled at all: family names such as "FailedOperation", or "*" for every family of the tables.',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            uniqueItems: true,
          },
          allowDefault: {
            type: 'boolean',
            description:
              'Whether a `default` case or a final `else` excuses the codes a switch or if-else chain does not name.',
          },
        },
        required: ['families'],
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowDefault: false }],
  },
  create(context, [{ families = [], allowDefault = false }]) {
    const settings = resolveSettings(context);
    if (settings === undefined || families.length === 0) return {};
    const { index, codeProperties } = settings;
    const sourceCode = context.sourceCode;
    const chosen = new Set(families);
    const unknownFamilies = families.filter((family) => family !== ALL_FAMILIES && !index.hasFamily(family));

    const keyOf = (node: TSESTree.Node): string | undefined => errorCodeExpressionKey(node, context, codeProperties);

    /** The lines of one inserted case or branch body: the description comment and a throw naming the code. */
    const bodyLines = (entry: CodeEntry, quote: Quote, indent: string): string[] => [
      `${indent}// ${entryComment(entry)}`,
      `${indent}throw new Error(${quoteString(`Unhandled Tencent Cloud error code ${entry.code}`, quote)});`,
    ];

    const report = (
      node: TSESTree.SwitchStatement | TSESTree.IfStatement,
      head: TSESTree.SourceLocation,
      gap: FamilyGap,
      suggestion: { messageId: 'addMissingCases' | 'addMissingBranches'; at: number; text: string },
    ): void => {
      context.report({
        node,
        loc: head,
        messageId: 'missingCodes',
        data: {
          kind: node.type === AST_NODE_TYPES.SwitchStatement ? 'switch' : 'if-else chain',
          family: gap.family,
          count: gap.missing.length,
          total: gap.total,
          codes: listCodes(gap.missing.map((entry) => entry.code)),
        },
        suggest: [
          {
            messageId: suggestion.messageId,
            data: { family: gap.family },
            fix: (fixer) => fixer.insertTextAfterRange([suggestion.at, suggestion.at], suggestion.text),
          },
        ],
      });
    };

    /** The string `node` names: a string literal, or a constant whose value is known without running the code. */
    const stringOf = (node: TSESTree.Node): NamedString | undefined => {
      const literal = codeLiteral(node);
      if (literal !== undefined) {
        const value = stringLiteralValue(literal);
        return value === undefined ? undefined : { value, literal };
      }
      const expression = unwrapExpression(node);
      if (expression.type !== AST_NODE_TYPES.Identifier && expression.type !== AST_NODE_TYPES.MemberExpression)
        return undefined;
      const known = ASTUtils.getStaticValue(expression, sourceCode.getScope(expression));
      return typeof known?.value === 'string' ? { value: known.value, literal: undefined } : undefined;
    };

    const checkSwitch = (node: TSESTree.SwitchStatement): void => {
      if (keyOf(node.discriminant) === undefined) return;
      const values: string[] = [];
      let quote: Quote | undefined;
      let defaultIndex = -1;
      node.cases.forEach((switchCase, i) => {
        if (switchCase.test === null) {
          defaultIndex = i;
          return;
        }
        const named = stringOf(switchCase.test);
        if (named === undefined) return;
        values.push(named.value);
        if (quote === undefined && named.literal !== undefined && index.has(named.value))
          quote = quoteOf(named.literal);
      });
      if (allowDefault && defaultIndex !== -1) return;
      const gaps = familyGaps(index, values, chosen);
      if (gaps.length === 0) return;

      const brace = sourceCode.getTokenAfter(node.discriminant, (token) => token.value === '{');
      if (brace === null) return;
      const closeParen = sourceCode.getTokenBefore(brace);
      const head = { start: node.loc.start, end: (closeParen ?? brace).loc.end };

      // Insert before `default` (or at the end), unless the case before that point can run into
      // it: then at the last point before it that nothing falls into.
      let at = defaultIndex === -1 ? node.cases.length : defaultIndex;
      while (at > 0 && !blockExits(node.cases[at - 1]?.consequent ?? [])) at -= 1;
      const before = at === 0 ? brace : sourceCode.getLastToken(node.cases[at - 1] as TSESTree.SwitchCase);
      if (before === null) return;
      const offset = endOfLineAfter(sourceCode, before);

      const switchIndent = lineIndent(sourceCode, node);
      const firstCase = node.cases.find((switchCase) => startsLine(sourceCode, switchCase));
      const caseIndent =
        firstCase === undefined
          ? switchIndent + indentUnit(switchIndent, undefined)
          : lineIndent(sourceCode, firstCase);
      const firstBody = node.cases
        .flatMap((switchCase) => switchCase.consequent)
        .find((statement) => startsLine(sourceCode, statement));
      const bodyIndent =
        caseIndent + indentUnit(caseIndent, firstBody === undefined ? undefined : lineIndent(sourceCode, firstBody));

      for (const gap of gaps) {
        const lines = gap.missing.flatMap((entry) => [
          `${caseIndent}case ${quoteString(entry.code, quote ?? "'")}:`,
          ...bodyLines(entry, quote ?? "'", bodyIndent),
        ]);
        report(node, head, gap, {
          messageId: 'addMissingCases',
          at: offset,
          text: lines.map((line) => `\n${line}`).join(''),
        });
      }
    };

    /**
     * The comparisons of `test` when it compares one error-code expression with string literals (`===`, `==`,
     * either side, `||` of such), with that expression's key; else `undefined`.
     */
    const comparisons = (test: TSESTree.Expression): ComparisonGroup | undefined => {
      if (test.type === AST_NODE_TYPES.LogicalExpression) {
        if (test.operator !== '||') return undefined;
        const left = comparisons(test.left);
        const right = left === undefined ? undefined : comparisons(test.right);
        if (left === undefined || right === undefined || left.key !== right.key) return undefined;
        return { key: left.key, comparisons: [...left.comparisons, ...right.comparisons] };
      }
      if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '===' && test.operator !== '=='))
        return undefined;
      const leftKey = keyOf(test.left);
      const [key, expression, other] =
        leftKey === undefined ? [keyOf(test.right), test.right, test.left] : [leftKey, test.left, test.right];
      const named = key === undefined ? undefined : stringOf(other);
      if (key === undefined || named === undefined) return undefined;
      return { key, comparisons: [{ ...named, expression, operator: test.operator }] };
    };

    const checkIfChain = (node: TSESTree.IfStatement): void => {
      if (node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node) return;
      const branches: TSESTree.IfStatement[] = [];
      let rest: TSESTree.Statement | null = node;
      while (rest?.type === AST_NODE_TYPES.IfStatement) {
        branches.push(rest);
        rest = rest.alternate;
      }
      // Guards may come first (`if (!isApiError(err)) ... else if (err.code === ...)`): the dispatch starts
      // at the first comparison and must run to the end of the chain, every test comparing the same code.
      const groups = branches.map((branch) => comparisons(branch.test));
      const start = groups.findIndex((group) => group !== undefined);
      const dispatch = groups.slice(start);
      const key = dispatch[0]?.key;
      // A lone `if` is a single check, not a dispatch on the code.
      if (start === -1 || dispatch.length < 2 || !dispatch.every((group) => group !== undefined && group.key === key))
        return;
      if (allowDefault && rest !== null) return;
      const found = dispatch.flatMap((group) => group?.comparisons ?? []);
      const values = found.map((comparison) => comparison.value);
      const first = found.find((comparison) => index.has(comparison.value));
      if (first === undefined) return;
      const gaps = familyGaps(index, values, chosen);
      if (gaps.length === 0) return;

      const opening = branches[start] as TSESTree.IfStatement;
      const closeParen = sourceCode.getTokenBefore(opening.consequent);
      const head = { start: opening.loc.start, end: (closeParen ?? opening).loc.end };
      const last = branches.at(-1) as TSESTree.IfStatement;
      const lastToken = sourceCode.getLastToken(last.consequent);
      if (lastToken === null) return;

      const indent = lineIndent(sourceCode, node);
      const block = branches
        .map((branch) => branch.consequent)
        .find((c) => c.type === AST_NODE_TYPES.BlockStatement && c.body.length > 0);
      const inner =
        indent +
        indentUnit(
          indent,
          block?.type === AST_NODE_TYPES.BlockStatement &&
            block.body[0] !== undefined &&
            startsLine(sourceCode, block.body[0])
            ? lineIndent(sourceCode, block.body[0])
            : undefined,
        );
      const { expression, operator } = first;
      const quoted = found.find(
        (comparison) => comparison.literal !== undefined && index.has(comparison.value),
      )?.literal;
      const quote = quoted === undefined ? "'" : quoteOf(quoted);
      const subject = sourceCode.getText(expression);

      // `else if (...) y()` without a semicolon: `y() else if` would not parse.
      const separator = last.consequent.type !== AST_NODE_TYPES.BlockStatement && lastToken.value !== ';' ? ';' : '';
      for (const gap of gaps) {
        const text =
          separator +
          gap.missing
            .map((entry) =>
              [
                ` else if (${subject} ${operator} ${quoteString(entry.code, quote)}) {`,
                ...bodyLines(entry, quote, inner),
                `${indent}}`,
              ].join('\n'),
            )
            .join('');
        report(node, head, gap, { messageId: 'addMissingBranches', at: lastToken.range[1], text });
      }
    };

    return {
      Program(): void {
        for (const family of unknownFamilies) {
          const [match] = index.nearestFamilies(family, 1);
          context.report({
            loc: { line: 1, column: 0 },
            messageId: 'unknownFamily',
            data: { family, hint: match === undefined ? '' : ` (did you mean "${match}"?)` },
          });
        }
      },
      SwitchStatement: checkSwitch,
      IfStatement: checkIfChain,
    };
  },
});
