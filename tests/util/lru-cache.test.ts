import { LruCache } from '../../src/util/lru-cache.js';

describe('LruCache', () => {
  it('forgets the least recently used entry past its entry limit; a get makes an entry recent', () => {
    const cache = new LruCache<string, number>({ maxEntries: 2, maxBytes: 100 });
    cache.set('a', 1, 10);
    cache.set('b', 2, 10);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3, 10);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.size).toEqual({ entries: 2, bytes: 20 });
  });

  it('forgets the least recently used entries past its byte limit, but keeps the newest however large', () => {
    const cache = new LruCache<string, string>({ maxEntries: 10, maxBytes: 100 });
    cache.set('a', 'A', 40);
    cache.set('b', 'B', 40);
    cache.set('c', 'C', 40);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 'B', 'C']);
    cache.set('huge', 'H', 500);
    expect([cache.get('b'), cache.get('c'), cache.get('huge')]).toEqual([undefined, undefined, 'H']);
    expect(cache.size).toEqual({ entries: 1, bytes: 500 });
  });

  it('replaces a key in place of its old size, and deletes', () => {
    const cache = new LruCache<string, string>({ maxEntries: 10, maxBytes: 100 });
    cache.set('a', 'old', 60);
    cache.set('a', 'new', 30);
    expect(cache.size).toEqual({ entries: 1, bytes: 30 });
    cache.delete('a');
    cache.delete('missing');
    expect([cache.get('a'), cache.size]).toEqual([undefined, { entries: 0, bytes: 0 }]);
  });
});
