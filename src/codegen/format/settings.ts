import type { ALL_FAMILIES, Lang } from '../../shared/defaults.js';

/** What a generated file was generated from: recorded in its header so a re-run needs no arguments. */
export interface Settings {
  /** Table specs: embedded names (`gaap`) or paths relative to the folder gen-handlers runs in. */
  readonly tables: readonly string[];
  /** The families that get a guard and a handler, sorted; `'*'` for every family of the tables; `[]` with actions. */
  readonly families: readonly string[] | typeof ALL_FAMILIES;
  /**
   * The actions that get a code type, a guard and a handler (plus one shared handler of the common codes), sorted;
   * `'*'` for every action the SDK lists codes for. Absent in family mode.
   */
  readonly actions?: readonly string[] | typeof ALL_FAMILIES;
  readonly lang: Lang;
}
