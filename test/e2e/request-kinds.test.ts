// A false "clean" by request kind: each page sends to a tracker in a way the record could miss or give to no page
// (service worker, speculation rules, WebSocket, workers, a first-party redirect). Fixtures: demo/site/*/kinds/.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/findings/index.ts';
import type { PageRecord, RequestEntry } from '../../utils/record/record.ts';
import { extensionKnowledge, openTab, settledRecord, SHOP, useHarness } from './helpers.ts';

const GA = 'https://www.google-analytics.com/g/collect';
const TRACKER = 'https://tracker.adnet.test';
const h = useHarness();

/** Opens `${SHOP}/kinds/<page>`, waits until it says it is done, then until `accept` holds for its record. */
async function kind(page: string, accept: (r: PageRecord) => boolean): Promise<PageRecord> {
  const opened = await openTab(h, `${SHOP}/kinds/${page}`);
  await opened.page.waitForFunction(() => document.body?.dataset.done === '1');
  const r = await settledRecord(h, opened.tabId, accept);
  await opened.page.close();
  return r;
}

const row = (q: RequestEntry | undefined) =>
  q && { type: q.type, party: q.party, status: q.status, ip: q.ip, viaWorker: q.viaWorker, source: q.source };

describe('requests by kind: recorded in the page that caused them, and judged', () => {
  it("a service worker's own requests (install, activate, a fetch event) are the page's, before choice", async () => {
    const sent = (r: PageRecord, en: string) => r.requests.find((q) => q.url.startsWith(GA) && q.url.endsWith(en));
    const r = await kind('sw.html', (rec) => ['install', 'activate', 'fetch'].every((en) => sent(rec, en)?.status));
    for (const en of ['install', 'activate', 'fetch']) {
      expect(row(sent(r, en)), JSON.stringify(r.requests)).toEqual({
        type: 'xmlhttprequest',
        party: 'third',
        status: 204,
        ip: '127.0.0.1',
        viaWorker: true,
        source: 'browser',
      });
    }
    const a = analyze(r, extensionKnowledge());
    const ga = a.requests.filter((q) => q.host === 'www.google-analytics.com');
    expect(ga.map((q) => [q.phase, q.thirdParty, q.tracker?.name])).toEqual(
      Array(3).fill(['before-choice', true, expect.stringMatching(/Google Analytics/)]),
    );
    const before = a.findings.filter((f) => f.rule === 'tracking-request-before-choice');
    expect(before.map((f) => f.subject.host)).toContain('www.google-analytics.com');
    expect(a.summary.verdict).toBe('violations');
  });

  it('speculation rules do not replace the page: its prefetch, preload and prerender fetches are its requests', async () => {
    const find = (r: PageRecord, url: string) => r.requests.find((q) => q.url === url);
    const prerendered = `${SHOP}/kinds/prerendered.html`;
    const hints = [`${TRACKER}/pixel.gif?uid=preload`, `${TRACKER}/pixel.gif?uid=prefetch`];
    const r = await kind('prefetch.html', (rec) => [prerendered, ...hints].every((u) => find(rec, u)?.status));
    // The record was the prerendered page's (a page the tab never showed) with the audited page's requests lost.
    expect(r.url).toBe(`${SHOP}/kinds/prefetch.html`);
    expect(find(r, `${SHOP}/kinds/prefetch.html`)?.type).toBe('main_frame');
    expect(row(find(r, prerendered))).toMatchObject({ type: 'main_frame', party: 'first', status: 200 });
    expect(
      hints.map((u) => row(find(r, u))),
      JSON.stringify(r.requests),
    ).toEqual([
      { type: 'image', party: 'third', status: 200, ip: '127.0.0.1', viaWorker: undefined, source: 'browser' },
      { type: 'other', party: 'third', status: 200, ip: '127.0.0.1', viaWorker: undefined, source: 'browser' },
    ]);
  });
});
