import { ALL_FAMILIES } from '../../shared/defaults.js';
import type { CodeIndex } from '../../table/code-index.js';
import { SpellingIndex } from '../../table/spelling.js';
import type { CodeEntry, CodeTable, Lifecycle } from '../../table/types.js';
import type { Settings } from '../format/settings.js';
import { type FamilyNames, familyNames, type ModuleNames } from './names.js';

/*
 * A "unit" is what gets a code type, a guard and a handler: a family (`--family`, keyed by its name), or, with
 * `--action`, an action (keyed `action:<Name>`) plus the one shared handler of the common codes (keyed `common`).
 */

const ACTION_KEY = 'action:';
/** The key of the shared handler of the common codes, generated once per file in action mode. */
export const COMMON_UNIT = ':common';

export type UnitKind = 'family' | 'action' | 'common';

export function unitKind(key: string): UnitKind {
  return key === COMMON_UNIT ? 'common' : key.startsWith(ACTION_KEY) ? 'action' : 'family';
}

/** The action of an action unit's key (`action:CreateProxy` → `CreateProxy`), else the key. */
export function unitLabel(key: string): string {
  return key.startsWith(ACTION_KEY) ? key.slice(ACTION_KEY.length) : key;
}

/** The actions of the tables and the codes the SDK lists for each (`null`: unknown), the first table's winning. */
function tableActions(index: CodeIndex): Map<string, readonly string[] | null> {
  const actions = new Map<string, readonly string[] | null>();
  for (const table of index.tables) {
    for (const [action, codes] of table.actions ?? []) if (!actions.has(action)) actions.set(action, codes);
  }
  return actions;
}

/**
 * The actions of the tables, and the `wanted` ones their API versions have dropped (each with the codes the last
 * release that had it listed: a catalogue table's `actions` answers those too).
 */
function chosenActions(
  index: CodeIndex,
  wanted: readonly string[] | typeof ALL_FAMILIES,
): Map<string, readonly string[] | null> {
  const actions = tableActions(index);
  if (wanted === ALL_FAMILIES) return actions;
  for (const action of wanted) {
    if (actions.has(action)) continue;
    const codes = index.tables.find((t) => t.actions?.has(action) === true)?.actions?.get(action);
    if (codes !== undefined) actions.set(action, codes);
  }
  return actions;
}

/** A chosen action that an API version of the tables has dropped, with the table and how it left. */
export interface RemovedAction {
  readonly action: string;
  readonly table: CodeTable;
  readonly lifecycle: Lifecycle;
}

/** The chosen actions that are no current action of the tables but one their API versions dropped. */
export function removedActions(index: CodeIndex, wanted: readonly string[] | typeof ALL_FAMILIES): RemovedAction[] {
  if (wanted === ALL_FAMILIES) return [];
  const current = tableActions(index);
  return wanted.flatMap((action) => {
    if (current.has(action)) return [];
    for (const table of index.tables) {
      const lifecycle = table.history?.action(action);
      if (lifecycle?.removed !== undefined) return [{ action, table, lifecycle }];
    }
    return [];
  });
}

/**
 * A code's entry: the index's, else, for a code a table's API version has dropped (a removed action may list it),
 * the entry its history keeps.
 */
