// Reporting API reports joined as request entries (cli/reporting-join.ts): the tracker rules judge them, the rows say
// how far each was sent, and only a report whose endpoint cannot be named stays a gap.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { auditedScenario, reportOf } from '../test/support/export.ts';
import { realKnowledge, START, Visit } from '../test/support/findings.ts';
import { reportToHtml } from '../utils/export/html.ts';
import { analyze } from '../utils/findings/index.ts';
import { recordGaps } from '../utils/record/record-gaps.ts';
import type { QueuedReport } from './reporting-api.ts';
import { joinReports, reportGap } from './reporting-join.ts';

const PAGE = 'https://www.shop.example/';
const GA_REPORTS = 'https://www.google-analytics.com/g/collect?v=2&tid=G-1&en=csp';
const report = (o: Partial<QueuedReport> = {}): QueuedReport => ({
  id: 'A1',
  endpoints: [GA_REPORTS],
  type: 'csp-violation',
  initiator: PAGE,
  t: START + 400,
  delivery: 'sent',
  attempts: 0,
  ...o,
});
const ruleIds = (v: Visit, reports: QueuedReport[]): string[] =>
  analyze(joinReports(v.record(), reports, 0, START + 5000), realKnowledge()).findings.map((f) => f.rule);

describe('joinReports', () => {
  it('makes a report to a known tracker before the choice a violation, as a request to it is', () => {
    const v = new Visit(PAGE);
    // Without the join the page is clean: the report is in no record.
    expect(ruleIds(v, [])).not.toContain('tracking-request-before-choice');
    expect(ruleIds(v, [report()])).toContain('tracking-request-before-choice');
    // No server address is known for a report: the transfer rule goes by the recipient (Google).
    expect(ruleIds(v, [])).not.toContain('third-country-transfer');
    expect(ruleIds(v, [report()])).toContain('third-country-transfer');
    // Queued before a reject, it stays before the choice; queued after the reject, it is tracking after it.
    expect(ruleIds(new Visit(PAGE).choice('reject', 2000), [report({ t: START + 3000 })])).toContain(
      'tracking-after-reject',
    );
  });

  it('judges a report to an unknown third party as Firefox records it, an XHR: an id in its URL is a warning', () => {
    const unknown = report({ endpoints: ['https://reports.example/r?uid=a8f3k2j9x7q1w5e6r4t2'] });
    expect(ruleIds(new Visit(PAGE), [unknown])).toContain('unknown-third-party-tracking');
    // Fails without the XHR reading (unknown-tracking.ts): a request of type report was judged by no parameter.
    const plain = report({ endpoints: ['https://reports.example/r?group=csp'] });
    expect(ruleIds(new Visit(PAGE), [plain])).not.toContain('unknown-third-party-tracking');
  });

  it('gives the entry the report: POST to its endpoint, its document, the time it was queued, its party', () => {
    const record = joinReports(new Visit(PAGE).req(`${PAGE}app.js`, 900).record(), [report()], 0, START + 5000);
    const q = record.requests.find((r) => r.id === 'report:A1');
    expect(q).toMatchObject({
      url: GA_REPORTS,
      host: 'www.google-analytics.com',
      site: 'google-analytics.com',
      party: 'third',
      type: 'report',
      method: 'POST',
      t: START + 400,
      frameUrl: PAGE,
      initiator: 'https://www.shop.example',
      source: 'browser',
      report: { type: 'csp-violation', delivery: 'sent' },
    });
    expect(q).not.toHaveProperty('error');
    // In time order, not at the end.
    expect(record.requests.map((r) => r.id).indexOf('report:A1')).toBeLessThan(record.requests.length - 1);
    expect(record.errors).toEqual([]);
    // Joined once: a second join of the same report adds nothing.
    expect(joinReports(record, [report()], 0, START + 6000).requests).toHaveLength(record.requests.length);
  });

  it("is a first-party entry, and no gap, for a report to the document's own site", () => {
    const own = report({ endpoints: ['https://csp.shop.example/r'] });
    const record = joinReports(new Visit(PAGE).record(), [own], 0, START + 5000);
    expect(record.requests.find((r) => r.id === 'report:A1')).toMatchObject({ party: 'first', site: 'shop.example' });
    expect(recordGaps(record)).toEqual([]);
  });

  it('says in the row when it was not sent: queued at the end, tried and failed, or on its way', () => {
    const rows = joinReports(
      new Visit(PAGE).record(),
      [
        report({ id: 'q', delivery: 'queued' }),
        report({ id: 'f', delivery: 'failed', attempts: 2 }),
        report({ id: 's', delivery: 'sending' }),
      ],
      0,
      START + 5000,
    ).requests;
    const error = (id: string): string | undefined => rows.find((r) => r.id === `report:${id}`)?.error;
    expect(error('q')).toBe(
      'queued by the browser, not yet sent when the audit ended (Reporting API): the page arranged it',
    );
    expect(error('f')).toBe('not delivered (Reporting API): the browser tried 2 times, so the endpoint was contacted');
    expect(error('s')).toBe('being sent when the audit ended (Reporting API)');
    // An unsent report to a tracker is still the page's arrangement: judged as any request before the choice.
    expect(ruleIds(new Visit(PAGE), [report({ delivery: 'queued' })])).toContain('tracking-request-before-choice');
  });

  it('keeps the gap where the endpoint cannot be named: a group with no URL seen, or several URLs', () => {
    const unnamed = [
      report({ id: 'g', endpoints: ['(endpoint group "x")'], type: 'deprecation' }),
      report({ id: 'm', endpoints: ['https://tracker.example/r', 'https://www.shop.example/csp'] }),
    ];
    const record = joinReports(new Visit(PAGE).record(), unnamed, 0, START + 5000);
    expect(record.requests.some((r) => r.type === 'report')).toBe(false);
    expect(recordGaps(record)).toEqual([
      'the browser queued 2 reports (deprecation, csp-violation) for (endpoint group "x"), https://tracker.example/r (Reporting API) whose endpoint could not be named: what they carried is not in this record',
    ]);
    // Several URLs all of the document's own site: no party outside the record.
    const own = report({ endpoints: ['https://a.shop.example/r', 'https://b.shop.example/r'] });
    expect(reportGap([own], 0, 5)).toBeNull();
    // A frame's report to its own site neither.
    const frame = report({
      initiator: 'https://www.video.example/embed/1',
      endpoints: ['https://a.video.example/r', 'https://b.video.example/r'],
    });
    expect(reportGap([frame], 0, 5)).toBeNull();
  });

  it('is a gap when the page queued more reports than the CLI watches', () => {
    expect(reportGap([], 3, 5)?.message).toBe(
      '3 more reports than the CLI watches (Reporting API): what they carried is not in this record',
    );
  });
});

