import type { Linter, Rule } from 'eslint';

/** A config whose rules are `config`'s, each timed: its `create` and every listener it returns. */
export interface TimedConfig {
  readonly config: Linter.Config;
  /** The ms spent in the rules since the last `reset()`. */
  readonly elapsed: () => number;
  /**
   * The same ms by where they were spent: `<rule> create` and `<rule> <listener>` (`exhaustive-error-handling
   * SwitchStatement`), since the last `reset()`.
   */
  readonly byPart: () => ReadonlyMap<string, number>;
  readonly reset: () => void;
}

/**
 * `config` with every rule of its plugins wrapped so that the time spent in it is summed: its `create` for each file
 * and each call of a listener (ESLint's handling of the rule's reports included, as `context.report` runs inside
 * them), in all and by rule and listener. What a lint with the config costs beyond that is ESLint's, the parser's
 * and the garbage collector's.
 */
export function timedRules(config: Linter.Config): TimedConfig {
  let parts = new Map<string, number>();
  const timed = <T extends unknown[], R>(part: string, fn: (...args: T) => R) =>
    function (this: unknown, ...args: T): R {
      const start = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        parts.set(part, (parts.get(part) ?? 0) + performance.now() - start);
      }
    };
  const plugins = Object.fromEntries(
    Object.entries(config.plugins ?? {}).map(([prefix, plugin]) => [
      prefix,
      {
        rules: Object.fromEntries(
          Object.entries(plugin.rules ?? {}).map(([name, rule]): [string, Rule.RuleModule] => [
            name,
            {
              meta: rule.meta,
              create: timed(`${name} create`, (context: Rule.RuleContext) => {
                const listeners = rule.create(context);
                return Object.fromEntries(
                  Object.entries(listeners).map(([key, listener]) => [
                    key,
                    timed(`${name} ${key}`, listener as (...args: unknown[]) => unknown),
                  ]),
                ) as Rule.RuleListener;
              }),
            },
          ]),
        ),
      },
    ]),
  );
  return {
    config: { ...config, plugins },
    elapsed: () => [...parts.values()].reduce((sum, ms) => sum + ms, 0),
    byPart: () => parts,
    reset: () => {
      parts = new Map();
    },
  };
}