export function entryOf(index: CodeIndex, code: string): CodeEntry | undefined {
  const entry = index.get(code);
  if (entry !== undefined) return entry;
  for (const table of index.tables) {
    const history = table.history;
    const removed = history?.code(code)?.removed === undefined ? undefined : history.removedCodes();
    const found = removed?.find((e) => e.code === code);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Why the chosen actions cannot be generated (unknown, or no SDK list), as one line; `undefined` when they can. */
export function actionProblem(index: CodeIndex, wanted: readonly string[] | typeof ALL_FAMILIES): string | undefined {
  const actions = chosenActions(index, wanted);
  const origins = index.tables.map((t) => t.origin).join(', ');
  if (actions.size === 0) return `table(s) ${origins} list no actions (only catalogue products do)`;
  if (wanted === ALL_FAMILIES) return undefined;
  const unknown = wanted.filter((action) => !actions.has(action));
  if (unknown.length > 0) {
    const spelling = new SpellingIndex([...tableActions(index).keys()]);
    const hints = unknown.map((action) => {
      const [near] = spelling.nearest(action, 1);
      return near === undefined ? `"${action}"` : `"${action}" (did you mean "${near}"?)`;
    });
    return `unknown action${unknown.length === 1 ? '' : 's'} ${hints.join(', ')} in table(s) ${origins}`;
  }
  const unlisted = wanted.filter((action) => actions.get(action) === null);
  if (unlisted.length > 0) {
    return `the SDK lists no error codes for action${unlisted.length === 1 ? '' : 's'} ${unlisted.join(', ')} of table(s) ${origins} (unknown, not none): generate its families with --family instead`;
  }
  const empty = wanted.filter((action) => actions.get(action)?.length === 0);
  if (empty.length > 0) {
    return `the SDK lists no error codes for action${empty.length === 1 ? '' : 's'} ${empty.join(', ')} of table(s) ${origins} (an empty list): only common codes reach it`;
  }
  return undefined;
}

/** The units of a run, named, in emit order, with the codes of each (table order). */
export interface Units {
  readonly names: ReadonlyMap<string, FamilyNames>;
  readonly codesOf: (key: string) => readonly CodeEntry[];
}

/**
 * The units the settings choose: the families (code-point order); or the actions (code-point order; with `*`, every
 * action the SDK lists codes for) then the common unit. Unknown families and actions are left out (generate()
 * refuses them first; a past run's may be gone from the tables).
 */
export function unitsOf(index: CodeIndex, settings: Settings, module: ModuleNames): Units {
  if (settings.actions === undefined) {
    const chosen = settings.families === ALL_FAMILIES ? index.families() : settings.families;
    return { names: familyNames(chosen, module), codesOf: (family) => index.entriesOf(family) };
  }
  const actions = chosenActions(index, settings.actions);
  const chosen = (
    settings.actions === ALL_FAMILIES
      ? [...actions.keys()].filter((a) => (actions.get(a)?.length ?? 0) > 0)
      : settings.actions.filter((a) => (actions.get(a)?.length ?? 0) > 0)
  ).sort(compareNames);
  const order = new Map(index.entries.map((e, i) => [e.code, i]));
  const codes = new Map<string, CodeEntry[]>();
  for (const action of chosen) {
    const listed = (actions.get(action) ?? []).flatMap((code) => {
      const entry = entryOf(index, code);
      return entry === undefined ? [] : [entry];
    });
    // The index's codes in table order, then any the API version has dropped (a removed action's), by code point.
    const rank = (entry: CodeEntry): number => order.get(entry.code) ?? order.size;
    codes.set(
      `${ACTION_KEY}${action}`,
      listed.sort((a, b) => rank(a) - rank(b) || compareNames(a.code, b.code)),
    );
  }
  codes.set(
    COMMON_UNIT,
    index.entries.filter((e) => e.scope === 'common'),
  );
  const taken = new Set<string>(Object.values(module));
  const names = new Map<string, FamilyNames>();
  for (const key of codes.keys()) {
    const base = key === COMMON_UNIT ? `${module.prefix}Common` : identifier(unitLabel(key));
    for (let n = 1; ; n++) {
      const word = n === 1 ? base : `${base}_${n}`;
      const unit = { codeType: `${word}ErrorCode`, isError: `is${word}Error`, handler: `handle${word}Error` };
      if (Object.values(unit).some((name) => taken.has(name))) continue;
      for (const name of Object.values(unit)) taken.add(name);
      names.set(key, unit);
      break;
    }
  }
  return { names, codesOf: (key) => codes.get(key) ?? [] };
}

function identifier(action: string): string {
  const word = action.replace(/[^A-Za-z0-9_]/gu, '');
  const capital = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  return capital === '' ? 'Action' : /^[0-9]/u.test(capital) ? `Action${capital}` : capital;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
