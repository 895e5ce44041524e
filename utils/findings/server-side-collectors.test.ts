// Server-side collectors on the demo's /detect/collectors.html requests (Snowplow, Matomo, GA4 via sGTM, Plausible, a
// look-alike route), plus a Meta and an Adobe proxy: the onward statement, the transfer verdict and the finding.
import { describe, expect, it } from 'vitest';
import { realKnowledge, Visit } from '../../test/support/findings.ts';
import { analyze } from './analyze.ts';
import type { Analysis } from './types.ts';

const DE_IP = '81.169.145.1';
const US_IP = '8.8.8.8';

/** The requests of demo/site/www.shop.test/detect/collectors.html, on the test site shop.example. */
function collectorsPage(): Visit {
  return new Visit()
    .req('https://sp.shop.example/com.snowplowanalytics.snowplow/tp2', 100, {
      type: 'xmlhttprequest',
      method: 'POST',
      ip: DE_IP,
    })
    .req('https://sp.shop.example/i?e=pv&url=x&tv=js-3.24.0&p=web&aid=shop&duid=a1', 110, { type: 'image', ip: DE_IP })
    .req('https://stats.shop.example/matomo.php?idsite=1&rec=1&_id=0123456789abcdef', 120, { type: 'image', ip: DE_IP })
    .req('https://sgtm.shop.example/g/collect?v=2&tid=G-DEMO123&cid=a1&en=page_view', 130, { type: 'ping', ip: DE_IP })
    .req('https://www.shop.example/api/event', 140, { type: 'xmlhttprequest', method: 'POST', ip: DE_IP })
    .req('https://www.shop.example/api/g/collect?item=42', 150, { type: 'xmlhttprequest', ip: DE_IP });
}

const run = (v: Visit, lang: 'en' | 'de' = 'en'): Analysis => analyze(v.record(), realKnowledge(), { lang });
const byHost = (a: Analysis, host: string) => a.serverSideCollectors.filter((c) => c.host === host);
const rule = (a: Analysis) => a.findings.filter((f) => f.rule === 'server-side-collector-transfer');

