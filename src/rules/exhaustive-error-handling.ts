import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { messageValue } from '../shared/comment-text.js';
import { ALL_FAMILIES, type Lang } from '../shared/defaults.js';
import { type Quote, quoteString } from '../shared/quote-string.js';
import type { CodeEntry, CodeIndex } from '../table/index.js';
import {
  type ActionGuard,
  actionsText,
  aliasTarget,
  createRule,
  entryComment,
  errorCodeExpressionKey,
  errorObjectName,
  type FamilyGap,
  familyGaps,
  familyPartSubject,
  fileModel,
  genHandlersActionCommand,
  genHandlersCommand,
  guardedCodes,
  isPresenceOf,
  isStringLiteralNode,
  knownGuard,
  listCodes,
  literalQuote,
  type Phrase,
  resolveSettings,
  staticPropertyName,
  type StringLiteralNode,
  stringLiteralValue,
  unwrapExpression,
  walkNodes,
} from '../util/index.js';

export type Options = [
  {
    /**
     * The code families that must be handled exhaustively wherever they are handled at all: family names such as
     * `"FailedOperation"`, or `"*"` for every family of the tables. Required and non-empty: it has no default, so
     * that leaving it out is reported by name.
     */
    families?: string[];
    /**
     * Whether a `default` case or a final `else` excuses the codes a switch or if-else chain does not name.
     *
     * @default false
     */
    allowDefault?: boolean;
    /**
     * What a family's codes are: `"product"`, every code of the family in the products the file calls (or the
     * configured tables); `"action"`, inside a guard of calls of known actions (a `catch` around
     * `client.CreateProxy(…)`, a `.catch` or `.then` error callback, the SDK's callback), the codes of the family
     * the guarded actions can return, and nothing elsewhere: a dispatch whose call the rules do not know is not
     * judged.
     *
     * @default "product"
     */
    scope?: 'product' | 'action';
    /**
     * In action scope, whether the family's common codes that the guarded actions do not list must be handled
     * too (every action can return a common code).
     *
     * @default false
     */
    commonCodes?: boolean;
  },
];

export type MessageIds =
  | 'missingCodes'
  | 'missingManyCodes'
  | 'missingActionCodes'
  | 'missingManyActionCodes'
  | 'addMissingCases'
  | 'addMissingBranches'
  | 'unknownFamily';

/** The words of the messages that name a dispatch, and what a family of the `families` option is missing from. */
const SWITCH: Phrase = { en: 'switch', zh: '`switch` 语句' };
const IF_CHAIN: Phrase = { en: 'if-else chain', zh: '`if-else` 链' };
const CONFIGURED_TABLES: Phrase = { en: 'the configured tables', zh: '所配置码表' };
const ANY_PRODUCT: Phrase = { en: 'any product', zh: '任何产品' };

