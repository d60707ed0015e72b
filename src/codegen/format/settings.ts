import type { ALL_FAMILIES, Lang } from '../../shared/defaults.js';

/**
 * The format of the files this version writes, recorded in their headers. Format 1 (a header without `"format"`)
 * recorded table paths relative to the folder gen-handlers ran in, and its handlers rethrew with `throw error;` and
 * had no return type; format 2 records table paths relative to the generated file's folder, and its handlers throw
 * `<prefix>Throwable(error)` and declare a return type.
 */
export const FORMAT = 2;

/** What a generated file was generated from: recorded in its header so a re-run needs no arguments. */
export interface Settings {
  /**
   * Table specs: embedded names (`gaap`) or paths relative to the generated file's folder (format 1: relative to the
   * folder gen-handlers ran in).
   */
  readonly tables: readonly string[];
  /** The families that get a guard and a handler, sorted; `'*'` for every family of the tables; `[]` with actions. */
  readonly families: readonly string[] | typeof ALL_FAMILIES;
  /**
   * The actions that get a code type, a guard and a handler (plus one shared handler of the common codes), sorted;
   * `'*'` for every action the SDK lists codes for. Absent in family mode.
   */
  readonly actions?: readonly string[] | typeof ALL_FAMILIES;
  readonly lang: Lang;
  /** The format the file was written in: FORMAT for this version's output, 1 for a header without one. */
  readonly format: number;
}
