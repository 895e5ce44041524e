// Per-tab audit state that survives service-worker restarts: an append-only event log in session storage,
// written in the same task as the event arrives, replayed into RecordBuilders on wake.
import type { AuditEvent } from './events.ts';
import { RecordBuilder } from './record.ts';

/** The part of `browser.storage.session` we use; an in-memory fake in tests. */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Versioned key prefix: a record format change gets a new prefix and old keys are dropped on wake. */
export const KEY_PREFIX = 'ca1:';
const KEY_RE = /^ca1:(-?\d+):([0-9a-z]+\.[0-9a-z]+\.[0-9a-z]+)$/;

function isEventArray(v: unknown): v is AuditEvent[] {
  return Array.isArray(v) && v.every((e: unknown) => typeof e === 'object' && e !== null && 'k' in e && typeof e.k === 'string');
}

export class TabStore {
  readonly ready: Promise<void>;
  private readonly builders = new Map<number, RecordBuilder>();
  private readonly keys = new Map<number, string[]>();
  private readonly pending = new Map<number, AuditEvent[]>();
  private flushQueued = false;
  private seq = 0;
  private readonly wake = Math.floor(Math.random() * 36 ** 4).toString(36);
  private readonly removedTabs = new Set<number>();

  constructor(
    private readonly area: SessionArea,
    private readonly onChange: (tabId: number) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {
    this.ready = this.restore();
  }

  private async restore(): Promise<void> {
    let all: Record<string, unknown> = {};
    try {
      all = await this.area.get(null);
    } catch (e) {
      console.error('consent-auditor: could not read session storage', e);
    }
    const stale: string[] = [];
    const byTab = new Map<number, string[]>();
    for (const key of Object.keys(all)) {
      const m = KEY_RE.exec(key);
      if (!m) {
        if (key.startsWith('ca') && /^ca\d+:/.test(key)) stale.push(key);
        continue;
      }
      const tabId = Number(m[1]);
      const list = byTab.get(tabId) ?? [];
      list.push(key);
      byTab.set(tabId, list);
    }
    for (const [tabId, list] of byTab) {
      list.sort();
      const b = this.builderFor(tabId);
      for (const key of list) {
        const chunk = all[key];
        if (isEventArray(chunk)) for (const ev of chunk) b.apply(ev);
        else b.apply({ k: 'error', t: this.now(), where: 'storage', message: `unreadable stored chunk ${key} skipped` });
      }
      this.keys.set(tabId, list);
    }
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
    const writes: Record<string, AuditEvent[]> = {};
    const newPages: Array<[number, string]> = [];
    for (const [tabId, events] of this.pending) {
      const b = this.builderFor(tabId);
      // Split at each navigation so that a new page starts a chunk, and older chunks can be dropped.
      let chunk: AuditEvent[] = [];
      const emit = (startsPage: boolean): void => {
        if (chunk.length === 0) return;
        const key = this.nextKey(tabId);
        writes[key] = chunk;
        const keys = this.keys.get(tabId) ?? [];
        keys.push(key);
        this.keys.set(tabId, keys);
        if (startsPage) newPages.push([tabId, key]);
        chunk = [];
      };
      let startsPage = false;
      for (const ev of events) {
        if (ev.k === 'nav') {
          const before = b.record;
          b.apply(ev);
          if (b.record !== before) {
            emit(startsPage);
            startsPage = true;
          }
        } else {
          b.apply(ev);
        }
        chunk.push(ev);
      }
      emit(startsPage);
      this.onChange(tabId);
    }
    this.pending.clear();
    if (Object.keys(writes).length === 0) return;
    this.area.set(writes).then(
      () => this.dropBefore(newPages),
      (e: unknown) => this.writeFailed(writes, e),
    );
  }

  private nextKey(tabId: number): string {
    this.seq += 1;
    return `${KEY_PREFIX}${tabId}:${this.now().toString(36).padStart(9, '0')}.${this.wake}.${this.seq.toString(36).padStart(6, '0')}`;
  }

  /** Once a new page's first chunk is stored, the previous page's chunks are garbage. */
  private dropBefore(newPages: Array<[number, string]>): void {
    for (const [tabId, firstKey] of newPages) {
      const keys = this.keys.get(tabId) ?? [];
      const old = keys.filter((k) => k < firstKey);
      if (old.length === 0) continue;
      this.keys.set(tabId, keys.filter((k) => k >= firstKey));
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
        k: 'error', t: this.now(), where: 'storage',
        message: `could not persist ${n} events (${message}); they are kept in memory only`,
      });
      this.onChange(tabId);
    }
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
    this.pending.delete(tabId);
    const keys = this.keys.get(tabId) ?? [];
    this.keys.delete(tabId);
    if (keys.length) await this.area.remove(keys).catch(() => {});
  }
}
