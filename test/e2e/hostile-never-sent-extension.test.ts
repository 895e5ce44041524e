// The extension alone (no CLI): a page whose own CSP header blocks its tracker img, script and fetch. Its record has
// one row per blocked load, marked not sent from the browser's trusted violation, and no "browser events were not
// received" note (before utils/record/not-sent.ts: page-only rows taken for lost requests, each with that note).
import { describe, expect, it } from 'vitest';
import { openTab, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();
const BLOCKED = [
  'https://tracker.adnet.test/pixel.gif?uid=csp-header-img',
  'https://www.googletagmanager.com/gtag/js?id=G-CSPHEADER',
  'https://tracker.adnet.test/beacon?uid=csp-header-fetch',
  'https://tracker.adnet.test/pixel.gif?uid=csp-header-script-img',
];

describe('extension: tracker loads the page’s CSP header blocked', () => {
  it('are rows marked not sent (csp:<directive>), one each, with no recording note', async () => {
    const { tabId } = await openTab(h, `${SHOP}/hostile/never-sent-header.html`);
    const r = await settledRecord(h, tabId, (rec) =>
      BLOCKED.every((u) => rec.requests.some((q) => q.url === u && q.notSent !== undefined)),
    );
    const rows = r.requests.filter((q) => q.type !== 'main_frame').map((q) => [q.url, q.source, q.notSent]);
    // In the order they arrive (violations come before the idle Resource Timing report, but need not).
    expect(rows, JSON.stringify(r.requests)).toEqual(
      expect.arrayContaining([
        [BLOCKED[0], 'page', 'csp:img-src'],
        [BLOCKED[1], 'page', 'csp:script-src-elem'],
        [BLOCKED[2], 'page', 'csp:connect-src'],
        [BLOCKED[3], 'page', 'csp:img-src'],
      ]),
    );
    expect(rows).toHaveLength(4);
    expect(r.errors).toEqual([]);
  });
});
