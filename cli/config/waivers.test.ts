import { describe, expect, it } from 'vitest';
import { buildReport } from '../../utils/export/report-build.ts';
import type { ScenarioReport } from '../../utils/export/report.ts';
import type { Finding } from '../../utils/findings/index.ts';
import { csvBody } from '../../utils/export/csv.ts';
import { reportToJunit } from '../../utils/export/junit.ts';
import { summaryTable } from '../table.ts';
import { applyWaivers, globRegExp, today, waiverMatches, waiverMessages } from './waivers.ts';

const TOOL = { name: 'consent-auditor', version: '0', data: { trackers: 'x', ipTable: null } };

function finding(id: string, severity: Finding['severity'] = 'violation'): Finding {
  const [rule = '', kind = 'request'] = id.split(':');
  return {
    id,
    rule: rule as Finding['rule'],
    severity,
    title: id,
    explanation: '',
    fix: '',
    subject: { kind: kind as Finding['subject']['kind'] },
    evidence: { items: [], total: 0, more: 0, times: null, scripts: [], notes: [] },
  };
}

function scenario(url: string, findings: Finding[]): ScenarioReport {
  const bySeverity = { violation: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return {
    url,
    pageUrl: url,
    consent: 'none',
    answered: null,
    answerDetail: null,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    automation: [],
    cmp: null,
    choice: null,
    requests: [],
    cookies: [],
    storage: [],
    thirdParties: [],
    findings,
    errors: [],
    error: null,
    summary: {
      verdict: bySeverity.violation ? 'violations' : bySeverity.warning ? 'warnings' : 'clean',
      passed: false,
      bySeverity,
      requests: 0,
      thirdPartyRequests: 0,
      trackerRequests: 0,
      cookies: 0,
      thirdPartyCookies: 0,
      storage: 0,
      thirdParties: 0,
    },
  };
}

const HOTJAR = finding('third-country-transfer:transfer:hotjar.com');
const GA = finding('tracking-request-before-choice:request:www.google-analytics.com');
const FBP = finding('tracking-after-reject:cookie:_fbp@shop.example', 'warning');

describe('waiver patterns', () => {
  it.each<[string, Finding, boolean]>([
    ['third-country-transfer:transfer:hotjar.com', HOTJAR, true],
    ['third-country-transfer:hotjar.com', HOTJAR, true],
    ['third-country-transfer:*.hotjar.com', HOTJAR, true],
    ['third-country-transfer:*', HOTJAR, true],
    ['third-country-transfer', HOTJAR, true],
    ['THIRD-COUNTRY-TRANSFER:HOTJAR.COM', HOTJAR, true],
    ['third-country-transfer:hotjar.co', HOTJAR, false],
    ['third-country-transfer:*.hotjar.com', finding('third-country-transfer:transfer:nothotjar.com'), false],
    ['tracking-request-before-choice:*.google-analytics.com', GA, true],
    ['tracking-request-before-choice:google-analytics.com', GA, false],
    ['tracking-after-reject:_fbp@*', FBP, true],
    ['tracking-*', FBP, true],
    ['*', GA, true],
    ['third-country', HOTJAR, false],
  ])('%s on %#', (pattern, f, expected) => {
    expect(waiverMatches({ finding: pattern, reason: 'r', expires: '2099-01-01' }, f, 'https://x.example/')).toBe(
      expected,
    );
  });

  it('narrows by URL glob and treats regex characters as text', () => {
    const w = { finding: '*', url: 'https://www.shop.example/checkout/*', reason: 'r', expires: '2099-01-01' };
    expect(waiverMatches(w, GA, 'https://www.shop.example/checkout/pay?x=1')).toBe(true);
    expect(waiverMatches(w, GA, 'https://www.shop.example/cart')).toBe(false);
    expect(globRegExp('a+b(c)?').test('a+b(c)?')).toBe(true);
    expect(globRegExp('a+b').test('aab')).toBe(false);
  });

  it('dates today in UTC', () => {
    expect(today(Date.UTC(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('applying waivers', () => {
  const scenarios = [scenario('https://a.example/', [HOTJAR, GA]), scenario('https://b.example/', [GA, FBP])];

  it('marks matching findings, keeps them, and a run with only waived violations passes', () => {
    const r = applyWaivers(
      scenarios,
      [
        {
          finding: 'tracking-request-before-choice:*google-analytics.com',
          reason: 'consent mode basic',
          expires: '2026-06-30',
        },
        {
          finding: 'third-country-transfer:hotjar.com',
          url: 'https://a.example/*',
          reason: 'SCCs signed',
          expires: '2026-06-30',
        },
      ],
      '2026-06-30',
    );
    expect(r.scenarios.map((s) => s.findings.map((f) => f.waived?.reason ?? null))).toEqual([
      ['SCCs signed', 'consent mode basic'],
      ['consent mode basic', null],
    ]);
    expect(r.scenarios[1]?.summary.waived).toEqual({ violation: 1, warning: 0, info: 0 });
    expect(r.scenarios[1]?.summary.bySeverity).toEqual({ violation: 1, warning: 1, info: 0 });
    expect(r.waivers.map((w) => [w.status, w.matched])).toEqual([
      ['active', 2],
      ['active', 1],
    ]);
    const report = buildReport({
      tool: TOOL,
      urls: ['https://a.example/', 'https://b.example/'],
      scenarios: r.scenarios,
      startedAt: 0,
      finishedAt: 1,
      waivers: r.waivers,
    });
    expect(report.summary.verdict).toBe('pass');
    expect(report.scenarios.map((s) => [s.summary.verdict, s.summary.passed])).toEqual([
      ['violations', true],
      ['violations', true],
    ]);
    expect(
      buildReport({ tool: TOOL, urls: [], scenarios: r.scenarios, startedAt: 0, finishedAt: 1, failOn: 'warning' })
        .summary.verdict,
    ).toBe('fail');
    expect(buildReport({ tool: TOOL, urls: [], scenarios, startedAt: 0, finishedAt: 1 }).summary.verdict).toBe('fail');
  });

  it('an expired waiver waives nothing and fails the run; an unused one is reported', () => {
    const r = applyWaivers(
      scenarios,
      [
        { finding: 'third-country-transfer:*', reason: 'old DPA', expires: '2026-06-29' },
        { finding: 'essential-cookie', reason: 'never seen', expires: '2099-01-01' },
      ],
      '2026-06-30',
    );
    expect(r.scenarios.flatMap((s) => s.findings).some((f) => f.waived)).toBe(false);
    expect(r.waivers.map((w) => [w.status, w.matched])).toEqual([
      ['expired', 1],
      ['active', 0],
    ]);
    const clean = [scenario('https://c.example/', [finding('third-country-transfer:transfer:x.com', 'info')])];
    const expired = applyWaivers(clean, [{ finding: 'x', reason: 'r', expires: '2020-01-01' }], '2026-06-30').waivers;
    expect(
      buildReport({ tool: TOOL, urls: [], scenarios: clean, startedAt: 0, finishedAt: 1, waivers: expired }).summary
        .verdict,
    ).toBe('fail');
    expect(waiverMessages(r.waivers)).toEqual({
      expired: [
        'waiver "third-country-transfer:*" expired on 2026-06-29 (reason: old DPA); renew it or fix the finding',
      ],
      unused: ['waiver "essential-cookie" matched no finding'],
    });
  });
});

describe('waived findings in the outputs', () => {
  const r = applyWaivers(
    [scenario('https://a.example/', [HOTJAR, GA])],
    [{ finding: 'third-country-transfer:hotjar.com', reason: 'SCCs signed', expires: '2027-01-31' }],
    '2026-06-30',
  );
  const report = buildReport({
    tool: TOOL,
    urls: ['https://a.example/'],
    scenarios: r.scenarios,
    startedAt: 0,
    finishedAt: 1,
    waivers: r.waivers,
  });

  it('JUnit fails on the unwaived finding only and lists the waived one as such', () => {
    const xml = reportToJunit(report);
    expect(xml).toMatch(
      /<failure[^>]*>\[violation\] tracking-request-before-choice:request:www\.google-analytics\.com/,
    );
    expect(xml).not.toMatch(/<failure[^>]*>[^<]*hotjar/);
    expect(xml).toContain(
      '<system-out>[waived until 2027-01-31: SCCs signed] [violation] third-country-transfer:transfer:hotjar.com',
    );
  });

  it('the table and the CSV say "waived"', () => {
    expect(summaryTable(report)).toMatch(/violations \(1 waived\) \(FAIL\)/);
    expect(summaryTable(report)).toContain(', 1 finding(s) waived (fail on: violation)');
    expect(csvBody('csv-findings', report.scenarios).split('\r\n')[1]).toMatch(/,until 2027-01-31: SCCs signed$/);
  });
});
