import type { Lang } from '../shared/defaults.js';

/** How many codes a report names before it says "and N more". */
const LISTED_CODES = 5;

/** A word of a message in each language, side by side. */
export type Phrase = Readonly<Record<Lang, string>>;

/**
 * `"A", "B", "C"` or, past `limit`, `"A", "B", "C", "D", "E" and 27 more`; in Chinese `"A"、"B"、"C"` and
 * `"A"、"B"、"C"、"D"、"E" 及其他 27 个`.
 */
export function listCodes(codes: readonly string[], lang: Lang, limit = LISTED_CODES): string {
  const shown = codes.slice(0, limit).map((code) => JSON.stringify(code));
  const rest = codes.length - shown.length;
  if (lang === 'zh') return rest > 0 ? `${shown.join('、')} 及其他 ${rest} 个` : shown.join('、');
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** The conjunctions of a list of names. */
const CONJUNCTIONS: Readonly<Record<'and' | 'or', Phrase>> = {
  and: { en: 'and', zh: '和' },
  or: { en: 'or', zh: '或' },
};

/**
 * Names joined for a message: `A`, `A and B`, `A, B and C` (or `or`); in Chinese `A、B 和 C` (`或`). Past
 * `limit.count` names, the first `limit.count - 1` and how many more `limit.noun` there are: `A, B, C or 2 more
 * actions`, `A、B、C 或其他 2 个操作`.
 */
export function listNames(
  names: readonly string[],
  conjunction: 'and' | 'or',
  lang: Lang,
  limit?: { readonly count: number; readonly noun: Phrase },
): string {
  const word = CONJUNCTIONS[conjunction][lang];
  const separator = lang === 'zh' ? '、' : ', ';
  if (limit !== undefined && names.length > limit.count) {
    const shown = names.slice(0, limit.count - 1);
    const more = names.length - shown.length;
    const rest = lang === 'zh' ? `其他 ${more} 个${limit.noun.zh}` : `${more} more ${limit.noun.en}`;
    return joined(shown.join(separator), word, rest, lang);
  }
  if (names.length <= 1) return names.join('');
  return joined(names.slice(0, -1).join(separator), word, names.at(-1) ?? '', lang);
}

/** `left word right` as each language spaces it (see `chineseText`). */
function joined(left: string, word: string, right: string, lang: Lang): string {
  return lang === 'en' ? `${left} ${word} ${right}` : chineseText(left, word, right);
}

/**
 * Parts of a Chinese message joined as Chinese is written beside Latin text: a space where a Chinese character
 * meets anything else, none between two Chinese characters (`已对照 GAAP 和公共错误码检查`).
 */
export function chineseText(...parts: readonly string[]): string {
  const han = (ch: string | undefined): boolean =>
    ch !== undefined && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch);
  return parts
    .filter((part) => part !== '')
    .reduce(
      (text, part) => (text === '' || (han(text.at(-1)) && han(part[0])) ? `${text}${part}` : `${text} ${part}`),
      '',
    );
}
