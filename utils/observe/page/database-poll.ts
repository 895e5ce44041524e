// IndexedDB databases that no hook reported: a dedicated or shared worker opens them where no content script runs
// (issue 15.6). The isolated world lists its origin's databases now and then; a name that is new since this document
// started and that the hooks did not report is a write seen by this poll, its first records read (bounded).
import { MAX_NAME, MAX_VALUE } from './contract.ts';
import { cap } from './event-fields.ts';

/** New databases whose records one listing reads at most (a page making hundreds must not hold the poll up). */
export const MAX_READS = 20;

/** What the poll needs of `indexedDB` (a test hands in its own). */
export interface DatabaseLister {
  databases(): Promise<ReadonlyArray<{ name?: string }>>;
  /** The first records of a database, as recordText lines (database-read.ts); '' when it has none. */
  read?(name: string): Promise<string>;
}

/** A database found by the poll, as a raw page event (the caller validates it like any other). */
export interface PolledDatabase {
  k: 'page-storage';
  t: number;
  api: 'indexedDB';
  origin: string;
  key: string;
  /** Its first records; with none, its name (the database itself is what was stored). */
  value: string;
  valueLength: number;
  seenBy: 'poll';
}

export interface DatabasePoll {
  /** Lists the databases again (one listing at a time; the first one is the baseline). */
  poll(): Promise<void>;
  /** A database the hooks reported: not reported again by the poll. */
  noteHooked(name: string): void;
}

/**
 * `beforeCompare` runs after each listing, before the comparison: the hooks' reports still on their way are taken in
 * first. A new database was made after the previous listing was asked for and before this one answered: its time is the
 * earliest of that window, so a write that may have come before the visitor's choice counts as before it.
 */
export function watchDatabases(
  lister: DatabaseLister | undefined,
  origin: string,
  report: (ev: PolledDatabase) => void,
  beforeCompare: () => void = () => {},
  now: () => number = Date.now,
): DatabasePoll {
  /** The latest listing, and the names the hooks reported (their listing may not show them yet). */
  let listed = new Set<string>();
  const hooked = new Set<string>();
  let baseline = false;
  let busy = false;
  /** When the previous listing was asked for: the earliest a database it did not show can have been made. */
  let since = 0;
  const names = (list: ReadonlyArray<{ name?: string }>): Set<string> => {
    const out = new Set<string>();
    for (const db of Array.isArray(list) ? list : []) {
      const name: unknown = db?.name;
      if (typeof name === 'string') out.add(cap(name, MAX_NAME));
    }
    return out;
  };
  const poll = async (): Promise<void> => {
    if (busy || !lister || typeof lister.databases !== 'function') return;
    busy = true;
    const t = now();
    try {
      const seen = names(await lister.databases());
      if (baseline) {
        beforeCompare();
        let reads = 0;
        for (const name of seen) {
          if (listed.has(name) || hooked.has(name)) continue;
          let records = '';
          try {
            if (reads++ < MAX_READS) records = (await lister.read?.(name)) ?? '';
          } catch {
            // unreadable now: its name is still evidence
          }
          const value = cap(records || name, MAX_VALUE);
          report({
            k: 'page-storage',
            t: since,
            api: 'indexedDB',
            origin,
            key: name,
            value,
            valueLength: value.length,
            seenBy: 'poll',
          });
        }
      }
      baseline = true; // the first listing: there before this document
      listed = seen; // a database deleted and made again is a new write
      since = t;
    } catch {
      // no IndexedDB here (opaque origin, storage blocked): nothing to list
    } finally {
      busy = false;
    }
  };
  void poll();
  return {
    poll,
    noteHooked(name: string): void {
      hooked.add(cap(name, MAX_NAME));
    },
  };
}
