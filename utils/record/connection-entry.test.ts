import { describe, expect, it } from 'vitest';
import { navigation } from '../../test/support/raw-events.ts';
import type { AuditEvent } from '../observe/events.ts';
import { buildRecord } from './record.ts';

const PAGE = 'https://www.shop.example/';
const conn = (t: number, api: 'webrtc' | 'preconnect', url: string, host: string): AuditEvent => ({
  k: 'page-connection',
  t,
  api,
  url,
  host,
  frameUrl: PAGE,
  script: `${PAGE}rtc.js`,
  attribution: 'confident',
});

describe('connections in the record', () => {
  it('become request-like entries: host, party, time and script; no address; the page as source', () => {
    const r = buildRecord(1, [
      ...navigation(PAGE, 1, 1000),
      conn(1100, 'webrtc', 'stun:stun.tracker.example:3478', 'stun.tracker.example'),
      conn(1200, 'preconnect', 'https://cdn.shop.example', 'cdn.shop.example'),
    ]).record!;
    const [rtc, pre] = r.requests.filter((q) => q.source === 'page');
    expect(rtc).toMatchObject({
      url: 'stun:stun.tracker.example:3478',
      host: 'stun.tracker.example',
      site: 'tracker.example',
      party: 'third',
      type: 'webrtc',
      method: 'STUN',
      t: 1100,
      initiator: `script:${PAGE}rtc.js`,
      attribution: 'confident',
    });
    expect(rtc?.ip).toBeUndefined();
    expect(pre).toMatchObject({ type: 'preconnect', party: 'first', host: 'cdn.shop.example', t: 1200 });
  });

  it("a report from before the page's navigation is the previous document's: not in this record", () => {
    const r = buildRecord(1, [...navigation(PAGE, 1, 1000), conn(900, 'webrtc', 'stun:a.example:3478', 'a.example')]);
    expect(r.record!.requests.some((q) => q.type === 'webrtc')).toBe(false);
  });
});

describe('one gathering seen twice', () => {
  it('is one entry (two realms reported it); the same server again later is a second entry', () => {
    const url = 'stun:stun.tracker.example:3478';
    const host = 'stun.tracker.example';
    const r = buildRecord(1, [
      ...navigation(PAGE, 1, 1000),
      conn(1100, 'webrtc', url, host),
      conn(1150, 'webrtc', url, host),
      conn(1150, 'webrtc', 'stun:other.example:3478', 'other.example'),
      conn(9000, 'webrtc', url, host),
    ]).record!;
    const rtc = r.requests.filter((q) => q.type === 'webrtc');
    expect(rtc.map((q) => [q.host, q.t])).toEqual([
      [host, 1100],
      ['other.example', 1150],
      [host, 9000],
    ]);
  });
  it("is one entry when the other realm's report comes later but is timed earlier; the entry keeps the earlier time", () => {
    // Each realm sends its own batches: the frame's report of a gathering can arrive after the page's, timed before it.
    const url = 'stun:stun.tracker.example:3478';
    const host = 'stun.tracker.example';
    const r = buildRecord(1, [
      ...navigation(PAGE, 1, 1000),
      conn(1900, 'webrtc', url, host),
      conn(1200, 'webrtc', url, host),
    ]).record!;
    expect(r.requests.filter((q) => q.type === 'webrtc').map((q) => [q.host, q.t])).toEqual([[host, 1200]]);
  });
});
