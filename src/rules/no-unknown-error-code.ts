import path from 'node:path';

import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { distance } from 'fastest-levenshtein';

import { messageText, messageValue } from '../shared/comment-text.js';
import type { Lang } from '../shared/defaults.js';
import { partitionPoint } from '../shared/partition-point.js';
import { descriptionIn } from '../table/describe.js';
import { isWellFormedCode } from '../table/grammar.js';
import type { CodeIndex } from '../table/index.js';
import { loadTable, shippedCatalogue } from '../table/load.js';
import { maxEditDistance } from '../table/spelling.js';
import { formatTableName, parseTableName } from '../table/table-name.js';
import {
  chineseText,
  codeContamination,
  codeGroup,
  type CodeNode,
  codeNodeText,
  codePlaceListeners,
  type CodeRole,
  createRule,
  fileModel,
  ignoreMatcher,
  ignoreSchema,
  importsOtherCloud,
  isI18nKeyText,
  isTranslationArgument,
  listNames,
  literalQuote,
  type Phrase,
  removalData,
  removedCode,
  type ResolvedSettings,
  resolveSettings,
  staticPropertyName,
  type StringLiteralNode,
  stringLiteralValue,
} from '../util/index.js';

export type Options = [
  {
    /**
     * Also report a literal used as a code (places 1-6 of the docs) whose family no table has and that is close to
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
  | 'otherProductCode'
  | 'otherProductCodeNoMatch'
  | 'familyNameAsCode'
  | 'contaminatedCode'
  | 'unknownFamily'
  | 'unknownFamilyNoMatch'
  | 'unknownPrefix'
  | 'removedCode'
  | 'renamedCode'
  | 'replaceWithCode'
  | 'replaceWithFamily';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;
/** The common-codes table, named so in `consulted`. */
const COMMON = 'common';
/**
 * How many edits (case aside) from another product's code a code of the file's products may be and still be
 * suggested for it: `"FailedOperation.DownloadError"` (BDA's) gets OCR's `"FailedOperation.DownLoadError"`;
 * `"FailedOperation.NoFreeAmount"` (TMT's) does not get ASR's `"FailedOperation.UserHasNoFreeAmount"`.
 */
const OTHER_PRODUCT_EDITS = 2;
/**
 * How many edits (case aside) from a code a string outside the places of codes may be and still be taken for its
 * misspelling, in a file judged by the whole catalogue: `"FailedOperation.ProxySelOut"` is one from a code;
 * `"ResourceNotFound.Folder"` is four from `"ResourceNotFound.File"`.
 */
const LOOSE_EDITS = 2;
/** How many products a message names before it counts the rest. */
const LISTED_PRODUCTS = 5;

export default createRule<Options, MessageIds>({
  name: 'no-unknown-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Tencent Cloud error codes that are not codes of the products a file calls',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unknownCode: 'Unknown Tencent Cloud error code "{{code}}". Did you mean "{{match}}" ({{description}})?',
      unknownCodeInFamily: 'Unknown Tencent Cloud error code "{{code}}" ({{checked}}).',
      unknownCodeOfUnknownFamily:
        'Unknown Tencent Cloud error code "{{code}}": the family "{{family}}" is unknown ({{checked}}).',
      otherProductCode:
        'Tencent Cloud error code "{{code}}" belongs to {{products}}; this file calls {{calls}}. Did you mean "{{match}}"?',
      otherProductCodeNoMatch:
        'Tencent Cloud error code "{{code}}" belongs to {{products}}; this file calls {{calls}}.',
      familyNameAsCode:
        'Tencent Cloud error code "{{code}}" belongs to {{products}}; this file calls {{calls}}, whose errors carry one of the family\'s {{count}} codes instead ("{{code}}.…"): `startsWith("{{code}}.")` tests for them all.',
      contaminatedCode: 'Tencent Cloud error code "{{code}}" has {{problems}}; written plainly it is "{{clean}}".',
      unknownFamily: 'Unknown Tencent Cloud error-code family "{{family}}". Did you mean "{{match}}"?',
      unknownFamilyNoMatch: 'Unknown Tencent Cloud error-code family "{{family}}" ({{checked}}).',
      unknownPrefix: 'No Tencent Cloud error code starts with "{{prefix}}" ({{checked}}).',
      removedCode:
        'Tencent Cloud error code "{{code}}" was removed from {{api}} in tencentcloud-sdk-go {{release}}, {{date}}.',
      renamedCode:
        'Tencent Cloud error code "{{code}}" was removed from {{api}} in tencentcloud-sdk-go {{release}}, {{date}}: renamed to "{{renamed}}".',
      replaceWithCode: 'Replace with "{{code}}" ({{description}}).',
      replaceWithFamily: 'Replace with "{{replacement}}".',
    },
    messagesZh: {
      unknownCode: '未知的腾讯云错误码 "{{code}}"。是否应为 "{{match}}"（{{description}}）？',
      unknownCodeInFamily: '未知的腾讯云错误码 "{{code}}"（{{checked}}）。',
      unknownCodeOfUnknownFamily: '未知的腾讯云错误码 "{{code}}"：错误码族 "{{family}}" 未知（{{checked}}）。',
      otherProductCode:
        '腾讯云错误码 "{{code}}" 属于 {{products}}；此文件调用的产品：{{calls}}。是否应为 "{{match}}"？',
      otherProductCodeNoMatch: '腾讯云错误码 "{{code}}" 属于 {{products}}；此文件调用的产品：{{calls}}。',
      familyNameAsCode:
        '腾讯云错误码 "{{code}}" 属于 {{products}}；此文件调用的产品（{{calls}}）的错误带的是该错误码族的 {{count}} 个错误码之一（"{{code}}.…"）：用 `startsWith("{{code}}.")` 可以全部判断。',
      contaminatedCode: '腾讯云错误码 "{{code}}" 含有{{problems}}；正确写法是 "{{clean}}"。',
      unknownFamily: '未知的腾讯云错误码族 "{{family}}"。是否应为 "{{match}}"？',
      unknownFamilyNoMatch: '未知的腾讯云错误码族 "{{family}}"（{{checked}}）。',
      unknownPrefix: '没有以 "{{prefix}}" 开头的腾讯云错误码（{{checked}}）。',
      removedCode: '腾讯云错误码 "{{code}}" 已于 `tencentcloud-sdk-go {{release}}`（{{date}}）从 {{api}} 中删除。',
      renamedCode:
        '腾讯云错误码 "{{code}}" 已于 `tencentcloud-sdk-go {{release}}`（{{date}}）从 {{api}} 中删除：已改名为 "{{renamed}}"。',
      replaceWithCode: '替换为 "{{code}}"（{{description}}）。',
      replaceWithFamily: '替换为 "{{replacement}}"。',
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
          ignore: ignoreSchema('codes'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ reportUnknownFamilies: false, ignore: [] }],
  },
  create(context, [{ reportUnknownFamilies = false, ignore = [] }]) {
    const settings = resolveSettings(context);
    if (settings === undefined) return {};
    const { index, codeProperties, lang, productsOf, scopedToProducts, everyProduct, isTencentFamily } = settings;
    // A file that calls no Tencent Cloud product and imports another cloud's SDK handles that cloud's codes.
    if (everyProduct && importsOtherCloud(context.sourceCode.text)) return {};
    const isIgnored = ignoreMatcher(ignore);
    // What the messages say was checked and what the file calls: made on the first report, once per settings.
    const texts = (): MessageTexts => messageTexts(settings);
    const judgedByTables = !scopedToProducts && !settings.everyProduct;

    /** Literals used as codes, families, prefixes or fragments (places 1-6), in the order found. */
    const roles = new Map<CodeNode, CodeRole>();
    /** Other literals that spell a code of a known family but are not a code (place 7). */
    const loose: StringLiteralNode[] = [];

    // Collect: mark the literals used as codes, families, prefixes and fragments, and keep the loose ones.

    /** Place 7 only: a dotted code of a known family that is not a code. Cheapest tests first. */
    function collectLoose(node: StringLiteralNode): void {
      const text = stringLiteralValue(node);
      if (text !== undefined && isLooseCandidate(text)) loose.push(node);
    }

    /**
     * Whether `node` is the value of an error-code property in an object literal (`{ code: "…" }`, `{ Code: "…" }`:
     * a fake error in a test, an API answer's `Error`, an expected error), in a file judged by the products it calls or
     * by tables: a code's place there (place 6). Judged by the whole catalogue, it is checked as any string (place 7).
     */
    function writesCode(node: StringLiteralNode): boolean {
      if (!scopedToProducts && !judgedByTables) return false;
      const { parent } = node;
      return (
        parent.type === AST_NODE_TYPES.Property &&
        parent.value === node &&
        parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
        codeProperties.has(staticPropertyName(parent) ?? '') &&
        !roles.has(node)
      );
    }

    /** Whether `text` spells a dotted code of a known family that is not one: what place 7 checks. */
    function isLooseCandidate(text: string): boolean {
      const dot = text.indexOf('.');
      return dot > 0 && index.hasFamily(text.slice(0, dot)) && !index.has(text) && isWellFormedCode(text);
    }

    // Check: once the whole file is seen, so that a literal marked by a later use is not also checked as loose.

    function checkAll(): void {
      for (const [node, role] of roles) {
        const text = codeNodeText(node);
        if (text === undefined || isForeignGroup(node)) continue;
        if (role === 'code') checkCode(node, text, true);
        else if (role === 'fragment') checkFragment(node, text);
        else if (!isForeignFamily(role === 'family' ? text : index.familyOf(text))) checkFamily(node, text, role);
      }
      if (loose.length === 0 || (everyProduct && handlesOnlyOtherCodes())) return;
      for (const node of loose) {
        const text = stringLiteralValue(node);
        if (text !== undefined && !roles.has(node) && !isForeignGroup(node) && !isTranslationGroup(node))
          checkCode(node, text, false);
      }
    }

    /**
     * Whether the file compares error codes, none of them Tencent Cloud's (`err.code === "ER_DUP_ENTRY"`): judged by
     * the whole catalogue, its other strings shaped like codes (`{ error: "ResourceInUse.Category" }`) are its own.
     */
    function handlesOnlyOtherCodes(): boolean {
      let handled = false;
      for (const [node, role] of roles) {
        if (role !== 'code') continue;
        const text = codeNodeText(node);
        if (text === undefined) continue;
        if (index.has(text) || isTencentFamily(index.familyOf(text))) return false;
        handled = true;
      }
      return handled;
    }

    /**
     * A literal used as a code (`fromContext`, places 1-4 and 6) or a loose one (place 7) that the file's codes do not
     * have: contaminated (places 1-4 and 6), another product's code, or unknown, with the close codes as suggestions.
     */
    function checkCode(node: CodeNode, text: string, fromContext: boolean): void {
      if (index.has(text) || isIgnored(text)) return;
      if (!isWellFormedCode(text)) {
        if (fromContext) checkContamination(node, text);
        return;
      }
      if (!fromContext && isTranslationArgument(node, context)) return;
      // A translation key (`InternalError.title`), unless it is a code with its case wrong (`…proxySellOut`).
      if (isI18nKeyText(text) && !index.nearest(text, 1).some((code) => code.toLowerCase() === text.toLowerCase()))
        return;
      const products = productsOf(text);
      // Outside the places, another product's code is left alone, removed from the file's products or not.
      if (!fromContext && products.length > 0) return;
      if (reportRemoved(node, text, fromContext)) return;
      if (products.length > 0) {
        // A documented code is never taken for a typo of another; outside the places it may name any product's.
        if (fromContext && scopedToProducts && !inUntoldGuard(node)) reportOtherProduct(node, text, products);
        else if (fromContext && judgedByTables) reportUnknown(node, text, true);
        return;
      }
      const matches = closeCodes(text);
      // Judged by the whole catalogue, a string in no code's place is taken for a code only as a misspelling of one
      // (`"FailedOperation.ProxySelOut"`): an app's own key of a Tencent family (`"ResourceNotFound.Folder"`) is not.
      // So is a code of a family no product has, in a code's place too: another API's (Volcengine's
      // `"FlowLimitExceeded"` is no misspelt `"LimitExceeded"`).
      const foreignFamily = fromContext && !isTencentFamily(index.familyOf(text));
      if (everyProduct && (!fromContext || foreignFamily) && !isMisspellingOfOne(text, matches)) return;
      const [best] = matches;
      if (best === undefined) {
        reportUnknown(node, text, fromContext);
        return;
      }
      context.report({
        node,
        messageId: 'unknownCode',
        data: { code: messageValue(text), match: best, description: describe(index, best, lang) },
        suggest: suggestCodes(node, matches),
      });
    }

    /** The groups of codes found to be another cloud's, and those found to be Tencent Cloud's. */
    const foreignGroups = new Map<TSESTree.Node, boolean>();

    /**
     * Whether `node` is listed, switched on or compared among codes most of which are of families no Tencent Cloud
     * product has (`Throttling.User`, `IncorrectDBInstanceState` beside `OperationDenied.DBStatus`): another cloud's
     * codes, none of them reported. A group needs two codes at least; the catalogue is read only on a miss.
     */
    function isForeignGroup(node: CodeNode): boolean {
      const group = codeGroup(node);
      if (group === undefined) return false;
      let foreign = foreignGroups.get(group);
      if (foreign === undefined) {
        const codes = membersOf(group)
          .map(codeNodeText)
          .filter((text): text is string => text !== undefined && isWellFormedCode(text));
        // Another cloud's code: of a family no product has, and no misspelling of a code either.
        const unknown = codes.filter(
          (code) => !index.has(code) && !isTencentFamily(index.familyOf(code)) && closeCodes(code).length === 0,
        );
        foreign = codes.length >= 2 && unknown.length * 2 > codes.length;
        foreignGroups.set(group, foreign);
      }
      return foreign;
    }

    /** The families of the codes in the file's groups of another cloud's codes; found on first use. */
    let foreignFamilies: Set<string> | undefined;

    /**
     * Whether `family` is one no Tencent Cloud product has that the file's groups of other codes use (see
     * isForeignGroup): `code.startsWith("Credentials.")` beside a switch on `"Credentials.Rejected"`,
     * `"Tenant.NotFound"` and `"Role.NotTrusted"` tests a family of the same codes, not a misspelt `Credential`.
     */
    function isForeignFamily(family: string): boolean {
      if (isTencentFamily(family)) return false;
      if (foreignFamilies === undefined) {
        foreignFamilies = new Set();
        for (const [node, role] of roles) {
          const text = role === 'code' ? codeNodeText(node) : undefined;
          if (text !== undefined && isForeignGroup(node)) foreignFamilies.add(index.familyOf(text));
        }
      }
      return foreignFamilies.has(family);
    }

    /** The objects and arrays found to hold translation keys, and those found not to. */
    const translationGroups = new Map<TSESTree.Node, boolean>();

    /**
     * Whether `node` is a key or a value of an object, or an element of an array, that holds two translation keys
     * of known families at least (`"LimitExceeded.title"`, `"InternalError.tryAgain"`): a table of translations,
     * whose other strings shaped like codes are keys too (`"InvalidParameter.TextTooLong"` beside them).
     */
    function isTranslationGroup(node: CodeNode): boolean {
      const group = codeGroup(node);
      if (group?.type !== AST_NODE_TYPES.ObjectExpression && group?.type !== AST_NODE_TYPES.ArrayExpression)
        return false;
      let found = translationGroups.get(group);
      if (found === undefined) {
        const texts =
          group.type === AST_NODE_TYPES.ArrayExpression
            ? group.elements.map((element) => (element === null ? undefined : stringLiteralValue(element)))
            : group.properties.flatMap((property) =>
                property.type === AST_NODE_TYPES.Property
                  ? [staticPropertyName(property), stringLiteralValue(property.value)]
                  : [],
              );
        const keys = texts.filter(
          (text) => text !== undefined && isI18nKeyText(text) && index.hasFamily(index.familyOf(text)),
        );
        found = keys.length >= 2;
        translationGroups.set(group, found);
      }
      return found;
    }

    /** Every literal of the file used as a code or loose, by where it starts; made on the first group asked about. */
    let byStart: CodeNode[] | undefined;

    /** The literals inside `group`: a binary search for the first, then those up to its end (not each group × all). */
    function membersOf(group: TSESTree.Node): CodeNode[] {
      byStart ??= [...new Set<CodeNode>([...roles.keys(), ...loose])].sort((a, b) => a.range[0] - b.range[0]);
      const [start, end] = group.range;
      const members: CodeNode[] = [];
      for (let i = partitionPoint(byStart, (node) => node.range[0] < start); i < byStart.length; i++) {
        const member = byStart[i];
        if (member === undefined || member.range[0] >= end) break;
        if (member.range[1] <= end) members.push(member);
      }
      return members;
    }

    /** A piece of a code (`code.includes("F")`): fine when some code has it, else checked as place 7 checks. */
    function checkFragment(node: CodeNode, text: string): void {
      if (text === '' || index.has(text) || index.hasFamily(text)) return;
      if (index.entries.some((entry) => entry.code.includes(text))) return;
      if (isLooseCandidate(text)) checkCode(node, text, false);
    }

    /** A literal in a code's place that is a code once white space, full-width and look-alike letters are cleaned. */
    function checkContamination(node: CodeNode, text: string): void {
      const found = codeContamination(text);
      if (found === undefined || !isWellFormedCode(found.clean)) return;
      const { clean } = found;
      const known = index.has(clean);
      if (!known && !index.hasFamily(index.familyOf(clean)) && productsOf(clean).length === 0) return;
      context.report({
        node,
        messageId: 'contaminatedCode',
        data: {
          code: messageValue(text),
          problems: listNames(
            found.problems.map((problem) => problem[lang]),
            'and',
            lang,
          ),
          clean,
        },
        ...(known ? { suggest: suggestCodes(node, [clean]) } : {}),
      });
    }

    /**
     * A code the file's products had and dropped, with the release that dropped it and its rename (also offered as
     * a suggestion); whether it was one. Judged by the whole catalogue, which names no product, a code in a code's
     * place (`fromContext`) of a family some product has, that no product has now, is looked up in every product's
     * history (a code of a family none has is left to be another cloud's, as below).
     */
    function reportRemoved(node: CodeNode, text: string, fromContext: boolean): boolean {
      const tables = !everyProduct
        ? index.tables
        : fromContext && isTencentFamily(index.familyOf(text))
          ? shippedCatalogue()
              .removedCodeTables(text)
              .map((name) => loadTable(name))
          : [];
      const removed = removedCode(tables, text);
      if (removed === undefined) return false;
      const { api, release, date } = removalData(removed, lang);
      const renamed = removed.removal.renamedTo;
      if (renamed === undefined || !index.has(renamed)) {
        context.report({ node, messageId: 'removedCode', data: { code: text, api, release, date } });
      } else {
        context.report({
          node,
          messageId: 'renamedCode',
          data: { code: text, api, release, date, renamed },
          suggest: suggestCodes(node, [renamed]),
        });
      }
      return true;
    }

    /**
     * Whether `node` handles the errors of calls the call model cannot all tell (`x.request("ChatCompletions", …)` on
     * a client of unknown product, a PascalCase method of an unknown receiver): they may be of a product the file's
     * list lacks, so another product's code there may well be theirs.
     */
    function inUntoldGuard(node: CodeNode): boolean {
      const guard = fileModel(context, settings as ResolvedSettings).guardAt(node.range);
      return guard !== undefined && guard.actions === undefined;
    }

    /** A code another product documents, in a file scoped to its products: suggest only the file's close codes. */
    function reportOtherProduct(node: CodeNode, text: string, products: readonly string[]): void {
      const owners = productsText(products, lang);
      // A family's name compared as a code (`code === "AuthFailure"`) where the file's codes have the family but not
      // the bare name: the API answers with one of the family's codes (the common `AuthFailure.SignatureFailure`).
      if (!text.includes('.') && index.hasFamily(text)) {
        const count = String(index.entriesOf(text).length);
        context.report({
          node,
          messageId: 'familyNameAsCode',
          data: { code: messageValue(text), products: owners, calls: texts().calls, count },
        });
        return;
      }
      // A real code is a weaker sign of a typo than a string no product has: only a near spelling is offered.
      const folded = text.toLowerCase();
      const matches = closeCodes(text).filter((match) => distance(match.toLowerCase(), folded) <= OTHER_PRODUCT_EDITS);
      const [best] = matches;
      if (best === undefined) {
        context.report({
          node,
          messageId: 'otherProductCodeNoMatch',
          data: { code: messageValue(text), products: owners, calls: texts().calls },
        });
      } else {
        context.report({
          node,
          messageId: 'otherProductCode',
          data: { code: messageValue(text), products: owners, calls: texts().calls, match: best },
          suggest: suggestCodes(node, matches),
        });
      }
    }

    /** A code close to none of the file's codes: reported when its family is known, or when asked to. */
    function reportUnknown(node: CodeNode, text: string, fromContext: boolean): void {
      const family = index.familyOf(text);
      if (index.hasFamily(family)) {
        context.report({
          node,
          messageId: 'unknownCodeInFamily',
          data: { code: messageValue(text), checked: texts().checked },
        });
      } else if (fromContext && reportUnknownFamilies) {
        context.report({
          node,
          messageId: 'unknownCodeOfUnknownFamily',
          data: { code: messageValue(text), family: messageValue(family), checked: texts().checked },
        });
      }
    }

    /**
     * The file's codes close to `text`: any within a known family, else only with case respected (see below).
     * Judged against every product, where near spellings come from products the file may not call, only the
     * closest of them are offered, and of the literal's own family when it has any: a misspelt `FailedOperation.X`
     * meant a `FailedOperation` code.
     */
    function closeCodes(text: string): string[] {
      const family = index.familyOf(text);
      const matches = index.hasFamily(family) ? index.nearest(text) : closeRespectingCase(text, index.nearest(text));
      if (!settings?.everyProduct || matches.length < 2) return matches;
      const ownFamily = matches.filter((match) => index.familyOf(match) === family);
      const candidates = ownFamily.length > 0 ? ownFamily : matches;
      const folded = text.toLowerCase();
      const best = Math.min(...candidates.map((match) => distance(match.toLowerCase(), folded)));
      return candidates.filter((match) => distance(match.toLowerCase(), folded) <= best + 1);
    }

    /**
     * Whether `text` is at most LOOSE_EDITS edits (case aside) from one of `matches`, or one of them cut short by
     * its last words (`"LimitExceeded.PhoneNumberDaily"` for `"LimitExceeded.PhoneNumberDailyLimit"`).
     */
    function isMisspellingOfOne(text: string, matches: readonly string[]): boolean {
      const folded = text.toLowerCase();
      return matches.some((match) => distance(match.toLowerCase(), folded) <= LOOSE_EDITS || isCutShort(text, match));
    }

    /** A family (`role` "family") or a code prefix (`role` "prefix") no code of the tables has. */
    function checkFamily(node: CodeNode, text: string, role: 'family' | 'prefix'): void {
      if (text === '' || isIgnored(text) || isI18nKeyText(text)) return;
      const family = role === 'family' ? text : index.familyOf(text);
      const known = index.hasFamily(family);
      // A family, "F" or "F.", is checked as a family; a longer prefix ("F.Proxy", or "Fail") must begin some code.
      const isWholeFamily = role === 'family' || text === family || text === `${family}.`;
      if (known && isWholeFamily) return;
      // A dotted prefix of a known family can only begin codes of that family.
      const candidates = known ? index.entriesOf(family) : index.entries;
      if (role === 'prefix' && candidates.some((entry) => entry.code.startsWith(text))) return;
      if (known) {
        context.report({
          node,
          messageId: 'unknownPrefix',
          data: { prefix: messageValue(text), checked: texts().checked },
        });
        return;
      }
      const matches = closeRespectingCase(family, index.nearestFamilies(family));
      const [best] = matches;
      if (best !== undefined) {
        context.report({
          node,
          messageId: 'unknownFamily',
          data: { family: messageValue(family), match: best },
          suggest: matches.map((match) => {
            const fixed = match + text.slice(family.length);
            return { messageId: 'replaceWithFamily', data: { replacement: fixed }, fix: replaceWith(node, fixed) };
          }),
        });
      } else if (reportUnknownFamilies) {
        context.report({
          node,
          messageId: 'unknownFamilyNoMatch',
          data: { family: messageValue(family), checked: texts().checked },
        });
      }
    }

    // Fix: each suggestion replaces the literal with a code, in the literal's own quotes (replacementText, below).

    /** One suggestion per code, best first, each with the code's description. */
    function suggestCodes(node: CodeNode, codes: readonly string[]): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      return codes.map((code) => ({
        messageId: 'replaceWithCode',
        data: { code, description: describe(index, code, lang) },
        fix: replaceWith(node, code),
      }));
    }

    /** A fix that replaces the literal (or identifier key) `node` with `text`, written as `node` is. */
    function replaceWith(node: CodeNode, text: string): TSESLint.ReportFixFunction {
      return (fixer) => fixer.replaceText(node, replacementText(node, text));
    }

    return {
      ...codePlaceListeners(context, codeProperties, (node, role) => {
        if (!roles.has(node)) roles.set(node, role);
      }),
      Literal(node) {
        if (typeof node.value !== 'string') return;
        if (writesCode(node)) roles.set(node, 'code');
        else collectLoose(node);
      },
      TemplateLiteral(node) {
        if (node.expressions.length !== 0) return;
        if (writesCode(node)) roles.set(node, 'code');
        else collectLoose(node);
      },
      'Program:exit': checkAll,
    };
  },
});

