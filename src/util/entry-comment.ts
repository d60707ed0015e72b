import { commentText } from '../shared/comment-text.js';
import type { Lang } from '../shared/defaults.js';
import { descriptionIn } from '../table/describe.js';
import type { CodeEntry } from '../table/index.js';

const comments: Record<Lang, WeakMap<CodeEntry, string>> = { en: new WeakMap(), zh: new WeakMap() };

/**
 * The text of the `//` comment a suggestion writes above an inserted case: the code's description in `lang`
 * (the Chinese one where an English one is missing), made comment-safe by the one sanitiser the generator uses too.
 */
export function entryComment(entry: CodeEntry, lang: Lang): string {
  let text = comments[lang].get(entry);
  if (text === undefined) {
    text = commentText(descriptionIn(entry, lang));
    comments[lang].set(entry, text);
  }
  return text;
}
