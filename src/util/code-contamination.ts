import type { Phrase } from './list-codes.js';

/**
 * What text pasted from a chat, a document or a translated page does to a code: white space around it, full-width
 * punctuation and letters (`．`, `Ｆ`), invisible characters (U+200B…), and letters of other scripts that look like
 * Latin ones (Cyrillic `а`, `о`, `е`, `с`, `р`, `х`, Greek `Ο`…). Such a literal never equals the code it shows.
 */
export interface Contamination {
  /** The text with every contaminant cleaned away or replaced by the ASCII character it stands for. */
  readonly clean: string;
  /**
   * What was wrong, in order of first appearance, each once, in each language: `leading white space`,
   * `the Cyrillic "а" (U+0430) for "a"` (`开头的空白`, `西里尔字母 "а"（U+0430，应为 "a"）`).
   */
  readonly problems: readonly Phrase[];
}

/** Characters that show as nothing; removed. */
const INVISIBLE = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Full stops that are not ASCII ones: the ideographic and the halfwidth ideographic full stop. */
const FULL_STOPS = new Set([0x3002, 0xff61]);

/**
 * Letters of other scripts that look like a Latin letter, as Unicode's confusables list pairs them (the Cyrillic and
 * Greek letters that are indistinguishable from ASCII ones in common fonts).
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'B',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
};

/**
 * What is wrong with `text` as a code and what it is with that cleaned away, or `undefined` when there is nothing
 * to clean, or when some character is not one cleaning can make ASCII (`"错误码"` is no contaminated code).
 */
export function codeContamination(text: string): Contamination | undefined {
  const found = new Map<string, Phrase>();
  const add = (problem: Phrase): void => {
    if (!found.has(problem.en)) found.set(problem.en, problem);
  };
  let clean = '';
  for (const ch of text) {
    const point = ch.codePointAt(0) ?? 0;
    if (INVISIBLE.has(point)) {
      add({ en: `the invisible ${codePoint(point)}`, zh: `不可见字符 ${codePoint(point)}` });
    } else if (point < 0x80 || /\s/u.test(ch)) {
      clean += ch; // white space inside the text stays: such text is no code, and no cleaning makes it one
    } else if (FULL_STOPS.has(point) || (point >= 0xff01 && point <= 0xff5e)) {
      const ascii = FULL_STOPS.has(point) ? '.' : String.fromCodePoint(point - 0xfee0);
      add({
        en: `the full-width "${ch}" (${codePoint(point)}) for "${ascii}"`,
        zh: `全角字符 "${ch}"（${codePoint(point)}，应为 "${ascii}"）`,
      });
      clean += ascii;
    } else {
      const ascii = LOOK_ALIKES[ch];
      if (ascii === undefined) return undefined;
      const greek = point < 0x0400;
      add({
        en: `the ${greek ? 'Greek' : 'Cyrillic'} "${ch}" (${codePoint(point)}) for "${ascii}"`,
        zh: `${greek ? '希腊字母' : '西里尔字母'} "${ch}"（${codePoint(point)}，应为 "${ascii}"）`,
      });
      clean += ascii;
    }
  }
  const trimmed = clean.trim();
  if (trimmed === '') return undefined;
  const problems = [
    ...(/^\s/u.test(clean) ? [{ en: 'leading white space', zh: '开头的空白' }] : []),
    ...found.values(),
    ...(/\s$/u.test(clean) ? [{ en: 'trailing white space', zh: '结尾的空白' }] : []),
  ];
  return problems.length === 0 ? undefined : { clean: trimmed, problems };
}

function codePoint(point: number): string {
  return `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
}
