import { describe, expect, it } from 'vitest';
import { contextOf, Visit } from '../../../test/support/findings.ts';
import { trackingAfterReject } from './tracking-after-reject.ts';

const HIT = 'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=page_view';
const PIXEL = 'https://connect.facebook.net/en_US/fbevents.js';

describe('tracking-after-reject', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    ['tracker requests well after the reject', (v) => v.choice('reject', 2000).req(HIT, 4000, { type: 'ping' }).req(PIXEL, 5000),
      ['tracking-after-reject:request:www.google-analytics.com', 'tracking-after-reject:request:connect.facebook.net']],
    ['tracking cookie rewritten after the reject', (v) => v.scriptCookie('_fbp', 'fb.1.1700000000000.1234567890', 500, PIXEL).choice('reject', 2000)
      .scriptCookie('_fbp', 'fb.1.1700000000000.9876543210', 6000, PIXEL), ['tracking-after-reject:cookie:_fbp@shop.example']],
    ['near: a request in flight within the 1 s grace period', (v) => v.choice('reject', 2000).req(HIT, 2500, { type: 'ping' }), []],
    ['near: tracking after accept', (v) => v.choice('accept', 2000).req(HIT, 4000, { type: 'ping' }), []],
    ['near: the visitor rejected and later accepted; tracking after the accept', (v) => v.choice('reject', 2000).choice('accept', 10_000, 'user').req(HIT, 12_000, { type: 'ping' }), []],
    ['near: cookie written only before the reject', (v) => v.scriptCookie('_fbp', 'fb.1.1700000000000.1234567890', 500, PIXEL).choice('reject', 2000), []],
  ])('%s', (_name, build, ids) => {
    expect(trackingAfterReject.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('says which requests the grace period excused', () => {
    const v = new Visit().choice('reject', 2000).req(HIT, 2300, { type: 'ping' }).req(HIT, 3500, { type: 'ping' });
    const [f] = trackingAfterReject.run(contextOf(v));
    expect(f?.evidence.total).toBe(1);
    expect(f?.evidence.items[0]).toMatchObject({ kind: 'request', t: 3500, phase: 'after-reject' });
    expect(f?.evidence.notes[0]).toMatch(/1000 ms .*1 item\(s\) in that period were not counted/);
    expect(f?.explanation).toContain('Art. 7(3)');
  });
});
