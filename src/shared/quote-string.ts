/** The quote characters a JavaScript string literal can use. */
export type Quote = "'" | '"' | '`';

/**
 * `text` as a JavaScript string literal in the given quotes. The quote, `\` and (in a template) `$` are escaped;
 * so is every character outside printable ASCII, as `\uXXXX`, so that no line terminator, control, bidirectional
 * or invisible character reaches the source as itself.
 */
export function quoteString(text: string, quote: Quote = "'"): string {
  let body = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const ch = text.charAt(i);
    if (ch === '\\' || ch === quote || (quote === '`' && ch === '$')) body += `\\${ch}`;
    else if (unit < 0x20 || unit > 0x7e) body += `\\u${unit.toString(16).padStart(4, '0')}`;
    else body += ch;
  }
  return `${quote}${body}${quote}`;
}
