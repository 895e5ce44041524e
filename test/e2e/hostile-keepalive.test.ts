// Issue 15 (residual risk): only navigator.sendBeacon was hooked. A tracker's fetch(…, {keepalive: true}) was in the
// record (webRequest sees it) but without the script that sent it; the fetch hook now names it, as for a beacon.
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../utils/record/record.ts';
import { openHostile, settledRecord, useHarness } from './helpers.ts';

const KEEPALIVE_JS = 'https://tracker.adnet.test/hostile/keepalive.js';
const BEACON = 'https://tracker.adnet.test/beacon';
const h = useHarness();

describe('hostile page: a tracker that sends with keepalive fetch', () => {
  it("names the script of each keepalive fetch on the browser's request, once; an ordinary fetch gets no script", async () => {
    const { tabId } = await openHostile(h, 'keepalive.html');
    const sent = (r: PageRecord, ka: string) => r.requests.filter((q) => q.url === `${BEACON}?ka=${ka}`);
    const r = await settledRecord(
      h,
      tabId,
      (rec) =>
        ['init', 'request', 'plain'].every((ka) => sent(rec, ka).some((q) => 'status' in q)) &&
        ['init', 'request'].every((ka) =>
          rec.requests.some((q) => q.url === `${BEACON}?ka=${ka}` && q.initiator?.startsWith('script:')),
        ),
    );
    for (const ka of ['init', 'request']) {
      expect(
        sent(r, ka).map((q) => [q.source, q.type, q.method, q.initiator, q.attribution]),
        JSON.stringify(r.requests),
      ).toEqual([['browser', 'xmlhttprequest', 'POST', `script:${KEEPALIVE_JS}`, 'confident']]);
    }
    const plain = r.requests.filter((q) => q.url === `${BEACON}?ka=plain`);
    expect(plain.map((q) => [q.source, q.initiator?.startsWith('script:') ?? false])).toEqual([['browser', false]]);
  });
});
