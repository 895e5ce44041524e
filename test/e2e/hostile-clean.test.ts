// Issue 15.9: "Start clean audit" clears the audited site and hosts that stored something during this load, not a site
// the page merely loaded a resource from (the visitor's webmail session survives). A page that refuses the reload gets
// no clean start, now or at a later load, and the popup is told.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sendToBackground } from '../../cli/browser/index.ts';
import { openTab, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();
/** The page of the attempt that is running; a retry closes the one a stalled attempt left open. */
let open: Page | null = null;
/** When each step of the running attempt began: printed when it fails or times out, so a stall says where it was. */
let steps: string[] = [];
let t0 = Date.now();
const step = (what: string): void => void steps.push(`${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);
/**
 * Closing the tab is clean-up, not what the test asserts. In the session-10 final run, after every assertion had
 * passed, Playwright's page.close() on this tab never returned. Cause (session 11): Chromium acknowledges the
 * Target.closeTarget that page.close() sends and drops it when it races the commit of a navigation, here the clean
 * audit's reload, and Playwright (1.65.1: one closeTarget, no retry) waits for the target's end forever: crbug.com/
 * 536385539, microsoft/playwright#42366 (fix PRs #41912, #42367 closed unmerged). Measured on Chromium 156: the tab
 * closed as soon as the record showed the clean start hung in 3 of 12 and 4 of 12 runs; after the reload's load event,
 * 0 of 24. Not the product's: closed with tabs.remove (the browser's tab close, not DevTools') at that same moment, 12 of
 * 12 closed (under 0.9 s); the page has no beforeunload and the extension attaches no debugger. The test now closes
 * after the reload's load event; the bound stays, and a close that still hangs is reported on stderr.
 */
async function closeWithin(page: Page | null, ms = 10_000): Promise<void> {
  if (!page) return;
  const closed = await Promise.race([
    page.close().then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), ms)),
  ]);
  if (!closed)
    console.error(`hostile-clean: page.close() still pending after ${ms} ms; steps so far:\n${steps.join('\n')}`);
}
afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail')
    console.error(`${ctx.task.name}: steps of the failed attempt\n${steps.join('\n')}`);
  steps = [];
  t0 = Date.now();
});

interface CleanAnswer {
  cleared: boolean;
  detail: string;
}

describe('hostile page: clean audit scope', () => {
  // Now and then (2 of about 6 full runs in session 8, never alone) an attempt stalled until the 60 s timeout: a stall
  // retries, a wrong result fails every attempt. Each attempt first closes the tab a stalled one left open: a clean
  // audit still pending for that tab would otherwise run its plan later, with the retry's own cookie writes in it.
  it(
    'keeps the session cookie of a site the page only loaded an image from',
    { retry: 2, timeout: 60_000 },
    async () => {
      step('close the tab of an earlier attempt');
      await closeWithin(open);
      open = null;
      step('set the webmail cookie');
      await h.context.clearCookies();
      await h.context.addCookies([
        {
          name: 'webmail_session',
          value: 's3cret',
          domain: 'widget.embed.test',
          path: '/',
          secure: true,
          sameSite: 'Lax',
        },
      ]);
      step('open the page');
      const { page, tabId } = await openTab(h, `${SHOP}/hostile/clean.html`);
      open = page;
      step('wait for its image and cookie in the record');
      await settledRecord(
        h,
        tabId,
        (r) => r.requests.some((q) => q.host === 'widget.embed.test') && r.cookies.some((c) => c.name === 'shop_pref'),
      );
      step('clean audit');
      // The reload's load event: the tab is closed after its navigation committed (see closeWithin).
      const reloaded = page.waitForEvent('load', { timeout: 20_000 }).catch(() => null);
      const answer = (await sendToBackground(h.context, h.extensionId, { type: 'clean-audit', tabId })) as CleanAnswer;
      expect(answer.cleared, answer.detail).toBe(true);
      step('wait for the clean start in the record');
      await settledRecord(h, tabId, (r) => r.consent.clean !== null);
      step('read the cookie jar');
      const jar = await h.context.cookies();
      expect(jar.find((c) => c.name === 'webmail_session')?.value).toBe('s3cret');
      // The audited site's own cookie was cleared (the reload may write it again, later than the clean start).
      step('read the record');
      const r = await settledRecord(h, tabId, (rec) => rec.consent.clean !== null);
      const pref = r.cookies.find((c) => c.name === 'shop_pref');
      if (pref) expect(pref.t).toBeGreaterThanOrEqual(r.consent.clean!.at);
      expect(r.consent.clean!.clearedOrigins).not.toContain('https://widget.embed.test');
      step('wait for the reload to load');
      await reloaded;
      step('close the page');
      await closeWithin(page);
      open = null;
    },
  );

  it('a page that cancels the reload gets no clean start, and the clean audit says so', async () => {
    const { page, tabId } = await openTab(h, `${SHOP}/hostile/clean-stay.html`);
    const dialogs: string[] = [];
    // The visitor answers "Stay" (Playwright's default too, said here so that the test does not rest on it).
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    // Chrome asks beforeunload only of a page the visitor has touched.
    await page.click('#touch');
    await settledRecord(h, tabId, (r) => r.cookies.some((c) => c.name === 'shop_pref'));
    const answer = (await sendToBackground(h.context, h.extensionId, { type: 'clean-audit', tabId })) as CleanAnswer;
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(answer.cleared, answer.detail).toBe(false);
    expect(answer.detail).toMatch(/did not reload .*no clean start is recorded/);

    // The page writes its cookie again; later the visitor leaves and comes back: that load was not cleared.
    await page.evaluate(() => {
      document.cookie = 'shop_pref=2; path=/; max-age=3600';
      (window as unknown as { letGo(): void }).letGo();
    });
    await page.goto(`${SHOP}/hostile/clean-stay.html?again`);
    const r = await settledRecord(
      h,
      tabId,
      (rec) => rec.url.endsWith('?again') && rec.cookies.some((c) => c.name === 'shop_pref'),
    );
    expect(r.url).toBe(`${SHOP}/hostile/clean-stay.html?again`);
    expect(r.consent.clean).toBeNull();
    await page.close();
  });
});
