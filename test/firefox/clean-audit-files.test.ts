// In Firefox ESR: "Start clean audit" leaves none of the site's Cache API entries or OPFS files of an earlier visit
// behind (Firefox clears by host name; see test/e2e/clean-audit-files.test.ts for Chromium).
import { describe, expect, it } from 'vitest';
import { sendToBackground } from '../../cli/browser/firefox.ts';
import { SHOP } from '../e2e/helpers.ts';
import { openTab, settledRecord, useFirefox } from './helpers.ts';
import { storedLeftovers } from '../support/stored-leftovers.ts';

const h = useFirefox();
const WORKER_CACHE = `${SHOP}/hostile/stored-files-worker?uid=ca-worker-1`;

const leftOver = (page: { evaluate(f: typeof storedLeftovers): Promise<string[]> }): Promise<string[]> =>
  page.evaluate(storedLeftovers);

describe('Firefox: Start clean audit and the Cache API / OPFS', () => {
  it("leaves none of the earlier visit's cached entries or OPFS files behind", async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/hostile/stored-files.html`);
    await page.waitForFunction(() => document.body?.dataset.done === '1', { timeout: 20_000 });
    // A page of the same site that stores nothing: what is in its origin after the clean start is left over.
    await page.goto(`${SHOP}/clean.html`);
    expect(await leftOver(page)).toEqual(
      expect.arrayContaining([`opfs _ga`, `opfs _fbp`, `cache worker-ids ${WORKER_CACHE}`]),
    );
    await settledRecord(h, tabId, (r) => r.url.endsWith('/clean.html'));
    // Marks this document, so that the check below runs in the reloaded one.
    await page.evaluate(() => (document.documentElement.dataset.before = '1'));
    const answer = (await sendToBackground(h.ff, { type: 'clean-audit', tabId })) as {
      cleared: boolean;
      detail: string;
    };
    expect(answer.cleared, answer.detail).toBe(true);
    // Firefox's schema refuses the Chrome-only types (the whole call throws): the answer would say "not confirmed".
    expect(answer.detail).not.toMatch(/not confirmed|Not removed|could not be cleared/);
    await page.waitForFunction(() => !document.documentElement.dataset.before && document.readyState === 'complete');
    expect(await leftOver(page), answer.detail).toEqual([]);
    await page.close();
  }, 90_000);
});
