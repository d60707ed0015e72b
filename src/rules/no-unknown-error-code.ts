import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { distance } from 'fastest-levenshtein';

import { messageText } from '../shared/comment-text.js';
import { isWellFormedCode } from '../table/grammar.js';
import type { CodeIndex } from '../table/index.js';
import { maxEditDistance } from '../table/spelling.js';
import {
  constInitializer,
  createRule,
  isErrorCodeExpression,
  isGlobalReference,
  isStringLiteralNode,
  literalQuote,
  resolveSettings,
  staticPropertyName,
  type StringLiteralNode,
  stringLiteralValue,
  unwrapExpression,
} from '../util/index.js';

export type Options = [
  {
    /**
     * Also report a literal used as a code (places 1-5 of the docs) whose family no table has and that is close to
     * no code, such as `"Throttling.User"` or `"ENOENT"`.
     *
     * @default false
     */
    reportUnknownFamilies?: boolean;

    /**
     * Regular expressions (as strings, unanchored, without flags) matching literals that are never reported.
     *
     * @default []
     */
    ignore?: string[];
  },
];

export type MessageIds =
  | 'unknownCode'
  | 'unknownCodeInFamily'
  | 'unknownCodeOfUnknownFamily'
  | 'unknownFamily'
  | 'unknownFamilyNoMatch'
  | 'unknownPrefix'
  | 'replaceWithCode'
  | 'replaceWithFamily';

/**
 * How a literal is used: as a whole code (places 1-4 of the docs), as a family (`x.split(".")[0] === "F"`), as a
 * prefix (`x.startsWith("F.")`).
 */
type Role = 'code' | 'family' | 'prefix';

