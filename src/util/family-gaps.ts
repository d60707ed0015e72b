import { ALL_FAMILIES } from '../shared/defaults.js';
import type { CodeEntry, CodeIndex } from '../table/index.js';

/** One family that a dispatch handles in part: the codes it lacks, in table order. */
export interface FamilyGap {
  readonly family: string;
  /** Every code of the family. */
  readonly total: number;
  /** The codes of the family the dispatch does not handle, in table order. */
  readonly missing: readonly CodeEntry[];
}

/**
 * The chosen families that `handled` (the literals a switch or if-chain compares with) touches
 * but does not cover. A literal that is not a code of the tables counts for nothing; a code
 * handled twice counts once. Families come out in the order their first code was handled.
 */
export function familyGaps(index: CodeIndex, handled: Iterable<string>, chosen: ReadonlySet<string>): FamilyGap[] {
  const all = chosen.has(ALL_FAMILIES);
  const seen = new Set<string>();
  const families: string[] = [];
  for (const text of handled) {
    const entry = index.get(text);
    if (entry === undefined || seen.has(entry.code)) continue;
    seen.add(entry.code);
    if (!families.includes(entry.family) && (all || chosen.has(entry.family))) families.push(entry.family);
  }
  const gaps: FamilyGap[] = [];
  for (const family of families) {
    const entries = index.entriesOf(family);
    const missing = entries.filter((entry) => !seen.has(entry.code));
    if (missing.length > 0) gaps.push({ family, total: entries.length, missing });
  }
  return gaps;
}
