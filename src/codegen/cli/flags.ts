import { parseArgs } from 'node:util';

import { DEFAULT_LANG, DEFAULT_TABLES, LANGS } from '../../shared/defaults.js';
import { SpellingIndex } from '../../table/spelling.js';
import { UsageError } from './io.js';

/** One command-line flag of `gen-handlers`: the data its parser and its help are both made from. */
interface Flag {
  readonly longName: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  /** May be given more than once. */
  readonly multiple?: boolean;
  /** The placeholder of its value in the help, e.g. `<file>`. */
  readonly value?: string;
  readonly description: string;
  /** The default, as the help shows it. */
  readonly default?: string;
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
    description:
      'a code table: an embedded name, a table .json file, an error-code .md page or an SDK errors.go / errorcodes.py; repeatable',
    default: DEFAULT_TABLES.join(', '),
  },
  {
    longName: 'family',
    type: 'string',
    multiple: true,
    value: '<name>',
    description: 'a code family to generate a guard and a handler for; repeatable; "*" for all',
    default: 'every family of the tables',
  },
  {
    longName: 'action',
    type: 'string',
    multiple: true,
    value: '<Name>',
    description:
      'an action (catalogue tables) to generate a code type, a guard and a handler for, instead of families, plus one shared handler of the common codes; repeatable; "*" for all',
  },
  {
    longName: 'out',
    type: 'string',
    value: '<file>',
    description: 'the module to write (or give the file as the only argument)',
    default: DEFAULT_OUT_PATTERN,
  },
  {
    longName: 'lang',
    type: 'string',
    value: '<lang>',
    description: 'language of the description comments (zh where a code has no English)',
    default: DEFAULT_LANG,
    values: LANGS,
  },
  {
    longName: 'check',
    type: 'boolean',
    description: 'write nothing; exit 1 with a unified diff when the file is not current',
  },
  {
    longName: 'prune',
    type: 'boolean',
    description:
      'drop the hand-written code that cannot be kept (bodies of codes no longer generated, edits to generated code, …) instead of refusing, and list it',
  },
  {
    longName: 'force',
    type: 'boolean',
    description: 'replace an existing --out file that gen-handlers did not generate',
  },
  { longName: 'help', short: 'h', type: 'boolean', description: 'show this help' },
  { longName: 'version', short: 'v', type: 'boolean', description: 'show the version' },
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
      throw new UsageError(unknownOption(grouped ? raw.replace(/[=].*$/su, '') : token.rawName, options, command));
    }
    const usage = `${token.rawName} ${option.value ?? '<value>'}`;
    if (option.type === 'boolean') {
      if (token.inlineValue) throw new UsageError(`${token.rawName} takes no value, got '${raw}'`);
    } else if (token.value === undefined) {
      throw new UsageError(`${token.rawName} needs a value: ${usage}`);
    } else if (token.value === '') {
      throw new UsageError(`${token.rawName} needs a value, got an empty one: ${usage}`);
    } else if (!token.inlineValue && token.value.startsWith('-')) {
      throw new UsageError(`${token.rawName} needs a value, got the option '${token.value}': ${usage}`);
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
function unknownOption(raw: string, options: Readonly<Record<string, OptionSpec>>, command: string): string {
  const word = raw.replace(/^-+/u, '');
  const [near] = word.length < 2 ? [] : new SpellingIndex(Object.keys(options)).nearest(word, 1);
  const hint = near === undefined ? '' : ` Did you mean '--${near}'?`;
  return `unknown option '${raw}'.${hint} Run "${command} --help" for the options.`;
}

/** A word where a command may stand that is no command: with a "did you mean" when it is near one. */
export function unknownCommand(word: string): string {
  const [near] = new SpellingIndex(COMMANDS).nearest(word, 1);
  const hint =
    near === undefined
      ? ` The commands are ${COMMANDS.join(', ')}; a module to write needs a file name with an extension, e.g. ${word}.ts.`
      : ` Did you mean '${near}'?`;
  return `unknown command '${word}'.${hint} Run "gen-handlers --help" for the commands.`;
}

/** The words that may stand first on the command line instead of a file. */
const COMMANDS: readonly string[] = ['help', 'import', 'version'];
/** The options part of the help, one flag a line. */
export function flagsHelp(): string {
  const left = FLAGS.map(
    (flag) =>
      `${flag.short === undefined ? '    ' : `-${flag.short}, `}--${flag.longName}${flag.value === undefined ? '' : ` ${flag.value}`}`,
  );
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return FLAGS.map((flag, i) => {
    const extras = [
      ...(flag.values === undefined ? [] : [`one of ${flag.values.join(', ')}`]),
      ...(flag.default === undefined ? [] : [`default: ${flag.default}`]),
    ];
    const suffix = extras.length === 0 ? '' : ` (${extras.join('; ')})`;
    return `  ${(left[i] ?? '').padEnd(width)}${flag.description}${suffix}`;
  }).join('\n');
}
