import { commentText } from '../shared/comment-text.js';
import { descriptionIn } from '../table/describe.js';
import type { CodeEntry } from '../table/index.js';

const comments = new WeakMap<CodeEntry, string>();

/**
 * The text of the `//` comment a suggestion writes above an inserted case: the code's English description
 * (Chinese where there is none), made comment-safe by the one sanitiser the generator uses too.
 */
export function entryComment(entry: CodeEntry): string {
  let text = comments.get(entry);
  if (text === undefined) {
    text = commentText(descriptionIn(entry, 'en'));
    comments.set(entry, text);
  }
  return text;
}
