import { ALL_FAMILIES } from '../shared/defaults.js';
import type { CodeEntry, CodeIndex } from '../table/index.js';

/** One family that a dispatch handles in part: the codes it lacks, in table order. */
export interface FamilyGap {
  readonly family: string;
  /** Every code of the family (but its bare code, when that is not demanded). */
  readonly total: number;
  /** The codes of the family the dispatch does not handle, in table order. */
  readonly missing: readonly CodeEntry[];
}

/**
 * The chosen families that `handled` (the literals a switch or if-chain compares with) claims but does not cover.
 *
 * A family is claimed by a handled code of it other than its bare code: `case 'AuthFailure':` alone is a check of
 * that one code, not a dispatch over the `AuthFailure` family. A literal that is not a code of the tables counts
 * for nothing; a code handled twice counts once. `prefixes` are strings the dispatch checks the code starts with
 * (`code.startsWith('FailedOperation.')`): they handle every code that starts with them, and the family's own
 * prefix (`FailedOperation.`) its bare code too, so that a branch for "the rest of the family" covers it. They
 * claim nothing. Families come out in the order their first claiming code was handled.
 *
 * `bareCode`: whether a dispatch that claims a family must handle its bare code too. Judged by what a call can
 * return (action scope), it need not: `LimitExceeded` is what an action returns for a limit it names no better, and
 * handling `LimitExceeded.TagQuota` says nothing of wanting that one.
 */
export function familyGaps(
  index: CodeIndex,
  handled: Iterable<string>,
  chosen: ReadonlySet<string>,
  prefixes: readonly string[] = [],
  bareCode = true,
): FamilyGap[] {
  const all = chosen.has(ALL_FAMILIES);
  const seen = new Set<string>();
  const families: string[] = [];
  for (const text of handled) {
    const entry = index.get(text);
    if (entry === undefined || seen.has(entry.code)) continue;
    seen.add(entry.code);
    const claims = entry.code !== entry.family;
    if (claims && !families.includes(entry.family) && (all || chosen.has(entry.family))) families.push(entry.family);
  }
  const gaps: FamilyGap[] = [];
  for (const family of families) {
    const entries = index.entriesOf(family).filter((entry) => bareCode || entry.code !== family);
    const missing = entries.filter(
      (entry) => !seen.has(entry.code) && !prefixes.some((prefix) => prefixHandles(prefix, entry)),
    );
    if (missing.length > 0) gaps.push({ family, total: entries.length, missing });
  }
  return gaps;
}

/** Whether a check that the code starts with `prefix` handles `entry`: it starts with it, or it is `<family>.`. */
function prefixHandles(prefix: string, entry: CodeEntry): boolean {
  return entry.code.startsWith(prefix) || prefix === `${entry.family}.`;
}
