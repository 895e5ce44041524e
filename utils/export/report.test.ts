import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DATASET_VERSION } from '../../data/index.ts';
import { analyze } from '../findings/index.ts';
import { fixtureKnowledge, noEvidenceKnowledge, realKnowledge, START, Visit } from '../../test/support/findings.ts';
import { buildReport, buildScenarioReport, consentOfRecord, isoTime } from './report-build.ts';
import { scenarioPassed } from './report-verdict.ts';
import type { FailOn, Report, ScenarioInput, ScenarioReport, ToolInfo } from './report.ts';
import { csvBody } from './csv.ts';
import { reportToHtml } from './html.ts';

const GA = 'https://www.google-analytics.com/analytics.js';
const GA_HIT = 'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1234567890.1700000000&en=page_view';
const TOOL: ToolInfo = {
  name: 'consent-auditor',
  version: '0.1.0',
  data: { trackers: DATASET_VERSION, ipTable: { source: 'x', version: '1', built: '2026-01-01' } },
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
);

function schemaErrors(report: unknown): string {
  return validate(report) ? '' : JSON.stringify(validate.errors, null, 1);
}

/** A shop that loads Google Analytics before any choice, sets its cookie, and optionally gets an answer. */
function trackingVisit(answer?: 'reject' | 'accept'): Visit {
  const v = new Visit()
    .req(GA, 100, { ip: '8.8.8.8' })
    .scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 150, GA)
    .req(GA_HIT, 300, { type: 'ping' })
    .storage('prefs', 'dark', 200);
  if (answer) v.choice(answer, 2000).req(GA_HIT, 4000, { type: 'ping' });
  return v;
}

function scenario(v: Visit, consent: ScenarioInput['consent'], extra: Partial<ScenarioInput> = {}): ScenarioReport {
  const record = v.record();
  return buildScenarioReport({
    consent,
    url: v.pageUrl,
    record,
    analysis: analyze(record, realKnowledge()),
    startedAt: START - 100,
    finishedAt: START + 5000,
    ...(consent === 'none' ? {} : { answered: { started: true, detail: 'clicked' } }),
    ...extra,
  });
}

