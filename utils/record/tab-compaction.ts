// Compaction of a tab's raw chunks into one gzip chunk: when it runs, how a write waits for it, and the swap of keys.
import type { TabBudget } from './tab-budget.ts';
import type { Codec, CompactChunk, SessionArea } from './tab-chunks.ts';
import type { RawChunks } from './tab-restore.ts';

/** Raw events per tab before they are compacted into one compressed chunk (session storage holds ~10 MB). */
export const COMPACT_AFTER = 1000;
/** Quiet time before a due compaction runs. */
export const COMPACT_DELAY_MS = 1000;

/** Raw chunks of a tab past this size (of the 10 MB session quota) are compacted without waiting. */
export const COMPACT_NOW_BYTES = 1024 * 1024;

/** The store's bookkeeping a compaction reads and rewrites (the same maps the store keeps). */
export interface CompactionHost {
  readonly area: SessionArea;
  readonly codec: Codec;
  readonly budget: TabBudget;
  /** Every stored key of each tab, in key order. */
  readonly keys: Map<number, string[]>;
  /** Raw chunks of each tab's current page not yet compacted, with their events. */
  readonly raw: Map<number, RawChunks>;
  /** Per tab, its last unwritten chunk, which later events may join. */
  readonly openChunk: Map<number, string>;
  readonly removedTabs: ReadonlySet<number>;
  /** Whether a chunk is applied in memory but not yet handed to storage. */
  isUnwritten(key: string): boolean;
}

export class TabCompaction {
  private readonly compacting = new Set<number>();
  /** Compactions under way, so that a write can wait for them when raw chunks pile up (backpressure). */
  private readonly compactions = new Map<number, Promise<void>>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: CompactionHost,
    private readonly compactAfter: number,
    private readonly compactDelayMs: number,
  ) {}

  /**
   * What the next write must wait for: while a tab's raw chunks are over the compact-now size and a compaction is
   * under way. Under CPU pressure gzip lags the page; without this, raw chunks can outgrow the session quota.
   */
  backlog(): Promise<unknown> | undefined {
    if (this.compactions.size === 0) return undefined;
    const lagging = [...this.host.raw.values()].some((r) => r.bytes >= COMPACT_NOW_BYTES);
    return lagging ? Promise.all(this.compactions.values()) : undefined;
  }

  /**
   * Compaction (gzip) waits until a tab has been quiet for a second, so that it does not compete with the page that is
   * producing the events; a tab with more than 1 MB of raw chunks is compacted at once, for the storage quota's sake.
   */
  schedule(): void {
    let due = false;
    for (const [tabId, raw] of this.host.raw) {
      if (raw.events.length < this.compactAfter) continue;
      if (raw.bytes >= COMPACT_NOW_BYTES) this.start(tabId);
      else due = true;
    }
    if (!due) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const [tabId, raw] of this.host.raw) if (raw.events.length >= this.compactAfter) this.start(tabId);
    }, this.compactDelayMs);
  }

  private start(tabId: number): void {
    if (this.compactions.has(tabId)) return;
    const done = this.compact(tabId).finally(() => this.compactions.delete(tabId));
    this.compactions.set(tabId, done);
  }

  /** Replace a tab's raw chunks by one compressed chunk; written first, raw keys removed after, so a stop loses nothing. */
  private async compact(tabId: number): Promise<void> {
    const { area, codec, budget } = this.host;
    const raw = this.host.raw.get(tabId);
    if (!raw || raw.keys.length < 2 || this.compacting.has(tabId)) return;
    // Chunks not yet handed to storage are left to their write (which compresses a backlog itself); the write's
    // completion schedules the next compaction.
    if (raw.keys.some((k) => this.host.isUnwritten(k))) return;
    this.compacting.add(tabId);
    const keys = raw.keys.splice(0);
    const events = raw.events.splice(0);
    const bytes = raw.bytes;
    raw.bytes = 0;
    // Later events must not join a chunk this compaction replaces.
    this.host.openChunk.delete(tabId);
    try {
      const z = await codec.compress(JSON.stringify(events));
      const key = `${keys[0]}~z`;
      const chunk: CompactChunk = { z, replaces: keys, n: events.length };
      await area.set({ [key]: chunk });
      await area.remove(keys);
      budget.compacted(tabId, bytes, z.length);
      if (this.host.removedTabs.has(tabId)) {
        // Closed while compacting: its compacted chunk goes too.
        await area.remove([key]);
        return;
      }
      const all = this.host.keys.get(tabId) ?? [];
      const gone = new Set(keys);
      this.host.keys.set(tabId, [...all.filter((k) => !gone.has(k)), key].sort());
    } catch (e) {
      // Raw chunks stay as they are: nothing lost, only less compact.
      const current = this.host.raw.get(tabId);
      if (current === raw) {
        raw.keys.unshift(...keys);
        raw.bytes += bytes;
        raw.events.unshift(...events);
      }
      console.warn('consent-auditor: compaction failed', e);
    } finally {
      this.compacting.delete(tabId);
    }
  }
}
