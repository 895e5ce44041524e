// Cache API entries and origin private file system (OPFS) files: a worker, a service worker or a page that removed our
// hooks writes them where no hook sees it. The isolated world lists its origin's caches and files now and then; an
// entry that is new or changed since the previous listing is a write seen by this poll, its content read (bounded).
import { MAX_NAME, MAX_VALUE } from './contract.ts';
import { cap } from './event-fields.ts';

export type StoredFileKind = 'cacheStorage' | 'opfs';

/**
 * One entry as listed: `sig` changes when its content may have (read only then); no `sig` when it was not checked
 * this time (an OPFS file past this listing's checks: new or not, by its name).
 */
export interface ListedFile {
  api: StoredFileKind;
  key: string;
  sig?: string;
  /** When the browser last wrote it (an OPFS file's modification time, which no page API sets) */
  writtenAt?: number;
  read(): Promise<{ value: string; valueLength: number }>;
}

/** A listing: its entries, the kinds it could not list whole (`cut`: a gap) and those it could not list at all. */
export interface Listing {
  entries: ListedFile[];
  cut: StoredFileKind[];
  failed: StoredFileKind[];
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

/** A kind whose listing was cut (too many names, a level not walked): writes past it are not seen. */
export interface ListingCut {
  k: 'page-listing-cut';
  t: number;
  api: StoredFileKind;
  origin: string;
}

export interface StoredFilesPoll {
  /** Lists the entries again (one listing at a time; the first one is the baseline). */
  poll(): Promise<void>;
  /** A write the hooks reported at `t`: its content cannot be older than that. */
  noteHooked(api: StoredFileKind, key: string, t: number): void;
}

const MTIME_SLACK_MS = 1000;
/** Entries read and reported per listing: the rest wait for the next one, timed from where they were first due. */
export const MAX_READS = 500;
const id = (api: string, key: string): string => `${api}|${key}`;

/** What the poll knows of an entry: its last checked `sig`, and `at`, the listing that checked it (or first saw it). */
interface Known {
  sig: string | undefined;
  at: number;
  /** Found new or changed, not read yet (over MAX_READS): reported at the next listing, timed at `at` */
  due?: true;
}

/**
 * `beforeCompare` runs after each listing, before the comparison: the hooks' reports still on their way are taken in
 * first. A new or changed entry was written after the listing that last checked it was asked for (and after its hooked
 * write, if any): its time is the earliest of that window, so a write that may have come before the visitor's choice
 * counts as before it. Entries there at the first listing were there before this document and are not reported, except
 * an OPFS file modified after that listing was asked for (a worker's write racing the listing) and a cached request
 * this document's hooks saw written (its `put` racing the listing).
 */
export function watchStoredFiles(
  list: (() => Promise<Listing>) | undefined,
  origin: string,
  report: (ev: PolledFile | ListingCut) => void,
  beforeCompare: () => void = () => {},
  now: () => number = Date.now,
): StoredFilesPoll {
  let known = new Map<string, Known>();
  const hooked = new Map<string, number>();
  const cutSaid = new Set<StoredFileKind>();
  let baseline = false;
  let busy = false;
  let since = 0;
  const poll = async (): Promise<void> => {
    if (busy || !list) return;
    busy = true;
    const t = now();
    try {
      const listing = await list();
      if (!baseline) beforeCompare();
      const seen = new Map<string, Known>();
      const changed: Array<{ e: ListedFile; after: number; k: string }> = [];
      for (const e of listing.entries) {
        const k = id(e.api, cap(e.key, MAX_NAME));
        if (seen.has(k)) continue; // one entry a key: the first listed (a cache's URLs before its name)
        const prev = known.get(k);
        let due: number | undefined;
        if (!baseline) {
          // A file the browser says was written since the listing was asked for is this document's (less a second: a
          // file system may keep whole seconds); so is a cached request its hooks saw written.
          const fresh = e.writtenAt !== undefined && e.writtenAt >= t - MTIME_SLACK_MS;
          const put = e.api === 'cacheStorage' && e.sig !== 'name' && hooked.has(k);
          if (fresh || put) due = t;
        } else if (!prev) due = since;
        else if (prev.due) due = prev.at;
        else if (e.sig === undefined) {
          seen.set(k, prev); // not checked this time
          continue;
        } else if (prev.sig === undefined) {
          // First checked now: changed if the browser wrote it since its name was first listed.
          if (e.writtenAt !== undefined && e.writtenAt >= prev.at - MTIME_SLACK_MS) due = prev.at;
        } else if (prev.sig !== e.sig) due = prev.at;
        seen.set(k, { sig: e.sig, at: t });
        if (due !== undefined) changed.push({ e, after: due, k });
      }
      // What this listing could not list whole or at all is kept as it was: not removed, so not new when seen again.
      const partial = new Set([...listing.cut, ...listing.failed]);
      for (const [k, v] of known)
        if (!seen.has(k) && partial.has(k.startsWith('opfs|') ? 'opfs' : 'cacheStorage')) seen.set(k, v);
      if (baseline && changed.length > 0) beforeCompare();
      for (const [n, { e, after, k }] of changed.entries()) {
        if (n >= MAX_READS) {
          seen.set(k, { sig: e.sig, at: after, due: true });
          continue;
        }
        const key = cap(e.key, MAX_NAME);
        let content = { value: '', valueLength: 0 };
        try {
          content = await e.read();
        } catch {
          // removed or unreadable since the listing: its name is still evidence
        }
        const value = cap(content.value, MAX_VALUE);
        report({
          k: 'page-storage',
          // Never before its hooked write; a hooked write after this listing was asked may not be in what it read.
          t: Math.max(after, Math.min(hooked.get(k) ?? 0, t)),
          api: e.api,
          origin,
          key,
          value,
          valueLength: Math.max(content.valueLength, value.length),
          seenBy: 'poll',
        });
      }
      for (const api of listing.cut) {
        if (cutSaid.has(api)) continue;
        cutSaid.add(api);
        report({ k: 'page-listing-cut', t, api, origin });
      }
      baseline = true; // the first listing: there before this document
      known = seen;
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
