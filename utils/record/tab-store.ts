// Per-tab audit state that survives service-worker restarts: an append-only event log in session storage, replayed
// into RecordBuilders on wake. Events are applied in memory at once; writes are group-committed: one write at a time,
// and what arrives while it is under way goes in the next (a burst of 1,000 cookie events makes a few dozen writes, not
// 1,000). Readers that need durable state wait for `settled()`.
import type { AuditEvent } from '../observe/events.ts';
import { RecordBuilder } from './record.ts';
import { TabBudget } from './tab-budget.ts';
import { compressBig, gzipCodec, KEY_PREFIX, KEY_RE, type Codec, type SessionArea } from './tab-chunks.ts';
import { COMPACT_AFTER, COMPACT_DELAY_MS, COMPACT_NOW_BYTES, TabCompaction } from './tab-compaction.ts';
import { TabHosts } from './tab-hosts.ts';
import { restoreChunks, type RawChunks } from './tab-restore.ts';

export type { SessionArea } from './tab-chunks.ts';

/** Starts the note a restart reads back when events of the page could not be stored (record-gaps.ts counts it). */
export const LOST_AT_RESTART = 'lost at a worker restart:';
/**
 * The previous page's chunks stay stored while the next page is current (its record is the builder's `previous`)
 * unless they took more than this (of the 10 MB session quota): then its record is dropped and a join says it is gone.
 */
export const PREVIOUS_KEEP_BYTES = 1024 * 1024;

export class TabStore {
  readonly ready: Promise<void>;
  private readonly builders = new Map<number, RecordBuilder>();
  private readonly keys = new Map<number, string[]>();
  private readonly pending = new Map<number, AuditEvent[]>();
  private flushQueued = false;
  private seq = 0;
  private readonly wake = Math.floor(Math.random() * 36 ** 4).toString(36);
  /**
   * Keys' time never goes back: not below the last key written, and after a restore above every restored key (an
   * earlier worker's key of the same millisecond would sort by the two random wake ids, and a clock set back would put
   * new chunks before old ones: either made an older page read as the current one after the next restore).
   */
  private keyTime = 0;
  private readonly removedTabs = new Set<number>();
  /** Raw chunks of each tab's current page not yet compacted, with their events */
  private readonly raw = new Map<number, RawChunks>();
  /** Chunks applied in memory but not yet handed to storage, in key order, and the pages they start. */
  private unwritten: Record<string, AuditEvent[]> = {};
  private unwrittenPages: Array<[number, string, boolean]> = [];
  /** Per tab, the first stored key of its current page: what the next page keeps from as the previous page. */
  private readonly pageStarts = new Map<number, string>();
  /** Per tab, its last unwritten chunk: later events of the same page join it instead of making a new key. */
  private readonly openChunk = new Map<number, string>();
  /** The write under way, if any. */
  private writing: Promise<void> | null = null;
  private readonly compaction: TabCompaction;
  /** Per-tab share of the session quota: what is over it is dropped (page reports first) and counted in the record. */
  private readonly budget: TabBudget;
  /** Host infos stored beside the chunks, so that a wake needs no suffix table for the hosts seen before. */
  private readonly hosts = new TabHosts();

  constructor(
    private readonly area: SessionArea,
    private readonly onChange: (tabId: number) => void = () => {},
    private readonly now: () => number = Date.now,
    private readonly codec: Codec = gzipCodec,
    compactAfter = COMPACT_AFTER,
    compactDelayMs = COMPACT_DELAY_MS,
    budget?: TabBudget,
  ) {
    this.budget = budget ?? new TabBudget();
    const host = {
      area,
      codec,
      budget: this.budget,
      keys: this.keys,
      raw: this.raw,
      openChunk: this.openChunk,
      removedTabs: this.removedTabs,
      isUnwritten: (key: string) => Object.hasOwn(this.unwritten, key),
    };
    this.compaction = new TabCompaction(host, compactAfter, compactDelayMs);
    this.ready = this.restore();
  }

