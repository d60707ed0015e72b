/**
 * A cache that forgets its least recently used entries once it holds more than `maxEntries` of them or more than
 * `maxBytes` (each entry's size is given when it is set, an estimate). A Map keeps its keys in insertion order, so
 * moving a key to the end on every use makes the first key the least recently used; the newest entry is always
 * kept, however large.
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, { readonly value: V; readonly bytes: number }>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(limits: { readonly maxEntries: number; readonly maxBytes: number }) {
    this.#maxEntries = limits.maxEntries;
    this.#maxBytes = limits.maxBytes;
  }

  /** The value of `key`, which becomes the most recently used; `undefined` when it is not held. */
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Holds `value` under `key` (replacing what was there), then forgets the least recently used past the limits. */
  set(key: K, value: V, bytes: number): void {
    this.delete(key);
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= 1 || (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes)) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  delete(key: K): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  /** How many entries it holds, and their bytes as estimated. */
  get size(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }
}
