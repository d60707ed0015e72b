import { familyOf } from './grammar.js';
import { DEFAULT_SUGGESTIONS, SpellingIndex } from './spelling.js';
import type { CodeEntry, CodeTable } from './types.js';

/** Code-point order: the same on every machine and locale. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The merged view of one or more tables: what the rules and the generator ask of them.
 * When several tables list the same code (every product repeats the common codes), the first
 * table's entry is kept.
 */
export class CodeIndex {
  readonly tables: readonly CodeTable[];
  /** Every code once, in table order (first table first). */
  readonly entries: readonly CodeEntry[];
  readonly #byCode = new Map<string, CodeEntry>();
  readonly #byFamily = new Map<string, CodeEntry[]>();
  readonly #spelling: SpellingIndex;
  #familySpelling: SpellingIndex | undefined;

  /**
   * `entries`: where the index is made without its tables (the whole catalogue's, from `codes.json`), its entries,
   * each code once, and `tables` is empty. By default, every entry of `tables`.
   */
  constructor(tables: readonly CodeTable[], entries?: readonly CodeEntry[]) {
    this.tables = tables;
    const kept: CodeEntry[] = [];
    const add = (entry: CodeEntry): void => {
      if (this.#byCode.has(entry.code)) return;
      this.#byCode.set(entry.code, entry);
      kept.push(entry);
      const family = this.#byFamily.get(entry.family);
      if (family === undefined) this.#byFamily.set(entry.family, [entry]);
      else family.push(entry);
    };
    if (entries !== undefined) entries.forEach(add);
    else for (const table of tables) table.codes.forEach(add);
    this.entries = kept;
    this.#spelling = new SpellingIndex(kept.map((e) => e.code));
  }

  get size(): number {
    return this.entries.length;
  }

  /** Whether `code` is a code of the tables (exact, case-sensitive). O(1). */
  has(code: string): boolean {
    return this.#byCode.has(code);
  }

  get(code: string): CodeEntry | undefined {
    return this.#byCode.get(code);
  }

  /** The family of any code-like text: the part before the first dot. */
  familyOf(code: string): string {
    return familyOf(code);
  }

  hasFamily(family: string): boolean {
    return this.#byFamily.has(family);
  }

  /** Every family, sorted. */
  families(): string[] {
    return [...this.#byFamily.keys()].sort(compareCodes);
  }

  /** The codes of a family, sorted; empty for an unknown family. */
  codesOf(family: string): string[] {
    return (this.#byFamily.get(family) ?? []).map((e) => e.code).sort(compareCodes);
  }

  /** The entries of a family in table order; empty for an unknown family. */
  entriesOf(family: string): readonly CodeEntry[] {
    return this.#byFamily.get(family) ?? [];
  }

  /**
   * The real codes closest to a misspelt one, best first: a case-only difference first, then by
   * edit distance within a quarter of the length. Nothing for an unrelated string.
   */
  nearest(text: string, limit = DEFAULT_SUGGESTIONS): string[] {
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
