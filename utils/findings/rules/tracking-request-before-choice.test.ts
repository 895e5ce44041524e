import { describe, expect, it } from 'vitest';
import { contextOf, Visit } from '../../../test/support/findings.ts';
import { trackingRequestBeforeChoice } from './tracking-request-before-choice.ts';

const GA = 'https://www.google-analytics.com/analytics.js';
const GA4_HIT = 'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1234567890.1700000000&en=page_view';

describe('tracking-request-before-choice', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      'GA script and hit before the choice',
      (v) => v.req(GA, 100).req(GA4_HIT, 300, { type: 'ping' }).choice('accept', 2000),
      ['tracking-request-before-choice:request:www.google-analytics.com'],
    ],
    [
      'no choice at all: everything is before the choice',
      (v) => v.req(GA, 100),
      ['tracking-request-before-choice:request:www.google-analytics.com'],
    ],
    ['near: GA only after accept', (v) => v.choice('accept', 50).req(GA, 100), []],
    ['near: consent manager script before the choice', (v) => v.req('https://consent.cookiebot.com/uc.js', 100), []],
    [
      'near: needsConsent=false CDN (Google Hosted Libraries)',
      (v) => v.req('https://ajax.googleapis.com/ajax/libs/jquery/3.7.1/jquery.min.js', 100),
      [],
    ],
    [
      'first-party Snowplow collector on sp.<site>',
      (v) => v.req('https://sp.shop.example/com.snowplowanalytics.snowplow/tp2', 300, { type: 'xmlhttprequest' }),
      ['tracking-request-before-choice:request:sp.shop.example'],
    ],
    [
      "GA4 through server-side tagging on the site's subdomain",
      (v) => v.req('https://sgtm.shop.example/g/collect?v=2&tid=G-ABC123&cid=1.2&en=page_view', 300, { type: 'ping' }),
      ['tracking-request-before-choice:request:sgtm.shop.example'],
    ],
    [
      'near: cookieless Plausible on the site is not flagged',
      (v) => v.req('https://www.shop.example/api/event', 300, { type: 'ping' }),
      [],
    ],
    [
      'near: a first-party /g/collect route without GA parameters',
      (v) => v.req('https://www.shop.example/g/collect?item=42', 300, { type: 'xmlhttprequest' }),
      [],
    ],
    [
      'near: first-party collector after accept',
      (v) =>
        v
          .choice('accept', 100)
          .req('https://stats.shop.example/matomo.php?idsite=1&rec=1&_id=0123456789abcdef', 300, { type: 'image' }),
      [],
    ],
    [
      'near: Google Fonts is reported by embed-before-consent instead',
      (v) => v.req('https://fonts.googleapis.com/css2?family=Roboto', 100, { type: 'stylesheet' }),
      [],
    ],
  ])('%s', (_name, build, ids) => {
    const findings = trackingRequestBeforeChoice.run(contextOf(build(new Visit())));
    expect(findings.map((f) => f.id)).toEqual(ids);
  });

  it('groups all requests of a host into one finding with exact evidence', () => {
    const v = new Visit().req(GA, 100, { ip: '8.8.8.8' }).req(GA4_HIT, 300, { type: 'ping' }).choice('accept', 2000);
    const [f] = trackingRequestBeforeChoice.run(contextOf(v));
    expect(f).toMatchObject({
      severity: 'violation',
      phase: 'before-choice',
      subject: { kind: 'request', host: 'www.google-analytics.com' },
    });
    expect(f?.title).toContain('Google Analytics');
    expect(f?.explanation).toMatch(/Art\. 5\(3\)/);
    expect(f?.explanation).toContain('Google Ireland Limited');
    expect(f?.evidence.total).toBe(2);
    expect(
      f?.evidence.items.map((i) => (i.kind === 'request' ? [i.url, i.t, i.phase, i.serverCountry] : null)),
    ).toEqual([
      [GA, 100, 'before-choice', 'US'],
      [GA4_HIT, 300, 'before-choice', null],
    ]);
    expect(f?.evidence.times).toEqual({ first: 100, last: 300 });
  });

  it("a tracker's STUN server (WebRTC) before the choice is a violation, as a request is; after accept it is not", () => {
    const v = new Visit().connection(
      'stun:stun.google-analytics.com:19302',
      200,
      'webrtc',
      'https://cdn.example/rtc.js',
    );
    const [f, ...rest] = trackingRequestBeforeChoice.run(contextOf(v.choice('accept', 2000)));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'violation', subject: { host: 'stun.google-analytics.com' } });
    const [item] = f?.evidence.items ?? [];
    // No browser event names the STUN server's address: its place stays not known, never guessed.
    expect(item).toMatchObject({ url: 'stun:stun.google-analytics.com:19302', t: 200, serverCountry: null });
    const after = new Visit().choice('accept', 100).connection('stun:stun.google-analytics.com', 200);
    expect(trackingRequestBeforeChoice.run(contextOf(after))).toEqual([]);
  });

  it('a preconnect to a tracker before the choice is a finding of this rule too (analyze makes it a warning: preconnect-only.ts)', () => {
    const v = new Visit().connection('https://www.google-analytics.com/', 50, 'preconnect');
    expect(trackingRequestBeforeChoice.run(contextOf(v)).map((f) => f.id)).toEqual([
      'tracking-request-before-choice:request:www.google-analytics.com',
    ]);
  });

  it('names a first-party collector, the site operator as receiver and the signature as evidence', () => {
    const v = new Visit().req('https://stats.shop.example/matomo.php?idsite=1&rec=1&_id=0123456789abcdef', 300, {
      type: 'image',
    });
    const [f] = trackingRequestBeforeChoice.run(contextOf(v));
    expect(f).toMatchObject({
      severity: 'violation',
      phase: 'before-choice',
      subject: { kind: 'request', host: 'stats.shop.example', name: 'Matomo' },
    });
    expect(f?.evidence.notes[0]).toBe(
      "Recognised by request signature: path matomo.php/piwik.php with idsite= and rec=1 is Matomo's Tracking HTTP API (self-hosted or Piwik).",
    );
    expect(f?.explanation).toContain('the site operator (first-party collector)');
  });

  it('lists at most maxEvidence requests and counts the rest', () => {
    const v = new Visit();
    for (let i = 0; i < 25; i++) v.req(`${GA4_HIT}&_p=${i}`, 100 + i, { type: 'ping' });
    const [f] = trackingRequestBeforeChoice.run(contextOf(v, { maxEvidence: 5 }));
    expect(f?.evidence).toMatchObject({ total: 25, more: 20 });
    expect(f?.evidence.items).toHaveLength(5);
  });
});
