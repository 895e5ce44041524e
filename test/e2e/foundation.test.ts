// The extension's stored record of the demo shop, checked against what the page really did and the server really served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageRecord } from '../../utils/record/record.ts';
import {
  cookieNamed,
  expectShopCookie,
  expectShopCookieAttributes,
  expectShopStorage,
  expectTrackerUidTied,
  expectWidgetFrame,
  shopBeacon,
  SHOP_COOKIE_NAMES,
  SHOP_COOKIES,
  SHOP_STORAGE,
  T_JS,
} from '../support/demo-shop.ts';
import { logUrl, openTab, recordOf, servedSince, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();

describe('demo page https://www.shop.test/', () => {
  let page: Page;
  let tabId: number;
  let record: PageRecord;
  let served: string[];

  beforeAll(async () => {
    const opened = await openTab(h, `${SHOP}/`);
    page = opened.page;
    tabId = opened.tabId;
    // Every request the server answered for this page load (the warm-up came before `since`).
    const servedNow = (): string[] => servedSince(h.server, opened.since).map(logUrl);
    record = await settledRecord(h, tabId, (r) => {
      const urls = new Set(r.requests.map((q) => q.url));
      return (
        SHOP_COOKIE_NAMES.every((n) => r.cookies.some((c) => c.name === n)) &&
        r.storage.length >= 3 &&
        servedNow().every((u) => urls.has(u))
      );
    });
    served = servedNow();
  });

  it('is one record for the page', () => {
    expect(record.url).toBe(`${SHOP}/`);
    expect(record.site).toBe('shop.test');
    expect(record.tabId).toBe(tabId);
    expect(record.partial).toBe(false);
    expect(record.errors).toEqual([]);
  });

  it.each(SHOP_COOKIES)('cookie $name: $party party, set by $setBy', (row) => {
    expectShopCookie(record, row);
  });

  it('keeps the cookie attributes the browser stored', () => {
    expectShopCookieAttributes(record);
    expect(cookieNamed(record, 'adnet_uid').secure).toBe(true);
  });

  it('ties the tracker uid together: localStorage, first-party cookie and pixel cookie carry the same value', () => {
    expectTrackerUidTied(record);
  });

  it.each(SHOP_STORAGE)('$kind write $key by $origin ($party party)', (row) => {
    expectShopStorage(record, row);
  });

  it('records the beacon as a third-party ping from t.js', () => {
    const b = shopBeacon(record);
    expect(b?.method).toBe('POST');
    expect(b?.initiator).toBe(`script:${T_JS}`);
  });

  it('records the iframe as a third-party sub_frame and its own subresources', () => {
    expectWidgetFrame(record);
  });

  it('records every request the server answered, with status and party', () => {
    expect(served.length).toBeGreaterThanOrEqual(8);
    const byUrl = new Map(record.requests.map((r) => [r.url, r]));
    for (const url of served) {
      const r = byUrl.get(url);
      expect(r, `request ${url}`).toBeDefined();
      expect(r?.status, `status of ${url}`).toBeTypeOf('number');
      const host = new URL(url).hostname;
      expect(r?.party, `party of ${url}`).toBe(host.endsWith('.shop.test') ? 'first' : 'third');
    }
    const main = record.requests.find((r) => r.type === 'main_frame');
    expect(main).toMatchObject({
      url: `${SHOP}/`,
      party: 'first',
      status: 200,
      ip: '127.0.0.1',
      setCookies: ['shop_session'],
    });
    const pixel = record.requests.find((r) => r.url.startsWith('https://tracker.adnet.test/pixel.gif'));
    expect(pixel).toMatchObject({ type: 'image', party: 'third', setCookies: ['adnet_uid'] });
  });

  it('shows the cookies and hosts in the popup', async () => {
    const popup = await h.context.newPage();
    try {
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      const needles = [...SHOP_COOKIE_NAMES, 'tracker.adnet.test', 'widget.embed.test'];
      await expect
        .poll(
          async () => {
            const text = (await popup.textContent('body')) ?? '';
            return needles.filter((n) => !text.includes(n));
          },
          { timeout: 10_000, interval: 250 },
        )
        .toEqual([]);
    } finally {
      await popup.close();
    }
  });

  afterAll(async () => {
    await page?.close();
  });
});

describe('navigation', () => {
  it.each([
    { path: '/redirect', hops: [{ from: `${SHOP}/redirect`, to: `${SHOP}/`, status: 302 }] },
    {
      path: '/redirect-chain',
      hops: [
        { from: `${SHOP}/redirect-chain`, to: `${SHOP}/redirect`, status: 301 },
        { from: `${SHOP}/redirect`, to: `${SHOP}/`, status: 302 },
      ],
    },
  ])('records the redirect chain of $path', async ({ path, hops }) => {
    const { page, tabId } = await openTab(h, `${SHOP}${path}`);
    try {
      expect(page.url()).toBe(`${SHOP}/`);
      const record = await settledRecord(
        h,
        tabId,
        (r) => r.redirects.length >= hops.length && r.cookies.some((c) => c.name === 'adnet_uid'),
      );
      expect(record.url).toBe(`${SHOP}/`);
      expect(record.redirects.map(({ from, to, status }) => ({ from, to, status }))).toEqual(hops);
      // The chain is one page: the hops are requests of this record, the final document is its main frame.
      expect(record.requests.filter((r) => r.type === 'main_frame').map((r) => r.url)).toEqual([
        `${SHOP}${path}`,
        ...hops.slice(1).map((x) => x.from),
        `${SHOP}/`,
      ]);
      expect(record.cookies.map((c) => c.name)).toEqual(expect.arrayContaining(['shop_session', '_adnet_id']));
    } finally {
      await page.close();
    }
  });

  it('a history.pushState navigation does not start a new record', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/spa.html`);
    try {
      const before = await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url === `${SHOP}/api/spa-step-1`));
      expect(before.url).toBe(`${SHOP}/spa.html`);
      await page.click('#next');
      await page.waitForSelector('body[data-step="2"]');
      expect(page.url()).toBe(`${SHOP}/spa/step-2`);
      const after = await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url === `${SHOP}/api/spa-step-2`));
      expect(after.startedAt).toBe(before.startedAt);
      expect(after.requests.map((q) => q.url)).toEqual(
        expect.arrayContaining([`${SHOP}/spa.html`, `${SHOP}/api/spa-step-1`, `${SHOP}/api/spa-step-2`]),
      );
      expect(after.requests.filter((q) => q.type === 'main_frame')).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it('a new document in the same tab starts a new record', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/spa.html`);
    try {
      const first = await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url === `${SHOP}/api/spa-step-1`));
      await page.goto(`${SHOP}/warmup.html`);
      const second = await settledRecord(h, tabId, (r) => r.url === `${SHOP}/warmup.html`);
      expect(second.url).toBe(`${SHOP}/warmup.html`);
      expect(second.startedAt).toBeGreaterThan(first.startedAt);
      expect(second.requests.map((q) => q.url)).toEqual([`${SHOP}/warmup.html`]);
      expect(await recordOf(h, tabId)).toMatchObject({ url: `${SHOP}/warmup.html` });
    } finally {
      await page.close();
    }
  });
});

