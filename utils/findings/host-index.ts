// The analysis's per-request host lookup: host -> its entry, by open addressing over `hostHash`. A Map by host string
// walks a bucket chain whose other keys are strings of their own (each a cache miss to compare); here a probe reads
// one slot's hash, and only a slot of the same hash reaches its key.
import { hostHash } from '../url/url.ts';

const SIZE = 64;
/**
 * Slots a lookup probes at most. The hash is not seeded, so a hostile page can name many hosts of one hash: those
 * past the bound go to a Map (V8's hash is seeded), and no lookup costs more than this many probes and one Map get.
 */
const MAX_PROBE = 16;

/**
 * The same answers as a Map by host string (keys compared in full on every hash match). A slot's hash is stored with
 * its low bit set, so 0 marks an empty slot. Nothing is removed; the index lives as long as one analysis.
 */
export class HostIndex<V extends { readonly host: string }> {
  private meta = new Int32Array(SIZE);
  private values: Array<V | undefined> = new Array<V | undefined>(SIZE).fill(undefined);
  private count = 0;
  /** Hosts whose probe sequence was full (see MAX_PROBE). */
  private readonly overflow = new Map<string, V>();

  get(host: string): V | undefined {
    const h = hostHash(host) | 1;
    const { meta, values } = this;
    const mask = meta.length - 1;
    for (let n = 0, i = h & mask; n < MAX_PROBE; n++, i = (i + 1) & mask) {
      const m = meta[i];
      if (m === 0) break;
      if (m === h) {
        const v = values[i]!;
        if (v.host === host) return v;
      }
    }
    // An overflowed host may sit behind a slot freed by a later growth: the Map is asked whenever it holds any.
    return this.overflow.size === 0 ? undefined : this.overflow.get(host);
  }

  /** Adds `value` under its own host, which `get` has just not found. */
  add(value: V): void {
    // At most half full: probes stay short.
    if ((this.count + 1) * 2 > this.meta.length) this.grow();
    this.put(value, hostHash(value.host) | 1);
  }

  private put(value: V, h: number): void {
    const { meta } = this;
    const mask = meta.length - 1;
    for (let n = 0, i = h & mask; n < MAX_PROBE; n++, i = (i + 1) & mask) {
      if (meta[i] === 0) {
        meta[i] = h;
        this.values[i] = value;
        this.count++;
        return;
      }
    }
    this.overflow.set(value.host, value);
  }

  private grow(): void {
    const { meta, values } = this;
    const size = meta.length * 2;
    this.meta = new Int32Array(size);
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.count = 0;
    for (let i = 0; i < meta.length; i++) if (meta[i] !== 0) this.put(values[i]!, meta[i]!);
  }
}
