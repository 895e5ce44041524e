// Keyed entries mirrored to session storage by one serial writer: the worker's small per-feature state (cookie claims,
// held and recent cookie changes, prerenders, form tests, answers in flight) survives a stop the same way. One round at
// a time: what comes while a round is in flight goes in the next one, in one `set` and one `remove`; a removal is never
// overtaken by the write it undoes, and an entry written and removed before its round is never handed to storage.
import type { SessionArea } from './tab-chunks.ts';

/** The storage calls the mirror makes (the worker's `storage.session`; the tests give a map). */
export type MirrorArea = Pick<SessionArea, 'set' | 'remove'>;

/** What the caps and the sweep know of an entry. */
export interface EntryMeta {
  /** Time (`now()`) from which the entry is removed from storage by a sweep; one already past is not written. */
  expires?: number;
  /** What the entry weighs against `maxEntries` (a batch of claims counts its claims); 1 unless told. */
  count?: number;
}

export interface SessionMirrorOptions {
  /** Weight of stored entries at most (sum of `count`): past it the oldest leave storage (not the owner's memory). */
  maxEntries?: number;
  /** Serialised bytes of stored entries at most, likewise; an entry larger than it alone is never written. */
  maxBytes?: number;
  /** Awaited before each round's removals (held changes: until their deliveries are stored). */
  beforeRemove?: () => Promise<void>;
  /** Called at the start of each round: the owner turns what it gathered into entries (a batch of claims). */
  collect?: () => void;
  /** A refused call: memory stays as it is, so only a stop after it loses what it was to store. */
  onError?: (e: unknown) => void;
  now?: () => number;
  /** Runs `fn` after `ms` (setTimeout in the worker; the tests drive it by hand); needed only for `expires`. */
  later?: (fn: () => void, ms: number) => void;
}

interface Entry {
  bytes: number;
  count: number;
  expires: number;
}

export class SessionMirror {
  /** The owner's entries (stored, or waiting for their round), oldest first: the caps drop from the front. */
  private readonly live = new Map<string, Entry>();
  /** Keys handed to storage (a removal is asked for only for these) */
  private readonly handed = new Set<string>();
  private adds: Record<string, unknown> = {};
  private readonly removes = new Set<string>();
  private writing: Promise<void> | null = null;
  /** Something was asked for since the current round last looked */
  private dirty = false;
  private count = 0;
  private bytes = 0;
  private sweepAt: number | null = null;
  private readonly now: () => number;

  constructor(
    private readonly area: MirrorArea,
    readonly prefix: string,
    private readonly o: SessionMirrorOptions = {},
  ) {
    this.now = o.now ?? Date.now;
  }

  /**
   * The entries a stopped worker left under the prefix in `all` (session storage at the start), read by `read` (null:
   * unreadable or expired, and removed), in the order of their expiry if they have one. Taken as stored.
   */
  restore<T>(all: Record<string, unknown>, read: (raw: unknown, id: string) => (EntryMeta & { value: T }) | null) {
    const found: Array<[string, EntryMeta & { value: T }, number]> = [];
    for (const key of Object.keys(all)) {
      if (!key.startsWith(this.prefix)) continue;
      const raw = all[key];
      const got = read(raw, key.slice(this.prefix.length));
      if (got) found.push([key, got, this.o.maxBytes === undefined ? 0 : sizeOf(raw) + key.length]);
      else this.removes.add(key);
    }
    found.sort((a, b) => (a[1].expires ?? 0) - (b[1].expires ?? 0));
    // Entries made since the start stay the newest.
    const since = [...this.live];
    this.live.clear();
    for (const [key, meta, bytes] of found) {
      this.live.set(key, { bytes, count: meta.count ?? 1, expires: meta.expires ?? Infinity });
      this.handed.add(key);
    }
    for (const [key, e] of since) this.live.set(key, e);
    this.recount();
    this.dropOver();
    this.queue();
    return found.map(([key, meta]): [string, T] => [key.slice(this.prefix.length), meta.value]);
  }