/** The most missing codes a suggestion inserts: past a screenful, the report points to gen-handlers instead. */
const MAX_INSERTED_CODES = 20;

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
      missingManyCodes:
        'This {{kind}} handles family "{{family}}" but misses {{count}} of its {{total}} codes: {{codes}}; too many to insert here: generate an exhaustive handler with "{{command}}".',
      missingActionCodes:
        'This {{kind}} handles family "{{family}}" but misses {{count}} of the {{total}} codes of it that {{actions}} can return: {{codes}}.',
      missingManyActionCodes:
        'This {{kind}} handles family "{{family}}" but misses {{count}} of the {{total}} codes of it that {{actions}} can return: {{codes}}; too many to insert here: generate an exhaustive handler with "{{command}}".',
      addMissingCases: 'Add a case for each missing "{{family}}" code, rethrowing until it is handled.',
      addMissingBranches: 'Add an else-if branch for each missing "{{family}}" code, rethrowing until it is handled.',
      unknownFamily: 'Option "families" names "{{family}}", which is not a family of {{tables}}{{hint}}.',
    },
    messagesZh: {
      missingCodes: '此 {{kind}}处理了错误码族 "{{family}}"，但缺少其 {{total}} 个错误码中的 {{count}} 个：{{codes}}。',
      missingManyCodes:
        '此 {{kind}}处理了错误码族 "{{family}}"，但缺少其 {{total}} 个错误码中的 {{count}} 个：{{codes}}；缺少的太多，无法在此插入：请用 "{{command}}" 生成完整的处理函数。',
      missingActionCodes:
        '此 {{kind}}处理了错误码族 "{{family}}"，但在 {{actions}} 可能返回的该族 {{total}} 个错误码中缺少 {{count}} 个：{{codes}}。',
      missingManyActionCodes:
        '此 {{kind}}处理了错误码族 "{{family}}"，但在 {{actions}} 可能返回的该族 {{total}} 个错误码中缺少 {{count}} 个：{{codes}}；缺少的太多，无法在此插入：请用 "{{command}}" 生成完整的处理函数。',
      addMissingCases: '为错误码族 "{{family}}" 缺少的每个错误码添加一个 `case`，在写好处理之前重新抛出错误。',
      addMissingBranches:
        '为错误码族 "{{family}}" 缺少的每个错误码添加一个 `else if` 分支，在写好处理之前重新抛出错误。',
      unknownFamily: '选项 "families" 中的 "{{family}}" 不是{{tables}}的错误码族{{hint}}。',
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
          scope: {
            type: 'string',
            enum: ['product', 'action'],
            description:
              'What a family\'s codes are: "product", every code of the family in the products the file calls; "action", inside a guard of calls of known actions, the codes of the family those actions can return, and nothing elsewhere.',
          },
          commonCodes: {
            type: 'boolean',
            description:
              "In action scope, whether the family's common codes that the guarded actions do not list must be handled too.",
          },
        },
        required: ['families'],
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowDefault: false, scope: 'product', commonCodes: false }],
  },
  create(context, [{ families = [], allowDefault = false, scope = 'product', commonCodes: withCommon = false }]) {
    const settings = resolveSettings(context);
    if (settings === undefined || families.length === 0) return {};
    const { index, codeProperties, lang, scopedToProducts, consulted } = settings;
    const { sourceCode } = context;
    const chosen = new Set(families);
    // Judged against every product (nothing tells which the file calls), a family is the union of hundreds of
    // products' codes, which no dispatch means to handle: only the option itself is checked.
    const checksDispatches = !settings.everyProduct;
    const model = scope === 'action' ? fileModel(context, settings) : undefined;

    // Collect: what a switch or an if-else chain on an error code handles.

    function keyOf(node: TSESTree.Node): string | undefined {
      return errorCodeExpressionKey(node, context, codeProperties);
    }

    /** The string `node` names: a string literal, or a constant whose value is known without running the code. */
    function stringOf(node: TSESTree.Node): NamedString | undefined {
      const literal = codeLiteral(node);
      if (literal !== undefined) {
        const value = stringLiteralValue(literal);
        return value === undefined ? undefined : { value, literal };
      }
      const expression = unwrapExpression(node);
      if (expression.type !== AST_NODE_TYPES.Identifier && expression.type !== AST_NODE_TYPES.MemberExpression)
        return undefined;
      // Follow `const` aliases ourselves, a bounded number of hops, so that a long chain cannot overflow the stack.
      const target = aliasTarget(expression, context);
      if (target === undefined) return undefined;
      const known = ASTUtils.getStaticValue(target, sourceCode.getScope(target));
      return typeof known?.value === 'string' ? { value: known.value, literal: undefined } : undefined;
    }

    /**
     * The prefix `node` checks an error-code expression for, with that expression's key: `code.startsWith(p)`
     * gives `p`; `code.split('.')[0] === F` (either side, `==` too) gives `F.`, the family `F`. Else `undefined`.
     */
    function prefixOf(node: TSESTree.Node): PrefixCheck | undefined {
      const expression = unwrapExpression(node);
      if (expression.type === AST_NODE_TYPES.CallExpression) {
        const subject = methodSubject(expression, 'startsWith');
        const [argument] = expression.arguments;
        const key = subject === undefined ? undefined : keyOf(subject);
        const prefix =
          key === undefined || expression.arguments.length !== 1 ? undefined : stringOf(argument as TSESTree.Node);
        return key === undefined || prefix === undefined || subject === undefined
          ? undefined
          : { key, prefix: prefix.value, subject };
      }
      if (
        expression.type !== AST_NODE_TYPES.BinaryExpression ||
        (expression.operator !== '===' && expression.operator !== '==')
      )
        return undefined;
      for (const [side, other] of [
        [expression.left, expression.right],
        [expression.right, expression.left],
      ] as const) {
        const subject = familyPartSubject(side, context);
        const key = subject === undefined ? undefined : keyOf(subject);
        const family = key === undefined ? undefined : stringOf(other);
        if (subject !== undefined && key !== undefined && family !== undefined && !family.value.includes('.'))
          return { key, prefix: `${family.value}.`, subject };
      }
      return undefined;
    }

    /**
     * The prefixes checked anywhere inside `nodes` (the `default` case of a switch, the final `else` of a chain), of
     * any error-code expression: `default: if (code.startsWith('FailedOperation.')) ...` handles that family's rest.
     */
    function prefixesIn(nodes: readonly TSESTree.Node[]): string[] {
      const prefixes: string[] = [];
      walkNodes(nodes, sourceCode.visitorKeys, (node) => {
        const check = prefixOf(node);
        if (check !== undefined) prefixes.push(check.prefix);
        return true;
      });
      return prefixes;
    }

    /** What a switch over an error-code expression handles; `undefined` for a switch over anything else. */
    function collectSwitch(node: TSESTree.SwitchStatement, source: CodeIndex): HandledSwitch | undefined {
      if (keyOf(node.discriminant) === undefined) return undefined;
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
        if (quote === undefined && named.literal !== undefined && source.get(named.value) !== undefined)
          quote = literalQuote(named.literal);
      });
      const prefixes = prefixesIn(node.cases[defaultIndex]?.consequent ?? []);
      return { values, prefixes, quote, defaultIndex };
    }

    /**
     * The comparisons and prefix checks of `test` when it tests one error-code expression (`===` or `==` with a
     * string, either side; a prefix check; `||` of such; `&&` of such with another test), with that expression's
     * key; else `undefined`.
     */
    function comparisonsOf(test: TSESTree.Expression): ComparisonGroup | undefined {
      if (test.type === AST_NODE_TYPES.LogicalExpression) {
        if (test.operator === '&&') return conjunctionOf(test);
        if (test.operator !== '||') return undefined;
        const left = comparisonsOf(test.left);
        const right = left === undefined ? undefined : comparisonsOf(test.right);
        if (left === undefined || right === undefined || left.key !== right.key) return undefined;
        return {
          key: left.key,
          comparisons: [...left.comparisons, ...right.comparisons],
          prefixes: [...left.prefixes, ...right.prefixes],
          conditional: [...left.conditional, ...right.conditional],
        };
      }
      const check = prefixOf(test);
      if (check !== undefined) return { key: check.key, comparisons: [], prefixes: [check.prefix], conditional: [] };
      if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '===' && test.operator !== '=='))
        return undefined;
      const leftKey = keyOf(test.left);
      const [key, expression, other] =
        leftKey === undefined ? [keyOf(test.right), test.right, test.left] : [leftKey, test.left, test.right];
      const named = key === undefined ? undefined : stringOf(other);
      if (key === undefined || named === undefined) return undefined;
      return { key, comparisons: [{ ...named, expression, operator: test.operator }], prefixes: [], conditional: [] };
    }

    /**
     * A test of the code and of something else (`code === X && attempt < 5`, either way round): its branch is taken
     * for X only while the other test holds, so the codes it compares with are named, not handled. A check that the
     * error or its code is there (`err && err.code === X`, `code && code.startsWith(P)`) adds no condition: that is
     * the comparison, or the prefix check, itself.
     */
    function conjunctionOf(test: TSESTree.LogicalExpression): ComparisonGroup | undefined {
      const left = comparisonsOf(test.left);
      const right = comparisonsOf(test.right);
      const group = left ?? right;
      if (group === undefined || (left !== undefined && right !== undefined)) return undefined;
      const [tested, other] = left === undefined ? [test.right, test.left] : [test.left, test.right];
      const [comparison] = group.comparisons;
      if (comparison !== undefined && group.prefixes.length === 0 && isPresenceOf(other, comparison.expression)) {
        return group;
      }
      const check = comparison === undefined ? prefixOf(tested) : undefined;
      if (check !== undefined && isPresenceOf(other, check.subject)) return group;
      const named = [...group.comparisons.map((each) => each.value), ...group.conditional];
      return { key: group.key, comparisons: [], prefixes: [], conditional: named };
    }

    /**
     * What an if-else chain handles, from the `if` that starts it; `undefined` when it is not one dispatch on
     * one error-code expression (or `node` is an `else if` of a longer chain).
     */
    function collectIfChain(node: TSESTree.IfStatement): HandledChain | undefined {
      if (node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node) return undefined;
      const branches: TSESTree.IfStatement[] = [];
      let rest: TSESTree.Statement | null = node;
      while (rest?.type === AST_NODE_TYPES.IfStatement) {
        branches.push(rest);
        rest = rest.alternate;
      }
      // Guards may come first (`if (!isApiError(err)) ... else if (err.code === ...)`): the dispatch starts
      // at the first test of the code and must run to the end of the chain, every test testing the same code.
      const groups = branches.map((branch) => comparisonsOf(branch.test));
      const start = groups.findIndex((group) => group !== undefined);
      const dispatch = groups.slice(start);
      const key = dispatch[0]?.key;
      // A lone `if` is a single check, not a dispatch on the code; nor is one branch beside others that name codes
      // under a condition (`code === X && attempt < 5`), which handle none.
      const handling = dispatch.filter(
        (group) => group !== undefined && group.comparisons.length + group.prefixes.length > 0,
      );
      if (start === -1 || handling.length < 2 || !dispatch.every((group) => group !== undefined && group.key === key))
        return undefined;
      const comparisons = dispatch.flatMap((group) => group?.comparisons ?? []);
      const prefixes = [
        ...dispatch.flatMap((group) => group?.prefixes ?? []),
        ...prefixesIn(rest === null ? [] : [rest]),
      ];
      const conditional = new Set(dispatch.flatMap((group) => group?.conditional ?? []));
      return { branches, start, comparisons, prefixes, conditional, hasElse: rest !== null };
    }

    // Check: the chosen families a dispatch handles in part.

    /**
     * The chosen families that are no family of the codes the file is judged against. Judged against the products
     * the file calls, a family of another product is no mistake: only tables and the whole catalogue are checked.
     */
    function reportUnknownFamilies(): void {
      if (scopedToProducts) return;
      for (const family of families) {
        if (family === ALL_FAMILIES || index.hasFamily(family)) continue;
        const [match] = index.nearestFamilies(family, 1);
        context.report({
          loc: { line: 1, column: 0 },
          messageId: 'unknownFamily',
          data: {
            family: messageValue(family),
            tables: (checksDispatches ? CONFIGURED_TABLES : ANY_PRODUCT)[lang],
            hint:
              match === undefined ? '' : lang === 'zh' ? `（是否应为 "${match}"？）` : ` (did you mean "${match}"?)`,
          },
        });
      }
    }

    /**
     * What the dispatch `node` is judged by: in action scope, the codes the guarded actions can return, inside a
     * guard whose actions and their codes are known, and nothing elsewhere (a dispatch whose call is not known is
     * not told to handle what that call may never return); in product scope, the file's codes, unless it is judged
     * against every product. `undefined` when it is not judged.
     */
    function judgeOf(node: TSESTree.Node): Judge | undefined {
      if (model !== undefined) {
        const guard = knownGuard(model, node.range);
        const source = guard === undefined ? undefined : guardedCodes(guard)?.families(withCommon);
        return guard !== undefined && source !== undefined ? { source, guard } : undefined;
      }
      return checksDispatches ? { source: index, guard: undefined } : undefined;
    }

    /** The chosen families `values` claim but the dispatch does not cover; none when a default excuses them. */
    function gapsOf(
      judge: Judge,
      values: readonly string[],
      prefixes: readonly string[],
      hasDefault: boolean,
    ): FamilyGap[] {
      return allowDefault && hasDefault
        ? []
        : familyGaps(judge.source, values, chosen, prefixes, judge.guard === undefined);
    }

    function checkSwitch(node: TSESTree.SwitchStatement): void {
      const judge = judgeOf(node);
      const handled = judge === undefined ? undefined : collectSwitch(node, judge.source);
      if (judge === undefined || handled === undefined) return;
      const gaps = gapsOf(judge, handled.values, handled.prefixes, handled.defaultIndex !== -1);
      if (gaps.length === 0) return;
      const insertion = switchInsertion(node, handled.defaultIndex);
      if (insertion === undefined) return;
      for (const gap of gaps) {
        report(node, judge, insertion, gap, 'addMissingCases', () =>
          missingCases(node, gap, handled.quote ?? "'", insertion),
        );
      }
    }

    function checkIfChain(node: TSESTree.IfStatement): void {
      const judge = judgeOf(node);
      const handled = judge === undefined ? undefined : collectIfChain(node);
      if (judge === undefined || handled === undefined) return;
      // A code tested under a condition is handled in part: it claims no family, and is not asked for again.
      const gaps = gapsOf(
        judge,
        handled.comparisons.map((comparison) => comparison.value),
        handled.prefixes,
        handled.hasElse,
      ).flatMap((gap) => {
        const missing = gap.missing.filter((entry) => !handled.conditional.has(entry.code));
        return missing.length === 0 ? [] : [{ ...gap, missing }];
      });
      if (gaps.length === 0) return;
      const insertion = chainInsertion(handled);
      if (insertion === undefined) return;
      for (const gap of gaps) {
        report(node, judge, insertion, gap, 'addMissingBranches', () =>
          missingBranches(gap, handled, judge.source, insertion),
        );
      }
    }

    /**
     * One report per family a dispatch misses codes of, with a suggestion that inserts them; past
     * `MAX_INSERTED_CODES` codes, no suggestion but the gen-handlers command that writes a whole handler.
     */
    function report(
      node: TSESTree.SwitchStatement | TSESTree.IfStatement,
      { guard }: Judge,
      insertion: Insertion,
      gap: FamilyGap,
      messageId: 'addMissingCases' | 'addMissingBranches',
      text: () => string,
    ): void {
      const tooMany = gap.missing.length > MAX_INSERTED_CODES;
      const command = !tooMany
        ? ''
        : guard === undefined
          ? genHandlersCommand({ scopedToProducts, consulted }, gap.family, context.cwd)
          : genHandlersActionCommand(guard.table, guard.actions);
      const ids = guard === undefined ? (['missingCodes', 'missingManyCodes'] as const) : ACTION_MESSAGES;
      context.report({
        node,
        loc: insertion.head,
        messageId: tooMany ? ids[1] : ids[0],
        data: {
          kind: (node.type === AST_NODE_TYPES.SwitchStatement ? SWITCH : IF_CHAIN)[lang],
          family: gap.family,
          count: gap.missing.length,
          total: gap.total,
          codes: listCodes(
            gap.missing.map((entry) => entry.code),
            lang,
          ),
          command,
          actions: guard === undefined ? '' : actionsText(guard.actions, lang),
        },
        suggest: tooMany
          ? []
          : [
              {
                messageId,
                data: { family: gap.family },
                fix: (fixer) => fixer.insertTextAfterRange([insertion.at, insertion.at], text()),
              },
            ],
      });
    }

    // Fix: where the missing cases or branches go, and their text.

    /**
     * Where a switch's new cases go: before `default` (or at the end), unless the case before that point can run
     * into it; then at the last point before it that nothing falls into.
     */
    function switchInsertion(node: TSESTree.SwitchStatement, defaultIndex: number): SwitchInsertion | undefined {
      const brace = sourceCode.getTokenAfter(node.discriminant, (token) => token.value === '{');
      if (brace === null) return undefined;
      const closeParen = sourceCode.getTokenBefore(brace);
      const head = { start: node.loc.start, end: (closeParen ?? brace).loc.end };

      let at = defaultIndex === -1 ? node.cases.length : defaultIndex;
      while (at > 0 && !blockExits(node.cases[at - 1]?.consequent ?? [])) at -= 1;
      const before = at === 0 ? brace : sourceCode.getLastToken(node.cases[at - 1] as TSESTree.SwitchCase);
      if (before === null) return undefined;

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
      return { head, at: endOfLineAfter(sourceCode, before), caseIndent, bodyIndent };
    }

    /**
     * A `case` per missing code, each on new lines, rethrowing the error the switch reads its code from (or
     * throwing a new one when no variable holds it) until it is handled.
     */
    function missingCases(
      node: TSESTree.SwitchStatement,
      gap: FamilyGap,
      quote: Quote,
      { caseIndent, bodyIndent }: SwitchInsertion,
    ): string {
      const rethrow = errorObjectName(node.discriminant, node, context);
      return gap.missing
        .flatMap((entry) => [
          `${caseIndent}case ${quoteString(entry.code, quote)}:`,
          ...throwingBody(entry, { quote, indent: bodyIndent, rethrow, lang }),
        ])
        .map((line) => `\n${line}`)
        .join('');
    }

    /** Where a chain's new branches go: after the last branch, before the final `else` if there is one. */
    function chainInsertion({ branches, start }: HandledChain): ChainInsertion | undefined {
      const opening = branches[start] as TSESTree.IfStatement;
      const closeParen = sourceCode.getTokenBefore(opening.consequent);
      const head = { start: opening.loc.start, end: (closeParen ?? opening).loc.end };
      const last = branches.at(-1) as TSESTree.IfStatement;
      const lastToken = sourceCode.getLastToken(last.consequent);
      if (lastToken === null) return undefined;

      const indent = lineIndent(sourceCode, branches[0] as TSESTree.IfStatement);
      const block = branches
        .map((branch) => branch.consequent)
        .find((consequent) => consequent.type === AST_NODE_TYPES.BlockStatement && consequent.body.length > 0);
      const firstStatement = block?.type === AST_NODE_TYPES.BlockStatement ? block.body[0] : undefined;
      const inner =
        indent +
        indentUnit(
          indent,
          firstStatement !== undefined && startsLine(sourceCode, firstStatement)
            ? lineIndent(sourceCode, firstStatement)
            : undefined,
        );
      // `else if (...) y()` without a semicolon: `y() else if` would not parse.
      const separator = last.consequent.type !== AST_NODE_TYPES.BlockStatement && lastToken.value !== ';' ? ';' : '';
      return { head, at: lastToken.range[1], separator, indent, inner };
    }

    /**
     * An `else if` per missing code, comparing the expression of the chain's first comparison of a code, with its
     * operator and the quote of its first code literal, rethrowing the error that expression reads its code from
     * (or throwing a new one when no variable holds it) until it is handled.
     */
    function missingBranches(
      gap: FamilyGap,
      handled: HandledChain,
      source: CodeIndex,
      insertion: ChainInsertion,
    ): string {
      const { comparisons, branches } = handled;
      const isCode = (comparison: Comparison): boolean => source.get(comparison.value) !== undefined;
      const { expression, operator } = comparisons.find(isCode) as Comparison;
      const quoted = comparisons.find((comparison) => comparison.literal !== undefined && isCode(comparison))?.literal;
      const quote = quoted === undefined ? "'" : literalQuote(quoted);
      const subject = sourceCode.getText(expression);
      const rethrow = errorObjectName(expression, branches[0] as TSESTree.IfStatement, context);
      const added = gap.missing.map((entry) =>
        [
          ` else if (${subject} ${operator} ${quoteString(entry.code, quote)}) {`,
          ...throwingBody(entry, { quote, indent: insertion.inner, rethrow, lang }),
          `${insertion.indent}}`,
        ].join('\n'),
      );
      return insertion.separator + added.join('');
    }

    const dispatches = { SwitchStatement: checkSwitch, IfStatement: checkIfChain };
    if (model !== undefined) {
      return model.guards.length === 0
        ? { Program: reportUnknownFamilies }
        : { Program: reportUnknownFamilies, ...dispatches };
    }
    return checksDispatches ? { Program: reportUnknownFamilies, ...dispatches } : { Program: reportUnknownFamilies };
  },
});

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The message ids of a dispatch judged by the codes of the actions it guards: a few missing, many missing. */
const ACTION_MESSAGES = ['missingActionCodes', 'missingManyActionCodes'] as const;

