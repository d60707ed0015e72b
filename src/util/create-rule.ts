import type { TSESLint } from '@typescript-eslint/utils';
import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

import { messageSafe } from '../shared/comment-text.js';
import type { Lang } from '../shared/defaults.js';
import { messageLang } from './settings.js';

/**
 * What every rule of this plugin says about itself in `meta.docs`: part of the rules' declared types.
 * @public
 */
export interface PluginDocs {
  readonly description: string;
  readonly recommended?: boolean;
  readonly requiresTypeChecking?: boolean;
}

/** The id under which a message's Chinese text is in `meta.messages`: `unknownCode:zh` for `unknownCode`. */
export type ChineseId<MessageIds extends string> = `${MessageIds}:zh`;

/**
 * A rule's messages in Chinese, by the ids of `meta.messages`, with the same placeholders. An id without one is
 * reported in English under `lang: "zh"` too, and fails tests/rules/messages.test.ts: a new message is written in
 * English first and given its Chinese there.
 */
type ChineseMessages<MessageIds extends string> = Partial<Readonly<Record<MessageIds, string>>>;

/**
 * A rule as `createRule` takes it: typescript-eslint's named rule, with the messages in Chinese in `meta.messagesZh`,
 * right after `meta.messages`.
 */
interface PluginRule<Options extends readonly unknown[], MessageIds extends string> extends Omit<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>,
  'meta'
> {
  readonly meta: ESLintUtils.NamedCreateRuleMeta<MessageIds, PluginDocs, Options> & {
    readonly messagesZh: ChineseMessages<MessageIds>;
  };
}

/** A rule of this plugin: its messages in English under their ids, in Chinese under `<id>:zh`. */
type PluginRuleModule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<
  MessageIds | ChineseId<MessageIds>,
  Options,
  PluginDocs
> & { readonly name: string };

