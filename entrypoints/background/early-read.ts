// Imported first by the worker: the stored tab state is asked for before the rest of the bundle is evaluated, not after
// it (the wake's restore waits on this read; the browser answers it only once the worker has started, so this saves
// the ~2 ms between the two, not the whole read: README "Performance").
import { browser } from 'wxt/browser';
import type { SessionArea } from '../../utils/record/tab-store.ts';

type Stored = Record<string, unknown>;

let early: Promise<Stored> | null = browser.storage.session.get(null);
// Handled where it is taken (TabStore's restore); this keeps a failure from counting as unhandled meanwhile.
early.catch(() => {});
/** The same read for the held cookie changes (held-cookies.ts): their keys come with the chunks' read. */
let atStart: Promise<Stored> | null = early;

/** Session storage as it was at the worker's start; once (the caller drops it after use), `{}` if the read failed. */
export function storedAtStart(): Promise<Stored> {
  const taken = atStart ?? Promise.resolve({});
  atStart = null;
  return taken.catch(() => ({}));
}

/**
 * The session area whose first `get(null)` answers with the read started at load; every later call goes to the area.
 * Nothing is written before the store's restore takes it, so it holds what a read at that moment would.
 */
export function withEarlyRead(area: SessionArea): SessionArea {
  return {
    get(keys) {
      const taken = early;
      early = null;
      return keys === null && taken ? taken : area.get(keys);
    },
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}
