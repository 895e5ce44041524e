// A woken worker restores its tabs without tldts's suffix table (the hosts seen before are stored with the state); a
// site it has not seen yet must still be classified exactly, which loads tldts after the wake (in Chrome from its own
// script, entrypoints/tldts.ts, imported by the install handler and again on first use). The same for @iabtcf/core
// (entrypoints/iabtcf.ts): a TC string first met after a wake is decoded; and every lazy script may be imported then. The
// form test's engine (entrypoints/form-test-engine.ts) is not loaded by a wake nor by a page: only a test loads it; nor
// is the popup's first screen (entrypoints/first-screen.ts): only a popup's connect loads it.
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { stopServiceWorker } from '../../cli/browser/index.ts';
import { openTab, recordOf, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();

/** Whether the running worker has loaded a lazy script's library (entrypoints/background/lazy-scripts.ts). */
const loaded = async (name: string): Promise<boolean> => {
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  if (!worker) throw new Error('no extension worker running');
  return worker.evaluate((n) => n in globalThis, name);
};
const tldtsLoaded = (): Promise<boolean> => loaded('consentAuditorTldts');

it('classifies a site first seen after a wake, and restores it without the table after the next', async () => {
  await stopServiceWorker(h.context);
  const { tabId } = await openTab(h, `${SHOP}/index.html`);
  const hosts = (r: { requests: Array<{ host: string }> }) => new Set(r.requests.map((q) => q.host));
  const record = await settledRecord(h, tabId, (r) =>
    ['tracker.adnet.test', 'cdn.shop.test'].every((x) => hosts(r).has(x)),
  );
  // Loaded in the woken worker (the stop ended the one before): these hosts were new to it.
  expect(await tldtsLoaded()).toBe(true);
  expect(record.site).toBe('shop.test');
  const party = (host: string) => record.requests.find((q) => q.host === host);
  expect(party('www.shop.test')).toMatchObject({ site: 'shop.test', party: 'first' });
  expect(party('cdn.shop.test')).toMatchObject({ site: 'shop.test', party: 'first' });
  expect(party('tracker.adnet.test')).toMatchObject({ site: 'adnet.test', party: 'third' });

  // Once the page is quiet (its frame loaded too), what the next wake restores is what was recorded, in order.
  await settledRecord(h, tabId, (r) => hosts(r).has('widget.embed.test'));
  await sleep(500);
  const before = await recordOf(h, tabId);
  await stopServiceWorker(h.context);
  const restored = await recordOf(h, tabId);
  expect(restored?.requests.slice(0, before?.requests.length)).toEqual(before?.requests);
  expect(restored?.cookies.slice(0, before?.cookies.length)).toEqual(before?.cookies);
  // Restored from the stored hosts: the woken worker did not need the table.
  expect(await tldtsLoaded()).toBe(false);
  expect(await loaded('consentAuditorFormTest')).toBe(false);
  expect(await loaded('consentAuditorFirstScreen')).toBe(false);
});

it('decodes a TC string first met after a wake, loading @iabtcf/core only then', async () => {
  await stopServiceWorker(h.context);
  const { page, tabId } = await openTab(h, `${SHOP}/consent/tcf.html`);
  await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url.includes('uid=pre-')));
  // The page's CMP has answered nothing yet (its banner is shown): nothing to decode, nothing loaded.
  expect(await loaded('consentAuditorIabtcf')).toBe(false);
  await page.click('#reject');
  // A reject read from the TC string (cookie or __tcfapi answer): no purpose consent in it, which only decoding shows.
  const record = await settledRecord(h, tabId, (r) => r.consent.choice !== null);
  expect(record.consent.choice?.action).toBe('reject');
  expect(await loaded('consentAuditorIabtcf')).toBe(true);
});

it("loads the popup's first screen in a woken worker only when a popup connects, and the popup shows the page", async () => {
  await stopServiceWorker(h.context);
  const { page, tabId } = await openTab(h, `${SHOP}/index.html`);
  await settledRecord(h, tabId, (r) => r.requests.some((q) => q.host === 'tracker.adnet.test'));
  expect(await loaded('consentAuditorFirstScreen')).toBe(false);
  const popup = await h.context.newPage();
  try {
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(async () => (await popup.textContent('body'))?.includes('tracker.adnet.test')).toBe(true);
    expect(await loaded('consentAuditorFirstScreen')).toBe(true);
  } finally {
    await popup.close();
    await page.close();
  }
});

it('a woken worker may import every lazy script (each was imported at install, as Chrome requires)', async () => {
  await stopServiceWorker(h.context);
  await openTab(h, `${SHOP}/index.html`);
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  if (!worker) throw new Error('no extension worker running');
  const imported = await worker.evaluate(() => {
    const load = (globalThis as unknown as { importScripts: (url: string) => void }).importScripts;
    const g = globalThis as Record<string, unknown>;
    load('/tldts.js');
    load('/iabtcf.js');
    load('/autoconsent-snippets.js');
    load('/form-test-engine.js');
    load('/first-screen.js');
    const names = [
      'consentAuditorTldts',
      'consentAuditorIabtcf',
      'consentAuditorEvalSnippets',
      'consentAuditorFormTest',
      'consentAuditorFirstScreen',
    ];
    return names.filter((n) => g[n]);
  });
  expect(imported).toEqual([
    'consentAuditorTldts',
    'consentAuditorIabtcf',
    'consentAuditorEvalSnippets',
    'consentAuditorFormTest',
    'consentAuditorFirstScreen',
  ]);
});
