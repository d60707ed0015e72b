/**
 * The defaults that the rules, `configure()` and `gen-handlers` share, defined once.
 */

/** The tables read when neither the settings nor `--table` name any. */
export const DEFAULT_TABLES: readonly string[] = ['gaap'];

/** The family selector that means "every family of the tables" (rule option `families`, `--family`). */
export const ALL_FAMILIES = '*';

/** The languages of messages, suggestions, generated comments and descriptions. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * The language unless told otherwise, the same for the rules' messages (`lang` setting) and for gen-handlers'
 * messages and comments (`--lang`): English. A code without an English description is described in Chinese.
 */
export const DEFAULT_LANG: Lang = 'en';

/** The member names that hold an error code unless the settings say otherwise. */
export const DEFAULT_CODE_PROPERTIES: readonly string[] = ['code', 'Code', 'errorCode', 'ErrorCode'];
