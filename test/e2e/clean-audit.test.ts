// Issue 3, "Start clean audit": an accept stored on an earlier visit is reported and no longer hides the
// before-choice phase after the clean reload.
import { describe, expect, it } from 'vitest';
import { sendToBackground } from '../../cli/browser/index.ts';
import { openTab, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();

describe('Start clean audit', () => {
  it('clears the stored accept, says it found it, and the reloaded page starts before the choice', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/consent/onetrust.html`);
    await settledRecord(h, tabId, (r) => r.requests.some((q) => q.url.includes('uid=pre-')));
    await page.click('#accept');
    await page.waitForFunction(() => document.body.dataset.after === 'accept');
    const names = async () => (await h.context.cookies()).map((c) => c.name);
    expect(await names()).toEqual(
      expect.arrayContaining(['OptanonAlertBoxClosed', 'OptanonConsent', 'adnet_uid', '_ga']),
    );

    // A plain reload: the stored answer hides the banner, nothing is asked before tracking.
    await page.reload();
    expect(await page.isHidden('#banner')).toBe(true);

    const answer = (await sendToBackground(h.context, h.extensionId, { type: 'clean-audit', tabId })) as {
      cleared: boolean;
      clearedCookies: number;
      storedConsent: string[];
      detail: string;
    };
    expect(answer.cleared).toBe(true);
    expect(answer.storedConsent).toEqual(
      expect.arrayContaining(['OptanonAlertBoxClosed (www.shop.test)', 'OptanonConsent (www.shop.test)']),
    );
    expect(answer.clearedCookies).toBeGreaterThanOrEqual(4);

    // Wait for the pixel's cookie too: the request is recorded before its response sets the cookie.
    const r = await settledRecord(
      h,
      tabId,
      (rec) =>
        rec.consent.clean !== null &&
        rec.requests.some((q) => q.url.includes('uid=pre-')) &&
        rec.cookies.some((c) => c.name === 'adnet_uid'),
    );
    expect(r.consent.clean!.storedConsent).toEqual(answer.storedConsent);
    expect(r.consent.choice).toBeNull();
    await page.waitForLoadState('load');
    expect(await page.isVisible('#banner')).toBe(true);
    // Third-party cookies of the last load are gone too, and come back only through this load.
    const adnet = r.cookies.find((c) => c.name === 'adnet_uid');
    expect(adnet?.t).toBeGreaterThanOrEqual(r.startedAt);
    expect(await names()).not.toContain('OptanonAlertBoxClosed');
    expect(await names()).not.toContain('_ga');
  });
});