/** What a dispatch is judged by: the codes of its families, and the guard whose actions' codes they are. */
interface Judge {
  readonly source: CodeIndex;
  /** The guard, in action scope; `undefined` in product scope. */
  readonly guard: ActionGuard | undefined;
}

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

/** A check that an error-code expression (by key) starts with `prefix`. */
interface PrefixCheck {
  readonly key: string;
  readonly prefix: string;
  /** The error-code expression checked (`code` of `code.startsWith(p)`). */
  readonly subject: TSESTree.Node;
}

/** The comparisons and prefix checks of one test, all of one error-code expression (by key). */
interface ComparisonGroup {
  readonly key: string;
  readonly comparisons: readonly Comparison[];
  readonly prefixes: readonly string[];
  /** The strings compared with under another condition (`code === X && retrying`): named, not handled. */
  readonly conditional: readonly string[];
}

/** What a switch over an error-code expression handles. */
interface HandledSwitch {
  /** The strings its cases name, in source order. */
  readonly values: readonly string[];
  /** The prefixes its `default` case checks the code for. */
  readonly prefixes: readonly string[];
  /** The quote of its first case literal that is a code of the tables. */
  readonly quote: Quote | undefined;
  /** The position of its `default` case among its cases, or -1. */
  readonly defaultIndex: number;
}

