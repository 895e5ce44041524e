// "Start clean audit" and the Cache API / origin private file system (session 17): a cached id or an OPFS file of an
// earlier visit must not survive the clean start, or the reload's listing takes it for storage that was already there.
import { describe, expect, it } from 'vitest';
import { sendToBackground } from '../../cli/browser/index.ts';
import type { PageRecord } from '../../utils/record/page-record.ts';
import { openHostile, settledRecord, SHOP, useHarness } from './helpers.ts';
import { storedLeftovers } from '../support/stored-leftovers.ts';

const h = useHarness();
const WORKER_CACHE = `${SHOP}/hostile/stored-files-worker?uid=ca-worker-1`;
interface CleanAnswer {
  cleared: boolean;
  detail: string;
}
const has = (r: PageRecord, kind: string, key: string): boolean =>
  r.storage.some((s) => s.kind === kind && s.key === key && s.t >= r.startedAt);

const leftOver = (page: { evaluate(f: typeof storedLeftovers): Promise<string[]> }): Promise<string[]> =>
  page.evaluate(storedLeftovers);

describe('Start clean audit: Cache API and OPFS', () => {
  it("leaves none of the earlier visit's cached entries or OPFS files behind", async () => {
    const { page, tabId } = await openHostile(h, 'stored-files.html', { timeoutMs: 20_000 });
    // A page of the same site that stores nothing: what is in its origin after the clean start is left over.
    await page.goto(`${SHOP}/clean.html`);
    expect(await leftOver(page)).toEqual(
      expect.arrayContaining([`opfs _ga`, `opfs _fbp`, `cache worker-ids ${WORKER_CACHE}`]),
    );
    await settledRecord(h, tabId, (r) => r.url.endsWith('/clean.html'));
    // Marks this document, so that the check below runs in the reloaded one.
    await page.evaluate(() => (document.documentElement.dataset.before = '1'));
    const answer = (await sendToBackground(h.context, h.extensionId, { type: 'clean-audit', tabId })) as CleanAnswer;
    expect(answer.cleared, answer.detail).toBe(true);
    await settledRecord(h, tabId, (r) => r.consent.clean !== null && r.url.endsWith('/clean.html'));
    await page.waitForFunction(() => !document.documentElement.dataset.before && document.readyState === 'complete');
    expect(await leftOver(page)).toEqual([]);
  }, 90_000);

  it("records the page's and its worker's writes of the clean reload as new, not as already there", async () => {
    const { tabId } = await openHostile(h, 'stored-files.html', { timeoutMs: 20_000 });
    await settledRecord(h, tabId, (r) => has(r, 'cacheStorage', WORKER_CACHE), 20_000);
    const answer = (await sendToBackground(h.context, h.extensionId, { type: 'clean-audit', tabId })) as CleanAnswer;
    expect(answer.cleared, answer.detail).toBe(true);
    // The worker rewrites the same cache entry (no hook runs there): only a cleared cache lets the listing see it.
    const done = (r: PageRecord): boolean =>
      r.consent.clean !== null && has(r, 'cacheStorage', WORKER_CACHE) && has(r, 'opfs', '_ga');
    const r = await settledRecord(h, tabId, done, 20_000).catch(() => settledRecord(h, tabId, () => true));
    const all = JSON.stringify(r.storage.map((s) => [s.kind, s.key, s.seenBy]));
    expect(r.consent.clean, all).not.toBeNull();
    expect(has(r, 'cacheStorage', WORKER_CACHE), all).toBe(true);
    expect(has(r, 'opfs', '_ga'), all).toBe(true);
  }, 90_000);
});
