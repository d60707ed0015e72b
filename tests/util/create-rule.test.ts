import { type ESLint, Linter } from 'eslint';

import { createRule } from '../../src/util/create-rule.js';

type Options = [{ readonly mode?: string; readonly names?: readonly string[] }];

/** A rule that records the options each file's `create` is given and reports one message naming them. */
function recordingPlugin(seen: unknown[]): Record<string, ESLint.Plugin> {
  const rule = createRule<Options, 'saw'>({
    name: 'recording',
    meta: {
      type: 'problem',
      docs: { description: 'Records its options.' },
      messages: { saw: 'saw {{mode}}' },
      messagesZh: { saw: '看到 {{mode}}' },
      schema: [
        {
          type: 'object',
          properties: { mode: { type: 'string' }, names: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ mode: 'plain', names: ['a'] }],
    },
    defaultOptions: [{ mode: 'plain', names: ['a'] }],
    create(context, [options]) {
      seen.push(options);
      return {
        Program(node) {
          context.report({ node, messageId: 'saw', data: { mode: options.mode ?? '' } });
        },
      };
    },
  });
  return { t: { rules: { recording: rule as unknown as NonNullable<ESLint.Plugin['rules']>[string] } } };
}

describe('createRule', () => {
  it('gives each file its own option set with the defaults applied, frozen, however the sets alternate', () => {
    const seen: unknown[] = [];
    const linter = new Linter();
    const plugins = recordingPlugin(seen);
    const lint = (options: unknown[], lang = 'en') =>
      linter
        .verify('x;', [
          { plugins, rules: { 't/recording': ['error', ...options] }, settings: { 'tencentcloud-errors': { lang } } },
        ])
        .map((m) => m.message);
    expect(lint([])).toEqual(['saw plain']);
    expect(lint([{ mode: 'strict' }])).toEqual(['saw strict']);
    expect(lint([{ mode: 'strict' }])).toEqual(['saw strict']);
    expect(lint([{ names: ['b'], mode: 'strict' }])).toEqual(['saw strict']);
    expect(lint([{ mode: 'strict', names: ['b', 'c'] }], 'zh')).toEqual(['看到 strict']);
    expect(lint([])).toEqual(['saw plain']);
    expect(seen).toEqual([
      { mode: 'plain', names: ['a'] },
      { mode: 'strict', names: ['a'] },
      { mode: 'strict', names: ['a'] },
      { mode: 'strict', names: ['b'] },
      { mode: 'strict', names: ['b', 'c'] },
      { mode: 'plain', names: ['a'] },
    ]);
    expect(seen[1]).toBe(seen[2]);
    expect(seen[0]).toBe(seen[5]);
    for (const options of seen) expect(Object.isFrozen(options)).toBe(true);
  });

  it('hands the rule ESLint context, with the report worded in the lang setting', () => {
    const linter = new Linter();
    const seen: unknown[] = [];
    const plugins = recordingPlugin(seen);
    const messages = linter.verify(
      'x;',
      [{ plugins, rules: { 't/recording': 'error' }, settings: { 'tencentcloud-errors': { lang: 'zh' } } }],
      'file.js',
    );
    expect(messages.map((m) => [m.ruleId, m.messageId, m.message, m.line])).toEqual([
      ['t/recording', 'saw:zh', '看到 plain', 1],
    ]);
  });
});
