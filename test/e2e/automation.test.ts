// Issue 3, "Reject all for me" / "Accept all for me": autoconsent rules and the labelled button-text fallback
// answer real banners, the click really happens, and the record holds the moment and the way of the choice.
import { describe, expect, it } from 'vitest';
import { sendToBackground } from '../../cli/browser/index.ts';
import type { PageRecord, RequestEntry } from '../../utils/record/page-record.ts';
import { openTab, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const BANNERS = [
  { page: 'complianz', via: /^autoconsent:/, clicked: { reject: /deny/, accept: /accept/ } },
  { page: 'cookiebot', via: /^autoconsent:/, clicked: { reject: /decline|deny|reject/i, accept: /accept|allow/i } },
  { page: 'custom-de', via: /^button-text:/, clicked: { reject: /ablehnen|reject/i, accept: /akzeptieren|accept/i } },
] as const;

async function answer(page: string, action: 'reject' | 'accept') {
  await h.context.clearCookies();
  const { page: tab, tabId } = await openTab(h, `${SHOP}/auto/${page}.html`);
  await tab.waitForLoadState('load');
  const asked = Date.now();
  const reply = (await sendToBackground(h.context, h.extensionId, { type: 'consent-action', tabId, action })) as {
    started: boolean;
    detail: string;
  };
  const record = await settledRecord(
    h,
    tabId,
    (r) =>
      r.consent.choice !== null || r.consent.automation.some((x) => x.status === 'failed' || x.status === 'no-banner'),
    15_000,
  );
  const clicked = await tab.evaluate(() => document.body.dataset.clicked ?? '');
  await tab.close();
  return { reply, record, clicked, asked };
}

describe.each(BANNERS)('banner $page', ({ page, via, clicked }) => {
  it.each(['reject', 'accept'] as const)(
    '%s: answered by the extension, the click happens, the choice is recorded',
    async (action) => {
      const { reply, record, clicked: seen, asked } = await answer(page, action);
      expect(reply.started, reply.detail).toBe(true);
      expect(seen).toMatch(clicked[action]);
      const choice = record.consent.choice;
      expect(choice, JSON.stringify(record.consent.automation)).toMatchObject({ action, source: 'automation' });
      expect(choice!.via).toMatch(via);
      expect(choice!.at).toBeGreaterThanOrEqual(asked - 50);
    },
  );
});

describe('a banner no autoconsent rule knows', () => {
  it.each(['reject', 'accept'] as const)(
    '%s: answered by its text once autoconsent had its look, not after a 3 s wait',
    async (action) => {
      await h.context.clearCookies();
      const { page: tab, tabId } = await openTab(h, `${SHOP}/auto/text-only.html`);
      await tab.waitForLoadState('load');
      await sendToBackground(h.context, h.extensionId, { type: 'consent-action', tabId, action });
      const mark = (r: PageRecord): RequestEntry | undefined => r.requests.find((q) => q.url.includes('mark=banner'));
      // The record with the choice and the marker request the page sends 3 s after showing its banner.
      const record = await settledRecord(h, tabId, (r) => r.consent.choice !== null && mark(r) !== undefined);
      expect(await tab.evaluate(() => document.body.dataset.clicked ?? '')).toBe(`${action}-all`);
      await tab.close();
      const choice = record.consent.choice;
      expect(choice).toMatchObject({ action, source: 'automation', via: `button-text:${cap(action)} all` });
      const done = record.consent.automation.find((a) => a.status === 'done');
      expect(done?.detail).toMatch(
        /^button text fallback \(no autoconsent rule matched the banner on its first look\)/,
      );
      expect(done?.t).toBe(choice!.at);
      const shown = record.storage.find((e) => e.key === 'banner_shown');
      expect(shown, 'the page recorded when its banner showed').toBeDefined();
      // Event order and times in the record: the click came before the old 3 s point after the banner showed.
      expect(choice!.at).toBeGreaterThanOrEqual(shown!.t);
      expect(choice!.at).toBeLessThan(shown!.t + 3000);
      expect(choice!.at).toBeLessThan(mark(record)!.t);
    },
  );
});

describe('a page without a banner', () => {
  it('is reported as not answered, with the reason, and nothing is clicked', async () => {
    const { record, clicked } = await answer('plain', 'reject');
    expect(clicked).toBe('');
    expect(record.consent.choice).toBeNull();
    const last = record.consent.automation.at(-1);
    expect(last?.status).toBe('no-banner');
    expect(last?.detail ?? '').not.toBe('');
  });
});

describe('the banner is left alone until asked', () => {
  it('autoconsent starts in a frame only after its load event: it costs the loading page nothing', async () => {
    await h.context.clearCookies();
    const { page: tab, tabId } = await openTab(h, `${SHOP}/auto/complianz.html?slow=1500`);
    await tab.waitForLoadState('load');
    const loadEnd = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.timeOrigin + nav.loadEventEnd;
    });
    const record = await settledRecord(h, tabId, (r) => r.consent.automation.some((a) => a.status === 'cmp-detected'));
    const detected = record.consent.automation.find((a) => a.status === 'cmp-detected');
    expect(detected?.cmp).toBeTruthy();
    expect(record.startedAt + 1400).toBeLessThan(loadEnd); // the slow image did hold the load back
    expect(detected?.t).toBeGreaterThanOrEqual(loadEnd);
    await tab.close();
  });

  it('loading a page with a known banner clicks nothing and records no choice', async () => {
    await h.context.clearCookies();
    const { page: tab, tabId } = await openTab(h, `${SHOP}/auto/complianz.html`);
    await tab.waitForTimeout(2500);
    const record = await settledRecord(h, tabId, (r) => r.consent.automation.length > 0);
    expect(await tab.evaluate(() => document.body.dataset.clicked ?? '')).toBe('');
    expect(record.consent.choice).toBeNull();
    expect(record.consent.automation.map((a) => a.status)).toContain('cmp-detected');
    await tab.close();
  });
});
