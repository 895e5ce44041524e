// Issue 15.9: "Start clean audit" clears the audited site and hosts that stored something during this load, not a site
// the page merely loaded a resource from (the visitor's webmail session survives).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sendToBackground } from '../../cli/browser/index.ts';
import { openTab, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();
/** The page of the attempt that is running; a retry closes the one a stalled attempt left open. */
let open: Page | null = null;

describe('hostile page: clean audit scope', () => {
  // Now and then (2 of about 6 full runs in session 8, never alone) an attempt stalls until the 60 s timeout: a stall
  // retries, a wrong result fails every attempt. Each attempt first closes the tab a stalled one left open: a clean
  // audit still pending for that tab would otherwise run its plan later, with the retry's own cookie writes in it.
  it(
    'keeps the session cookie of a site the page only loaded an image from',
    { retry: 2, timeout: 60_000 },
    async () => {
      await open?.close();
      open = null;
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
      const { page, tabId } = await openTab(h, `${SHOP}/hostile/clean.html`);
      open = page;
      await settledRecord(
        h,
        tabId,
        (r) => r.requests.some((q) => q.host === 'widget.embed.test') && r.cookies.some((c) => c.name === 'shop_pref'),
      );
      const answer = (await sendToBackground(h.context, h.extensionId, { type: 'clean-audit', tabId })) as {
        cleared: boolean;
      };
      expect(answer.cleared).toBe(true);
      await settledRecord(h, tabId, (r) => r.consent.clean !== null);
      const jar = await h.context.cookies();
      expect(jar.find((c) => c.name === 'webmail_session')?.value).toBe('s3cret');
      // The audited site's own cookie was cleared (the reload may write it again, later than the clean start).
      const r = await settledRecord(h, tabId, (rec) => rec.consent.clean !== null);
      const pref = r.cookies.find((c) => c.name === 'shop_pref');
      if (pref) expect(pref.t).toBeGreaterThanOrEqual(r.consent.clean!.at);
      expect(r.consent.clean!.clearedOrigins).not.toContain('https://widget.embed.test');
      await page.close();
      open = null;
    },
  );
});
