// Issue 15.7 in Firefox, the cookie half: a twin the audited page opens writes cookies of its own (twin_only by script,
// shop_session by Set-Cookie). Firefox can report such a change before the twin's tab is known to the background, when
// the audited tab is the only tab of the site it knows; the change must wait for its claim, never land in the audited
// record. The race lost about 2 of 5 runs, so one test loads the twin page five times in one browser.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { claimTab, evaluateInExtension, findTabId, getRecord } from '../../cli/browser/firefox.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import { HOLD_MS } from '../../utils/record/cookie-router.ts';
import { SHOP } from '../e2e/helpers.ts';
import { settledRecord, useFirefox } from './helpers.ts';

const h = useFirefox();
const RUNS = 5;
const names = (r: PageRecord | null): string[] => (r?.cookies ?? []).map((c) => c.name);
/** Installs (once) listeners in the harness's extension page that log, in arrival order, what concerns twin.html. */
const ARRIVALS = `(() => {
  globalThis.__arrivals = [];
  if (globalThis.__arrivalsOn) return true;
  globalThis.__arrivalsOn = true;
  const log = (what) => globalThis.__arrivals.length < 200 && globalThis.__arrivals.push([Date.now(), ...what]);
  browser.webRequest.onBeforeRequest.addListener((d) => {
    if (d.type === 'main_frame' || d.url.endsWith('/index.html')) log(['request', d.tabId, d.type, Math.round(d.timeStamp)]);
  }, { urls: ['https://www.shop.test/*'] });
  browser.cookies.onChanged.addListener((c) => {
    if (c.cookie.name === 'twin_only') log(['change', c.cookie.value, c.removed, c.cause]);
  });
  browser.runtime.onMessage.addListener((m, sender) => {
    if (m && m.type === 'page-events')
      for (const e of m.events) if (e && e.name === 'twin_only') log(['report', sender.tab && sender.tab.id, e.t]);
  });
  return true;
})()`;

describe('Firefox: a twin writes cookies while the audited tab is the only tab of its site the background knows', () => {
  it("the twin's cookies never reach the audited tab's record (five loads)", async () => {
    for (let run = 1; run <= RUNS; run++) {
      const since = Date.now();
      // A mark on the event page's window: gone if Firefox stopped and restarted it during this load (see below).
      await evaluateInExtension(h.ff, `browser.runtime.getBackgroundPage().then((w) => { w.__twinRun = ${run}; })`);
      // The order in which an extension page (same parent process as the event page) hears of the twin's main frame,
      // its page report of twin_only and the browser's change: said when the twin's write is in no record. It showed
      // the cause of the failures (2 in 20 files at load 25): both came before the twin's navigation's request, whose
      // reset dropped them (now kept: RecordBuilder `early`).
      await evaluateInExtension(h.ff, ARRIVALS);
      const page = await h.ff.browser.newPage();
      const tabId = await claimTab(h.ff, page);
      const url = `${SHOP}/hostile/twin.html?run=${run}`;
      await page.goto(url);
      // A person's click opens the twin: Firefox blocks a window opened at load (dom.disable_open_during_load).
      await page.click('#reject');
      const twinServed = (): boolean =>
        h.server.log.some((e) => e.t >= since && e.host === 'www.shop.test' && e.path === '/index.html');
      await settledRecord(
        h,
        tabId,
        (r) => twinServed() && r.cookies.some((c) => c.name === '_ga' && c.confirmedBy.includes('browser')),
      );
      // A change no tab claimed is held for HOLD_MS: wait past it, so that a misrouted change would be in by now.
      await sleep(HOLD_MS + 1_500);
      const record = await getRecord(h.ff, tabId);
      const twinId = (await findTabId(h.ff, url)) ?? -1;
      const twin = twinId !== tabId ? await getRecord(h.ff, twinId) : null;
      let what = `run ${run}: audited ${JSON.stringify(names(record))}, twin ${twinId} ${JSON.stringify(names(twin))}`;
      const twinWrote = (r: PageRecord | null): boolean | undefined =>
        r?.cookies.some((c) => c.name === 'twin_only' && c.value === String(run) && c.confirmedBy.includes('browser'));
      if (!twinWrote(twin)) {
        // Seen once in about 185 loads at load 26 (session 12): twin_only in neither record, still missing 10 s later,
        // the twin's page report missing too, so not a read before the worker's flush. Say what the browser holds and
        // whether the event page restarted (its router holds unclaimed changes in memory only), for the next time.
        const jar = await evaluateInExtension(h.ff, `browser.cookies.getAll({ name: 'twin_only' })`);
        const mark = await evaluateInExtension(h.ff, `browser.runtime.getBackgroundPage().then((w) => w.__twinRun)`);
        what += `; jar ${JSON.stringify(jar)}; event page ${mark === run ? 'not restarted' : `restarted (mark ${String(mark)})`}`;
        const arrivals = await evaluateInExtension(h.ff, 'globalThis.__arrivals');
        what += `; twin record ${JSON.stringify({ startedAt: twin?.startedAt, partial: twin?.partial, url: twin?.url })}`;
        what += `; arrivals ${JSON.stringify(arrivals)}`;
      }
      expect(names(record), what).toContain('_ga');
      expect(names(record), what).not.toContain('twin_only');
      expect(names(record), what).not.toContain('shop_session');
      // The twin's writes did happen and went to the twin's own record (else this would prove nothing).
      expect(twinId, what).not.toBe(tabId);
      expect(twinWrote(twin), what).toBe(true);
      for (const p of await h.ff.browser.pages()) if (p.url().startsWith(`${SHOP}/hostile/twin.html`)) await p.close();
    }
  }, 240_000);
});
