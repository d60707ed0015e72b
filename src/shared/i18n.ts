import { type Lang, LANGS } from './defaults.js';

/**
 * A text in both languages, side by side: `en` always, `zh` once it is written (until then a Chinese run shows the
 * English, and the tests that hold every text to having its Chinese fail). Placeholders are written `{{name}}`, as
 * in ESLint's messages, and are the same in both.
 */
export interface Bilingual {
  readonly en: string;
  readonly zh?: string;
}

/** A value of a placeholder: a word or number as it is, or a message of its own, shown in the same language. */
export type MessageValue = string | number | Message;

/** Something to tell the user: a text and the values of its placeholders, shown in a language when it is printed. */
export interface Message {
  readonly text: Bilingual;
  readonly data: Readonly<Record<string, MessageValue>>;
}

/** A message of `text` with `data`. */
export function message(text: Bilingual, data: Readonly<Record<string, MessageValue>> = {}): Message {
  return { text, data };
}

/** Whether `value` is a `Message` (rather than a word or number). */
function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'text' in value && 'data' in value;
}

/**
 * `value` in `lang`: a message's text in that language (English where it has no Chinese), each `{{name}}` replaced
 * by its value; a placeholder without a value stays as it is written.
 */
export function render(value: MessageValue, lang: Lang): string {
  if (!isMessage(value)) return String(value);
  const template = (lang === 'zh' ? value.text.zh : undefined) ?? value.text.en;
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/gu, (whole, name: string) => {
    const data = value.data[name];
    return data === undefined ? whole : render(data, lang);
  });
}

/** The placeholders of a template, sorted: `{{file}} is stale` → `file`. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/gu)].map((m) => m[1] ?? ''))].sort();
}

/** `value` as a language, when it is one (`"zh"`, `"en"`), else `undefined`. */
export function asLang(value: unknown): Lang | undefined {
  return LANGS.includes(value as Lang) ? (value as Lang) : undefined;
}
