import { distance } from 'fastest-levenshtein';

/** How many suggestions `nearest` returns unless told otherwise. */
export const DEFAULT_SUGGESTIONS = 3;

/**
 * The largest edit distance (on lower-cased text) at which a code still counts as a
 * misspelling of `text`: a quarter of the length, at least 1. A case-only difference has
 * distance 0 and so always qualifies, and wins over any real edit.
 */
export function maxEditDistance(length: number): number {
  return Math.max(1, Math.floor(length / 4));
}

interface Candidate {
  readonly id: number;
  readonly folded: number;
  readonly exact: number;
}

/** Length of the grams in the candidate index. */
const Q = 3;

/**
 * Finds the codes closest to a misspelt one.
 *
 * Candidates come from an index of the lower-cased codes' trigrams. One edit destroys at most
 * three of the query's distinct trigrams, so a code within edit distance `k` shares all but at
 * most `3k` of them (the count filter) and so contains at least one of the query's `3k + 1`
 * rarest trigrams (the prefix filter). Only codes in those posting lists that also pass the
 * count filter on them are measured, so a query against a 100,000-code table touches a small part
 * of it. Short queries whose trigrams cannot filter fall back to the codes of a near length.
 * The index is built on the first query, so tables that are never asked pay nothing.
 */
export class SpellingIndex {
  readonly #codes: readonly string[];
  #folded: string[] = [];
  #postings = new Map<number, number[]>();
  #byLength = new Map<number, number[]>();
  /** Scratch counters, one per code, all zero between queries. */
  #counts = new Uint16Array(0);
  #built = false;

  constructor(codes: readonly string[]) {
    this.#codes = codes;
  }

  nearest(text: string, limit = DEFAULT_SUGGESTIONS): string[] {
    if (text.length === 0 || limit <= 0) return [];
    this.#build();
    const query = text.toLowerCase();
    const k = maxEditDistance(query.length);
    const found: Candidate[] = [];
    for (const id of this.#candidates(query, k)) {
      const folded = this.#folded[id] ?? '';
      if (Math.abs(folded.length - query.length) > k) continue;
      const d = distance(query, folded);
      if (d > k) continue;
      found.push({ id, folded: d, exact: distance(text, this.#codes[id] ?? '') });
    }
    found.sort((a, b) => a.folded - b.folded || a.exact - b.exact || a.id - b.id);
    return found.slice(0, limit).map((c) => this.#codes[c.id] ?? '');
  }

  #candidates(query: string, k: number): Iterable<number> {
    const grams = [...new Set(qgrams(query))];
    const required = grams.length - Q * k;
    if (required < 1) return this.#nearLength(query.length, k);
    // Counting over the rarest lists is cheap next to measuring a candidate: read the 3k + 1
    // rarest lists and twice as many again, and keep the codes seen in enough of them.
    const lists = grams.map((gram) => this.#postings.get(gram) ?? []).sort((a, b) => a.length - b.length);
    const read = Math.min(lists.length, 2 * (Q * k + 1));
    const needed = Math.max(1, required - (lists.length - read));
    const counts = this.#counts;
    const touched: number[] = [];
    for (let i = 0; i < read; i++) {
      for (const id of lists[i] ?? []) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    const ids: number[] = [];
    for (const id of touched) {
      if ((counts[id] ?? 0) >= needed) ids.push(id);
      counts[id] = 0;
    }
    return ids;
  }

  *#nearLength(length: number, k: number): Iterable<number> {
    for (let l = Math.max(0, length - k); l <= length + k; l++) yield* this.#byLength.get(l) ?? [];
  }

  #build(): void {
    if (this.#built) return;
    this.#built = true;
    this.#folded = this.#codes.map((code) => code.toLowerCase());
    this.#counts = new Uint16Array(this.#codes.length);
    this.#folded.forEach((folded, id) => {
      for (const gram of qgrams(folded)) {
        const list = this.#postings.get(gram);
        if (list === undefined) this.#postings.set(gram, [id]);
        else if (list[list.length - 1] !== id) list.push(id); // ids arrive in order: a repeat is the last one
      }
      const sameLength = this.#byLength.get(folded.length);
      if (sameLength === undefined) this.#byLength.set(folded.length, [id]);
      else sameLength.push(id);
    });
  }
}

/** The trigrams of a text, each packed into one number (three UTF-16 units), in order. */
function qgrams(text: string): number[] {
  const grams: number[] = [];
  for (let i = 0; i + Q <= text.length; i++) {
    grams.push(text.charCodeAt(i) * 0x1_0000_0000 + text.charCodeAt(i + 1) * 0x1_0000 + text.charCodeAt(i + 2));
  }
  return grams;
}
