// A cookie change the worker cannot route by its site because tldts fails to load (Chrome imports it at the first new
// host after a wake, utils/.../tldts-lazy.ts) is still recorded, with a note, not lost with an unhandled rejection.
import { expect, it } from 'vitest';
import { stopServiceWorker } from '../../cli/browser/index.ts';
import { openTab, recordOf, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();

it('an unclaimed cookie change while tldts cannot load goes to the tab that loaded its domain, with a note', async () => {
  const { tabId } = await openTab(h, `${SHOP}/index.html`);
  await settledRecord(h, tabId, (r) => r.requests.some((q) => q.host === 'tracker.adnet.test'));
  // The woken worker restores the tab from its stored hosts, without tldts (test/e2e/sw-wake-new-site.test.ts).
  await stopServiceWorker(h.context);
  await recordOf(h, tabId);
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  if (!worker) throw new Error('no extension worker running');
  // Its import of the tldts script fails from now on, as it does when the script cannot be loaded.
  const blocked = await worker.evaluate(() => {
    if ('consentAuditorTldts' in globalThis) return false;
    (globalThis as { importScripts: unknown }).importScripts = () => {
      throw new Error('the test blocks importScripts');
    };
    return true;
  });
  expect(blocked).toBe(true);
  // No tab claims it (no response or page wrote it): its tabs are found by its site, which needs tldts.
  await h.context.addCookies([{ name: 'orphan', value: '1', domain: '.cdn.shop.test', path: '/', secure: true }]);
  const r = await settledRecord(h, tabId, (rec) => rec.cookies.some((c) => c.name === 'orphan'));
  expect(r.cookies.find((c) => c.name === 'orphan')).toMatchObject({ domain: 'cdn.shop.test', unrouted: true });
  const note = r.errors.find((e) => e.where === 'cookies');
  expect(note?.message).toContain("cookie change 'orphan' (.cdn.shop.test)");
  expect(note?.message).toContain('the test blocks importScripts');
});