  /** Stores `value` under prefix + `id` with the next round (replacing what it held; an overwrite keeps its place). */
  set(id: string, value: unknown, meta: EntryMeta = {}): void {
    const key = this.prefix + id;
    const expires = meta.expires ?? Infinity;
    if (expires <= this.now()) return this.delete(id);
    const bytes = this.o.maxBytes === undefined ? 0 : sizeOf(value) + key.length;
    if (bytes > (this.o.maxBytes ?? Infinity)) return this.delete(id);
    const old = this.live.get(key);
    if (old) {
      this.count -= old.count;
      this.bytes -= old.bytes;
    }
    const e = { bytes, count: meta.count ?? 1, expires };
    this.live.set(key, e);
    this.count += e.count;
    this.bytes += e.bytes;
    this.removes.delete(key);
    this.adds[key] = value;
    this.dropOver();
    this.queue();
  }

  /** Removes prefix + `id` from storage with the next round (never written, if its write is still waiting). */
  delete(id: string): void {
    this.forget(this.prefix + id);
    this.queue();
  }

  has(id: string): boolean {
    return this.live.has(this.prefix + id);
  }

  /** Entries stored or waiting to be (for the tests) */
  get size(): number {
    return this.live.size;
  }

  /** Their weight (sum of `count`), as the entry cap counts it */
  get weight(): number {
    return this.count;
  }

  /** A round for what the owner gathered (`collect`), if none is under way. */
  flush(): void {
    this.queue();
  }

  /** Resolves once every write and removal asked for so far is done. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private recount(): void {
    this.count = 0;
    this.bytes = 0;
    for (const e of this.live.values()) {
      this.count += e.count;
      this.bytes += e.bytes;
    }
  }

  private forget(key: string): void {
    const e = this.live.get(key);
    if (e) {
      this.live.delete(key);
      this.count -= e.count;
      this.bytes -= e.bytes;
    }
    if (Object.hasOwn(this.adds, key)) delete this.adds[key];
    if (this.handed.delete(key)) this.removes.add(key);
  }

  /** The oldest entries leave storage while the stored ones are over a cap. */
  private dropOver(): void {
    const maxEntries = this.o.maxEntries ?? Infinity;
    const maxBytes = this.o.maxBytes ?? Infinity;
    for (const key of this.live.keys()) {
      if (this.count <= maxEntries && this.bytes <= maxBytes) break;
      this.forget(key);
    }
  }

  private queue(): void {
    this.dirty = true;
    if (this.writing) return;
    this.writing = Promise.resolve()
      .then(() => this.write())
      .finally(() => {
        this.writing = null;
        // Asked for after the last round looked, before this: one more round.
        if (this.dirty) this.queue();
        else this.scheduleSweep();
      });
  }

  private async write(): Promise<void> {
    for (;;) {
      this.dirty = false;
      this.o.collect?.();
      if (Object.keys(this.adds).length === 0 && this.removes.size === 0) return;
      const adds = this.adds;
      this.adds = {};
      const keys = Object.keys(adds);
      if (keys.length) {
        for (const key of keys) this.handed.add(key);
        await this.area.set(adds).catch(this.failed);
      }
      if (this.removes.size === 0) continue;
      await this.o.beforeRemove?.().catch(this.failed);
      const removes = [...this.removes];
      this.removes.clear();
      await this.area.remove(removes).catch(this.failed);
    }
  }

  private readonly failed = (e: unknown): void => this.o.onError?.(e);

  /** Removes expired entries once past (one timer at a time), so that storage holds none an idle wake would read. */
  private scheduleSweep(): void {
    if (this.sweepAt !== null || !this.o.later) return;
    let at = Infinity;
    for (const e of this.live.values()) at = Math.min(at, e.expires);
    if (at === Infinity) return;
    this.sweepAt = at;
    this.o.later(
      () => {
        this.sweepAt = null;
        const now = this.now();
        for (const [key, e] of [...this.live]) if (e.expires <= now) this.forget(key);
        if (this.removes.size) this.queue();
        else this.scheduleSweep();
      },
      Math.max(0, at - this.now()),
    );
  }
}

function sizeOf(v: unknown): number {
  if (typeof v === 'string') return v.length;
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return 0;
  }
}