describe('buildScenarioReport', () => {
  it('turns a record and its analysis into the report fields, with the request status joined back from the record', () => {
    const s = scenario(trackingVisit(), 'none');
    expect(s).toMatchObject({
      url: 'https://www.shop.example/',
      pageUrl: 'https://www.shop.example/',
      consent: 'none',
      answered: null,
      error: null,
      choice: null,
    });
    const ga = s.requests.find((r) => r.url === GA);
    expect(ga).toMatchObject({
      host: 'www.google-analytics.com',
      thirdParty: true,
      serverIp: '8.8.8.8',
      serverCountry: 'US',
      phase: 'before-choice',
      t: 100,
      status: 200,
      tracker: { name: expect.stringMatching(/Google Analytics/), companyCountry: 'IE' },
    });
    expect(s.cookies.find((c) => c.name === '_ga')).toMatchObject({
      domain: 'shop.example',
      thirdParty: false,
      setBy: 'script',
      phase: 'before-choice',
      script: GA,
    });
    expect(s.storage).toEqual([expect.objectContaining({ kind: 'localStorage', key: 'prefs', thirdParty: false })]);
    const rules = s.findings.map((f) => f.rule);
    expect(rules).toContain('tracking-request-before-choice');
    expect(s.findings.every((f) => ['violation', 'warning', 'info'].includes(f.severity) && f.subject.kind)).toBe(true);
    expect(s.summary).toMatchObject({
      verdict: 'violations',
      passed: false,
      requests: s.requests.length,
      thirdPartyRequests: 2,
      trackerRequests: 2,
    });
    expect(s.summary.bySeverity.violation).toBe(s.findings.filter((f) => f.severity === 'violation').length);
    expect(s.startedAt).toBe(isoTime(START - 100));
  });

  it.each<[string, 'reject' | 'accept', Visit, ScenarioInput['answered'], boolean, RegExp | null]>([
    [
      'answered: the choice asked for is recorded',
      'reject',
      trackingVisit('reject'),
      { started: true, detail: 'Clicked "Reject all"' },
      true,
      null,
    ],
    ['accept answered', 'accept', trackingVisit('accept'), { started: true, detail: 'autoconsent' }, true, null],
    [
      'the background could not start',
      'reject',
      trackingVisit(),
      { started: false, detail: 'No banner answered: no autoconsent rule matched' },
      false,
      /No banner answered.*no choice was recorded/,
    ],
    [
      'started but no choice came',
      'accept',
      trackingVisit(),
      { started: true, detail: 'Answering' },
      false,
      /no choice was recorded/,
    ],
    [
      'the recorded choice is the other one',
      'reject',
      trackingVisit('accept'),
      { started: true, detail: 'x' },
      false,
      /"accept", not "reject"/,
    ],
    ['never asked (background absent)', 'reject', trackingVisit(), null, false, /could not be answered/],
  ])('%s', (_name, consent, v, answered, expected, detail) => {
    const s = scenario(v, consent, { answered });
    expect(s.answered).toBe(expected);
    if (detail) expect(s.answerDetail).toMatch(detail);
    if (!expected) expect(s.summary).toMatchObject({ verdict: 'not-answered', passed: false });
  });

  it('phases after the answer follow the choice, with the choice as ISO time', () => {
    const s = scenario(trackingVisit('reject'), 'reject');
    expect(s.choice).toEqual({
      action: 'reject',
      at: isoTime(START + 2000),
      source: 'automation',
      via: 'test reject button',
    });
    expect(s.requests.filter((r) => r.phase === 'after-reject').map((r) => r.t)).toEqual([4000]);
    expect(s.findings.map((f) => f.rule)).toContain('tracking-after-reject');
  });

  it('keeps the automation steps and, when the dataset does not know the consent tool, says which banner rule found it', () => {
    const v = trackingVisit('accept');
    v.events.push({
      k: 'automation',
      t: START + 1900,
      status: 'popup-found',
      cmp: 'Some CMP',
      detail: 'open banner found',
    });
    const s = scenario(v, 'accept');
    expect(s.automation).toEqual([
      { at: isoTime(START + 1900), status: 'popup-found', action: null, cmp: 'Some CMP', detail: 'open banner found' },
    ]);
    expect(s.cmp).toEqual({
      id: 'autoconsent:Some CMP',
      name: 'banner found by autoconsent rule "Some CMP" (CMP not identified)',
    });
  });

  it('a scenario that could not run has an error, no data, and never passes', () => {
    const s = buildScenarioReport({
      consent: 'reject',
      url: 'https://nope.invalid/',
      record: null,
      analysis: null,
      startedAt: 0,
      finishedAt: 1,
      error: 'net::ERR_NAME_NOT_RESOLVED',
    });
    expect(s).toMatchObject({
      url: 'https://nope.invalid/',
      pageUrl: null,
      error: 'net::ERR_NAME_NOT_RESOLVED',
      requests: [],
      findings: [],
      answered: false,
    });
    expect(s.summary).toMatchObject({ verdict: 'error', passed: false });
    expect(FAILS.map((f) => scenarioPassed(s, f))).toEqual([false, false, false]);
  });

  it('without a record and without an error it says the extension recorded nothing', () => {
    const s = buildScenarioReport({ consent: 'none', record: null, analysis: null, startedAt: 0, finishedAt: 0 });
    expect(s.error).toMatch(/recorded nothing/);
  });

  it('lists recording notes, analysis errors and run notes in errors[]', () => {
    const v = trackingVisit();
    v.events.push({ k: 'error', t: START + 10, where: 'storage', message: 'quota exceeded' });
    const record = v.record();
    const analysis = { ...analyze(record, realKnowledge()), errors: ['rule x failed: boom'] };
    const s = buildScenarioReport({
      consent: 'none',
      record,
      analysis,
      startedAt: 0,
      finishedAt: 0,
      notes: ['the page answered HTTP 404'],
    });
    expect(s.errors).toEqual([
      'the page answered HTTP 404',
      'analysis: rule x failed: boom',
      'recording (storage): quota exceeded',
    ]);
  });

  it('survives garbage: an analysis of a non-record and invalid times', () => {
    const garbage = analyze(JSON.parse('{"url": 5}'), realKnowledge());
    const s = buildScenarioReport({
      consent: 'none',
      record: null,
      analysis: garbage,
      startedAt: Number.NaN,
      finishedAt: new Date('nonsense'),
      error: 'x'.repeat(5000),
    });
    expect(s.startedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(s.error).toHaveLength(2000);
    expect(s.errors[0]).toMatch(/not a page record/);
  });
});

const FAILS: readonly FailOn[] = ['violation', 'warning', 'never'];

describe('buildReport', () => {
  const none = scenario(trackingVisit(), 'none');
  const rejected = scenario(trackingVisit('reject'), 'reject');
  const unanswered = scenario(trackingVisit(), 'accept', {
    answered: { started: false, detail: 'No banner answered' },
  });
  const clean = scenario(new Visit().req('https://www.shop.example/app.js', 50), 'none');
  const warningOnly = scenario(
    new Visit()
      .req('https://unknown-cdn.example/x.js?uid=a8f3k2j9x7q1w5e6', 50)
      .cookie('uid', 'unknown-cdn.example', 'a8f3k2j9x7q1w5e6r4t2', 60),
    'none',
  );
  const failed = buildScenarioReport({
    consent: 'none',
    url: 'https://nope.invalid/',
    record: null,
    analysis: null,
    startedAt: 0,
    finishedAt: 0,
    error: 'dns',
  });

  it('has the top-level fields, the summary over all scenarios, and validates against the schema', () => {
    const r = buildReport({
      tool: TOOL,
      urls: ['https://www.shop.example/'],
      scenarios: [none, rejected, unanswered],
      startedAt: START,
      finishedAt: START + 9000,
      consent: ['none', 'reject', 'accept'],
      waitMs: 1500,
    });
    expect(r).toMatchObject({
      format: 'consent-auditor-report',
      formatVersion: 1,
      url: 'https://www.shop.example/',
      options: { failOn: 'violation', waitMs: 1500 },
    });
    const sum = (k: 'violation' | 'warning' | 'info'): number =>
      [none, rejected, unanswered].reduce((n, s) => n + s.summary.bySeverity[k], 0);
    expect(r.summary).toEqual({
      scenarios: 3,
      bySeverity: { violation: sum('violation'), warning: sum('warning'), info: sum('info') },
      notAnswered: 1,
      errors: 0,
      failOn: 'violation',
      verdict: 'fail',
    });
    expect(schemaErrors(r)).toBe('');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('a batch has url null and every URL in urls; an error scenario still validates', () => {
    const r = buildReport({
      tool: { ...TOOL, data: { ...TOOL.data, ipTable: null }, browser: { name: 'Chromium', version: '156' } },
      urls: ['https://www.shop.example/', 'https://nope.invalid/'],
      scenarios: [clean, failed],
      startedAt: 0,
      finishedAt: 1,
    });
    expect(r.url).toBeNull();
    expect(r.urls).toHaveLength(2);
    expect(r.summary).toMatchObject({ errors: 1, verdict: 'error' });
    expect(schemaErrors(r)).toBe('');
  });

  it('requests[].tracker and thirdParties[].tracker carry parent, parentCountry, transferCountries and dpf; the schema checks them', () => {
    const ga = none.requests.find((r) => r.url === GA);
    // Shipped evidence: Google LLC certified (data/dpf-evidence.ts); without evidence the status is null ("not known").
    const want = {
      company: 'Google Ireland Limited',
      companyCountry: 'IE',
      parent: 'Google LLC',
      parentCountry: 'US',
      transferCountries: ['US'],
      dpf: true,
    };
    expect(ga?.tracker).toMatchObject(want);
    expect(none.thirdParties.find((t) => t.site === 'google-analytics.com')?.tracker).toMatchObject(want);
    const withTables = (k: ReturnType<typeof realKnowledge>) =>
      buildScenarioReport({
        consent: 'none',
        url: 'https://www.shop.example/',
        record: trackingVisit().record(),
        analysis: analyze(trackingVisit().record(), k),
        startedAt: 0,
        finishedAt: 1,
      });
    const certified = withTables(fixtureKnowledge());
    expect(certified.thirdParties.find((t) => t.site === 'google-analytics.com')?.tracker).toMatchObject(want);
    const notKnown = withTables(noEvidenceKnowledge());
    expect(notKnown.thirdParties.find((t) => t.site === 'google-analytics.com')?.tracker).toMatchObject({
      ...want,
      dpf: null,
    });
    const r = buildReport({
      tool: TOOL,
      urls: ['u'],
      scenarios: [none, certified, notKnown],
      startedAt: 0,
      finishedAt: 0,
    });
    expect(schemaErrors(r)).toBe('');
    const mutate = (f: (t: Record<string, unknown>) => void): boolean => {
      const bad = JSON.parse(JSON.stringify(r));
      f(bad.scenarios[0].requests.find((x: { url: string }) => x.url === GA).tracker);
      return validate(bad);
    };
    expect(mutate(() => undefined)).toBe(true);
    expect(
      mutate((t) => {
        t.dpf = 'no';
      }),
    ).toBe(false);
    expect(
      mutate((t) => {
        delete t.transferCountries;
      }),
    ).toBe(false);
    expect(
      mutate((t) => {
        t.transferCountries = ['usa'];
      }),
    ).toBe(false);
    expect(
      mutate((t) => {
        t.parentCountry = 'United States';
      }),
    ).toBe(false);
    expect(
      mutate((t) => {
        delete t.parent;
      }),
    ).toBe(false);
  });

  it('the schema rejects a report with a misspelt or missing field', () => {
    const r: Report = buildReport({ tool: TOOL, urls: ['u'], scenarios: [clean], startedAt: 0, finishedAt: 0 });
    const bad = JSON.parse(JSON.stringify(r));
    bad.scenarios[0].thirdparty = [];
    delete bad.scenarios[0].answered;
    expect(validate(bad)).toBe(false);
  });

  it.each<[string, () => ScenarioReport[], Record<FailOn, 'pass' | 'fail' | 'error'>]>([
    ['violations', () => [none], { violation: 'fail', warning: 'fail', never: 'pass' }],
    ['warnings only', () => [warningOnly], { violation: 'pass', warning: 'fail', never: 'pass' }],
    ['clean', () => [clean], { violation: 'pass', warning: 'pass', never: 'pass' }],
    ['a banner not answered', () => [clean, unanswered], { violation: 'fail', warning: 'fail', never: 'pass' }],
    ['a URL not audited', () => [clean, failed], { violation: 'error', warning: 'error', never: 'error' }],
  ])('verdict with %s under each fail-on', (_name, scenarios, verdicts) => {
    for (const failOn of FAILS) {
      const r = buildReport({ tool: TOOL, urls: ['u'], scenarios: scenarios(), startedAt: 0, finishedAt: 0, failOn });
      expect(r.summary.verdict, failOn).toBe(verdicts[failOn]);
      expect(r.scenarios.every((s) => s.summary.passed === scenarioPassed(s, failOn))).toBe(true);
    }
  });

  it('the warning-only page really has warnings and no violation', () => {
    expect(warningOnly.summary.bySeverity).toMatchObject({ violation: 0 });
    expect(warningOnly.summary.bySeverity.warning).toBeGreaterThan(0);
    expect(clean.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('helpers', () => {
  it('consentOfRecord: the live record stands for none until a choice, then for the choice', () => {
    expect(consentOfRecord(trackingVisit().record())).toBe('none');
    expect(consentOfRecord(trackingVisit('accept').record())).toBe('accept');
  });
});

// Issue 15.5: a beacon's writer and how far it is trusted reach the JSON, CSV and HTML like a cookie's.
describe('beacon attribution in the exports', () => {
  const BEACON = 'https://www.google-analytics.com/g/collect?v=2&tid=G-1&en=page_view';
  const NAMED = 'https://www.googletagmanager.com/gtag/js';
  const report = (): Report => {
    const v = new Visit()
      .beacon(BEACON, 300, NAMED, 'named-by-page')
      .beacon('https://collect.beaconly.example/b?ev=leave', 400, 'https://cdn.beaconly.example/b.js', 'confident')
      .beacon('https://old.example/b', 500, 'https://old.example/b.js');
    return buildReport({
      tool: TOOL,
      urls: [v.pageUrl],
      scenarios: [scenario(v, 'none')],
      startedAt: START,
      finishedAt: START + 9000,
    });
  };

  it('JSON: requests carry script and attribution (null for an older record), and the schema requires them', () => {
    const r = report();
    const req = (host: string) => r.scenarios[0]?.requests.find((x) => x.host === host);
    expect(req('www.google-analytics.com')).toMatchObject({
      type: 'beacon',
      script: NAMED,
      attribution: 'named-by-page',
    });
    expect(req('collect.beaconly.example')).toMatchObject({
      script: 'https://cdn.beaconly.example/b.js',
      attribution: 'confident',
    });
    expect(req('old.example')).toMatchObject({ script: 'https://old.example/b.js', attribution: null });
    expect(schemaErrors(r)).toBe('');
    const bad = structuredClone(r) as unknown as { scenarios: Array<{ requests: Array<Record<string, unknown>> }> };
    delete bad.scenarios[0]?.requests[0]?.attribution;
    expect(validate(bad)).toBe(false);
    // A finding's evidence item keeps the mark; the page-chosen name is not one of the finding's scripts.
    const hit = r.scenarios[0]?.findings.find(
      (f) => f.rule === 'tracking-request-before-choice' && f.subject.host === 'www.google-analytics.com',
    );
    expect(hit?.evidence.items[0]).toMatchObject({ kind: 'request', script: NAMED, attribution: 'named-by-page' });
    expect(hit?.evidence.scripts).toEqual([]);
  });

  it("CSV and HTML: an attribution column beside the script, a mark under the beacon's URL", () => {
    const r = report();
    const rows = csvBody('csv-requests', r.scenarios).split('\n');
    expect(rows[0]).toContain(',script,attribution,');
    expect(rows.find((l) => l.includes('www.google-analytics.com'))).toContain(`,${NAMED},named-by-page,`);
    const html = reportToHtml(r);
    expect(html).toContain(`Script <code>${NAMED}</code> <em class="attr">(named by the page)</em>`);
    expect(html).not.toContain('<code>https://cdn.beaconly.example/b.js</code> <em');
  });
});
