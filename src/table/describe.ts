import type { Lang } from '../shared/defaults.js';
import type { CodeEntry } from './types.js';

/**
 * A code's description in `lang`, falling back to the other language where the table has none in it
 * (a page-derived table has Chinese only). Raw table text: make it safe before it reaches source or a terminal.
 */
export function descriptionIn(entry: CodeEntry, lang: Lang): string {
  return (lang === 'en' ? entry.description.en : undefined) ?? entry.description.zh;
}