/** What an if-else chain that dispatches on one error-code expression handles. */
interface HandledChain {
  /** Every `if` of the chain, the first one first. */
  readonly branches: readonly TSESTree.IfStatement[];
  /** The position in `branches` of the first comparison: guards may come before it. */
  readonly start: number;
  /** The comparisons of the dispatch, in source order. */
  readonly comparisons: readonly Comparison[];
  /** The prefixes its tests and its final `else` check the code for. */
  readonly prefixes: readonly string[];
  /** The strings its tests compare with under another condition: named, not handled. */
  readonly conditional: ReadonlySet<string>;
  /** Whether the chain ends with an `else`. */
  readonly hasElse: boolean;
}

/** Where a suggestion inserts its text, and the head of the dispatch that the report covers. */
interface Insertion {
  readonly head: TSESTree.SourceLocation;
  /** The offset the text is inserted at. */
  readonly at: number;
}

interface SwitchInsertion extends Insertion {
  readonly caseIndent: string;
  readonly bodyIndent: string;
}

interface ChainInsertion extends Insertion {
  /** What must come between the last branch and the new ones: `;` after a statement without one. */
  readonly separator: string;
  /** The indentation of the chain's `if`, and of the statements inside its branches. */
  readonly indent: string;
  readonly inner: string;
}

