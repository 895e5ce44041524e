// The Chromium side is test/e2e/hostile-never-sent.test.ts: tracker loads the page's own CSP (meta and header) blocks
// are rows marked not sent (Firefox fires the same trusted `securitypolicyviolation`), warnings, never violations.
import { describe, expect, it } from 'vitest';
import type { ScenarioReport } from '../../utils/export/report.ts';
import { useGapsScan } from '../support/gaps-scan.ts';
import { FIREFOX_PATH } from './helpers.ts';

const scan = useGapsScan('consent-auditor-ff-never-sent-', ['never-sent.html', 'never-sent-header.html'], {
  browserArgs: ['--browser', 'firefox', '--firefox', FIREFOX_PATH],
  minWait: 4000,
  sandboxArgs: false,
});

const notSent = (s: ScenarioReport): Array<[string, string | undefined]> =>
  s.requests.filter((r) => r.notSent !== undefined).map((r) => [r.url, r.notSent]);
const rules = (s: ScenarioReport, rule: string): string[] =>
  s.findings.filter((f) => f.rule === rule).map((f) => f.subject.host ?? '');

describe('tracker loads the page’s CSP blocked (Firefox)', () => {
  it('meta CSP: rows marked not sent, a warning for gtag; the pixel that left is a violation', () => {
    const s = scan.scenario('never-sent.html');
    expect(notSent(s).sort()).toEqual([
      ['https://tracker.adnet.test/beacon?uid=csp-meta-fetch', 'csp:connect-src'],
      ['https://tracker.adnet.test/pixel.gif?uid=csp-meta-img', 'csp:img-src'],
      ['https://www.googletagmanager.com/gtag/js?id=G-CSPMETA', 'csp:script-src-elem'],
    ]);
    expect(rules(s, 'blocked-tracker-attempt')).toEqual(['www.googletagmanager.com']);
    const violations = rules(s, 'tracking-request-before-choice');
    expect(violations).toContain('www.facebook.com');
    expect(violations).not.toContain('www.googletagmanager.com');
    // Known: the CLI maps hosts for Firefox through its own proxy, so a name with no address is the proxy's 502
    // (NS_ERROR_PROXY_BAD_GATEWAY), not NS_ERROR_UNKNOWN_HOST: a proxy was reached, and the row counts as sent.
    const bing = s.requests.find((r) => r.url.startsWith('https://bat.bing.com/'));
    expect(bing?.notSent).toBeUndefined();
  });

  it('CSP header: one not-sent row each, a warning, no violation, no recording note', () => {
    const s = scan.scenario('never-sent-header.html');
    expect(notSent(s).sort()).toEqual([
      ['https://tracker.adnet.test/beacon?uid=csp-header-fetch', 'csp:connect-src'],
      ['https://tracker.adnet.test/pixel.gif?uid=csp-header-img', 'csp:img-src'],
      ['https://tracker.adnet.test/pixel.gif?uid=csp-header-script-img', 'csp:img-src'],
      ['https://www.googletagmanager.com/gtag/js?id=G-CSPHEADER', 'csp:script-src-elem'],
    ]);
    expect(rules(s, 'blocked-tracker-attempt')).toEqual(['www.googletagmanager.com']);
    expect(s.errors).toEqual([]);
    expect(s.summary.verdict).toBe('warnings');
  });
});
