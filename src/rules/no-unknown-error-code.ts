import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { distance } from 'fastest-levenshtein';

import { isWellFormedCode } from '../table/grammar.js';
import type { CodeIndex } from '../table/index.js';
import { maxEditDistance } from '../table/spelling.js';
import {
  constInitializer,
  createRule,
  isErrorCodeExpression,
  isGlobalReference,
  isStringLiteralNode,
  resolveSettings,
  staticPropertyName,
  type StringLiteralNode,
  stringLiteralValue,
  unwrapExpression,
} from '../util/index.js';

export type Options = [
  {
    reportUnknownFamilies?: boolean;
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
 * How a literal is used: as a whole code (contexts 1-4 of the docs), as a family (`x.split(".")[0] === "F"`),
 * as a prefix (`x.startsWith("F.")`).
 */
type Role = 'code' | 'family' | 'prefix';

/** A node that spells a code: a string literal, or the identifier key of a handler map. */
type CodeNode = StringLiteralNode | TSESTree.Identifier;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
const MEMBERSHIP_METHODS = new Set(['includes', 'has']);

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
    // The schema has already checked every pattern with the same RegExp constructor.
    const ignorePatterns = ignore.map((pattern) => new RegExp(pattern));
    const isIgnored = (text: string): boolean => ignorePatterns.some((pattern) => pattern.test(text));

    /** Literals used as codes, families or prefixes (contexts 1-5), in the order found. */
    const roles = new Map<CodeNode, Role>();
    /** Other literals that spell a code of a known family but are not a code (context 6). */
    const loose: StringLiteralNode[] = [];

    const isCode = (node: TSESTree.Node): boolean => isErrorCodeExpression(node, context, codeProperties);

    function mark(node: TSESTree.Node, role: Role): void {
      const literal = unwrapExpression(node);
      if (isStringLiteralNode(literal) && !roles.has(literal)) roles.set(literal, role);
    }

    /** `x.split(".")[0]` where `x` is an error-code expression: the family of the code. */
    function isFamilyExpression(node: TSESTree.Node): boolean {
      const member = unwrapExpression(node);
      if (member.type !== AST_NODE_TYPES.MemberExpression || !member.computed) return false;
      if (member.property.type !== AST_NODE_TYPES.Literal || member.property.value !== 0) return false;
      const call = unwrapExpression(member.object);
      if (call.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrapExpression(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'split') return false;
      const [separator] = call.arguments;
      return separator !== undefined && stringLiteralValue(separator) === '.' && isCode(callee.object);
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

    function visitLiteral(node: StringLiteralNode): void {
      const text = stringLiteralValue(node);
      if (text === undefined) return;
      // Context 6 only: a dotted code of a known family that is not a code. Cheapest tests first.
      const dot = text.indexOf('.');
      if (dot <= 0 || !index.hasFamily(text.slice(0, dot)) || index.has(text) || !isWellFormedCode(text)) return;
      loose.push(node);
    }

    function replacement(node: CodeNode, text: string): string {
      // An identifier key stays an identifier where the code is one (a bare code), else becomes a string key.
      if (node.type === AST_NODE_TYPES.Identifier) return IDENTIFIER.test(text) ? text : JSON.stringify(text);
      const quote = node.type === AST_NODE_TYPES.TemplateLiteral ? '`' : context.sourceCode.getText(node).charAt(0);
      return `${quote}${text}${quote}`;
    }

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
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, replacement(node, match)),
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
      const isFamily = role === 'family' || text === family || text === `${family}.`;
      if (known && isFamily) return;
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
            return {
              messageId: 'replaceWithFamily',
              data: { replacement: fixed },
              fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, replacement(node, fixed)),
            };
          }),
        });
      } else if (reportUnknownFamilies) {
        context.report({ node, messageId: 'unknownFamilyNoMatch', data: { family } });
      }
    }

    return {
      BinaryExpression(node) {
        if (!EQUALITY_OPERATORS.has(node.operator)) return;
        const sides: [TSESTree.Node, TSESTree.Node][] = [
          [node.left, node.right],
          [node.right, node.left],
        ];
        for (const [literal, other] of sides) {
          if (!isStringLiteralNode(unwrapExpression(literal))) continue;
          if (isCode(other)) mark(literal, 'code');
          else if (isFamilyExpression(other)) mark(literal, 'family');
        }
      },
      SwitchStatement(node) {
        const role = isCode(node.discriminant) ? 'code' : isFamilyExpression(node.discriminant) ? 'family' : undefined;
        if (role === undefined) return;
        for (const switchCase of node.cases) if (switchCase.test !== null) mark(switchCase.test, role);
      },
      CallExpression(node) {
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
      },
      MemberExpression(node) {
        if (node.computed && !isStringLiteralNode(node.property) && isCode(node.property)) markKeys(node.object);
      },
      Literal(node) {
        if (typeof node.value === 'string') visitLiteral(node as TSESTree.StringLiteral);
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0) visitLiteral(node);
      },
      'Program:exit'() {
        for (const [node, role] of roles) {
          const text = node.type === AST_NODE_TYPES.Identifier ? node.name : stringLiteralValue(node);
          if (text === undefined) continue;
          if (role === 'code') checkCode(node, text, true);
          else checkFamily(node, text, role);
        }
        for (const node of loose) {
          const text = stringLiteralValue(node);
          if (text !== undefined && !roles.has(node)) checkCode(node, text, false);
        }
      },
    };
  },
});

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

/** A code's description for messages: the table's Chinese text. */
function describe(index: CodeIndex, code: string): string {
  return index.get(code)?.description.zh ?? '';
}
