// Wake-up path of the tab store: stored chunks back into RecordBuilders, compacted copies winning over raw ones.
import type { AuditEvent } from '../observe/events.ts';
import type { RecordBuilder } from './record.ts';
import { eventSize, type TabBudget } from './tab-budget.ts';
import { isCompactChunk, isEventArray, KEY_RE, parseEvents, type Codec } from './tab-chunks.ts';

/** A tab's raw (not yet compacted) chunks of its current page, with their events and stored size. */
export interface RawChunks {
  keys: string[];
  events: AuditEvent[];
  bytes: number;
}

/** What a restore fills: the store's builders and budget, and per tab its kept keys and raw chunks. */
export interface RestoreTarget {
  codec: Codec;
  budget: TabBudget;
  now(): number;
  builderFor(tabId: number): RecordBuilder;
  /** `pageStart`: the key whose chunk started the current page (undefined: none seen, or only a partial record) */
  restored(tabId: number, kept: string[], raw: RawChunks, pageStart: string | undefined): void;
}

/** Replays every stored chunk of `all` (session storage's content) into the target; returns the keys to remove. */
export async function restoreChunks(all: Record<string, unknown>, target: RestoreTarget): Promise<string[]> {
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
    // A compaction interrupted before its raw chunks were removed: the compacted copy wins.
    const replaced = new Set<string>();
    for (const key of list) {
      const chunk = all[key];
      if (isCompactChunk(chunk)) for (const r of chunk.replaces) if (typeof r === 'string') replaced.add(r);
    }
    const b = target.builderFor(tabId);
    const raw: RawChunks = { keys: [], events: [], bytes: 0 };
    const kept: string[] = [];
    let pageStart: string | undefined;
    for (const key of list) {
      if (replaced.has(key)) {
        stale.push(key);
        continue;
      }
      kept.push(key);
      const chunk = all[key];
      let events: AuditEvent[] | null = null;
      const plain = typeof chunk === 'string' ? parseEvents(chunk) : isEventArray(chunk) ? chunk : null;
      if (plain) {
        events = plain;
        if (events[0]?.k === 'nav') {
          raw.keys.length = raw.events.length = 0;
          raw.bytes = 0;
        }
        raw.bytes += typeof chunk === 'string' ? chunk.length : 0;
        raw.keys.push(key);
        raw.events.push(...events);
      } else if (isCompactChunk(chunk)) {
        try {
          const parsed: unknown = JSON.parse(await target.codec.decompress(chunk.z));
          if (isEventArray(parsed)) events = parsed;
        } catch {
          events = null;
        }
      }
      if (events) {
        for (const ev of events) {
          const before = b.record;
          b.applyOrNote(ev);
          if (ev.k === 'nav' && b.record !== before) {
            target.budget.newPage(tabId);
            // As the store counts pages: one begun after a partial record is that record's continuation.
            if (!before?.partial) pageStart = key.replace(/~z$/, '');
          }
          target.budget.count(tabId, ev);
        }
        // A compacted chunk counts as stored (gzip), not as the events it holds.
        if (!plain && isCompactChunk(chunk))
          target.budget.compacted(
            tabId,
            events.reduce((n, ev) => n + eventSize(ev), 0),
            chunk.z.length,
          );
      } else
        b.apply({ k: 'error', t: target.now(), where: 'storage', message: `unreadable stored chunk ${key} skipped` });
    }
    target.restored(tabId, kept, raw, pageStart);
  }
  return stale;
}
