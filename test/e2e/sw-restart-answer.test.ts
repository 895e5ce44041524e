// "Reject/Accept all for me" asks autoconsent to answer, and autoconsent reports "done" when its rule has clicked. A
// worker stopped in between (a crash, a forced stop, the idle stop) must still record the visitor's choice at the
// moment it was asked: otherwise everything after it counts as before the choice (false violations after an accept).
import { describe, expect, it } from 'vitest';
import { sendToBackground, stopServiceWorker } from '../../cli/browser/index.ts';
import { ANSWER_KEY_PREFIX } from '../../entrypoints/background/automation-store.ts';
import { phaseOf } from '../../utils/record/phase.ts';
import { openTab, recordOf, settledRecord, SHOP, useHarness } from './helpers.ts';

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
declare const window: { releaseButtons(): void };

const h = useHarness();

const storedKeys = async (): Promise<string[]> => {
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  return Object.keys((await worker?.evaluate(() => chrome.storage.session.get(null))) ?? {});
};

describe.each(['reject', 'accept'] as const)('"%s all for me", worker stopped before autoconsent is done', (action) => {
  it('the choice is recorded at the moment asked, and later requests are after it', async () => {
    await h.context.clearCookies();
    // The banner's buttons come only when the test releases them: autoconsent's rule waits for them.
    const { page, tabId } = await openTab(h, `${SHOP}/auto/complianz.html?held`);
    await settledRecord(h, tabId, (r) => r.consent.automation.some((a) => a.status === 'popup-found'));
    const asked = Date.now();
    // The call returns only once autoconsent has run its rule (the content script's answer to optOut/optIn): the
    // worker is stopped while it waits, right after the record says autoconsent was asked.
    const reply = sendToBackground(h.context, h.extensionId, { type: 'consent-action', tabId, action }).catch(
      (e: unknown) => e,
    );
    await settledRecord(h, tabId, (r) => r.consent.automation.some((a) => a.status === 'started'));
    expect(await storedKeys()).toContain(`${ANSWER_KEY_PREFIX}${tabId}`);
    await stopServiceWorker(h.context);
    expect(await page.evaluate(() => document.body.dataset.clicked ?? '')).toBe('');
    await page.evaluate(() => window.releaseButtons());
    await reply;
    await page.waitForFunction(() => (document.body.dataset.clicked ?? '') !== '');
    const record = await settledRecord(h, tabId, (r) => r.consent.choice !== null, 10_000).catch(() =>
      recordOf(h, tabId),
    );
    const choice = record?.consent.choice ?? null;
    expect(choice, JSON.stringify(record?.consent.automation)).toMatchObject({ action, source: 'automation' });
    expect(choice!.via).toBe('autoconsent:Complianz banner');
    expect(choice!.at).toBeGreaterThanOrEqual(asked - 50);
    // A request the page sends now is after the choice.
    await page.evaluate(() => fetch('https://tracker.adnet.test/collect?after=1', { mode: 'no-cors' }));
    const later = await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url.includes('after=1')));
    const q = later.requests.find((x) => x.url.includes('after=1'))!;
    expect(phaseOf(q.t, later.consent.choice)).toBe(`after-${action}`);
    // Recorded once (the reject's self-test adds a 'done' of its own).
    const done = later.consent.automation.filter(
      (a) => a.status === 'done' && (a.detail ?? '').startsWith('autoconsent rule'),
    );
    expect(done).toHaveLength(1);
    // Done: the stored answer is gone.
    await expect.poll(storedKeys).not.toContainEqual(`${ANSWER_KEY_PREFIX}${tabId}`);
    await page.close();
  });
});
