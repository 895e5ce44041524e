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
  it("records the OPFS files of a same-origin frame's worker and of a cross-site frame's worker", async () => {
    const { page, tabId } = await openHostile(h, 'stored-files-frames.html', { timeoutMs: 20_000 });
    const done = (r: PageRecord): boolean => !!entry(r, 'opfs', '_ga_same') && !!entry(r, 'opfs', '_ga_cross');
    const r = await settledRecord(h, tabId, done, 20_000).catch(() => settledRecord(h, tabId, () => true));
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
  }, 60_000);
});