/** `text` in the literal's own quotes; an identifier key stays one where `text` is a bare code. */
function replacementText(node: CodeNode, text: string): string {
  if (node.type === AST_NODE_TYPES.Identifier) return IDENTIFIER.test(text) ? text : JSON.stringify(text);
  const quote = literalQuote(node);
  return `${quote}${text}${quote}`;
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

/**
 * A code's description for messages, in the `lang` setting's language (the other where the table has none), made
 * terminal-safe and cut to a sensible length.
 */
function describe(index: CodeIndex, code: string, lang: Lang): string {
  const entry = index.get(code);
  return entry === undefined ? '' : messageText(descriptionIn(entry, lang));
}

interface MessageTexts {
  readonly checked: string;
  readonly calls: string;
}

/** Per resolved settings (shared by the files that resolve alike), the texts of checkedText and callsText. */
const messageTextsBySettings = new WeakMap<ResolvedSettings, MessageTexts>();

function messageTexts(settings: ResolvedSettings): MessageTexts {
  let texts = messageTextsBySettings.get(settings);
  if (texts === undefined) {
    texts = { checked: checkedText(settings), calls: callsText(settings.consulted, settings.lang) };
    messageTextsBySettings.set(settings, texts);
  }
  return texts;
}

/** "The common codes" as a message names the common-codes table. */
const COMMON_CODES: Phrase = { en: 'the common codes', zh: '公共错误码' };

/**
 * What the file's codes were checked against, and how to add more, for the messages of unknown codes:
 * `checked against TMT and the common codes; add a product with the "products" setting`
 * (`已对照 TMT 和公共错误码检查；可用 "products" 设置添加产品`). Products are written upper-case, as Tencent Cloud
 * writes them (`TMT`, `CVM`); a table file by its base name (in Chinese, table names are quoted).
 */
function checkedText({ consulted, scopedToProducts, everyProduct, lang }: ResolvedSettings): string {
  if (everyProduct) return lang === 'zh' ? '已对照所有产品检查' : 'checked against every product';
  const names = listNames(
    consulted.map((name) => (scopedToProducts ? productName(name, lang) : tableName(name, lang))),
    'and',
    lang,
  );
  const [setting, what] = scopedToProducts ? ['products', ADD_PRODUCT] : ['tables', ADD_TABLE];
  return lang === 'zh'
    ? chineseText('已对照', names, `检查；可用 "${setting}" 设置添加${what.zh}`)
    : `checked against ${names}; add ${what.en} with the "${setting}" setting`;
}

/** What a setting adds, for the advice of `checkedText`. */
const ADD_PRODUCT: Phrase = { en: 'a product', zh: '产品' };
const ADD_TABLE: Phrase = { en: 'a table', zh: '码表' };

/**
 * The products a scoped file calls, upper-case (`TMT`, `CVM and OCR`); "no product" (`无`) when only the common
 * codes.
 */
function callsText(consulted: readonly string[], lang: Lang): string {
  const products = consulted.filter((name) => name !== COMMON);
  if (products.length === 0) return lang === 'zh' ? '无' : 'no product';
  return listNames(
    products.map((name) => productName(name, lang)),
    'and',
    lang,
  );
}

/** Products named in a message, upper-case: all of a few, else the first ones and how many more. */
function productsText(products: readonly string[], lang: Lang): string {
  return listNames(
    products.map((name) => productName(name, lang)),
    'and',
    lang,
    { count: LISTED_PRODUCTS, noun: { en: 'products', zh: '产品' } },
  );
}

/** `tmt` → `TMT`, `cvm@2017-03-12` → `CVM@2017-03-12`, `common` → `the common codes`. */
function productName(name: string, lang: Lang): string {
  if (name === COMMON) return COMMON_CODES[lang];
  const { product, version } = parseTableName(name);
  return formatTableName({ product: product.toUpperCase(), version });
}

/** An embedded table as named, a table file by its base name (quoted in Chinese), `common` as the common codes. */
function tableName(spec: string, lang: Lang): string {
  if (spec === COMMON) return COMMON_CODES[lang];
  const name = /[/\\]/u.test(spec) ? path.basename(spec) : spec;
  return lang === 'zh' ? `"${name}"` : name;
}

/** Whether `text` is `code` without its last words: a prefix of it that ends where a capitalised word begins. */
function isCutShort(text: string, code: string): boolean {
  const next = code.charAt(text.length);
  return code.length > text.length && code.startsWith(text) && next >= 'A' && next <= 'Z';
}
