import { ALL_FAMILIES, type Lang } from '../../shared/defaults.js';
import { CodeIndex } from '../../table/code-index.js';
import { familyOf } from '../../table/grammar.js';
import type { CodeEntry, CodeTable } from '../../table/types.js';
import { emitModule } from '../emit/emit.js';
import type { RecordedTable } from '../format/header.js';
import type { Settings } from '../format/settings.js';
import { buildModule, declarations } from '../ir/build.js';
import { moduleNames } from '../ir/names.js';
import { unitsOf } from '../ir/units.js';
import { listedCodes, type OpenedFile, type Role } from '../read/existing.js';

/** What the run that wrote an existing file generated, as far as the file and the tables at hand tell. */
export interface Past {
  /**
   * The tables it was generated from, when all of them are at hand (the same spec with the same digest as its
   * header records); then its descriptions are known exactly.
   */
  readonly index: CodeIndex | undefined;
  readonly lang: Lang;
  /** The helper its skeleton cases throw through (`throw <throwable>(error)`); `undefined` in format 1 (`throw error`). */
  readonly throwable: string | undefined;
  /** The names of the declarations it generated, each with its role: the only names a declaration is ours by. */
  readonly roles: ReadonlyMap<string, Role>;
  /** The module it generated, every case a skeleton: what its declarations are compared with. */
  readonly text: string;
}

/** The run about to happen: what the past is compared with, to reuse its text when it is the same. */
export interface Present {
  readonly tables: readonly CodeTable[];
  readonly index: CodeIndex;
  readonly settings: Settings;
  /** The module this run generates with no hand-written code, emitted once on demand. */
  readonly fresh: () => string;
}

/**
 * Works out the names, tables and text of the run that wrote `opened` from its header: the services and digests
 * of its `// Table` lines, and its recorded families and language. When the header's families are `*` and its
 * tables are not at hand, the families are those of the file's own code list.
 */
export function pastGeneration(opened: OpenedFile, available: readonly CodeTable[], present: Present): Past {
  const { settings, tables: recorded } = opened.header;
  const { format } = settings;
  const known = recorded.map((r) => available.find((t) => t.origin === r.origin && t.digest === r.digest));
  const tables = known.every((t) => t !== undefined) && known.length > 0 ? known : undefined;
  const index =
    tables === undefined ? undefined : sameList(tables, present.tables) ? present.index : new CodeIndex(tables);
  const services = unique(recorded.length > 0 ? recorded.map((r) => r.service) : present.tables.map((t) => t.service));
  const names = moduleNames(services);
  const listed = index === undefined ? listedCodes(opened, names.codeList) : undefined;
  const emitted = index ?? new CodeIndex(standIn(recorded, listed, present.tables));
  const units = unitsOf(emitted, settings, names);
  const families = units.names;
  const roles = new Map(
    declarations(names, families, format).map(({ name, role, handler }) => [name, { role, handler }]),
  );
  const same =
    format === present.settings.format &&
    tables !== undefined &&
    sameList(tables, present.tables) &&
    sameFamilies(settings.families, present.settings.families) &&
    settings.lang === present.settings.lang &&
    sameFamilies(settings.actions ?? [], present.settings.actions ?? []);
  const header = opened.text.slice(0, opened.header.end);
  const text = same
    ? present.fresh()
    : emitModule(
        buildModule({
          index: emitted,
          header,
          names,
          // A family the code list does not have cannot be emitted (a type of no codes does not parse).
          families: new Map([...families].filter(([unit]) => units.codesOf(unit).length > 0)),
          codesOf: units.codesOf,
          lang: settings.lang,
          kept: undefined,
          format,
        }),
      );
  return { index, lang: settings.lang, throwable: format >= 2 ? names.throwable : undefined, roles, text };
}

/**
 * Tables that stand in for those a file was generated from when they are not at hand: the recorded services, and
 * the codes of the file's code list (or, without one, of the tables given now), with no descriptions; the actions
 * of the tables given now (so an action that gained a code the file already listed reads as an edit: --prune).
 */
function standIn(
  recorded: readonly RecordedTable[],
  listed: readonly string[] | undefined,
  current: readonly CodeTable[],
): CodeTable[] {
  const scopes = new Map(current.flatMap((t) => t.codes.map((c) => [c.code, c.scope] as const)).reverse());
  const codes: CodeEntry[] = (listed ?? current.flatMap((t) => t.codes.map((c) => c.code))).map((code) => ({
    code,
    family: familyOf(code),
    // The scope as the tables give it now: the common handler of action mode takes the common codes.
    scope: scopes.get(code) ?? 'service',
    description: { zh: '' },
  }));
  const headers = recorded.length > 0 ? recorded : current;
  // An action's codes as the tables list them now, among the codes the file lists (a code added since is left out).
  const actions = new Map(current.flatMap((t) => [...(t.actions ?? [])]).reverse());
  return headers.map((t, i) => ({
    service: t.service,
    origin: t.origin,
    digest: t.digest,
    codes: i === 0 ? codes : [],
    ...(i === 0 && actions.size > 0 ? { actions } : {}),
  }));
}

function unique(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) === i);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function sameFamilies(a: Settings['families'], b: Settings['families']): boolean {
  return a === ALL_FAMILIES || b === ALL_FAMILIES ? a === b : sameList(a, b);
}
