// Requests that never left the browser, through `consent-auditor scan`: the page's own CSP (meta and header) blocks a
// tracker's img, script and fetch, a tracker host has no address, a fetch is aborted before it starts. Before
// utils/record/not-sent.ts the blocked loads came back through the page's Resource Timing as requests whose browser
// events were lost, and gtag (CSP) and Bing (no address) read as tracking before the choice: false violations.
import { describe, expect, it } from 'vitest';
import { useGapsScan } from '../support/gaps-scan.ts';
import type { ScenarioReport } from '../../utils/export/report.ts';

const scan = useGapsScan('consent-auditor-never-sent-', ['never-sent.html', 'never-sent-header.html'], {
  minWait: 2500,
});

const notSent = (s: ScenarioReport): Array<[string, string | undefined]> =>
  s.requests.filter((r) => r.type !== 'main_frame').map((r) => [r.url, r.notSent]);
const rules = (s: ScenarioReport, rule: string): string[] =>
  s.findings.filter((f) => f.rule === rule).map((f) => f.subject.host ?? '');

describe('tracker loads the browser never sent', () => {
  it('reached no server but the one the CSP allows (else the test proves nothing)', () => {
    scan.scenario('never-sent.html');
    const served = scan
      .server()
      .log.filter((e) => e.t >= scan.since() && e.host !== 'www.shop.test')
      .map((e) => `${e.host}${e.path}`);
    expect(served).toEqual(['www.facebook.com/tr?id=1&ev=PageView&uid=sent-meta']);
  });

  it('meta CSP and a name with no address: rows marked not sent, warnings; the pixel that left is a violation', () => {
    const s = scan.scenario('never-sent.html');
    expect(notSent(s)).toEqual(
      expect.arrayContaining([
        ['https://bat.bing.com/action/0?uid=dns-meta', 'net::ERR_NAME_NOT_RESOLVED'],
        ['https://www.facebook.com/tr?id=1&ev=PageView&uid=sent-meta', undefined],
        ['https://tracker.adnet.test/pixel.gif?uid=csp-meta-img', 'csp:img-src'],
        ['https://www.googletagmanager.com/gtag/js?id=G-CSPMETA', 'csp:script-src-elem'],
        ['https://tracker.adnet.test/beacon?uid=csp-meta-fetch', 'csp:connect-src'],
      ]),
    );
    expect(notSent(s)).toHaveLength(5);
    // The fetch aborted before it started is no row at all.
    expect(s.requests.some((r) => r.url.includes('aborted'))).toBe(false);
    expect(rules(s, 'tracking-request-before-choice')).toEqual(['www.facebook.com']);
    expect(rules(s, 'blocked-tracker-attempt').sort()).toEqual(['bat.bing.com', 'www.googletagmanager.com']);
    expect(s.thirdParties.map((t) => t.site)).not.toContain('googletagmanager.com');
    expect(s.errors).toEqual([]);
    expect(s.summary.verdict).toBe('violations');
  });

  it('CSP header (the preload scanner and the parser both try): one not-sent row each, a warning, no violation', () => {
    const s = scan.scenario('never-sent-header.html');
    expect(notSent(s).sort()).toEqual([
      ['https://tracker.adnet.test/beacon?uid=csp-header-fetch', 'csp:connect-src'],
      ['https://tracker.adnet.test/pixel.gif?uid=csp-header-img', 'csp:img-src'],
      ['https://tracker.adnet.test/pixel.gif?uid=csp-header-script-img', 'csp:img-src'],
      ['https://www.googletagmanager.com/gtag/js?id=G-CSPHEADER', 'csp:script-src-elem'],
    ]);
    expect(rules(s, 'blocked-tracker-attempt')).toEqual(['www.googletagmanager.com']);
    // Listed, not counted: the page document is the one request that left.
    expect([s.summary.requests, s.summary.thirdPartyRequests, s.summary.trackerRequests]).toEqual([1, 0, 0]);
    // No "browser events were not received" notes: the blocked loads are no gap of the record.
    expect(s.errors).toEqual([]);
    expect(s.summary.verdict).toBe('warnings');
  });
});