describe('storage and writes during the load', () => {
  it('reports writes made while the page loads after its load event, with the time of the write; storage from an earlier visit is not a write of this page', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/storage.html?seed`);
    try {
      await settledRecord(h, tabId, (r) => r.storage.some((s) => s.key === 'seeded_earlier'));
      await page.goto(`${SHOP}/storage.html`, { waitUntil: 'load' });
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { origin: performance.timeOrigin, loadEnd: nav.loadEventEnd };
      });
      expect(await page.getAttribute('body', 'data-seen')).toBe('from a previous visit');
      const record = await settledRecord(
        h,
        tabId,
        (r) =>
          r.url === `${SHOP}/storage.html` &&
          ['direct_write', 'hooked_write'].every((k) => r.storage.some((s) => s.key === k)) &&
          r.cookies.some((c) => c.name === 'during_load'),
      );
      const byKey = new Map(record.storage.map((s) => [s.key, s]));
      // Read by this page but written before it: not this page's write.
      expect(byKey.has('seeded_earlier')).toBe(false);
      expect(byKey.get('hooked_write')).toMatchObject({ kind: 'sessionStorage', script: `${SHOP}/storage.html` });
      // Past setItem: found by comparing with the state at the page's first read, so no script is named.
      expect(byKey.get('direct_write')).toMatchObject({ kind: 'localStorage', value: 'set without setItem' });
      // The hooked write crossed after the load event (the slow image kept the page loading), but keeps its own time.
      const hooked = byKey.get('hooked_write');
      expect(hooked?.t).toBeLessThan(timing.origin + timing.loadEnd);
      expect(hooked?.t).toBeGreaterThanOrEqual(record.startedAt);
      const cookie = record.cookies.find((c) => c.name === 'during_load');
      expect(cookie).toMatchObject({ setBy: 'script', script: `${SHOP}/storage.html` });
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a page that never reads storage is not made to: no storage entries, nothing reported', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/warmup.html`);
    try {
      const record = await settledRecord(h, tabId, (r) => r.url === `${SHOP}/warmup.html`);
      await page.waitForTimeout(1200); // two storage polls of the isolated world
      const after = await recordOf(h, tabId);
      expect(after?.storage).toEqual([]);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