const createNamedRule = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors/blob/main/docs/rules/${name}.md`,
);

/**
 * The one rule creator of the plugin: every rule's `meta.docs.url` points at its page in `docs/rules/`, its
 * messages speak the `lang` setting's language (`meta.messagesZh` beside `meta.messages`), and every value a report
 * puts into a message (`data`, of the report and of its suggestions) goes through the one sanitiser (`messageSafe`):
 * a value from settings, options or source never prints a control character, and never more than
 * MESSAGE_DATA_LENGTH characters. A rule that names a literal cuts it to 200 itself (`messageValue(text)`).
 *
 * ESLint has one text per message id, so each message's Chinese joins `meta.messages` under its own id
 * (`unknownCode:zh`), and under `lang: "zh"` a report or suggestion of `unknownCode` is made as `unknownCode:zh`,
 * with the same data. The rule itself reports the English ids only, which keeps eslint-plugin-eslint-plugin's checks
 * of them (placeholders, unused ids) working on the English text; the Chinese has the same placeholders (tested).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  meta: { messagesZh, ...meta },
  ...rule
}: PluginRule<Options, MessageIds>): PluginRuleModule<Options, MessageIds> {
  const created = createNamedRule<Options, MessageIds>({ ...rule, meta });
  // Where RuleCreator finds them (`meta.defaultOptions`, where every rule of ours has them), so the same defaults.
  const withDefaults = defaultsApplier<Options>(meta.defaultOptions ?? ([] as unknown as Options));
  const chinese = Object.fromEntries(
    Object.entries<string | undefined>(messagesZh).flatMap(([id, text]) =>
      text === undefined ? [] : [[`${id}:zh`, text]],
    ),
  ) as Record<ChineseId<MessageIds>, string>;
  return {
    ...created,
    meta: {
      ...created.meta,
      messages: { ...created.meta.messages, ...chinese } as Record<MessageIds | ChineseId<MessageIds>, string>,
    },
    create(context) {
      return rule.create(
        speaking(context, (id) => messagesZh[id] !== undefined),
        withDefaults(context.options),
      );
    },
  };
}

/** How many option sets a rule keeps with its defaults applied: a config has a few; more are recomputed. */
const MAX_OPTION_SETS = 64;

/**
 * The options with the rule's defaults applied, as typescript-eslint's RuleCreator applies them on every `create`
 * (a deep clone and merge per rule per file, 5% of our time on a run over node_modules), made once per distinct
 * option set and shared, frozen: a rule that changed them would throw instead of changing the next file's options.
 */
function defaultsApplier<Options extends readonly unknown[]>(defaults: Readonly<Options>) {
  const applied = new Map<string, Options>();
  // ESLint gives each file a new options array; a run has one option set per rule, compared faster than written out.
  let last: { readonly options: unknown; readonly applied: Options } | undefined;
  return (options: Readonly<Options> | readonly unknown[]): Options => {
    if (last !== undefined && sameJson(last.options, options)) return last.applied;
    const key = JSON.stringify(options);
    let found = applied.get(key);
    if (found === undefined) {
      found = deepFreeze(ESLintUtils.applyDefault(defaults, options as Readonly<Partial<Options>>));
      if (applied.size >= MAX_OPTION_SETS) applied.clear();
      applied.set(key, found);
    }
    last = { options: structuredClone(options), applied: found };
    return found;
  };
}

/** Whether two values read from a config (JSON's kinds of value) are the same, as JSON.stringify would write them. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  for (let i = 0; i < aKeys.length; i++) {
    const key = aKeys[i] as string;
    // Keys in the same order, as JSON.stringify would write them: the same key of the memo.
    if (key !== bKeys[i] || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
  }
  return true;
}

type AnyDescriptor = TSESLint.ReportDescriptor<string>;

/**
 * `context` whose `report` words each report and suggestion in the file's `lang`: under `zh`, a message id that has
 * Chinese becomes its `:zh` id. The language is read on the first report, so a file without reports never reads it.
 */
function speaking<Ids extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<Ids | ChineseId<Ids>, Options>>,
  hasChinese: (id: Ids) => boolean,
): Readonly<TSESLint.RuleContext<Ids, Options>> {
  let lang: Lang | undefined;
  const worded = <T extends { readonly messageId?: string }>(item: T): T =>
    item.messageId !== undefined && hasChinese(item.messageId as Ids)
      ? { ...item, messageId: `${item.messageId}:zh` }
      : item;
  const report = (descriptor: AnyDescriptor): void => {
    lang ??= messageLang(context);
    const { suggest } = descriptor;
    const inLang =
      lang === 'en'
        ? descriptor
        : { ...worded(descriptor), ...(suggest == null ? {} : { suggest: suggest.map(worded) }) };
    (context.report as (descriptor: AnyDescriptor) => void)(saneDescriptor(inLang));
  };
  return new Proxy({ context, report }, SPEAKING) as unknown as Readonly<TSESLint.RuleContext<Ids, Options>>;
}

/**
 * The context a rule of ours is given: ESLint's, with our `report`. It is made per rule per file, so not as an object
 * whose prototype is ESLint's context (`Object.create(context, …)`): V8 makes each such prototype anew, 4 µs a time,
 * 3% of a lint run over small files. A proxy of a holder with one handler for all costs a tenth of that; ESLint's
 * context is frozen, so the holder, not the context, is the proxy's target.
 */
const SPEAKING: ProxyHandler<{ readonly context: object; readonly report: unknown }> = {
  get: (holder, key) => (key === 'report' ? holder.report : (holder.context as Record<PropertyKey, unknown>)[key]),
};

/** The most a value of a message's `data` shows: room for a list of five of the longest codes. */
const MESSAGE_DATA_LENGTH = 1500;

/** `descriptor` with every string of its data and its suggestions' data made message-safe; itself when all are. */
function saneDescriptor(descriptor: AnyDescriptor): AnyDescriptor {
  const { data, suggest } = descriptor;
  const saneDataOf = data === undefined ? undefined : saneData(data);
  const saneSuggest = suggest == null ? suggest : saneSuggestions(suggest);
  if (saneDataOf === data && saneSuggest === suggest) return descriptor;
  return {
    ...descriptor,
    ...(data === undefined ? {} : { data: saneDataOf }),
    ...(suggest == null ? {} : { suggest: saneSuggest }),
  };
}

type Suggestions = NonNullable<AnyDescriptor['suggest']>;

/** The suggestions with their data made message-safe: the same array when every one's already is. */
function saneSuggestions(suggest: Suggestions): Suggestions {
  let sane: Suggestions[number][] | undefined;
  for (let i = 0; i < suggest.length; i++) {
    const suggestion = suggest[i] as Suggestions[number];
    const data = suggestion.data === undefined ? undefined : saneData(suggestion.data);
    if (data === suggestion.data) continue;
    sane ??= [...suggest];
    sane[i] = { ...suggestion, data };
  }
  return sane ?? suggest;
}

/** `data` with each string made message-safe: `data` itself when every one already is (most reports). */
function saneData(data: Record<string, unknown>): Record<string, unknown> {
  let sane: Record<string, unknown> | undefined;
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (typeof value !== 'string') continue;
    const safe = messageSafe(value, MESSAGE_DATA_LENGTH);
    if (safe === value) continue;
    sane ??= { ...data };
    sane[key] = safe;
  }
  return sane ?? data;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
