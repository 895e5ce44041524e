// The isolated world's watch over localStorage and sessionStorage: a baseline per storage before the page writes,
// and a comparison on each tick that reports writes that bypassed the hooks (`localStorage.foo = 'x'`, early scripts).
import type { PageEvent } from '../events.ts';
import { validatePageEvent } from './page-events.ts';
import { diffStorage, noteStorageWrite, type StoredValue } from './storage-diff.ts';

export type WebStorageKind = 'localStorage' | 'sessionStorage';
export const WEB_STORAGE_KINDS: readonly WebStorageKind[] = ['localStorage', 'sessionStorage'];

export interface WebStorageWatch {
  /** The state of a storage before the page wrote to it: later differences not reported by the hooks are bypasses. */
  baseline(kind: WebStorageKind): void;
  /** A write the hooks reported: not a bypass when the poll sees it. */
  noteHooked(kind: WebStorageKind, key: string, value: string, valueLength: number): void;
  /** Report the writes that did not go through the hooked setItem. */
  poll(): void;
  /** Put the window listener back (document.open() erases it; adding the same listener twice is a no-op). */
  arm(): void;
}

function storageOf(kind: WebStorageKind): Storage | null {
  try {
    return kind === 'localStorage' ? window.localStorage : window.sessionStorage;
  } catch {
    return null; // sandboxed or storage disabled
  }
}

function snapshot(s: Storage): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    const value = key === null ? null : s.getItem(key);
    if (key !== null && value !== null) out.push([key, value]);
  }
  return out;
}

/**
 * `catchUp` brings in what the hooks reported so far and says whether it could: a hooked write must be known before
 * comparing, or it would count as a bypass too.
 */
export function watchWebStorage(
  origin: string,
  push: (ev: PageEvent) => void,
  catchUp: () => boolean,
): WebStorageWatch {
  const known = new Map<WebStorageKind, Map<string, StoredValue>>();
  // Changes made by other documents of this origin are theirs to report, not ours. Added with the first baseline:
  // a 'storage' listener makes the browser open the origin's storage (a synchronous check), which a page that never
  // uses storage should not pay for us.
  let watchingOthers = false;
  const onOtherDocument = (e: StorageEvent): void => {
    try {
      const kind =
        e.storageArea === storageOf('localStorage')
          ? 'localStorage'
          : e.storageArea === storageOf('sessionStorage')
            ? 'sessionStorage'
            : null;
      const m = kind ? known.get(kind) : undefined;
      if (m && e.key !== null && e.newValue !== null) noteStorageWrite(m, e.key, e.newValue, e.newValue.length);
    } catch {
      // ignore
    }
  };
  const baseline = (kind: WebStorageKind): void => {
    if (known.has(kind)) return;
    if (!watchingOthers) {
      watchingOthers = true;
      window.addEventListener('storage', onOtherDocument);
    }
    try {
      const s = storageOf(kind);
      if (!s) return;
      const m = new Map<string, StoredValue>();
      diffStorage(m, snapshot(s)); // written before this page
      known.set(kind, m);
    } catch {
      // unreadable now: the next read tries again
    }
  };
  const poll = (): void => {
    // Only storages the page has read (it cannot write one without reading it first): the others are not touched.
    if (known.size === 0) return;
    if (!catchUp()) return;
    for (const [kind, m] of known) {
      try {
        const s = storageOf(kind);
        if (!s) continue;
        for (const c of diffStorage(m, snapshot(s))) {
          const ev = validatePageEvent(
            {
              k: 'page-storage',
              t: Date.now(),
              api: kind,
              origin,
              key: c.key,
              value: c.value,
              valueLength: c.valueLength,
              seenBy: 'poll',
            },
            location.href,
            Date.now(),
          );
          if (ev) push(ev);
        }
      } catch {
        // storage became unreadable: try again next time
      }
    }
  };
  return {
    baseline,
    noteHooked(kind, key, value, valueLength) {
      const m = known.get(kind);
      if (m) noteStorageWrite(m, key, value, valueLength);
    },
    poll,
    arm() {
      if (watchingOthers) window.addEventListener('storage', onOtherDocument);
    },
  };
}
