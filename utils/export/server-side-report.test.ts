// Server-side collectors in the JSON report (schema-valid optional field) and the HTML export (their own table), from
// the analysis of the demo's /detect/collectors.html requests; pages without one keep their reports unchanged.
import { describe, expect, it } from 'vitest';
import { DATASET_VERSION } from '../../data/index.ts';
import { analyze } from '../findings/index.ts';
import { realKnowledge, START, Visit } from '../../test/support/findings.ts';
import { schemaErrors } from '../../test/support/export.ts';
import { buildReport, buildScenarioReport } from './report-build.ts';
import { reportToHtml } from './html.ts';
import type { Report, ToolInfo } from './report.ts';

const DE_IP = '81.169.145.1';
const TOOL: ToolInfo = {
  name: 'consent-auditor',
  version: '0.1.0',
  data: { trackers: DATASET_VERSION, ipTable: { source: 'x', version: '1', built: '2026-01-01' } },
};

function reportOf(v: Visit, lang: 'en' | 'de' = 'en'): Report {
  const record = v.record();
  const s = buildScenarioReport({
    consent: 'none',
    url: v.pageUrl,
    record,
    analysis: analyze(record, realKnowledge(), { lang }),
    startedAt: START - 100,
    finishedAt: START + 5000,
  });
  return buildReport({ tool: TOOL, urls: [v.pageUrl], scenarios: [s], startedAt: START, finishedAt: START + 9000 });
}

const collectors = (): Visit =>
  new Visit()
    .req('https://sp.shop.example/com.snowplowanalytics.snowplow/tp2', 100, { method: 'POST', ip: DE_IP })
    .req('https://sgtm.shop.example/g/collect?v=2&tid=G-DEMO123&cid=a1&en=page_view', 130, { type: 'ping', ip: DE_IP })
    .req('https://www.shop.example/api/event', 140, { type: 'xmlhttprequest', method: 'POST', ip: DE_IP })
    .req('https://www.shop.example/api/g/collect?item=42', 150, { type: 'xmlhttprequest', ip: DE_IP });

describe('server-side collectors in the report', () => {
  it('JSON: one entry per host and service, the onward recipient as the tracker row, schema-valid', () => {
    const r = reportOf(collectors());
    expect(schemaErrors(r)).toBe('');
    const list = r.scenarios[0]?.serverSideCollectors ?? [];
    expect(
      list.map((c) => [c.host, c.service, c.onward.kind, c.onward.recipient?.company ?? null, c.transfer]),
    ).toEqual([
      ['sgtm.shop.example', 'Google Analytics 4', 'forwards', 'Google Ireland Limited', 'unknown'],
      ['sp.shop.example', 'Snowplow', 'not-known', null, 'unknown'],
      ['www.shop.example', 'Plausible Analytics', 'forwards', 'Plausible Insights OÜ', 'ok'],
    ]);
    const ga = list[0];
    expect(ga?.servers).toEqual([{ ip: DE_IP, country: 'DE' }]);
    expect(ga?.onward.recipient).toMatchObject({ parent: 'Google LLC', parentCountry: 'US' });
    expect(ga?.onward.recipient?.transferCountries).toContain('US');
    expect(ga?.statement).toContain("The site's server may forward them on");
    expect(list[2]?.onward.recipient?.transferCountries).toEqual([]);
    expect(r.scenarios[0]?.findings.map((f) => f.id)).toContain(
      'server-side-collector-transfer:transfer:google-analytics-4@sgtm.shop.example',
    );
    expect(r.scenarios[0]?.summary.verdict).toBe('violations');
  });

  it('HTML: a table with the server the browser talked to and the likely onward transfer, in English and German', () => {
    const html = reportToHtml(reportOf(collectors()));
    expect(html).toContain('<h4>Server-side collectors (3)</h4>');
    expect(html).toContain(
      '<strong>onward transfer to Google Ireland Limited (IE) likely; not visible from the browser</strong>',
    );
    expect(html).toContain('<strong>onward recipients not known</strong>');
    expect(html).toContain('<code>81.169.145.1</code> Germany (DE)');
    const de = reportToHtml(reportOf(collectors(), 'de'), { lang: 'de' });
    expect(de).toContain('<h4>Serverseitige Collectors (3)</h4>');
    expect(de).toContain(
      'Weiterübermittlung an Google Ireland Limited (IE) wahrscheinlich; vom Browser aus nicht sichtbar',
    );
  });

  it('a page without one: no field in the JSON and no section in the HTML', () => {
    const r = reportOf(
      new Visit().req('https://www.shop.example/g/collect?item=42', 100, { type: 'xmlhttprequest', ip: DE_IP }),
    );
    expect(r.scenarios[0]).not.toHaveProperty('serverSideCollectors');
    expect(schemaErrors(r)).toBe('');
    expect(reportToHtml(r)).not.toContain('Server-side collectors');
  });
});