/** A node that spells a code: a string literal, or the identifier key of a handler map. */
type CodeNode = StringLiteralNode | TSESTree.Identifier;

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
const MEMBERSHIP_METHODS = new Set(['includes', 'has']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

export default createRule<Options, MessageIds>({
  name: 'no-unknown-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Tencent Cloud error codes that are not in the configured code tables',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unknownCode: 'Unknown Tencent Cloud error code "{{code}}". Did you mean "{{match}}" ({{description}})?',
      unknownCodeInFamily: 'Unknown Tencent Cloud error code "{{code}}": the family "{{family}}" has no such code.',
      unknownCodeOfUnknownFamily:
        'Unknown Tencent Cloud error code "{{code}}": no code table has the family "{{family}}".',
      unknownFamily: 'Unknown Tencent Cloud error-code family "{{family}}". Did you mean "{{match}}"?',
      unknownFamilyNoMatch: 'Unknown Tencent Cloud error-code family "{{family}}": no code table has it.',
      unknownPrefix: 'No Tencent Cloud error code starts with "{{prefix}}".',
      replaceWithCode: 'Replace with "{{code}}" ({{description}}).',
      replaceWithFamily: 'Replace with "{{replacement}}".',
    },
    schema: [
      {
        type: 'object',
        properties: {
          reportUnknownFamilies: {
            type: 'boolean',
            description:
              'Also report a literal used as a code whose family no table has and that is close to no code (such as "Throttling.User" or "ENOENT").',
          },
          ignore: {
            type: 'array',
            items: { type: 'string', format: 'regex' },
            uniqueItems: true,
            description: 'Regular expressions (as strings, unanchored) matching codes that are never reported.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ reportUnknownFamilies: false, ignore: [] }],
  },
  create(context, [{ reportUnknownFamilies = false, ignore = [] }]) {
    const settings = resolveSettings(context);
    if (settings === undefined) return {};
    const { index, codeProperties } = settings;
    const isIgnored = ignoreMatcher(ignore);

    /** Literals used as codes, families or prefixes (places 1-5), in the order found. */
    const roles = new Map<CodeNode, Role>();
    /** Other literals that spell a code of a known family but are not a code (place 6). */
    const loose: StringLiteralNode[] = [];

    // Collect: mark the literals used as codes, families and prefixes, and keep the loose ones.

    function isCode(node: TSESTree.Node): boolean {
      return isErrorCodeExpression(node, context, codeProperties);
    }

    /** `x.split(".")[0]` where `x` is an error-code expression: the family of the code. */
    function isFamily(node: TSESTree.Node): boolean {
      const subject = splitFamilySubject(node);
      return subject !== undefined && isCode(subject);
    }

    function mark(node: TSESTree.Node, role: Role): void {
      const literal = unwrapExpression(node);
      if (isStringLiteralNode(literal) && !roles.has(literal)) roles.set(literal, role);
    }

    /** Place 1 (and 5): `code === "…"`, either side; `x.split(".")[0] === "F"`. */
    function collectComparison(node: TSESTree.BinaryExpression): void {
      if (!EQUALITY_OPERATORS.has(node.operator)) return;
      const sides: [TSESTree.Node, TSESTree.Node][] = [
        [node.left, node.right],
        [node.right, node.left],
      ];
      for (const [literal, other] of sides) {
        if (!isStringLiteralNode(unwrapExpression(literal))) continue;
        if (isCode(other)) mark(literal, 'code');
        else if (isFamily(other)) mark(literal, 'family');
      }
    }

    /** Place 2 (and 5): the cases of a switch over a code, or over `x.split(".")[0]`. */
    function collectSwitch(node: TSESTree.SwitchStatement): void {
      const role = isCode(node.discriminant) ? 'code' : isFamily(node.discriminant) ? 'family' : undefined;
      if (role === undefined) return;
      for (const switchCase of node.cases) if (switchCase.test !== null) mark(switchCase.test, role);
    }

    /** Place 3: `[…].includes(code)`, `new Set([…]).has(code)`; place 5: `code.startsWith("F.")`. */
    function collectMethodCall(node: TSESTree.CallExpression): void {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const [argument] = node.arguments;
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
      const method = staticPropertyName(callee);
      if (method === undefined) return;
      if (MEMBERSHIP_METHODS.has(method)) {
        if (isCode(argument)) markElements(callee.object);
      } else if (method === 'startsWith') {
        if (isStringLiteralNode(unwrapExpression(argument)) && isCode(callee.object)) mark(argument, 'prefix');
      }
    }

    /** Place 4: `handlers[code]`. */
    function collectHandlerMap(node: TSESTree.MemberExpression): void {
      if (node.computed && !isStringLiteralNode(node.property) && isCode(node.property)) markKeys(node.object);
    }

    /** Place 6 only: a dotted code of a known family that is not a code. Cheapest tests first. */
    function collectLoose(node: StringLiteralNode): void {
      const text = stringLiteralValue(node);
      if (text === undefined) return;
      const dot = text.indexOf('.');
      if (dot <= 0 || !index.hasFamily(text.slice(0, dot)) || index.has(text) || !isWellFormedCode(text)) return;
      loose.push(node);
    }

    /** The expression a `const`-like binding holds, for `RETRYABLE.includes(code)`; else `node` itself. */
    function resolveBinding(node: TSESTree.Node): TSESTree.Node {
      const expression = unwrapExpression(node);
      if (expression.type !== AST_NODE_TYPES.Identifier) return expression;
      const init = constInitializer(expression, context);
      return init === undefined ? expression : unwrapExpression(init);
    }

    /** Marks the elements of an array literal or `new Set([...])`, given directly or through a binding. */
    function markElements(collection: TSESTree.Node): void {
      let target = resolveBinding(collection);
      if (target.type === AST_NODE_TYPES.NewExpression && isGlobalReference(target.callee, 'Set', context)) {
        const [elements] = target.arguments;
        if (elements === undefined) return;
        target = resolveBinding(elements);
      }
      if (target.type !== AST_NODE_TYPES.ArrayExpression) return;
      for (const element of target.elements) {
        if (element !== null && element.type !== AST_NODE_TYPES.SpreadElement) mark(element, 'code');
      }
    }

    /**
     * Marks the keys of an object literal indexed with a code (`handlers[err.code]`): string keys, and plain
     * identifier keys (`{ InternalError: retry }`), except shorthand ones, whose name is also a variable's.
     */
    function markKeys(object: TSESTree.Node): void {
      const target = resolveBinding(object);
      if (target.type !== AST_NODE_TYPES.ObjectExpression) return;
      for (const property of target.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const { key } = property;
        if (key.type === AST_NODE_TYPES.Identifier && !property.computed && !property.shorthand) {
          if (!roles.has(key)) roles.set(key, 'code');
        } else {
          mark(key, 'code');
        }
      }
    }

    // Check: once the whole file is seen, so that a literal marked by a later use is not also checked as loose.

    function checkAll(): void {
      for (const [node, role] of roles) {
        const text = codeNodeText(node);
        if (text === undefined) continue;
        if (role === 'code') checkCode(node, text, true);
        else checkFamily(node, text, role);
      }
      for (const node of loose) {
        const text = stringLiteralValue(node);
        if (text !== undefined && !roles.has(node)) checkCode(node, text, false);
      }
    }

    /** A literal used as a code (`fromContext`, places 1-4) or a loose one (place 6) that no table has. */
    function checkCode(node: CodeNode, text: string, fromContext: boolean): void {
      if (index.has(text) || !isWellFormedCode(text) || isIgnored(text)) return;
      const family = index.familyOf(text);
      const familyKnown = index.hasFamily(family);
      const matches = familyKnown ? index.nearest(text) : closeRespectingCase(text, index.nearest(text));
      const [best] = matches;
      if (best !== undefined) {
        context.report({
          node,
          messageId: 'unknownCode',
          data: { code: text, match: best, description: describe(index, best) },
          suggest: matches.map((match) => ({
            messageId: 'replaceWithCode',
            data: { code: match, description: describe(index, match) },
            fix: replaceWith(node, match),
          })),
        });
      } else if (familyKnown) {
        context.report({ node, messageId: 'unknownCodeInFamily', data: { code: text, family } });
      } else if (fromContext && reportUnknownFamilies) {
        context.report({ node, messageId: 'unknownCodeOfUnknownFamily', data: { code: text, family } });
      }
    }

    /** A family (`role` "family") or a code prefix (`role` "prefix") no code of the tables has. */
    function checkFamily(node: CodeNode, text: string, role: 'family' | 'prefix'): void {
      if (text === '' || isIgnored(text)) return;
      const family = role === 'family' ? text : index.familyOf(text);
      const known = index.hasFamily(family);
      // A family, "F" or "F.", is checked as a family; a longer prefix ("F.Proxy", or "Fail") must begin some code.
      const isWholeFamily = role === 'family' || text === family || text === `${family}.`;
      if (known && isWholeFamily) return;
      // A dotted prefix of a known family can only begin codes of that family.
      const candidates = known ? index.entriesOf(family) : index.entries;
      if (role === 'prefix' && candidates.some((entry) => entry.code.startsWith(text))) return;
      if (known) {
        context.report({ node, messageId: 'unknownPrefix', data: { prefix: text } });
        return;
      }
      const matches = closeRespectingCase(family, index.nearestFamilies(family));
      const [best] = matches;
      if (best !== undefined) {
        context.report({
          node,
          messageId: 'unknownFamily',
          data: { family, match: best },
          suggest: matches.map((match) => {
            const fixed = match + text.slice(family.length);
            return { messageId: 'replaceWithFamily', data: { replacement: fixed }, fix: replaceWith(node, fixed) };
          }),
        });
      } else if (reportUnknownFamilies) {
        context.report({ node, messageId: 'unknownFamilyNoMatch', data: { family } });
      }
    }

    // Fix: each suggestion replaces the literal with a match, in the literal's own quotes (replacementText, below).

    /** A fix that replaces the literal (or identifier key) `node` with `text`, written as `node` is. */
    function replaceWith(node: CodeNode, text: string): TSESLint.ReportFixFunction {
      return (fixer) => fixer.replaceText(node, replacementText(node, text));
    }

    return {
      BinaryExpression: collectComparison,
      SwitchStatement: collectSwitch,
      CallExpression: collectMethodCall,
      MemberExpression: collectHandlerMap,
      Literal(node) {
        if (typeof node.value === 'string') collectLoose(node as TSESTree.StringLiteral);
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0) collectLoose(node);
      },
      'Program:exit': checkAll,
    };
  },
});

/** Tests a literal against the `ignore` option's patterns (which the schema has checked with `format: "regex"`). */
function ignoreMatcher(patterns: readonly string[]): (text: string) => boolean {
  const compiled = patterns.map((pattern) => new RegExp(pattern));
  return (text) => compiled.some((pattern) => pattern.test(text));
}

/** `x` of `x.split(".")[0]` (seen through TypeScript wrappers and optional chaining), else `undefined`. */
function splitFamilySubject(node: TSESTree.Node): TSESTree.Node | undefined {
  const member = unwrapExpression(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || !member.computed) return undefined;
  if (member.property.type !== AST_NODE_TYPES.Literal || member.property.value !== 0) return undefined;
  const call = unwrapExpression(member.object);
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'split') return undefined;
  const [separator] = call.arguments;
  return separator !== undefined && stringLiteralValue(separator) === '.' ? callee.object : undefined;
}

/** `text` in the literal's own quotes; an identifier key stays one where `text` is a bare code. */
function replacementText(node: CodeNode, text: string): string {
  if (node.type === AST_NODE_TYPES.Identifier) return IDENTIFIER.test(text) ? text : JSON.stringify(text);
  const quote = literalQuote(node);
  return `${quote}${text}${quote}`;
}

/** The text a code node spells: an identifier key's name, or a literal's value. */
function codeNodeText(node: CodeNode): string | undefined {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : stringLiteralValue(node);
}

/**
 * The matches that are close to `text` with case respected, or differ from it in case only. `nearest()` compares
 * case-folded text, which is right within a known family; for a literal of an unknown family it takes stronger
 * evidence that a Tencent Cloud code was meant: `"FailedOperaton.ProxySellOut"` and `"INTERNALERROR"` are,
 * another library's `"INVALID_OPTION"` (four case-folded edits from `InvalidAction`) is not.
 */
function closeRespectingCase(text: string, matches: readonly string[]): string[] {
  const folded = text.toLowerCase();
  const limit = maxEditDistance(text.length);
  return matches.filter((match) => match.toLowerCase() === folded || distance(match, text) <= limit);
}

/** A code's description for messages: the table's Chinese text, made terminal-safe and cut to a sensible length. */
function describe(index: CodeIndex, code: string): string {
  const entry = index.get(code);
  return entry === undefined ? '' : messageText(entry.description.zh);
}
