import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromResponseStarted } from '../../../utils/observe/browser/adapter.ts';
import { contextOf, START, TAB, Visit } from '../../../test/support/findings.ts';
import { trackingAfterReject } from './tracking-after-reject.ts';

const HIT = 'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=page_view';
const PIXEL = 'https://connect.facebook.net/en_US/fbevents.js';
const INSIGHT = 'https://snap.licdn.com/li.lms-analytics/insight.min.js';

/** A request that starts at `start` and whose response (with Set-Cookie headers) arrives at `end`. */
function slow(v: Visit, id: string, url: string, start: number, end: number, setCookie: string[] = []): Visit {
  v.events.push(
    ...fromBeforeRequest({
      requestId: id,
      url,
      type: 'image',
      tabId: TAB,
      frameId: 0,
      timeStamp: START + start,
      initiator: 'https://www.shop.example',
    }),
  );
  v.events.push(
    fromResponseStarted({
      requestId: id,
      url,
      statusCode: 200,
      tabId: TAB,
      timeStamp: START + end,
      responseHeaders: setCookie.map((value) => ({ name: 'Set-Cookie', value })),
    }),
  );
  return v;
}

describe('tracking-after-reject', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      'tracker requests well after the reject',
      (v) => v.choice('reject', 2000).req(HIT, 4000, { type: 'ping' }).req(PIXEL, 5000),
      ['tracking-after-reject:request:www.google-analytics.com', 'tracking-after-reject:request:connect.facebook.net'],
    ],
    [
      'a tag fired by the reject click itself, 30 ms later (no grace period for what starts after the click)',
      (v) => v.choice('reject', 2000).req(INSIGHT, 2030),
      ['tracking-after-reject:request:snap.licdn.com'],
    ],
    [
      'tracking cookie rewritten after the reject',
      (v) =>
        v
          .scriptCookie('_fbp', 'fb.1.1700000000000.1234567890', 500, PIXEL)
          .choice('reject', 2000)
          .scriptCookie('_fbp', 'fb.1.1700000000000.9876543210', 6000, PIXEL),
      ['tracking-after-reject:cookie:_fbp@shop.example'],
    ],
    [
      'near: a request that started before the reject and finished after it',
      (v) => slow(v.choice('reject', 2000), 'slow1', HIT, 1900, 2600),
      [],
    ],
    ['near: tracking after accept', (v) => v.choice('accept', 2000).req(HIT, 4000, { type: 'ping' }), []],
    [
      'near: the visitor rejected and later accepted; tracking after the accept',
      (v) => v.choice('reject', 2000).choice('accept', 10_000, 'user').req(HIT, 12_000, { type: 'ping' }),
      [],
    ],
    [
      'near: cookie written only before the reject',
      (v) => v.scriptCookie('_fbp', 'fb.1.1700000000000.1234567890', 500, PIXEL).choice('reject', 2000),
      [],
    ],
  ])('%s', (_name, build, ids) => {
    expect(trackingAfterReject.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('excuses the cookie set by the response of a request begun before the reject, and names it; a later request to the same URL is not excused', () => {
    const pixel = 'https://px.ads.linkedin.com/collect?pid=1&fmt=gif';
    const inFlight = slow(new Visit().choice('reject', 2000), 'early', pixel, 1950, 2400, [
      'li_sugr=abc123; Domain=.linkedin.com; Path=/; Secure',
    ]);
    inFlight.req(INSIGHT, 3000);
    const fs = trackingAfterReject.run(contextOf(inFlight));
    expect(fs.map((f) => f.id)).toEqual(['tracking-after-reject:request:snap.licdn.com']);
    expect(fs[0]?.evidence.notes.join(' ')).toContain(`cookie li_sugr set by the response to ${pixel}`);
    expect(fs[0]?.evidence.notes[0]).toMatch(/^Only what started before the reject can still be in flight/);

    const again = slow(new Visit().choice('reject', 2000), 'early', pixel, 1950, 2400, [
      'li_sugr=abc123; Domain=.linkedin.com; Path=/; Secure',
    ]);
    slow(again, 'late', pixel, 2100, 2500, ['li_sugr=def456; Domain=.linkedin.com; Path=/; Secure']);
    expect(trackingAfterReject.run(contextOf(again)).map((f) => f.id)).toEqual([
      'tracking-after-reject:request:px.ads.linkedin.com',
      'tracking-after-reject:cookie:li_sugr@linkedin.com',
    ]);
  });

  it('a first-party collector after the reject is tracking after reject, with the signature as evidence', () => {
    const v = new Visit()
      .choice('reject', 2000)
      .req('https://sp.shop.example/i?e=pv&tv=js-3.24.0&p=web&duid=abc', 2050, { type: 'image' });
    const [f] = trackingAfterReject.run(contextOf(v));
    expect(f).toMatchObject({
      rule: 'tracking-after-reject',
      phase: 'after-reject',
      subject: { kind: 'request', host: 'sp.shop.example', name: 'Snowplow' },
    });
    expect(f?.evidence.notes.join(' ')).toContain("Snowplow's GET tracker protocol");
  });

  it('says when the reject was and cites Art. 7(3)', () => {
    const v = new Visit().choice('reject', 2000).req(HIT, 2300, { type: 'ping' }).req(HIT, 3500, { type: 'ping' });
    const [f] = trackingAfterReject.run(contextOf(v));
    expect(f?.evidence.total).toBe(2);
    expect(f?.evidence.items[0]).toMatchObject({ kind: 'request', t: 2300, phase: 'after-reject' });
    expect(f?.evidence.notes.join(' ')).toContain('Rejected at +2000 ms');
    expect(f?.explanation).toContain('Art. 7(3)');
  });
});

// Issue 15.5: after the reject too, a writer name the page chose frames no tracker; the real tracker's write still counts.
describe('tracking-after-reject: writer names the page chose', () => {
  const HJ = 'https://static.hotjar.com/c/hotjar-123.js';
  const after = (attribution: 'confident' | 'named-by-page'): Visit =>
    new Visit()
      .choice('reject', 1000)
      .storage('probe_state', 'a8f3c2e1b7d4f60a9e2c', 1500, { script: HJ, attribution });

  it('a page-named writer gives a warning to check, not a violation', () => {
    const [f, ...rest] = trackingAfterReject.run(contextOf(after('named-by-page')));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      id: 'tracking-after-reject:storage:localStorage:probe_state@www.shop.example',
      severity: 'warning',
      phase: 'after-reject',
    });
    expect(f?.title).toBe(
      'The localStorage key probe_state of https://www.shop.example was written after the visitor rejected, by code the page named after Hotjar',
    );
    expect(f?.evidence.scripts).toEqual([]);
  });

  it("the real Hotjar script's write is a violation", () => {
    const found = trackingAfterReject.run(contextOf(after('confident')));
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['tracking-after-reject:storage:localStorage:probe_state@www.shop.example', 'violation'],
    ]);
    expect(found[0]?.evidence.scripts).toEqual([HJ]);
  });
});
