import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

import { messageSafe } from '../shared/comment-text.js';

/**
 * What every rule of this plugin says about itself in `meta.docs` (named by the rules' declarations).
 * @public
 */
export interface PluginDocs {
  readonly description: string;
  readonly recommended?: boolean;
  readonly requiresTypeChecking?: boolean;
}

const ruleCreator = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors/blob/main/docs/rules/${name}.md`,
);

/**
 * The one rule creator of the plugin: every rule's `meta.docs.url` points at its page in `docs/rules/`, and every
 * value a report puts into a message (`data`, of the report and of its suggestions) goes through the one sanitiser
 * (`messageSafe`): a value from settings, options or source never prints a control character, and never more than
 * MESSAGE_DATA_LENGTH characters. A rule that names a literal cuts it to 200 itself (`messageValue(text)`).
 */
export const createRule: typeof ruleCreator = (rule) => {
  const created = ruleCreator(rule);
  return { ...created, create: (context) => created.create(withSaneReports(context)) };
};

/** The most a value of a message's `data` shows: room for a list of five of the longest codes. */
const MESSAGE_DATA_LENGTH = 1500;

type Descriptor = TSESLint.ReportDescriptor<string>;

/** The rule's context, its `report` sanitising the data of every report (as ESLint extends a context, by prototype). */
function withSaneReports<Context extends { report(descriptor: Descriptor): void }>(context: Context): Context {
  const report = (descriptor: Descriptor): void => {
    context.report(saneDescriptor(descriptor));
  };
  return Object.freeze(Object.create(context, { report: { value: report, enumerable: true } }) as Context);
}

function saneDescriptor(descriptor: Descriptor): Descriptor {
  const { data, suggest } = descriptor;
  return {
    ...descriptor,
    ...(data === undefined ? {} : { data: saneData(data) }),
    ...(suggest === undefined || suggest === null
      ? {}
      : { suggest: suggest.map((s) => (s.data === undefined ? s : { ...s, data: saneData(s.data) })) }),
  };
}

function saneData(data: Record<string, unknown>): Record<string, unknown> {
  const sane: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    sane[key] = typeof value === 'string' ? messageSafe(value, MESSAGE_DATA_LENGTH) : value;
  }
  return sane;
}
