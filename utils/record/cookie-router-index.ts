// The cookie router's entries (claims, held changes, remembered changes): in arrival order, and by cookie name.

/**
 * Entries in arrival order, also found by cookie name: a claim or a change looks only at its own name's entries (in the
 * same order), not at every entry, so a page writing 1,000 cookies does not cost 1,000 x 1,000 comparisons. The arrival
 * order is an array read from `head`: deleted entries stay in it until passed, so the oldest is found without walking
 * over the deleted ones again (a Set keeps them as holes that every look at its first entry walks).
 */
export class ByName<T> {
  private readonly live = new Set<T>();
  /** Arrival order from `head`; entries not in `live` were deleted. */
  private order: T[] = [];
  private head = 0;
  private readonly names = new Map<string, Set<T>>();
  /** Whether the live entries' times never decrease in arrival order (the clock did not go back): see `dropStale`. */
  private ordered = true;
  private lastT = Number.NEGATIVE_INFINITY;
  constructor(
    private readonly nameOf: (x: T) => string,
    private readonly timeOf: (x: T) => number,
  ) {}
  get size(): number {
    return this.live.size;
  }
  /** Slots of the arrival array, deleted entries not yet dropped included (for the tests of its bound). */
  get slots(): number {
    return this.order.length;
  }
  first(): T | undefined {
    const { order, live } = this;
    while (this.head < order.length) {
      const x = order[this.head] as T;
      if (live.has(x)) return x;
      this.head += 1;
    }
    return undefined;
  }
  /** Every entry, oldest first. */
  values(): IterableIterator<T> {
    return this.live.values();
  }
  /** The entries of one name, oldest first. */
  named(name: string): Iterable<T> {
    return this.names.get(name) ?? [];
  }
  add(x: T): void {
    if (this.live.has(x)) return;
    if (this.live.size === 0) {
      this.order = [];
      this.head = 0;
      this.ordered = true;
      this.lastT = Number.NEGATIVE_INFINITY;
    }
    this.live.add(x);
    this.order.push(x);
    const t = this.timeOf(x);
    if (!(t >= this.lastT)) this.ordered = false;
    else this.lastT = t;
    const name = this.nameOf(x);
    const set = this.names.get(name);
    if (set) set.add(x);
    else this.names.set(name, new Set([x]));
  }
  delete(x: T): void {
    if (!this.unlink(x)) return;
    // The deleted entries (passed, or claimed held changes behind the oldest) leave the array once half of it.
    if (this.order.length > 2 * this.live.size + 64) {
      this.order = this.order.filter((y, i) => i >= this.head && this.live.has(y));
      this.head = 0;
    }
  }
  /** Drops the oldest entries until at most `max - 1` are left (room for one more). */
  makeRoom(max: number): void {
    while (this.live.size >= max) {
      const x = this.first();
      if (x === undefined) return;
      this.delete(x);
    }
  }
  /**
   * Drops the entries `fresh` refuses, once the oldest is one of them. `fresh` is a time limit (true from some time
   * on): while the times never decreased, the entries it refuses are the oldest, dropped from the front; otherwise
   * every entry is tested.
   */
  dropStale(fresh: (x: T) => boolean): void {
    if (!this.ordered) {
      this.retain(fresh);
      return;
    }
    let x = this.first();
    while (x !== undefined && !fresh(x)) {
      this.delete(x);
      x = this.first();
    }
  }
  /** Drops the entries `keep` refuses. */
  private retain(keep: (x: T) => boolean): void {
    const kept: T[] = [];
    for (let i = this.head; i < this.order.length; i++) {
      const x = this.order[i] as T;
      if (!this.live.has(x)) continue;
      if (keep(x)) kept.push(x);
      else this.unlink(x);
    }
    this.order = kept;
    this.head = 0;
  }
  private unlink(x: T): boolean {
    if (!this.live.delete(x)) return false;
    const name = this.nameOf(x);
    const set = this.names.get(name);
    set?.delete(x);
    if (set?.size === 0) this.names.delete(name);
    return true;
  }
}
