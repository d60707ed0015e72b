import { familyOf } from './grammar.js';
import { DEFAULT_SUGGESTIONS, SpellingIndex } from './spelling.js';
import type { CodeEntry, CodeTable } from './types.js';

/** Code-point order: the same on every machine and locale. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Codes sorted by code point, each with an entry made on first use: how the whole catalogue's index is made from
 * its `codes.txt` without making twelve thousand entries and maps for a file that asks about two codes. A code is
 * known by its position, a number that need not count from 0 (`codes.txt` uses the offset of its row).
 */
export interface SortedCodes {
  /** Every code's position, in code order. */
  positions(): readonly number[];
  /** The position of `code`, or -1. */
  find(code: string): number;
  /** The entry at a position, the same object each time. */
  entry(at: number): CodeEntry;
}

/**
 * The merged view of one or more tables: what the rules and the generator ask of them.
 * When several tables list the same code (every product repeats the common codes), the first
 * table's entry is kept.
 */
export class CodeIndex {
  readonly tables: readonly CodeTable[];
  readonly #sorted: SortedCodes | undefined;
  #entries: readonly CodeEntry[] | undefined;
  #byCode: Map<string, CodeEntry> | undefined;
  #byFamily: Map<string, CodeEntry[]> | undefined;
  #spelling: SpellingIndex | undefined;
  #familySpelling: SpellingIndex | undefined;

  /**
   * `sorted`: where the index is made without its tables (the whole catalogue's, from `codes.txt`), its codes,
   * each once, and `tables` is empty; its entries are in code order and made as they are asked for. By default,
   * every entry of `tables`, in table order.
   */
  constructor(tables: readonly CodeTable[], sorted?: SortedCodes) {
    this.tables = tables;
    this.#sorted = sorted;
    if (sorted === undefined) this.#index(tables.flatMap((table) => table.codes));
  }

  /** Every code once, in table order (first table first); for an index made from sorted codes, in code order. */
  get entries(): readonly CodeEntry[] {
    if (this.#entries === undefined) {
      const sorted = this.#sorted as SortedCodes;
      this.#entries = sorted.positions().map((at) => sorted.entry(at));
    }
    return this.#entries;
  }

  /** Keeps the first entry of each code, and groups them by family. */
  #index(all: readonly CodeEntry[]): void {
    const byCode = new Map<string, CodeEntry>();
    const kept: CodeEntry[] = [];
    for (const entry of all) {
      if (byCode.has(entry.code)) continue;
      byCode.set(entry.code, entry);
      kept.push(entry);
    }
    this.#entries = kept;
    this.#byCode = byCode;
    this.#byFamily = groupByFamily(kept);
  }

  /**
   * The entries by family, grouped on first use where the index is made from sorted codes (whose entries are each
   * code once already, and whose `has` and `get` search the codes, so no map by code is made).
   */
  get #families(): Map<string, CodeEntry[]> {
    this.#byFamily ??= groupByFamily(this.entries);
    return this.#byFamily;
  }

  get size(): number {
    return this.#sorted?.positions().length ?? this.entries.length;
  }

  /** Whether `code` is a code of the tables (exact, case-sensitive). O(1), or O(log n) from sorted codes. */
  has(code: string): boolean {
    return this.#sorted === undefined
      ? (this.#byCode as Map<string, CodeEntry>).has(code)
      : this.#sorted.find(code) !== -1;
  }

  get(code: string): CodeEntry | undefined {
    if (this.#sorted === undefined) return (this.#byCode as Map<string, CodeEntry>).get(code);
    const at = this.#sorted.find(code);
    return at === -1 ? undefined : this.#sorted.entry(at);
  }

  /** The family of any code-like text: the part before the first dot. */
  familyOf(code: string): string {
    return familyOf(code);
  }

  hasFamily(family: string): boolean {
    return this.#families.has(family);
  }

  /** Every family, sorted. */
  families(): string[] {
    return [...this.#families.keys()].sort(compareCodes);
  }

  /** The codes of a family, sorted; empty for an unknown family. */
  codesOf(family: string): string[] {
    return (this.#families.get(family) ?? []).map((e) => e.code).sort(compareCodes);
  }

  /** The entries of a family in table order; empty for an unknown family. */
  entriesOf(family: string): readonly CodeEntry[] {
    return this.#families.get(family) ?? [];
  }

  /**
   * The real codes closest to a misspelt one, best first: a case-only difference first, then by
   * edit distance within a quarter of the length. Nothing for an unrelated string.
   */
  nearest(text: string, limit = DEFAULT_SUGGESTIONS): string[] {
    this.#spelling ??= new SpellingIndex(this.entries.map((entry) => entry.code));
    return this.#spelling.nearest(text, limit);
  }

  /**
   * The families closest to a misspelt family name, best first, ranked as `nearest()` ranks codes: a case-only
   * difference first, then by edit distance within a quarter of the length. The one "did you mean" for families,
   * used by both rules and by gen-handlers.
   */
  nearestFamilies(text: string, limit = DEFAULT_SUGGESTIONS): string[] {
    this.#familySpelling ??= new SpellingIndex(this.families());
    return this.#familySpelling.nearest(text, limit);
  }
}

/** Entries grouped by family, each group in the entries' order. */
function groupByFamily(entries: readonly CodeEntry[]): Map<string, CodeEntry[]> {
  const groups = new Map<string, CodeEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.family);
    if (group === undefined) groups.set(entry.family, [entry]);
    else group.push(entry);
  }
  return groups;
}
