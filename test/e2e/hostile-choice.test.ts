// Issue 15.1, "the page decides the moment of choice": a CMP that reports "useractioncomplete" at load and an ad frame
// that reports a reject must not set the visitor's choice; only a trusted gesture followed by the signal does.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import { openTab, settledRecord, SHOP, extensionKnowledge, useHarness } from './helpers.ts';

const h = useHarness();
const knowledge = extensionKnowledge();

describe('hostile page: the page decides the moment of choice', () => {
  it('a load-time "useractioncomplete" and a frame\'s reject are claims; the tracking stays before choice', async () => {
    await h.context.clearCookies();
    const { page, tabId } = await openTab(h, `${SHOP}/hostile/choice.html`);
    const r = await settledRecord(
      h,
      tabId,
      (rec) =>
        rec.requests.some((q) => q.url.includes('cid=choice-preload')) &&
        (rec.consent.unconfirmed ?? []).some((u) => u.reason === 'not-top-frame') &&
        (rec.consent.unconfirmed ?? []).some((u) => u.reason === 'no-gesture'),
    );
    expect(r.consent.choice, JSON.stringify(r.consent)).toBeNull();
    expect(r.consent.unconfirmed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'accept', reason: 'no-gesture' }),
        expect.objectContaining({ action: 'reject', reason: 'not-top-frame' }),
      ]),
    );
    const a = analyze(r, knowledge);
    expect(a.requests.find((q) => q.url.includes('cid=choice-preload'))?.phase).toBe('before-choice');
    const rules = a.findings.map((f) => f.rule);
    expect(rules).toContain('tracking-request-before-choice');
    expect(rules).toContain('consent-signal-before-action');

    // The visitor's real click (a trusted input event) followed by the CMP's signal is the choice.
    const clickedAt = Date.now();
    await page.click('#reject');
    await page.waitForFunction(() => document.body.dataset.answered === '1');
    const after = await settledRecord(h, tabId, (rec) => rec.consent.choice !== null);
    expect(after.consent.choice).toMatchObject({ action: 'reject', source: 'signal' });
    expect(after.consent.choice!.at).toBeGreaterThanOrEqual(clickedAt - 50);
    expect(after.consent.gestureAt).toBeGreaterThanOrEqual(clickedAt - 50);
    await page.close();
  });
});
