// "Reject/Accept all for me" on a banner no autoconsent rule knows clicks a button by its text. A worker stopped after
// asking for the click and before its reply (the page holds its thread in the click handler) must still record the
// visitor's choice: the frame reports its click again, and the restarted worker takes it from the stored answer.
import { describe, expect, it } from 'vitest';
import { sendToBackground, stopServiceWorker } from '../../cli/browser/index.ts';
import { ANSWER_KEY_PREFIX } from '../../entrypoints/background/automation-store.ts';
import { phaseOf } from '../../utils/record/phase.ts';
import { openTab, recordOf, servedSince, settledRecord, SHOP, useHarness } from './helpers.ts';

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

const h = useHarness();
const BUSY_MS = 4000;

const storedKeys = async (): Promise<string[]> => {
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  return Object.keys((await worker?.evaluate(() => chrome.storage.session.get(null))) ?? {});
};

describe.each(['reject', 'accept'] as const)(
  '"%s all for me" by button text, worker stopped before the reply',
  (action) => {
    it('the click is recorded as the choice, and later requests are after it', async () => {
      await h.context.clearCookies();
      const { page, tabId } = await openTab(h, `${SHOP}/auto/text-only.html?busy=${BUSY_MS}`);
      await page.waitForLoadState('load');
      const asked = Date.now();
      const reply = sendToBackground(h.context, h.extensionId, { type: 'consent-action', tabId, action }).catch(
        (e: unknown) => e,
      );
      // The page's click handler says it runs (a beacon), then holds its thread: the reply waits, the worker stops.
      const clicking = (): number => servedSince(h.server, asked, (e) => e.path.includes('mark=clicking')).length;
      await expect.poll(clicking, { timeout: 20_000 }).toBe(1);
      await stopServiceWorker(h.context);
      await reply;
      await page.waitForFunction(() => (document.body.dataset.clicked ?? '') !== '', null, { timeout: 20_000 });
      expect(await page.evaluate(() => document.body.dataset.clicked)).toBe(`${action}-all`);
      const record = await settledRecord(h, tabId, (r) => r.consent.choice !== null, 15_000).catch(() =>
        recordOf(h, tabId),
      );
      const choice = record?.consent.choice ?? null;
      expect(choice, JSON.stringify(record?.consent.automation)).toMatchObject({ action, source: 'automation' });
      expect(choice!.via).toBe(`button-text:${action === 'reject' ? 'Reject' : 'Accept'} all`);
      expect(choice!.at).toBeGreaterThanOrEqual(asked - 50);
      const done = record!.consent.automation.filter((a) => a.status === 'done');
      expect(done).toHaveLength(1);
      expect(done[0]!.detail).toMatch(/^button text fallback \(reported after a worker restart\)/);
      // A request the page sends now is after the choice.
      await page.evaluate(() => fetch('https://tracker.adnet.test/collect?after=text', { mode: 'no-cors' }));
      const later = await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url.includes('after=text')));
      const q = later.requests.find((x) => x.url.includes('after=text'))!;
      expect(phaseOf(q.t, later.consent.choice)).toBe(`after-${action}`);
      await expect.poll(storedKeys).not.toContainEqual(`${ANSWER_KEY_PREFIX}${tabId}`);
      await page.close();
    });
  },
);
