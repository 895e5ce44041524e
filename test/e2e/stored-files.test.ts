// The extension's own record (what the popup shows) of identifiers kept in the Cache API and the origin private file
// system: the page's writes through the hooks and the listing, its worker's through the listing only (session 16 gap).
import { describe, expect, it } from 'vitest';
import type { PageRecord, StorageEntry } from '../../utils/record/page-record.ts';
import { openHostile, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();
const WORKER_CACHE = `${SHOP}/hostile/stored-files-worker?uid=ca-worker-1`;
const PAGE_CACHE = `${SHOP}/hostile/stored-files-id?cid=ca-page-1`;
const entry = (r: PageRecord, kind: string, key: string): StorageEntry | undefined =>
  r.storage.find((s) => s.kind === kind && s.key === key);

describe('extension: Cache API and OPFS storage', () => {
  it("records the page's and its worker's cached ids and OPFS files, with their content", async () => {
    const { page, tabId } = await openHostile(h, 'stored-files.html', { timeoutMs: 20_000 });
    const wanted: Array<[string, string]> = [
      ['opfs', '_ga'],
      ['opfs', '_fbp'],
      ['cacheStorage', PAGE_CACHE],
      ['cacheStorage', WORKER_CACHE],
    ];
    const done = (r: PageRecord): boolean =>
      wanted.every(([k, key]) => (entry(r, k, key)?.valueLength ?? 0) > 0) &&
      !!entry(r, 'opfs', '_fbp')?.seenBy?.includes('poll');
    const r = await settledRecord(h, tabId, done, 20_000).catch(() => settledRecord(h, tabId, () => true));
    await page.close();
    const all = JSON.stringify(r.storage);
    expect(entry(r, 'opfs', '_ga'), all).toMatchObject({ value: 'GA1.1.222222222.1700000002', seenBy: ['poll'] });
    expect(entry(r, 'opfs', '_fbp'), all).toMatchObject({
      value: 'fb.1.1700000000.444444444',
      seenBy: ['hook', 'poll'],
    });
    expect(entry(r, 'opfs', '_fbp')!.script).toBe(`${SHOP}/hostile/stored-files.html`);
    const cached = entry(r, 'cacheStorage', PAGE_CACHE);
    expect(cached?.seenBy, all).toEqual(['hook', 'poll']);
    expect(cached!.value).toContain('x-visitor-id: vid-page-1');
    expect(cached!.value).toContain('GA1.1.333333333.1700000003');
    expect(entry(r, 'cacheStorage', WORKER_CACHE)?.value).toContain('uid=ca-worker-1');
  }, 60_000);

  // Session 17 (pollcost): a same-origin frame no longer lists (the top frame's listing has the same storage); a
  // cross-site frame still lists its own partitioned storage. Each frame's worker writes an OPFS file no hook sees.
  // Session 17 (idbframes): the same rule for the IndexedDB listing; each worker also opens a database.
  it("records the OPFS files and databases of a same-origin frame's worker and of a cross-site frame's worker", async () => {
    const before = Date.now();
    const { page, tabId } = await openHostile(h, 'stored-files-frames.html', { timeoutMs: 20_000 });
    const names: Array<[string, string]> = [
      ['opfs', '_ga_same'],
      ['opfs', '_ga_cross'],
      ['indexedDB', '_ga_same_idb'],
      ['indexedDB', '_ga_cross_idb'],
    ];
    const done = (r: PageRecord): boolean => names.every(([k, key]) => !!entry(r, k, key));
    const r = await settledRecord(h, tabId, done, 20_000).catch(() => settledRecord(h, tabId, () => true));
    const after = Date.now();
    await page.close();
    const all = JSON.stringify(r.storage);
    expect(entry(r, 'opfs', '_ga_same'), all).toMatchObject({
      value: 'GA1.1.555555555._ga_same',
      origin: SHOP,
      seenBy: ['poll'],
    });
    expect(entry(r, 'opfs', '_ga_cross'), all).toMatchObject({
      value: 'GA1.1.555555555._ga_cross',
      origin: 'https://widget.embed.test',
      seenBy: ['poll'],
    });
    // Found by the top frame's listing: the frame's origin and party, timed within this page's life.
    const same = entry(r, 'indexedDB', '_ga_same_idb');
    expect(same, all).toMatchObject({ origin: SHOP, party: 'first', seenBy: ['poll'] });
    const cross = entry(r, 'indexedDB', '_ga_cross_idb');
    expect(cross, all).toMatchObject({ origin: 'https://widget.embed.test', party: 'third', seenBy: ['poll'] });
    for (const db of [same!, cross!])
      expect(db.t >= before && db.t <= after, `${db.t} in [${before}, ${after}]`).toBe(true);
  }, 60_000);
});
