// Session 18, `scan --browser firefox`: Firefox ESR sends a page's Reporting API reports (`Reporting-Endpoints`, CSP
// `report-to`) as requests of its tab, which webRequest shows, so they are rows of the record without any DevTools
// watch (the Chromium side joins them: test/e2e/hostile-net-gaps.test.ts). The older `Report-To` header sends none.
import { describe, expect, it } from 'vitest';
import { useGapsScan } from '../support/gaps-scan.ts';
import { FIREFOX_PATH } from './helpers.ts';

const REPORTS = 'https://tracker.adnet.test/report?uid=csp-report';
const scan = useGapsScan('consent-auditor-ff-reporting-', ['reporting-api.html', 'reporting-api-legacy.html'], {
  browserArgs: ['--browser', 'firefox', '--firefox', FIREFOX_PATH],
  minWait: 4000,
  sandboxArgs: false,
});

const served = (): string[] =>
  scan
    .server()
    .log.filter((e) => e.t >= scan.since() && e.host === 'tracker.adnet.test')
    .map((e) => `${e.method} ${e.path}`);

describe('scan --browser firefox: Reporting API reports', () => {
  it("are requests of the tab in Firefox ESR: the report's POST is a row of the record, no gap", () => {
    const s = scan.scenario('reporting-api.html');
    expect(served()).toContain('POST /report?uid=csp-report');
    const rows = s.requests.filter((q) => q.url === REPORTS);
    expect(rows.map((q) => q.method)).toContain('POST');
    expect(rows.every((q) => q.thirdParty && q.phase === 'before-choice')).toBe(true);
    expect(s.summary.incomplete ?? []).toEqual([]);
  });

  it('are not sent for an endpoint named only by the older Report-To header', () => {
    const s = scan.scenario('reporting-api-legacy.html');
    expect(served().filter((x) => x.includes('csp-report-legacy'))).toEqual([]);
    expect(s.requests.filter((q) => q.url.includes('csp-report-legacy'))).toEqual([]);
  });
});