describe('a joined report in the exports', () => {
  const validate = (() => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8')));
  })();
  const record = joinReports(new Visit(PAGE).record(), [report({ delivery: 'queued' })], 0, START + 5000);
  const full = reportOf([auditedScenario(record)]);

  it('JSON: the row names its type, document and delivery, and says it was not sent; the schema takes it', () => {
    const row = full.scenarios[0]?.requests.find((r) => r.type === 'report');
    expect(row).toMatchObject({
      url: GA_REPORTS,
      method: 'POST',
      thirdParty: true,
      phase: 'before-choice',
      error: 'queued by the browser, not yet sent when the audit ended (Reporting API): the page arranged it',
      report: { type: 'csp-violation', document: PAGE, delivery: 'queued' },
    });
    expect(full.scenarios[0]?.requests.find((r) => r.type !== 'report')).not.toHaveProperty('report');
    expect(validate(JSON.parse(JSON.stringify(full))) ? '' : JSON.stringify(validate.errors)).toBe('');
  });

  it('HTML: the row says it is a report, of which document, and how far it was sent; German too', () => {
    expect(reportToHtml(full)).toContain('Reporting API report (csp-violation), queued, not yet sent, of');
    expect(reportToHtml(full, { lang: 'de' })).toContain('Reporting-API-Bericht (csp-violation), eingereiht');
  });
});
