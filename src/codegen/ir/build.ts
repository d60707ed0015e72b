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

/** The names of the generated top-level declarations, in the order they are emitted. */
export function generatedOrder(names: ModuleNames, families: ReadonlyMap<string, FamilyNames>): string[] {
  return [
    names.codeList,
    names.codeType,
    names.codeSet,
    names.isCode,
    names.errorInfo,
    names.sdkError,
    names.responseError,
    names.error,
    names.isError,
    names.errorInfoOf,
    names.familyOf,
    names.unhandled,
    ...[...families.values()].flatMap((f) => [f.codeType, f.isError, f.handler]),
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
