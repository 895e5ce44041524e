// The demo shop audited in a real Firefox ESR with the release build: cookies, storage, beacons, iframes, findings, popup.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import type { CookieEntry, PageRecord } from '../../utils/record/record.ts';
import {
  closeContext,
  evaluateIn,
  evaluateInExtension,
  openExtensionPage,
  screenshot,
} from '../../cli/browser/firefox.ts';
import { extensionKnowledge, logUrl, screenshotDir, servedSince, SHOP } from '../e2e/helpers.ts';
import { openTab, settledRecord, useFirefox } from './helpers.ts';

const T_JS = 'https://tracker.adnet.test/t.js';
const WIDGET_JS = 'https://widget.embed.test/widget.js';
const COOKIE_NAMES = ['shop_session', 'shop_pref', '_adnet_id', 'adnet_uid', 'widget_seen'];

const h = useFirefox();

function cookie(record: PageRecord, name: string): CookieEntry {
  const found = record.cookies.filter((c) => c.name === name);
  expect(found, `cookie ${name} recorded exactly once`).toHaveLength(1);
  return found[0]!;
}

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
      // Each cookie also confirmed by cookies.onChanged: with other tabs of the site open, a change can wait up to 2 s for
      // the response or page report that claims it for this tab (utils/record/cookie-router.ts) before it arrives.
      const confirmed = (n: string): boolean =>
        r.cookies.some((c) => c.name === n && c.confirmedBy.includes('browser'));
      return COOKIE_NAMES.every(confirmed) && r.storage.length >= 3 && servedNow().every((u) => urls.has(u));
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

  it.each([
    {
      name: 'shop_session',
      party: 'first',
      setBy: 'http',
      domain: 'www.shop.test',
      script: undefined,
      setByUrl: `${SHOP}/`,
    },
    {
      name: 'shop_pref',
      party: 'first',
      setBy: 'script',
      domain: 'www.shop.test',
      script: undefined,
      setByUrl: undefined,
    },
    { name: '_adnet_id', party: 'first', setBy: 'script', domain: 'shop.test', script: T_JS, setByUrl: undefined },
    {
      name: 'adnet_uid',
      party: 'third',
      setBy: 'http',
      domain: 'tracker.adnet.test',
      script: undefined,
      setByUrl: 'https://tracker.adnet.test/pixel.gif?uid=',
    },
    {
      name: 'widget_seen',
      party: 'third',
      setBy: 'script',
      domain: 'widget.embed.test',
      script: WIDGET_JS,
      setByUrl: undefined,
    },
  ])('cookie $name: $party party, set by $setBy', ({ name, party, setBy, domain, script, setByUrl }) => {
    const c = cookie(record, name);
    expect(c).toMatchObject({ party, setBy, domain, removed: false });
    expect(c.confirmedBy, 'cookies.onChanged confirmed it').toContain('browser');
    if (script) expect(c.script).toBe(script);
    if (setByUrl) expect(c.setByUrl?.startsWith(setByUrl), `${c.setByUrl} starts with ${setByUrl}`).toBe(true);
  });

  it('Set-Cookie headers are read from webRequest without extraHeaders (the Firefox path)', () => {
    // setBy 'http' with the response URL comes only from the header; cookies.onChanged alone cannot name the request.
    for (const name of ['shop_session', 'adnet_uid']) expect(cookie(record, name).setByUrl).toBeTruthy();
    expect(cookie(record, 'shop_session')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'lax' });
    expect(cookie(record, 'widget_seen').frameUrl).toBe('https://widget.embed.test/frame.html');
  });

  it('the server IP comes from details.ip (Firefox reports the proxy it talked to)', () => {
    const main = record.requests.find((q) => q.type === 'main_frame');
    expect(main?.ip).toBe('127.0.0.1');
  });

  it('storage writes: localStorage, sessionStorage in the iframe, IndexedDB', () => {
    const keys = record.storage.map((s) => `${s.kind}|${s.key}`);
    expect(keys).toEqual(
      expect.arrayContaining(['localStorage|adnet_uid', 'sessionStorage|widget_state', 'indexedDB|widget-db']),
    );
    const ls = record.storage.find((s) => s.kind === 'localStorage' && s.key === 'adnet_uid');
    expect(ls?.value).toMatch(/^u[0-9a-z]+$/);
    expect(cookie(record, '_adnet_id').value).toBe(ls?.value);
    expect(cookie(record, 'adnet_uid').value).toBe(ls?.value);
  });

  it('the beacon is a third-party ping; the iframe is a third-party sub_frame with its own subresources', () => {
    const beacons = record.requests.filter((r) => r.url === 'https://tracker.adnet.test/beacon');
    expect(beacons, JSON.stringify(beacons)).toHaveLength(1);
    expect(['ping', 'beacon']).toContain(beacons[0]?.type);
    expect(beacons[0]?.party).toBe('third');
    const frame = record.requests.find((r) => r.url === 'https://widget.embed.test/frame.html');
    expect(frame).toMatchObject({ type: 'sub_frame', party: 'third', site: 'embed.test', status: 200 });
    expect(frame?.frameId).not.toBe(0);
    const js = record.requests.find((r) => r.url === WIDGET_JS);
    expect(js).toMatchObject({ type: 'script', party: 'third', frameId: frame?.frameId });
  });
});

describe('Firefox: findings and popup for the page with real tracker hostnames', () => {
  let tabId: number;
  let record: PageRecord;
  beforeAll(async () => {
    ({ tabId } = await openTab(h, `${SHOP}/trackers.html`));
    record = await settledRecord(
      h,
      tabId,
      (r) =>
        r.requests.some((q) => q.host === 'www.google-analytics.com') &&
        r.requests.some((q) => q.host === 'www.facebook.com') &&
        r.requests.some((q) => q.host === 'fonts.gstatic.com') &&
        r.forms.length > 0,
    );
  });

  it('gives the same findings as the Chromium e2e test', () => {
    const analysis = analyze(record, extensionKnowledge());
    const byRule = (rule: string) => analysis.findings.filter((f) => f.rule === rule);
    expect(byRule('tracking-request-before-choice').map((f) => f.subject.host)).toEqual(
      expect.arrayContaining(['www.google-analytics.com', 'www.facebook.com']),
    );
    const embeds = byRule('embed-before-consent')
      .map((f) => f.title)
      .join(' | ');
    expect(embeds).toMatch(/Google Fonts/);
    expect(embeds).toMatch(/YouTube/);
    expect(byRule('prechecked-consent-checkbox')).toHaveLength(1);
    expect(byRule('no-consent-manager')).toHaveLength(1);
    expect(analysis.summary.verdict).toBe('violations');
  });

  it('the popup renders the verdict and companies in Firefox', async () => {
    const ctx = await openExtensionPage(h.ff, `popup.html?tab=${tabId}`);
    const deadline = Date.now() + 20_000;
    let text = '';
    while (Date.now() < deadline) {
      text = String(await evaluateIn(h.ff, ctx, 'document.body.innerText'));
      if (/\d+ violations?/.test(text) && text.includes('Google Ireland Limited')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(text).toMatch(/Google Analytics/);
    expect(text).toMatch(/Google Ireland Limited\n[^]*?Company\nIE EU\/EEA/);
    expect(text).toMatch(/VIOLATION/);
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
