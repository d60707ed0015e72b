import { commentText } from '../../shared/comment-text.js';
import type { Lang } from '../../shared/defaults.js';
import { descriptionIn } from '../../table/describe.js';
import type { CodeIndex } from '../../table/index.js';
import type { ExistingFile } from '../read/existing.js';
import type { FamilyIR, ModuleIR } from './model.js';
import type { FamilyNames, ModuleNames } from './names.js';

export interface BuildInput {
  readonly index: CodeIndex;
  readonly header: string;
  readonly names: ModuleNames;
  /** The chosen families with their identifiers, in code-point order. */
  readonly families: ReadonlyMap<string, FamilyNames>;
  readonly lang: Lang;
  readonly existing: ExistingFile | undefined;
}

/**
 * The module-wide declarations, in the order they are emitted, each named by its key in ModuleNames. generatedOrder()
 * and emit/ (one builder per key) both walk this list, so the order the reader is given and the order emit/ prints
 * cannot drift.
 */
export const MODULE_DECLARATIONS = [
  'codeList',
  'codeType',
  'codeSet',
  'isCode',
  'errorInfo',
  'sdkError',
  'responseError',
  'error',
  'isError',
  'errorInfoOf',
  'familyOf',
  'unhandled',
] as const satisfies readonly (keyof ModuleNames)[];

/** The declarations of each family, in the order they are emitted, each named by its key in FamilyNames. */
export const FAMILY_DECLARATIONS = ['codeType', 'isError', 'handler'] as const satisfies readonly (keyof FamilyNames)[];

export type ModuleDeclaration = (typeof MODULE_DECLARATIONS)[number];
export type FamilyDeclaration = (typeof FAMILY_DECLARATIONS)[number];

/** The names of the generated top-level declarations, in the order they are emitted. */
export function generatedOrder(names: ModuleNames, families: ReadonlyMap<string, FamilyNames>): string[] {
  return [
    ...MODULE_DECLARATIONS.map((key) => names[key]),
    ...[...families.values()].flatMap((f) => FAMILY_DECLARATIONS.map((key) => f[key])),
  ];
}

/** Turns the table, the chosen families and the file being replaced into the module to emit. */
export function buildModule(input: BuildInput): ModuleIR {
  const { index, names, lang, existing } = input;
  const bodies = existing?.bodies ?? new Map<string, string>();
  const families: FamilyIR[] = [...input.families].map(([family, familyNames]) => ({
    family,
    names: familyNames,
    cases: index.entriesOf(family).map((entry) => ({
      code: entry.code,
      comment: commentText(descriptionIn(entry, lang)) || '(no description)',
      body: bodies.get(entry.code),
    })),
  }));
  const emitted = new Set(generatedOrder(names, input.families));
  const top: string[] = [];
  const after = new Map<string, string[]>();
  const tail: string[] = [];
  for (const block of existing?.userBlocks ?? []) {
    if (block.after === undefined) top.push(block.text);
    else if (emitted.has(block.after)) after.set(block.after, [...(after.get(block.after) ?? []), block.text]);
    else tail.push(block.text);
  }
  const services = [...new Set(index.tables.map((t) => t.service))];
  return {
    header: input.header,
    service: services.join(', '),
    names,
    codes: index.entries.map((e) => e.code),
    families,
    top,
    after,
    tail,
  };
}
