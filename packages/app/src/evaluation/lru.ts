/** A small least-recently-used cache: plans are few and reused, but clients may ask for any combination. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  /** The most recently used key: asked again (the common case), it needs no reordering. */
  private last: K | undefined;
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined && key !== this.last && this.map.size > 1) {
      this.map.delete(key);
      this.map.set(key, v);
      this.last = key;
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    this.last = key;
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  get size(): number {
    return this.map.size;
  }
}
