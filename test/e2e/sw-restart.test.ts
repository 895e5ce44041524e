// The record survives service-worker restarts: stop the extension's worker again and again while a page keeps writing,
// then compare the record with what the server served and what the page wrote.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import type { PageRecord } from '../../utils/record/record.ts';
import { stopServiceWorker } from '../../cli/browser/index.ts';
import { HELD_PREFIX } from '../../utils/record/held-cookies.ts';
import { logUrl, openTab, recordOf, servedSince, settledRecord, SHOP, useHarness } from './helpers.ts';

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

const TICKS = 60;
const STOPS = 5;
const STOP_EVERY_MS = 800;
const LIVE = /^\/api\/(live_\d+)$/;

const h = useHarness();
let cdp: CDPSession;
/** Running-status transitions of the extension's worker, as Chromium reports them */
const statuses: string[] = [];

beforeAll(async () => {
  const watcher = await h.context.newPage();
  cdp = await h.context.newCDPSession(watcher);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`) && statuses.at(-1) !== v.runningStatus)
        statuses.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
});

/** Names of everything the record holds, to check that a later record still has them. */
function names(r: PageRecord): { requests: string[]; cookies: string[]; storage: string[] } {
  return {
    requests: r.requests.map((q) => q.url),
    cookies: r.cookies.map((c) => `${c.name}|${c.domain}`),
    storage: r.storage.map((s) => `${s.kind}|${s.origin}|${s.key}`),
  };
}

const liveNames = (n: number): string[] => Array.from({ length: n }, (_, i) => `live_${i}`);

it('loses nothing when the service worker is stopped repeatedly during the page', async () => {
  const { page, tabId, since } = await openTab(h, `${SHOP}/live.html?n=${TICKS}`);
  const snapshots: PageRecord[] = [];
  for (let i = 0; i < STOPS; i++) {
    await sleep(STOP_EVERY_MS);
    const snap = await recordOf(h, tabId);
    if (snap) snapshots.push(snap);
    await stopServiceWorker(h.context);
  }
  await page.waitForSelector(`body[data-done="${TICKS}"]`, { timeout: 30_000 });
  // The page marks itself done right after it starts its last fetch, not when the server has it: wait for the server.
  const liveServed = (): string[] =>
    servedSince(h.server, since, (e) => LIVE.test(e.path)).map((e) => `${SHOP}${e.path}`);
  await expect.poll(() => liveServed().length, { timeout: 20_000 }).toBe(TICKS);
  const served = liveServed();
  const all = liveNames(TICKS);
  const complete = (r: PageRecord): boolean => {
    const urls = new Set(r.requests.map((q) => q.url));
    const cookies = new Set(r.cookies.map((c) => c.name));
    const keys = new Set(r.storage.filter((s) => s.kind === 'localStorage').map((s) => s.key));
    return served.every((u) => urls.has(u)) && all.every((n) => cookies.has(n) && keys.has(n));
  };
  const record = await settledRecord(h, tabId, complete, 20_000);

  // The worker really went down and came back, every time (the watcher's reports can trail the record's answer).
  await expect.poll(() => statuses.filter((s) => s === 'stopped').length).toBeGreaterThanOrEqual(STOPS);
  await expect.poll(() => statuses.at(-1)).toBe('running');
  expect(snapshots).toHaveLength(STOPS);

  // Still the same page record.
  expect(record.url).toBe(`${SHOP}/live.html?n=${TICKS}`);
  expect(record.startedAt).toBe(snapshots[0]?.startedAt);
  expect(record.requests.filter((q) => q.type === 'main_frame')).toHaveLength(1);

  // Every live request the server answered is in the record, once.
  expect(served).toHaveLength(TICKS);
  const urls = record.requests.map((q) => q.url);
  const missingRequests = served.filter((u) => !urls.includes(u));
  expect(missingRequests, 'served but not recorded').toEqual([]);
  for (const u of served)
    expect(
      urls.filter((x) => x === u),
      `recorded once: ${u} ${JSON.stringify(record.requests.filter((q) => q.url === u))} ${JSON.stringify(record.errors)}`,
    ).toHaveLength(1);

  // Every cookie write and localStorage write of the page is in the record.
  const cookieNames = new Set(record.cookies.map((c) => c.name));
  expect(
    all.filter((n) => !cookieNames.has(n)),
    'cookies written but not recorded',
  ).toEqual([]);
  for (const n of all) {
    const c = record.cookies.find((x) => x.name === n);
    expect(c, n).toMatchObject({
      party: 'first',
      setBy: 'script',
      domain: 'www.shop.test',
      value: n.slice('live_'.length),
    });
  }
  const stored = record.storage.filter((s) => s.kind === 'localStorage' && s.origin === SHOP);
  const keys = new Set(stored.map((s) => s.key));
  expect(
    all.filter((n) => !keys.has(n)),
    'localStorage writes not recorded',
  ).toEqual([]);
  expect(stored.every((s) => s.script === `${SHOP}/live.html?n=${TICKS}`)).toBe(true);
  // Each key was written once: a batch resent because its answer was lost at a stop is not counted again.
  expect(
    stored.filter((s) => s.writes !== 1).map((s) => `${s.key}: ${s.writes}`),
    'writes counted more than once',
  ).toEqual([]);

  // Nothing recorded before a stop is lost afterwards.
  const now = names(record);
  for (const [i, snap] of snapshots.entries()) {
    const then = names(snap);
    expect(
      then.requests.filter((u) => !now.requests.includes(u)),
      `requests lost after stop ${i + 1}`,
    ).toEqual([]);
    expect(
      then.cookies.filter((c) => !now.cookies.includes(c)),
      `cookies lost after stop ${i + 1}`,
    ).toEqual([]);
    expect(
      then.storage.filter((s) => !now.storage.includes(s)),
      `storage lost after stop ${i + 1}`,
    ).toEqual([]);
  }
  // A forced stop can drop webRequest events in flight (Chromium does not redeliver them): a request is then kept from
  // its response, or from the page's own Resource Timing, and the record says so. Those are the only notes allowed,
  // and only for a request the server served.
  const GAP =
    /^(request start not recorded, kept from its response|request seen only by the page's Resource Timing, its browser events were not received): /;
  const other = record.errors.filter((x) => !(x.where === 'request' && GAP.test(x.message)));
  expect(other, JSON.stringify(other)).toEqual([]);
  const servedAny = servedSince(h.server, since).map(logUrl);
  for (const x of record.errors.filter((y) => GAP.test(y.message))) {
    const url = x.message.replace(GAP, '');
    expect(
      servedAny.includes(url) || url === record.url,
      `orphan note for a request the server did not serve: ${url}`,
    ).toBe(true);
  }
  await page.close();
});

it('a cookie change held for its claim when the worker stops is placed by the restarted worker', async () => {
  const { page, tabId } = await openTab(h, `${SHOP}/`);
  await settledRecord(h, tabId, (r) => r.cookies.some((c) => c.name === '_ga' && c.confirmedBy.includes('browser')));
  // A write no tab claims (no response, no page report): the worker holds the change HOLD_MS for a claim, then gives it
  // to the site's tabs marked unrouted. The stop comes within the hold; the browser reports the change only once.
  const value = String(Date.now());
  await h.context.addCookies([{ name: 'held_probe', value, url: `${SHOP}/` }]);
  await sleep(400);
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  const stored = (await worker?.evaluate(() => chrome.storage.session.get(null))) ?? {};
  const heldBefore = Object.entries(stored).filter(([k, v]) => k.startsWith(HELD_PREFIX) && String(v).includes(value));
  await stopServiceWorker(h.context);
  const record = await settledRecord(h, tabId, (r) => r.cookies.some((c) => c.name === 'held_probe'), 10_000);
  const probe = record.cookies.find((c) => c.name === 'held_probe');
  expect(
    probe,
    `held_probe lost at the stop; cookies ${JSON.stringify(record.cookies.map((c) => c.name))}`,
  ).toMatchObject({ value, unrouted: true });
  expect(probe?.confirmedBy).toContain('browser');
  // The stop did come while the change was held (else this proves nothing): its key was in session storage.
  expect(heldBefore, JSON.stringify(Object.keys(stored))).toHaveLength(1);
  await page.close();
});
