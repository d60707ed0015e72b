import { parseArgs } from 'node:util';

import { DEFAULT_LANG, DEFAULT_TABLES, LANGS } from '../../shared/defaults.js';
import { type Bilingual, message } from '../../shared/i18n.js';
import { SpellingIndex } from '../../table/spelling.js';
import { type CliIO, say, type UsageError, usageError } from './io.js';
import { CLI_MESSAGES as M } from './messages.js';

/** One command-line flag of `gen-handlers`: the data its parser and its help are both made from. */
interface Flag {
  readonly longName: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  /** May be given more than once. */
  readonly multiple?: boolean;
  /** The placeholder of its value in the help, e.g. `<file>`. */
  readonly value?: string;
  readonly description: Bilingual;
  /** The default, as the help shows it. */
  readonly default?: string | Bilingual;
  /** The accepted values, when there is a fixed set. */
  readonly values?: readonly string[];
}

export const DEFAULT_OUT_PATTERN = 'src/<service>-errors.generated.ts';

const FLAGS: readonly Flag[] = [
  {
    longName: 'table',
    type: 'string',
    multiple: true,
    value: '<name|path>',
    description: M.flagTable,
    default: DEFAULT_TABLES.join(', '),
  },
  {
    longName: 'family',
    type: 'string',
    multiple: true,
    value: '<name>',
    description: M.flagFamily,
    default: M.flagFamilyDefault,
  },
  {
    longName: 'action',
    type: 'string',
    multiple: true,
    value: '<Name>',
    description: M.flagAction,
  },
  {
    longName: 'out',
    type: 'string',
    value: '<file>',
    description: M.flagOut,
    default: DEFAULT_OUT_PATTERN,
  },
  {
    longName: 'lang',
    type: 'string',
    value: '<lang>',
    description: M.flagLang,
    default: DEFAULT_LANG,
    values: LANGS,
  },
  {
    longName: 'check',
    type: 'boolean',
    description: M.flagCheck,
  },
  {
    longName: 'prune',
    type: 'boolean',
    description: M.flagPrune,
  },
  {
    longName: 'force',
    type: 'boolean',
    description: M.flagForce,
  },
  { longName: 'help', short: 'h', type: 'boolean', description: M.flagHelp },
  { longName: 'version', short: 'v', type: 'boolean', description: M.flagVersion },
];

/** What the argument check needs of an option: `parseArgs`'s own fields and the placeholder of its value. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The placeholder of a string option's value in messages, e.g. `<file>`; default `<value>`. */
  readonly value?: string;
}

/** The `node:util` `parseArgs` options for FLAGS, with the placeholders of their values. */
export function parseArgsOptions(): Record<string, OptionSpec> {
  return Object.fromEntries(
    FLAGS.map((flag) => [
      flag.longName,
      {
        type: flag.type,
        ...(flag.short === undefined ? {} : { short: flag.short }),
        ...(flag.multiple === true ? { multiple: true } : {}),
        ...(flag.value === undefined ? {} : { value: flag.value }),
      },
    ]),
  );
}

/**
 * Checks command-line arguments against a command's options before `parseArgs` reads them strictly, so that a
 * mistake gets one line of ours rather than Node's text: an unknown option (with a "did you mean"), a string option
 * without a value (or with an empty one, or followed by another option), a boolean option given a value.
 * `command` is how the command is run (`gen-handlers`, `gen-handlers import`), for the pointer to its help.
 */
export function checkArgs(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  command: string,
): void {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    const raw = args[token.index] ?? token.rawName;
    // A single-dash word (-family) is read as a group of short options: it is reported whole.
    const grouped = /^-[^-]/u.test(raw) && raw.length > 2;
    if (option === undefined || (grouped && !isShortGroup(raw, options))) {
      throw unknownOption(grouped ? raw.replace(/[=].*$/su, '') : token.rawName, options, command);
    }
    const named = { option: token.rawName, usage: `${token.rawName} ${option.value ?? '<value>'}` };
    if (option.type === 'boolean') {
      if (token.inlineValue === true) throw usageError(M.takesNoValue, { option: token.rawName, raw });
    } else if (token.value === undefined) {
      throw usageError(M.needsValue, named);
    } else if (token.value === '') {
      throw usageError(M.needsValueGotEmpty, named);
    } else if (!token.inlineValue && token.value.startsWith('-')) {
      throw usageError(M.needsValueGotOption, { ...named, value: token.value });
    }
  }
}

/** Whether a single-dash word is a group of known short boolean options, as `-hv`. */
function isShortGroup(raw: string, options: Readonly<Record<string, OptionSpec>>): boolean {
  const shorts = new Set(Object.values(options).flatMap((o) => (o.short === undefined ? [] : [o.short])));
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are what options are spelt in
  return [...raw.slice(1)].every((letter) => shorts.has(letter));
}

/** `unknown option '--famly'. Did you mean '--family'? Run "gen-handlers --help" for the options.` */
function unknownOption(raw: string, options: Readonly<Record<string, OptionSpec>>, command: string): UsageError {
  const word = raw.replace(/^-+/u, '');
  const [near] = word.length < 2 ? [] : new SpellingIndex(Object.keys(options)).nearest(word, 1);
  const hint = near === undefined ? '' : message(M.didYouMeanOption, { near });
  return usageError(M.unknownOption, { option: raw, hint, command });
}

/** A word where a command may stand that is no command: with a "did you mean" when it is near one. */
export function unknownCommand(word: string): UsageError {
  const [near] = new SpellingIndex(COMMANDS).nearest(word, 1);
  const hint =
    near === undefined
      ? message(M.noSuchCommand, { commands: COMMANDS.join(', '), word })
      : message(M.didYouMeanCommand, { near });
  return usageError(M.unknownCommand, { word, hint });
}

/** The words that may stand first on the command line instead of a file. */
const COMMANDS: readonly string[] = ['help', 'import', 'version'];
/** The options part of the help, one flag a line, in the run's language. */
export function flagsHelp(io: CliIO): string {
  const left = FLAGS.map(
    (flag) =>
      `${flag.short === undefined ? '    ' : `-${flag.short}, `}--${flag.longName}${flag.value === undefined ? '' : ` ${flag.value}`}`,
  );
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return FLAGS.map((flag, i) => {
    const extras = [
      ...(flag.values === undefined ? [] : [message(M.flagValues, { values: flag.values.join(', ') })]),
      ...(flag.default === undefined
        ? []
        : [message(M.flagDefault, { value: typeof flag.default === 'string' ? flag.default : message(flag.default) })]),
    ].map((extra) => say(io, extra));
    const suffix = extras.length === 0 ? '' : io.lang === 'zh' ? `（${extras.join('；')}）` : ` (${extras.join('; ')})`;
    return `  ${(left[i] ?? '').padEnd(width)}${say(io, message(flag.description))}${suffix}`;
  }).join('\n');
}
