import { loadTable } from '../table/load.js';
import {
  createRule,
  fileModel,
  ignoreMatcher,
  ignoreSchema,
  removalData,
  removedAction,
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
    messagesZh: {
      removedAction: '腾讯云接口 "{{action}}" 已于 `tencentcloud-sdk-go {{release}}`（{{date}}）从 {{api}} 中删除。',
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
    if (settings === undefined) return {};
    const { lang } = settings;
    const isIgnored = ignoreMatcher(ignore);

    // Check: every API call the file's call model knows (SDK clients, CommonClient, raw requests, helpers), against
    // the history of the API version it calls.

    const checkAll = (): void => {
      for (const call of fileModel(context, settings).calls) {
        if (call.action === undefined || isIgnored(call.action)) continue;
        const removed = removedAction([loadTable(call.table)], call.action);
        if (removed === undefined) continue;
        const { api, release, date } = removalData(removed, lang);
        context.report({
          node: call.actionNode,
          messageId: 'removedAction',
          data: { action: call.action, api, release, date },
        });
      }
    };

    return { 'Program:exit': checkAll };
  },
});