/** A string literal (seen through `as const` and the like), or `undefined`. */
function codeLiteral(node: TSESTree.Node): StringLiteralNode | undefined {
  const literal = unwrapExpression(node);
  return isStringLiteralNode(literal) ? literal : undefined;
}

/** How an inserted body is written: the quote and indentation around it, what it rethrows, its comment's language. */
interface BodyStyle {
  readonly quote: Quote;
  readonly indent: string;
  /** The variable holding the error the dispatch reads its code from, or `undefined` when none does. */
  readonly rethrow: string | undefined;
  readonly lang: Lang;
}

/**
 * The lines of one inserted case or branch body: the description comment, and a rethrow of the original error
 * (as generated handlers do, so nothing of it, such as its `requestId`, is lost) or, when no variable holds it, a
 * new error naming the code.
 */
function throwingBody(entry: CodeEntry, { quote, indent, rethrow, lang }: BodyStyle): string[] {
  const thrown = rethrow ?? `new Error(${quoteString(`Unhandled Tencent Cloud error code ${entry.code}`, quote)})`;
  return [`${indent}// ${entryComment(entry, lang)}`, `${indent}throw ${thrown};`];
}

/** `x` of a call `x.<name>(...)`, else `undefined`. */
function methodSubject(call: TSESTree.CallExpression, name: string): TSESTree.Node | undefined {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === name
    ? callee.object
    : undefined;
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

/** Whether control can never run off the end of a list of statements: its last one exits. */
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
