/** How many codes a report names before it says "and N more". */
const LISTED_CODES = 5;

/** `"A", "B", "C"` or, past `limit`, `"A", "B", "C", "D", "E" and 27 more`. */
export function listCodes(codes: readonly string[], limit = LISTED_CODES): string {
  const shown = codes.slice(0, limit).map((code) => JSON.stringify(code));
  const rest = codes.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
