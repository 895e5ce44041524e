// Connections no request shows, in the extension itself (the CLI's side is test/e2e/hostile-net-gaps.test.ts): the
// record of the tab holds a tracker's STUN server (WebRTC) and each preconnect, as request-like entries.
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../utils/record/page-record.ts';
import { openTab, settledRecord, SHOP, useHarness } from './helpers.ts';

const h = useHarness();

async function audit(page: string, done: (r: PageRecord) => boolean): Promise<PageRecord> {
  const { page: tab, tabId } = await openTab(h, `${SHOP}/hostile/${page}`);
  const r = await settledRecord(h, tabId, done, 20_000).catch(() => settledRecord(h, tabId, () => true));
  await tab.close();
  return r;
}
const of = (r: PageRecord, type: string): string[] =>
  r.requests
    .filter((q) => q.type === type)
    .map((q) => q.url)
    .sort();

describe('extension: connections without a request', () => {
  it("a page's STUN servers are webrtc entries of the tab's record, reported by the page", async () => {
    const r = await audit('stun.html?port=9', (rec) => of(rec, 'webrtc').length >= 2);
    expect(of(r, 'webrtc'), JSON.stringify(r.requests)).toEqual([
      'stun:127.0.0.1:9',
      'stun:stun.google-analytics.com:19302',
    ]);
    expect(r.requests.find((q) => q.type === 'webrtc')).toMatchObject({
      source: 'page',
      party: 'third',
      method: 'STUN',
    });
  }, 60_000);

  it('preconnects (link elements, and a Link header) are preconnect entries', async () => {
    const r = await audit('preconnect.html', (rec) => of(rec, 'preconnect').length >= 4);
    expect(of(r, 'preconnect'), JSON.stringify(r.requests)).toEqual([
      'https://connect.facebook.net',
      'https://snap.licdn.com',
      'https://static.shop.test',
      'https://www.google-analytics.com',
    ]);
    const header = await audit('preconnect-header.html', (rec) => of(rec, 'preconnect').length >= 1);
    expect(header.requests.filter((q) => q.type === 'preconnect')).toMatchObject([
      { url: 'https://www.google-analytics.com', source: 'browser' },
    ]);
  }, 60_000);
});
