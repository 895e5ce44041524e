// A tab's claim of a cookie write ("I wrote name=value", from its page or its responses) routes the browser's change of
// that cookie to it for HINT_TTL_MS. A worker stopped between the claim and the change must route it the same way:
// not to every tab of the site, marked unrouted (another tab of the site would then hold a cookie it never wrote).
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stopServiceWorker } from '../../cli/browser/index.ts';
import { HINT_TTL_MS } from '../../utils/record/cookie-router.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { openTab, recordOf, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();

/** The entry of cookie `name` at `path` in a record, if any. */
const entry = (r: PageRecord | null, name: string, path: string): PageRecord['cookies'][number] | undefined =>
  r?.cookies.find((c) => c.name === name && c.path === path);

/**
 * Tab B's page writes `name=value` (its report claims it), then a writer that never claims (the test's cookie API, as a
 * site's service worker writing with `cookieStore` would be) sets the same name and value at another path: the change
 * goes to B, the claimant, and never to A. `stop` stops the worker between the claim and that change.
 */
async function claimThenChange(name: string, stop: boolean): Promise<{ a: PageRecord | null; b: PageRecord }> {
  const pages: Page[] = [];
  try {
    const a = await openTab(h, `${SHOP}/clean.html?a=${name}`);
    const b = await openTab(h, `${SHOP}/clean.html?b=${name}`);
    pages.push(a.page, b.page);
    const value = String(Date.now());
    await b.page.evaluate(([n, v]) => (document.cookie = `${n}=${v}; path=/`), [name, value] as const);
    // The page's report has come (it carries the claim) and the browser's change went to B.
    await settledRecord(h, b.tabId, (r) => {
      const c = entry(r, name, '/');
      return c !== undefined && c.confirmedBy.includes('page') && c.confirmedBy.includes('browser');
    });
    const claimedAt = Date.now();
    if (stop) await stopServiceWorker(h.context);
    await h.context.addCookies([{ name, value, domain: 'www.shop.test', path: '/elsewhere', secure: true }]);
    // Else the claim expired on its own and the test proves nothing about the stop.
    expect(Date.now() - claimedAt, 'claim to change').toBeLessThan(HINT_TTL_MS - 2_000);
    const bRecord = await settledRecord(h, b.tabId, (r) => entry(r, name, '/elsewhere') !== undefined, 10_000);
    // A reader's answer waits for every change held that may be its tab's (get-record), so A's is final here.
    return { a: await recordOf(h, a.tabId), b: bRecord };
  } finally {
    for (const p of pages) await p.close();
  }
}

it('without a stop, a change of a name and value that tab B claimed goes to B only (the rule the stop must keep)', async () => {
  const { a, b } = await claimThenChange('claim_nostop', false);
  expect(entry(b, 'claim_nostop', '/elsewhere')?.unrouted).toBeUndefined();
  expect(a?.cookies.map((c) => c.name)).not.toContain('claim_nostop');
});

it('a claim made before a worker stop still routes the change that comes after the restart', async () => {
  const { a, b } = await claimThenChange('claim_stop', true);
  expect(
    entry(b, 'claim_stop', '/elsewhere'),
    `B's change lost its claim at the stop: ${JSON.stringify(b.cookies)}`,
  ).not.toHaveProperty('unrouted');
  expect(
    a?.cookies.filter((c) => c.name === 'claim_stop'),
    "tab A got tab B's cookie",
  ).toEqual([]);
});