  private async restore(): Promise<void> {
    let all: Record<string, unknown> = {};
    try {
      all = await this.area.get(null);
    } catch (e) {
      console.error('consent-auditor: could not read session storage', e);
    }
    this.hosts.restore(all); // before the replay: its hosts, and the next events' hosts seen before, need no table
    const stale = await restoreChunks(all, {
      codec: this.codec,
      budget: this.budget,
      now: this.now,
      builderFor: (tabId) => this.builderFor(tabId),
      restored: (tabId, kept, raw, pageStart) => {
        this.keys.set(tabId, kept);
        for (const key of kept) this.keyTime = Math.max(this.keyTime, keyTimeOf(key) + 1);
        this.raw.set(tabId, raw);
        if (pageStart !== undefined) this.pageStarts.set(tabId, pageStart);
      },
    });
    if (stale.length) await this.area.remove(stale).catch(() => {});
  }

  private builderFor(tabId: number): RecordBuilder {
    let b = this.builders.get(tabId);
    if (!b) {
      b = new RecordBuilder(tabId);
      this.builders.set(tabId, b);
    }
    return b;
  }

  /** Record events for a tab. Applied in memory at once (after restore) and written in the same turn. */
  push(tabId: number, events: AuditEvent[]): void {
    if (events.length === 0) return;
    // Late events of a closed tab (aborted requests) must not bring its state back.
    if (this.removedTabs.has(tabId)) {
      if (!events.some((e) => e.k === 'nav')) return;
      this.removedTabs.delete(tabId);
    }
    const list = this.pending.get(tabId);
    if (list) list.push(...events);
    else this.pending.set(tabId, [...events]);
    if (!this.flushQueued) {
      this.flushQueued = true;
      void this.ready.then(() => this.flush());
    }
  }

  private flush(): void {
    this.flushQueued = false;
    for (const [tabId, events] of this.pending) {
      const b = this.builderFor(tabId);
      // Split at each navigation so that a new page starts a chunk, and older chunks can be dropped.
      let chunk: AuditEvent[] = [];
      // A page begun after a partial record keeps that record's chunks: a replay carries its early events the same way
      // (RecordBuilder `early`); the next page's first write drops them with the rest.
      let afterPartial = false;
      // Whether the page before the one this batch starts stays stored as the builder's previous record.
      let keepPrevious = true;
      const emit = (startsPage: boolean): void => {
        if (chunk.length === 0) return;
        let raw = this.raw.get(tabId);
        const open = startsPage ? undefined : this.openChunk.get(tabId);
        const joined = open === undefined ? undefined : this.unwritten[open];
        if (joined && raw) {
          joined.push(...chunk);
          raw.events.push(...chunk);
          chunk = [];
          return;
        }
        const key = this.nextKey(tabId);
        this.unwritten[key] = chunk;
        this.openChunk.set(tabId, key);
        const keys = this.keys.get(tabId) ?? [];
        keys.push(key);
        this.keys.set(tabId, keys);
        if (!raw || startsPage) this.raw.set(tabId, (raw = { keys: [], events: [], bytes: 0 }));
        raw.keys.push(key);
        raw.events.push(...chunk);
        if (startsPage && !afterPartial) this.unwrittenPages.push([tabId, key, keepPrevious]);
        chunk = [];
      };
      let startsPage = false;
      const droppedBefore = this.budget.dropped(tabId);
      for (const ev of events) {
        if (ev.k === 'nav') {
          const before = b.record;
          b.applyOrNote(ev);
          if (b.record !== before) {
            emit(startsPage);
            startsPage = true;
            afterPartial = before?.partial === true;
            keepPrevious = this.budget.stored(tabId) <= PREVIOUS_KEEP_BYTES;
            if (!keepPrevious && !afterPartial) b.previous = null;
            this.budget.newPage(tabId);
          }
          this.budget.admit(tabId, ev);
        } else {
          // Over budget: neither stored nor applied, so that the record is the same before and after a restart.
          if (!this.budget.admit(tabId, ev)) continue;
          b.applyOrNote(ev);
        }
        chunk.push(ev);
      }
      if (this.budget.dropped(tabId) > droppedBefore) {
        const t = this.now();
        b.apply(this.budget.totals(tabId, t));
        const stored = this.budget.marker(tabId, t);
        if (stored) chunk.push(stored);
      }
      emit(startsPage);
      this.onChange(tabId);
    }
    this.pending.clear();
    this.persist();
  }

