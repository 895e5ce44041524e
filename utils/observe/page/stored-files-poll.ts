// Cache API entries and origin private file system (OPFS) files: a worker, a service worker or a page that removed our
// hooks writes them where no hook sees it. The isolated world lists its origin's caches and files now and then; an
// entry that is new or changed since the previous listing is a write seen by this poll, its content read (bounded).
import { MAX_NAME, MAX_VALUE } from './contract.ts';
import { cap } from './event-fields.ts';

export type StoredFileKind = 'cacheStorage' | 'opfs';

/** One entry as listed: `sig` changes when its content may have (read only then). */
export interface ListedFile {
  api: StoredFileKind;
  key: string;
  sig: string;
  /** When the browser last wrote it (an OPFS file's modification time, which no page API sets) */
  writtenAt?: number;
  read(): Promise<{ value: string; valueLength: number }>;
}

/** A Cache API entry or OPFS file found by the poll, as a raw page event (the caller validates it like any other). */
export interface PolledFile {
  k: 'page-storage';
  t: number;
  api: StoredFileKind;
  origin: string;
  key: string;
  value: string;
  valueLength: number;
  seenBy: 'poll';
}

export interface StoredFilesPoll {
  /** Lists the entries again (one listing at a time; the first one is the baseline). */
  poll(): Promise<void>;
  /** A write the hooks reported at `t`: its content cannot be older than that. */
  noteHooked(api: StoredFileKind, key: string, t: number): void;
}

const MTIME_SLACK_MS = 1000;
const id = (api: string, key: string): string => `${api}|${key}`;

/**
 * `beforeCompare` runs after each listing, before the comparison: the hooks' reports still on their way are taken in
 * first. A new or changed entry was written after the previous listing was asked for (and after its hooked write, if
 * any): its time is the earliest of that window, so a write that may have come before the visitor's choice counts as
 * before it. Entries there at the first listing were there before this document and are not reported, except an OPFS
 * file modified after that listing was asked for (a worker's write racing the listing).
 */
export function watchStoredFiles(
  list: (() => Promise<ListedFile[]>) | undefined,
  origin: string,
  report: (ev: PolledFile) => void,
  beforeCompare: () => void = () => {},
  now: () => number = Date.now,
): StoredFilesPoll {
  let listed = new Map<string, string>();
  const hooked = new Map<string, number>();
  let baseline = false;
  let busy = false;
  let since = 0;
  const poll = async (): Promise<void> => {
    if (busy || !list) return;
    busy = true;
    const t = now();
    try {
      const entries = await list();
      const seen = new Map<string, string>();
      const changed: ListedFile[] = [];
      for (const e of entries) {
        const k = id(e.api, cap(e.key, MAX_NAME));
        seen.set(k, e.sig);
        // At the first listing, a file the browser says was written since it was asked for is this document's (less a
        // second: a file system may keep whole seconds).
        const fresh = !baseline && e.writtenAt !== undefined && e.writtenAt >= t - MTIME_SLACK_MS;
        if (fresh || (baseline && listed.get(k) !== e.sig)) changed.push(e);
      }
      if (changed.length > 0) beforeCompare();
      for (const e of changed) {
        const key = cap(e.key, MAX_NAME);
        let content = { value: '', valueLength: 0 };
        try {
          content = await e.read();
        } catch {
          // removed or unreadable since the listing: its name is still evidence
        }
        const after = Math.max(hooked.get(id(e.api, key)) ?? 0, baseline ? 0 : t);
        const value = cap(content.value, MAX_VALUE);
        const valueLength = Math.max(content.valueLength, value.length);
        report({
          k: 'page-storage',
          t: Math.max(since, after),
          api: e.api,
          origin,
          key,
          value,
          valueLength,
          seenBy: 'poll',
        });
      }
      baseline = true; // the first listing: there before this document
      listed = seen;
      since = t;
    } catch {
      // no Cache API or OPFS here (opaque origin, insecure context, storage blocked): nothing to list
    } finally {
      busy = false;
    }
  };
  void poll();
  return {
    poll,
    noteHooked(api, key, t): void {
      const k = id(api, cap(key, MAX_NAME));
      hooked.set(k, Math.max(hooked.get(k) ?? 0, t));
    },
  };
}
