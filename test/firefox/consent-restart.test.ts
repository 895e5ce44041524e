// In Firefox ESR: "Reject all for me" / "Accept all for me" answer the banner and split the record into phases, and the
// record survives the event page being stopped again and again while a page keeps writing.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Knowledge } from '../../utils/findings/index.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { getRecord, sendToBackground, terminateBackground } from '../../cli/browser/firefox.ts';
import { extensionKnowledge, servedSince, SHOP } from '../e2e/helpers.ts';
import { openTab, settledRecord, useFirefox } from './helpers.ts';

const h = useFirefox();
let knowledge: Knowledge;
beforeAll(() => {
  knowledge = extensionKnowledge();
});

describe.each(['reject', 'accept'] as const)('Firefox: "%s all for me" on the Complianz banner', (action) => {
  it('the extension clicks, the choice is recorded, later tracking is in the right phase', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/auto/complianz.html`);
    const asked = Date.now();
    const reply = (await sendToBackground(h.ff, { type: 'consent-action', tabId, action })) as {
      started: boolean;
      detail: string;
    };
    expect(reply.started, reply.detail).toBe(true);
    const record = await settledRecord(
      h,
      tabId,
      (r) =>
        r.consent.choice !== null ||
        r.consent.automation.some((x) => x.status === 'failed' || x.status === 'no-banner'),
    );
    const clicked = await page.evaluate(() => document.body.dataset.clicked ?? '');
    expect(clicked).toMatch(action === 'reject' ? /deny/ : /accept/);
    const choice = record.consent.choice;
    expect(choice, JSON.stringify(record.consent.automation)).toMatchObject({ action, source: 'automation' });
    expect(choice!.via).toMatch(/^autoconsent:/);
    expect(choice!.at).toBeGreaterThanOrEqual(asked - 50);
    const later = await settledRecord(
      h,
      tabId,
      (r) => r.requests.some((q) => q.t > choice!.at && q.type !== 'main_frame'),
      5_000,
    ).catch(() => record);
    const a = analyze(later, knowledge);
    const phases = new Set(a.requests.map((q) => q.phase));
    expect(phases.has('before-choice')).toBe(true);
    for (const q of a.requests.filter((x) => x.t > choice!.at)) expect(q.phase).toBe(`after-${action}`);
    await page.close();
  });
});

describe('Firefox: the event page is stopped during the page', () => {
  const TICKS = 40;
  const LIVE = /^\/api\/(live_\d+)$/;

  it('loses nothing when the background is terminated repeatedly mid-load', async () => {
    const { page, tabId, since } = await openTab(h, `${SHOP}/live.html?n=${TICKS}`);
    let stops = 0;
    for (let i = 0; i < 5; i++) {
      await sleep(500);
      if (await terminateBackground(h.ff)) stops++;
    }
    expect(stops, 'Firefox reported the background stopped').toBeGreaterThanOrEqual(1);
    await page.waitForSelector(`body[data-done="${TICKS}"]`, { timeout: 30_000 });
    const served = servedSince(h.server, since, (e) => LIVE.test(e.path)).map((e) => `${SHOP}${e.path}`);
    const names = Array.from({ length: TICKS }, (_, i) => `live_${i}`);
    const complete = (r: PageRecord): boolean => {
      const urls = new Set(r.requests.map((q) => q.url));
      const cookies = new Set(r.cookies.map((c) => c.name));
      const keys = new Set(r.storage.filter((s) => s.kind === 'localStorage').map((s) => s.key));
      return served.every((u) => urls.has(u)) && names.every((n) => cookies.has(n) && keys.has(n));
    };
    const record = await settledRecord(h, tabId, complete, 20_000);
    const urls = new Set(record.requests.map((q) => q.url));
    expect(served).toHaveLength(TICKS);
    expect(served.filter((u) => !urls.has(u))).toEqual([]);
    expect(names.filter((n) => !record.cookies.some((c) => c.name === n))).toEqual([]);
    expect(names.filter((n) => !record.storage.some((s) => s.kind === 'localStorage' && s.key === n))).toEqual([]);
    expect(record.partial).toBe(false);
    // Still the same record after one more stop: it was restored from storage.session, not rebuilt empty.
    await terminateBackground(h.ff);
    const again = await getRecord(h.ff, tabId);
    expect(again?.requests.length).toBe(record.requests.length);
    await page.close();
  });
});