  /** Hand what is unwritten to storage, unless a write is under way: its completion starts the next. */
  private persist(): void {
    if (this.writing || Object.keys(this.unwritten).length === 0) return;
    const writes = this.unwritten;
    const newPages = this.unwrittenPages;
    this.unwritten = {};
    this.unwrittenPages = [];
    this.openChunk.clear();
    // Each chunk goes as one JSON string: the browser copies a string as it is, where an array of event objects is
    // converted value by value (most of the worker's time during a burst of events).
    const encoded: Record<string, string> = {};
    const big: Array<[string, number]> = [];
    for (const key of Object.keys(writes)) {
      const text = JSON.stringify(writes[key]);
      encoded[key] = text;
      const m = KEY_RE.exec(key);
      const tabId = m ? Number(m[1]) : NaN;
      const raw = this.raw.get(tabId);
      // A key no longer in the raw list was taken by a compaction under way, which replaces it: it stays as it is.
      if (!raw?.keys.includes(key)) continue;
      if (text.length >= COMPACT_NOW_BYTES) big.push([key, tabId]);
      else raw.bytes += text.length;
    }
    // A chunk that is already over the compact-now size (a backlog built up while gzip lagged) is stored compressed at
    // once: taken out of the raw bookkeeping now, so that no compaction can take its events a second time.
    for (const [key, tabId] of big) this.detachFromRaw(tabId, key, writes[key] ?? []);
    this.hosts.addTo(encoded, () => `${this.wake}.${(this.seq += 1).toString(36).padStart(6, '0')}`);
    // Backpressure: a write waits for compactions under way while raw chunks are over the compact-now size.
    const backlog = this.compaction.backlog();
    const write = (): Promise<void> =>
      big.length
        ? compressBig(this.codec, this.budget, encoded, big, writes).then((items) => this.area.set(items))
        : this.area.set(encoded);
    this.writing = (backlog ? backlog.then(write) : write())
      .then(
        () => {
          this.dropBefore(newPages);
          this.compaction.schedule();
        },
        (e: unknown) => this.writeFailed(writes, e),
      )
      .then(() => {
        this.writing = null;
        this.persist();
      });
  }

  /** A chunk written compressed at once: not raw, so compaction must not see it; its key becomes the `~z` key. */
  private detachFromRaw(tabId: number, key: string, events: readonly AuditEvent[]): void {
    const raw = this.raw.get(tabId);
    if (raw?.keys.includes(key)) {
      raw.keys = raw.keys.filter((k) => k !== key);
      const mine = new Set(events);
      raw.events = raw.events.filter((ev) => !mine.has(ev));
    }
    const keys = this.keys.get(tabId);
    if (keys)
      this.keys.set(
        tabId,
        keys.map((k) => (k === key ? `${key}~z` : k)),
      );
  }

  /** Resolves once every event pushed so far is in storage (or its write failed and says so in the record). */
  async settled(): Promise<void> {
    await this.ready;
    if (this.flushQueued) this.flush();
    while (this.writing) await this.writing;
  }

  private nextKey(tabId: number): string {
    this.seq += 1;
    this.keyTime = Math.max(this.now(), this.keyTime);
    return `${KEY_PREFIX}${tabId}:${this.keyTime.toString(36).padStart(9, '0')}.${this.wake}.${this.seq.toString(36).padStart(6, '0')}`;
  }

