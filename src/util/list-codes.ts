/** How many codes a report names before it says "and N more". */
const LISTED_CODES = 5;

/** `"A", "B", "C"` or, past `limit`, `"A", "B", "C", "D", "E" and 27 more`. */
export function listCodes(codes: readonly string[], limit = LISTED_CODES): string {
  const shown = codes.slice(0, limit).map((code) => JSON.stringify(code));
  const rest = codes.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/**
 * Names joined for a message: `A`, `A and B`, `A, B and C` (or `or`); past `limit.count` names, the first
 * `limit.count - 1` and how many more `limit.noun` there are: `A, B, C or 2 more actions`.
 */
export function listNames(
  names: readonly string[],
  conjunction: 'and' | 'or',
  limit?: { readonly count: number; readonly noun: string },
): string {
  if (limit !== undefined && names.length > limit.count) {
    const shown = names.slice(0, limit.count - 1);
    return `${shown.join(', ')} ${conjunction} ${names.length - shown.length} more ${limit.noun}`;
  }
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1) ?? ''}`;
}
