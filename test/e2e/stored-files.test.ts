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

  // Session 18 (cachegaps): ids kept as the names of empty caches and folders were in no record (only entries and
  // files were listed), nor the text of an OPFS file removed before the next listing (no hook on its stream's write).
  it('records empty caches and folders named by ids, and the text written to an OPFS file removed at once', async () => {
    const { page, tabId } = await openHostile(h, 'stored-names.html', { timeoutMs: 20_000 });
    const names: Array<[string, string]> = [
      ['cacheStorage', '_ga=GA1.1.777777777.1700000007'],
      ['opfs', 'GA1.1.888888888.1700000008'],
      ['cacheStorage', '_uetvid'],
      ['opfs', '_gid'],
    ];
    const done = (r: PageRecord): boolean =>
      names.every(([k, key]) => !!entry(r, k, key)?.seenBy?.includes('poll')) &&
      (entry(r, 'opfs', '_fbc')?.valueLength ?? 0) > 0;
    const r = await settledRecord(h, tabId, done, 20_000).catch(() => settledRecord(h, tabId, () => true));
    await page.close();
    const all = JSON.stringify(r.storage);
    for (const [kind, key] of names.slice(0, 2))
      expect(entry(r, kind, key), all).toMatchObject({ value: key, seenBy: ['hook', 'poll'] });
    for (const [kind, key] of names.slice(2))
      expect(entry(r, kind, key), all).toMatchObject({ value: key, seenBy: ['poll'] });
    expect(entry(r, 'opfs', '_fbc'), all).toMatchObject({
      value: 'fb.1.1700000000.IwAR0shortlived',
      script: `${SHOP}/hostile/stored-names.html`,
    });
  }, 60_000);

  // Session 18 (cachegaps): the listing stopped at 500 entries a kind, so an id written behind 520 harmless cached
  // responses and OPFS files (by a worker: no hook) was never seen.
  it('records an id written behind a flood of harmless cache entries and OPFS files', async () => {
    const { page, tabId } = await openHostile(h, 'stored-flood.html', { timeoutMs: 40_000 });
    const id = `${SHOP}/hostile/stored-flood-id?uid=flood-cache-1`;
    const done = (r: PageRecord): boolean =>
      !!entry(r, 'cacheStorage', id)?.value.includes('uid=flood-cache-1') &&
      (entry(r, 'opfs', 'assets/zz-visitor')?.valueLength ?? 0) > 0;
    const r = await settledRecord(h, tabId, done, 20_000).catch(() => settledRecord(h, tabId, () => true));
    await page.close();
    const found = r.storage.filter((s) => !/asset-\d|assets\/a\d/.test(s.key));
    expect(entry(r, 'cacheStorage', id), JSON.stringify(found)).toMatchObject({ seenBy: ['poll'] });
    expect(entry(r, 'opfs', 'assets/zz-visitor'), JSON.stringify(found)).toMatchObject({
      value: 'GA1.1.999999999.1700000009',
      seenBy: ['poll'],
    });
    // 520 of each is under the listing's bound: no gap is said.
    expect(r.errors.filter((e) => e.where === 'listing')).toEqual([]);
  }, 90_000);
});