  /** Once a new page's first chunk is stored, the chunks of the page before the previous one are garbage. */
  private dropBefore(newPages: Array<[number, string, boolean]>): void {
    for (const [tabId, firstKey, keepPrevious] of newPages) {
      const previousStart = this.pageStarts.get(tabId);
      this.pageStarts.set(tabId, firstKey);
      const cut = keepPrevious && previousStart !== undefined && previousStart < firstKey ? previousStart : firstKey;
      const keys = this.keys.get(tabId) ?? [];
      const old = keys.filter((k) => k < cut);
      if (old.length === 0) continue;
      this.keys.set(
        tabId,
        keys.filter((k) => k >= cut),
      );
      void this.area.remove(old).catch(() => {});
    }
  }

  private writeFailed(writes: Record<string, AuditEvent[]>, e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    for (const key of Object.keys(writes)) {
      const m = KEY_RE.exec(key);
      if (!m) continue;
      const tabId = Number(m[1]);
      const n = writes[key]?.length ?? 0;
      // Kept in memory and shown in the report: lost only if the worker stops before the tab is read.
      this.builderFor(tabId).apply({
        k: 'error',
        t: this.now(),
        where: 'storage',
        message: `could not persist ${n} events (${message}); they are kept in memory only`,
      });
      // A small marker that only a restart reads back: then those events are gone, and the record must say so (a
      // record without them and without a note read as complete: a false "clean"). Best effort: storage may refuse
      // it too.
      const markerKey = this.nextKey(tabId);
      const lost: AuditEvent = {
        k: 'error',
        t: this.now(),
        where: 'storage',
        message: `${LOST_AT_RESTART} ${n} events could not be stored (${message.slice(0, 200)})`,
      };
      this.keys.get(tabId)?.push(markerKey);
      void this.area.set({ [markerKey]: JSON.stringify([lost]) }).catch(() => {});
      this.onChange(tabId);
    }
  }

  /**
   * False for a page-events batch this tab's page already holds (sent again after its answer was lost); otherwise it is
   * noted at once (a copy arriving before the flush is caught too). Call after `ready`.
   */
  takeBatch(tabId: number, doc: string, id: number): boolean {
    if (this.removedTabs.has(tabId)) return true;
    return this.builderFor(tabId).batches.take(doc, id);
  }

  builder(tabId: number): RecordBuilder | undefined {
    return this.builders.get(tabId);
  }

  tabIds(): number[] {
    return [...this.builders.keys()];
  }

  /** Tab closed: free memory and storage. */
  async removeTab(tabId: number): Promise<void> {
    await this.ready;
    this.removedTabs.add(tabId);
    this.builders.delete(tabId);
    this.raw.delete(tabId);
    this.budget.forget(tabId);
    this.pending.delete(tabId);
    this.openChunk.delete(tabId);
    this.pageStarts.delete(tabId);
    const prefix = `${KEY_PREFIX}${tabId}:`;
    for (const key of Object.keys(this.unwritten)) if (key.startsWith(prefix)) delete this.unwritten[key];
    this.unwrittenPages = this.unwrittenPages.filter(([t]) => t !== tabId);
    const keys = this.keys.get(tabId) ?? [];
    this.keys.delete(tabId);
    // A write under way may still carry this tab's chunks: remove them after it.
    while (this.writing) await this.writing;
    if (keys.length) await this.area.remove(keys).catch(() => {});
  }
}

/** The time part of a chunk key (`ca1:<tab>:<time>.<wake>.<seq>`), 0 when it has none. */
function keyTimeOf(key: string): number {
  const t = KEY_RE.exec(key)?.[2]?.split('.')[0];
  const n = t ? parseInt(t, 36) : 0;
  return Number.isFinite(n) ? n : 0;
}
