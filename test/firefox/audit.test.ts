// The demo shop audited in a real Firefox ESR with the release build: cookies, storage, beacons, iframes, findings, popup.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import {
  closeContext,
  evaluateIn,
  evaluateInExtension,
  openExtensionPage,
  screenshot,
} from '../../cli/browser/firefox.ts';
import { extensionKnowledge, logUrl, screenshotDir, servedSince } from '../e2e/helpers.ts';
import {
  cookieNamed,
  expectShopCookie,
  expectShopCookieAttributes,
  expectShopStorage,
  expectTrackersPageFindings,
  expectTrackersPopup,
  expectTrackerUidTied,
  expectWidgetFrame,
  SHOP,
  SHOP_COOKIE_NAMES,
  SHOP_COOKIES,
  SHOP_STORAGE,
  shopBeacon,
  trackersPageSettled,
} from '../support/demo-shop.ts';
import { openTab, settledRecord, useFirefox } from './helpers.ts';

// The same tables as test/e2e/foundation.test.ts and findings.test.ts. What differs in Firefox is checked here:
// Set-Cookie read without extraHeaders, details.ip, documentId senders; Chromium alone checks the beacon's method and
// initiator and the served-request details.
const h = useFirefox();

describe('Firefox: demo page https://www.shop.test/', () => {
  let tabId: number;
  let record: PageRecord;
  let served: string[];

  beforeAll(async () => {
    console.log(
      `test:firefox runs ${h.ff.version} with add-on ${h.ff.addonId}; the record is read through an extension page opened from chrome scope`,
    );
    const opened = await openTab(h, `${SHOP}/`);
    tabId = opened.tabId;
    const servedNow = (): string[] => servedSince(h.server, opened.since).map(logUrl);
    record = await settledRecord(h, tabId, (r) => {
      const urls = new Set(r.requests.map((q) => q.url));
      // Each cookie also confirmed by cookies.onChanged: a change can wait up to 2 s for
      // the response or page report that claims it for this tab (utils/record/cookie-router.ts) before it arrives.
      const confirmed = (n: string): boolean =>
        r.cookies.some((c) => c.name === n && c.confirmedBy.includes('browser'));
      // A Set-Cookie header is read from its response's event, which Firefox can deliver after the cookie's
      // cookies.onChanged and the request's start: a read in between has the cookie without its header (setByUrl).
      const headerRead = SHOP_COOKIES.every(
        (row) => row.setBy !== 'http' || r.cookies.some((c) => c.name === row.name && c.setByUrl !== undefined),
      );
      return (
        SHOP_COOKIE_NAMES.every(confirmed) &&
        headerRead &&
        r.storage.length >= 3 &&
        servedNow().every((u) => urls.has(u))
      );
    });
    served = servedNow();
  });

  it('is one complete record for the page', () => {
    expect(record.url).toBe(`${SHOP}/`);
    expect(record.site).toBe('shop.test');
    expect(record.tabId).toBe(tabId);
    expect(record.partial).toBe(false);
    expect(record.errors).toEqual([]);
    // Every request the server answered is in the record.
    const urls = new Set(record.requests.map((q) => q.url));
    expect(served.filter((u) => !urls.has(u))).toEqual([]);
    expect(served.length).toBeGreaterThan(3);
  });

  it.each(SHOP_COOKIES)('cookie $name: $party party, set by $setBy', (row) => {
    expectShopCookie(record, row);
  });

  it('Set-Cookie headers are read from webRequest without extraHeaders (the Firefox path)', () => {
    // setBy 'http' with the response URL comes only from the header; cookies.onChanged alone cannot name the request.
    for (const name of ['shop_session', 'adnet_uid']) expect(cookieNamed(record, name).setByUrl).toBeTruthy();
    expectShopCookieAttributes(record);
  });

  it('the server IP comes from details.ip (Firefox reports the proxy it talked to)', () => {
    const main = record.requests.find((q) => q.type === 'main_frame');
    expect(main?.ip).toBe('127.0.0.1');
    // ... and names that proxy (details.proxyInfo): every response the host-map proxy carried is marked proxied.
    const served = record.requests.filter((q) => q.ip !== undefined);
    expect(served.length).toBeGreaterThan(3);
    expect(served.filter((q) => q.proxied !== true).map((q) => q.url)).toEqual([]);
  });

  it.each(SHOP_STORAGE)('$kind write $key by $origin ($party party)', (row) => {
    expectShopStorage(record, row);
  });

  it('ties the tracker uid together: localStorage, first-party cookie and pixel cookie carry the same value', () => {
    expectTrackerUidTied(record);
  });

  it('the beacon is a third-party ping; the iframe is a third-party sub_frame with its own subresources', () => {
    shopBeacon(record);
    expectWidgetFrame(record);
  });
});

describe('Firefox: findings and popup for the page with real tracker hostnames', () => {
  let tabId: number;
  let record: PageRecord;
  beforeAll(async () => {
    ({ tabId } = await openTab(h, `${SHOP}/trackers.html`));
    record = await settledRecord(h, tabId, trackersPageSettled);
  });

  it('gives the same findings as the Chromium e2e test', () => {
    expectTrackersPageFindings(analyze(record, extensionKnowledge()));
  });

  it('the popup renders the verdict and companies in Firefox', async () => {
    const ctx = await openExtensionPage(h.ff, `popup.html?tab=${tabId}`);
    await expectTrackersPopup(async () => String(await evaluateIn(h.ff, ctx, 'document.body.innerText')), 20_000);
    const dir = screenshotDir();
    mkdirSync(dir, { recursive: true });
    const png = await screenshot(h.ff, ctx);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(path.join(dir, 'popup-firefox.png'), png);
    await closeContext(h.ff, ctx);
  });
});

describe('Firefox: which injection path autoconsent takes', () => {
  it('content-script senders carry documentId, so the background injects by documentIds (as in Chromium)', async () => {
    // Extension pages receive the content scripts' runtime messages too: the harness page sees the same sender objects.
    await evaluateInExtension(
      h.ff,
      '(globalThis.__senders = [], browser.runtime.onMessage.addListener((m, s) => { if (s.tab) globalThis.__senders.push({ doc: typeof s.documentId, frameId: s.frameId }); }), true)',
    );
    const { tabId } = await openTab(h, `${SHOP}/`);
    await settledRecord(h, tabId, (r) => r.cookies.length >= 5);
    const senders = (await evaluateInExtension(h.ff, 'globalThis.__senders')) as { doc: string; frameId: number }[];
    console.log(
      `test:firefox: ${senders.length} content-script messages, documentId types: ${[...new Set(senders.map((x) => x.doc))].join(', ')}`,
    );
    expect(senders.length).toBeGreaterThan(0);
    expect(
      senders.some((x) => x.frameId !== 0),
      "the iframe's content script wrote too",
    ).toBe(true);
    expect(senders.every((x) => x.doc === 'string')).toBe(true);
  });
});
