import type { TSESTree } from '@typescript-eslint/utils';

import {
  actionsText,
  type CodeNode,
  codeNodeText,
  codePlaceListeners,
  commonCodes,
  createRule,
  fileModel,
  guardedCodes,
  ignoreMatcher,
  ignoreSchema,
  knownGuard,
  resolveSettings,
} from '../util/index.js';

export type Options = [
  {
    /**
     * Regular expressions (as strings, unanchored, without flags) matching codes that are never reported: codes
     * an action returns although the SDK's list for it leaves them out.
     *
     * @default []
     */
    ignore?: string[];
  },
];

export type MessageIds = 'impossibleCode' | 'impossibleCodeOfActions';

export default createRule<Options, MessageIds>({
  name: 'no-impossible-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow handling Tencent Cloud error codes that the guarded API actions cannot return',
      recommended: true,
    },
    messages: {
      impossibleCode:
        'Tencent Cloud error code "{{code}}" is not one {{actions}} can return ({{product}} documents {{count}} codes for it).',
      impossibleCodeOfActions:
        'Tencent Cloud error code "{{code}}" is not one {{actions}} can return ({{product}} documents {{count}} codes for them).',
    },
    messagesZh: {
      impossibleCode:
        '腾讯云错误码 "{{code}}" 不是 {{actions}} 可能返回的错误码（{{product}} 为其记载了 {{count}} 个错误码）。',
      impossibleCodeOfActions:
        '腾讯云错误码 "{{code}}" 不是 {{actions}} 可能返回的错误码（{{product}} 为它们共记载了 {{count}} 个错误码）。',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignore: ignoreSchema('codes'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignore: [] }],
  },
  create(context, [{ ignore = [] }]) {
    const settings = resolveSettings(context);
    if (settings === undefined) return {};
    const { codeProperties, lang } = settings;
    const isIgnored = ignoreMatcher(ignore);
    const model = fileModel(context, settings);
    /**
     * Literals used as a code, in the order found, each with where it is used so (a list declared outside a guard
     * may be consulted inside one).
     */
    const compared = new Map<CodeNode, TSESTree.Node[]>();
    const places = codePlaceListeners(context, codeProperties, (node, role, site) => {
      if (role !== 'code') return;
      const sites = compared.get(node);
      if (sites === undefined) compared.set(node, [site]);
      else sites.push(site);
    });

    // Check: each literal used as a code inside a guard, against the codes the guarded actions document.

    function checkAll(): void {
      for (const [node, sites] of compared) {
        // Reported once, at the first place it is used as a code the guard there cannot return.
        for (const site of sites) if (checkCode(node, site)) break;
      }
    }

    /** Reports `node` when the guard around `site` cannot return the code it spells; whether it did. */
    function checkCode(node: CodeNode, site: TSESTree.Node): boolean {
      const code = codeNodeText(node);
      const guard = knownGuard(model, site.range);
      if (code === undefined || guard === undefined || isIgnored(code)) return false;
      const known = guardedCodes(guard);
      if (known === undefined || known.documented.has(code) || commonCodes().has(code)) return false;
      // Not a code of the product at all: no-unknown-error-code's to report.
      if (!known.productCodes.has(code)) return false;
      context.report({
        node,
        messageId: guard.actions.length === 1 ? 'impossibleCode' : 'impossibleCodeOfActions',
        data: {
          code,
          actions: actionsText(guard.actions, lang),
          product: known.table.service.toUpperCase(),
          count: known.documented.size,
        },
      });
      return true;
    }

    /** Places of codes are looked for inside guards of known actions only: a file without them pays nothing. */
    function inGuard(node: TSESTree.Node): boolean {
      return knownGuard(model, node.range) !== undefined;
    }

    if (model.guards.length === 0) return {};
    return {
      CallExpression(node) {
        if (inGuard(node)) places.CallExpression(node);
      },
      BinaryExpression(node) {
        if (inGuard(node)) places.BinaryExpression(node);
      },
      SwitchStatement(node) {
        if (inGuard(node)) places.SwitchStatement(node);
      },
      MemberExpression(node) {
        if (inGuard(node)) places.MemberExpression(node);
      },
      'Program:exit': checkAll,
    };
  },
});