describe('server-side collectors', () => {
  it('GA4 through sGTM: the server the browser talked to and a likely onward transfer to Google, undecided', () => {
    const a = run(collectorsPage());
    const [ga] = byHost(a, 'sgtm.shop.example');
    expect(ga?.service).toBe('Google Analytics 4');
    expect(ga?.thirdParty).toBe(false);
    expect(ga?.servers).toEqual([{ ip: DE_IP, country: 'DE', kind: 'public' }]);
    expect(ga?.onward.kind).toBe('forwards');
    expect(ga?.onward.tracker?.company).toBe('Google Ireland Limited');
    expect(ga?.onward.tracker?.transferCountries).toContain('US');
    expect(ga?.transfer).toBe('unknown');
    expect(ga?.statement).toMatch(
      /^Server-side collector: the browser sent Google Analytics 4 hits to sgtm\.shop\.example/,
    );
    expect(ga?.statement).toContain(`(${DE_IP} DE); server side: registered in DE, EU/EEA.`);
    expect(ga?.statement).toContain("The site's server may forward them on: Google Ireland Limited (IE, EEA)");
    expect(ga?.statement).toContain('Onward transfer to US likely; not visible from the browser.');
    expect(ga?.statement).toContain('developers.google.com/tag-platform/learn/sst-fundamentals');

    const f = rule(a).find((x) => x.subject.host === 'sgtm.shop.example');
    expect(f?.severity).toBe('warning');
    expect(f?.id).toBe('server-side-collector-transfer:transfer:google-analytics-4@sgtm.shop.example');
    expect(f?.title).toBe(
      'Server-side collector on sgtm.shop.example: onward transfer to Google Ireland Limited (IE) likely; not visible from the browser',
    );
    expect(f?.fix).toMatch(/^Ask the site operator which recipients the server-side container forwards to; document/);
    expect(f?.evidence.items.map((i) => (i.kind === 'request' ? i.host : ''))).toEqual(['sgtm.shop.example']);
    // The scenario is no longer "clean" on transfers: the warning is there whatever the consent rules say.
    expect(a.summary.bySeverity.warning).toBeGreaterThan(0);
  });

  it('Snowplow and Matomo: onward recipients not known, a note, never a warning', () => {
    const a = run(collectorsPage());
    const sp = byHost(a, 'sp.shop.example');
    expect(sp.map((c) => [c.service, c.signatures, c.onward.kind, c.onward.tracker, c.transfer])).toEqual([
      ['Snowplow', ['snowplow-tp2', 'snowplow-get'], 'not-known', null, 'unknown'],
    ]);
    expect(sp[0]?.statement).toContain('Onward recipients not known: Snowplow runs self-hosted');
    const [matomo] = byHost(a, 'stats.shop.example');
    expect(matomo?.onward.kind).toBe('not-known');
    const notes = rule(a).filter((f) => f.subject.host !== 'sgtm.shop.example');
    expect(notes.map((f) => [f.subject.host, f.severity]).sort()).toEqual([
      ['sp.shop.example', 'info'],
      ['stats.shop.example', 'info'],
    ]);
    expect(notes[0]?.title).toMatch(/onward recipients not known$/);
  });

  it('Plausible: onward to Plausible Insights OÜ (EE) with no recipient outside the EU/EEA, so no finding and no US', () => {
    const a = run(collectorsPage());
    const [pl] = byHost(a, 'www.shop.example');
    expect(pl?.service).toBe('Plausible Analytics');
    expect(pl?.onward.tracker?.company).toBe('Plausible Insights OÜ');
    expect(pl?.onward.tracker?.transferCountries).toEqual([]);
    expect(pl?.transfer).toBe('ok');
    expect(pl?.statement).toContain('no recipient outside the EU/EEA documented');
    expect(pl?.statement).not.toMatch(/US/);
    expect(rule(a).some((f) => f.subject.host === 'www.shop.example')).toBe(false);
  });

  it('a site route /g/collect without GA parameters and a GET /api/event are not collectors', () => {
    const a = run(
      new Visit()
        .req('https://www.shop.example/g/collect?item=42', 100, { type: 'xmlhttprequest', ip: DE_IP })
        .req('https://www.shop.example/api/event', 110, { type: 'xmlhttprequest', ip: DE_IP }),
    );
    expect(a.serverSideCollectors).toEqual([]);
    expect(rule(a)).toEqual([]);
  });

  it('a hit straight to Google is the third-party tracker, not a server-side collector', () => {
    const a = run(
      new Visit().req('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1.2', 100, {
        type: 'ping',
        ip: DE_IP,
      }),
    );
    expect(a.serverSideCollectors).toEqual([]);
    expect(rule(a)).toEqual([]);
  });

  it('a Meta Pixel proxy forwards to Meta, an Adobe first-party tracking server to Adobe', () => {
    const a = run(
      new Visit()
        .req('https://capi.shop.example/tr?id=1234567890&ev=PageView', 100, { type: 'image', ip: DE_IP })
        .req('https://metrics.shop.example/b/ss/shopprod/1/JS-2.22.0/s123', 110, { type: 'image', ip: DE_IP }),
    );
    expect(a.serverSideCollectors.map((c) => [c.host, c.onward.tracker?.company]).sort()).toEqual([
      ['capi.shop.example', 'Meta Platforms Ireland Limited'],
      ['metrics.shop.example', 'Adobe Systems Software Ireland Limited'],
    ]);
    expect(
      rule(a)
        .map((f) => [f.subject.host, f.severity])
        .sort(),
    ).toEqual([
      ['capi.shop.example', 'warning'],
      ['metrics.shop.example', 'warning'],
    ]);
  });

  it('a collector on a server outside the EU/EEA whose recipients are not known is a warning', () => {
    const a = run(new Visit().req('https://sp.shop.example/com.snowplowanalytics.snowplow/tp2', 100, { ip: US_IP }));
    // A US server of an unknown company: undecided (the DPF covers certified organisations only), and a warning.
    expect(a.serverSideCollectors[0]?.serverCountries).toEqual(['US']);
    expect(a.serverSideCollectors[0]?.transfer).toBe('unknown');
    expect(rule(a).map((f) => f.severity)).toEqual(['warning']);
  });

  it('consent findings on the same requests are unchanged', () => {
    const a = run(collectorsPage());
    const before = a.findings.filter((f) => f.rule === 'tracking-request-before-choice').map((f) => f.subject.host);
    expect(before.sort()).toEqual(['sgtm.shop.example', 'sp.shop.example', 'stats.shop.example']);
  });

  it('German texts', () => {
    const a = run(collectorsPage(), 'de');
    const [ga] = byHost(a, 'sgtm.shop.example');
    expect(ga?.statement).toMatch(
      /^Serverseitiger Collector: Der Browser schickte Aufrufe von Google Analytics 4 an sgtm/,
    );
    expect(ga?.statement).toContain('Weiterübermittlung nach US wahrscheinlich; vom Browser aus nicht sichtbar.');
    const f = rule(a).find((x) => x.subject.host === 'sgtm.shop.example');
    expect(f?.title).toMatch(/^Serverseitiger Collector auf sgtm\.shop\.example: Weiterübermittlung an Google Ireland/);
    expect(f?.fix).toMatch(/^Fragen Sie den Seitenbetreiber/);
  });
});
