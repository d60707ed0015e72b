import type { TSESTree } from '@typescript-eslint/utils';

import {
  calledAction,
  createRule,
  ignoreMatcher,
  ignoreSchema,
  removalData,
  removedAction,
  type RemovedFrom,
  resolveSettings,
} from '../util/index.js';

export type Options = [
  {
    /**
     * Regular expressions (as strings, unanchored, without flags) matching action names that are never reported:
     * actions you call on purpose although the SDK has dropped them.
     *
     * @default []
     */
    ignore?: string[];
  },
];

export type MessageIds = 'removedAction';

export default createRule<Options, MessageIds>({
  name: 'no-removed-action',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow calls to Tencent Cloud API actions that the called product has dropped',
      recommended: true,
    },
    messages: {
      removedAction:
        'Tencent Cloud API action "{{action}}" was removed from {{api}} in tencentcloud-sdk-go {{release}}, {{date}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignore: ignoreSchema('action names'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignore: [] }],
  },
  create(context, [{ ignore = [] }]) {
    const settings = resolveSettings(context);
    // Only a file known to call products (inferred, or the "products" setting) has actions to judge.
    if (settings?.scopedToProducts !== true) return {};
    const tables = settings.index.tables;
    const isIgnored = ignoreMatcher(ignore);

    // Check: each call that names an action none of the file's products has any more.

    function checkCall(node: TSESTree.CallExpression): void {
      let removed: RemovedFrom | undefined;
      const call = calledAction(context, node, (name) => {
        if (isIgnored(name)) return false;
        removed = removedAction(tables, name);
        return removed !== undefined;
      });
      if (call === undefined || removed === undefined) return;
      const { api, release, date } = removalData(removed);
      context.report({ node: call.node, messageId: 'removedAction', data: { action: call.name, api, release, date } });
    }

    return { CallExpression: checkCall };
  },
});
