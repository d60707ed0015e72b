import path from 'node:path';

import type { Linter, Rule } from 'eslint';

import { type CorpusSource, lintSources } from '../tests/support/corpus.js';

/**
 * The floor under a set of rules: rules that listen to the same nodes as `config`'s rules did on each file and make
 * the same reports with the same suggestions, worked out beforehand, so that linting with them costs what ESLint
 * charges for those listeners and reports, and nothing of the rules' own analysis. A rule that cost less than its
 * replay would have to report less. With `reports: false`, the rules listen and report nothing: what ESLint charges
 * for running that many rules at all.
 */
export function replayConfig(
  sources: readonly CorpusSource[],
  config: Linter.Config,
  { reports: replayReports = true }: { reports?: boolean } = {},
): Linter.Config {
  const rules = Object.keys(config.rules ?? {});
  /** Per rule id, the listener keys its rule returned on any file. */
  const listened = new Map<string, Set<string>>();
  const recording: Record<string, Record<string, Rule.RuleModule>> = {};
  for (const [prefix, plugin] of Object.entries(config.plugins ?? {})) {
    recording[prefix] = {};
    for (const [name, rule] of Object.entries(plugin.rules ?? {})) {
      const id = `${prefix}/${name}`;
      recording[prefix][name] = {
        meta: rule.meta,
        create(context) {
          const listeners = rule.create(context);
          const keys = listened.get(id) ?? new Set<string>();
          for (const key of Object.keys(listeners)) keys.add(key);
          listened.set(id, keys);
          return listeners;
        },
      };
    }
  }
  const plugins = Object.fromEntries(Object.entries(recording).map(([prefix, r]) => [prefix, { rules: r }]));
  /** Per file, the messages of each rule. */
  const reports = new Map<string, Linter.LintMessage[]>();
  const result = lintSources(sources, {
    rules: { ...config, plugins },
    onMessages: (filename, messages) => reports.set(filename, [...messages]),
  });
  if (result.crashes.length > 0) throw new Error(`replay: the rules crashed on ${result.crashes[0]?.file}`);

  const replayed: Record<string, Rule.RuleModule> = {};
  for (const id of rules) {
    const keys = [...(listened.get(id) ?? [])].filter((key) => key !== 'Program:exit');
    replayed[id.replace('/', '--')] = {
      meta: { type: 'problem', hasSuggestions: true, schema: false },
      create(context) {
        // The file's name as lintSources gave it, whether this run lints by Linter or as the CLI (absolute names).
        const filename = path.relative(context.cwd, context.filename).split(path.sep).join('/');
        const messages = replayReports ? (reports.get(filename) ?? []).filter((message) => message.ruleId === id) : [];
        const nothing = (): void => undefined;
        const listeners: Rule.RuleListener = {};
        for (const key of keys) listeners[key] = nothing;
        listeners['Program:exit'] = () => {
          for (const message of messages) context.report(replayedReport(message));
        };
        return listeners;
      },
    };
  }
  return {
    plugins: { replay: { rules: replayed } },
    rules: Object.fromEntries(Object.keys(replayed).map((name) => [`replay/${name}`, 'error'])),
  };
}

/** A report of `message` as a rule would make it: where it is, what it says, its suggestions with their fixes. */
function replayedReport(message: Linter.LintMessage): Rule.ReportDescriptor {
  const column = (value: number): number => value - 1;
  return {
    loc: {
      start: { line: message.line, column: column(message.column) },
      end: { line: message.endLine ?? message.line, column: column(message.endColumn ?? message.column) },
    },
    message: message.message,
    suggest: (message.suggestions ?? []).map((suggestion) => ({
      desc: suggestion.desc,
      fix: () => ({ range: suggestion.fix.range, text: suggestion.fix.text }),
    })),
  };
}
