import type { Linter, Rule } from 'eslint';

/** A config whose rules are `config`'s, each timed: its `create` and every listener it returns. */
export interface TimedConfig {
  readonly config: Linter.Config;
  /** The ms spent in the rules since the last `reset()`. */
  readonly elapsed: () => number;
  readonly reset: () => void;
}

/**
 * `config` with every rule of its plugins wrapped so that the time spent in it is summed: its `create` for each file
 * and each call of a listener (ESLint's handling of the rule's reports included, as `context.report` runs inside
 * them). What a lint with the config costs beyond that is ESLint's, the parser's and the garbage collector's.
 */
export function timedRules(config: Linter.Config): TimedConfig {
  let elapsed = 0;
  const timed = <T extends unknown[], R>(fn: (...args: T) => R) =>
    function (this: unknown, ...args: T): R {
      const start = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        elapsed += performance.now() - start;
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
              create: timed((context: Rule.RuleContext) => {
                const listeners = rule.create(context);
                return Object.fromEntries(
                  Object.entries(listeners).map(([key, listener]) => [
                    key,
                    timed(listener as (...args: unknown[]) => unknown),
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
    elapsed: () => elapsed,
    reset: () => {
      elapsed = 0;
    },
  };
}
