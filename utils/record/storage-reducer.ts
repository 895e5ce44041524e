// Page storage writes (localStorage, sessionStorage, indexedDB) merged into one entry per api, origin and key.
import type { PageStorageWrite } from '../observe/events.ts';
import { partyOf } from '../url/party.ts';
import { parseUrl } from '../url/url.ts';
import { attribute, noteValue } from './cookie-reducer.ts';
import { cap, type PageAccess, type StorageEntry } from './page-record.ts';

export class StorageReducer {
  private index = new Map<string, StorageEntry>();

  constructor(private readonly pages: PageAccess) {}

  reset(): void {
    this.index.clear();
  }

  write(ev: PageStorageWrite): void {
    const page = this.pages.page(ev.t);
    const key = `${ev.api}|${ev.origin}|${ev.key}`;
    const host = parseUrl(ev.origin)?.host ?? '';
    let entry = this.index.get(key);
    if (!entry) {
      entry = {
        kind: ev.api,
        origin: ev.origin,
        host,
        party: partyOf(host, page.site),
        key: ev.key,
        value: cap(ev.value),
        valueLength: ev.valueLength,
        t: ev.t,
        lastT: ev.t,
        writes: 0,
        frameUrl: ev.frameUrl,
        source: 'page',
      };
      page.storage.push(entry);
      this.index.set(key, entry);
    }
    entry.writes += 1;
    if (ev.seenBy && !(entry.seenBy ??= []).includes(ev.seenBy)) entry.seenBy.push(ev.seenBy);
    // Reports arrive out of order: only a newer write sets the value.
    const newest = ev.t >= entry.lastT;
    if (newest) {
      entry.value = cap(ev.value);
      entry.valueLength = ev.valueLength;
      attribute(entry, ev);
    }
    noteValue(entry, ev.valueLength, ev.t, newest);
    entry.t = Math.min(entry.t, ev.t);
    entry.lastT = Math.max(entry.lastT, ev.t);
  }
}
