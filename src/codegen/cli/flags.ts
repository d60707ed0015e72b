import { DEFAULT_LANG, DEFAULT_TABLES, LANGS } from '../../shared/defaults.js';

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

type ParseOption = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

/** The `node:util` `parseArgs` options for FLAGS. */
export function parseArgsOptions(): Record<string, ParseOption> {
  return Object.fromEntries(
    FLAGS.map((flag) => [
      flag.longName,
      {
        type: flag.type,
        ...(flag.short === undefined ? {} : { short: flag.short }),
        ...(flag.multiple === true ? { multiple: true } : {}),
      },
    ]),
  );
}

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
