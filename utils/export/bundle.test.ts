import { describe, expect, it } from 'vitest';
import { realKnowledge, START, Visit } from '../../test/support/findings.ts';
import { analyze } from '../findings/index.ts';
import { newPage } from '../record/record.ts';
import { buildExportBundle, exportFileName } from './bundle.ts';
import type { Har } from './har.ts';
import {
  harBody,
  htmlHashedText,
  integrityFromHtml,
  isIntegrity,
  reportBody,
  sha256Hex,
  splitCsv,
} from './integrity.ts';
import { bundleOf, EVIL_COOKIE, schemaErrors, TOOL } from '../../test/support/export.ts';
import type { ExportKind } from './types.ts';

const KINDS: readonly ExportKind[] = ['json', 'html', 'csv-findings', 'csv-cookies', 'csv-requests', 'har'];

describe('buildExportBundle', async () => {
  const bundle = await bundleOf();
  const json: unknown = JSON.parse(bundle.files.json.text);
  const har: Har = JSON.parse(bundle.files.har.text);

  it('has six files with safe names, MIME types and text', () => {
    expect(Object.keys(bundle.files).sort()).toEqual([...KINDS].sort());
    const stamp = '2023-11-14T22-13-20Z';
    expect(KINDS.map((k) => bundle.files[k].name)).toEqual([
      `consent-audit-www.shop.example-${stamp}.json`,
      `consent-audit-www.shop.example-${stamp}.html`,
      `consent-audit-www.shop.example-${stamp}-findings.csv`,
      `consent-audit-www.shop.example-${stamp}-cookies.csv`,
      `consent-audit-www.shop.example-${stamp}-requests.csv`,
      `consent-audit-www.shop.example-${stamp}.har`,
    ]);
    for (const k of KINDS) {
      expect(bundle.files[k].kind).toBe(k);
      expect(bundle.files[k].name).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(bundle.files[k].text.length).toBeGreaterThan(100);
    }
    expect(bundle.files.html.mime).toMatch(/^text\/html/);
    expect(bundle.files['csv-cookies'].mime).toMatch(/^text\/csv/);
  });

  it('the JSON export is one scenario for the recorded choice and validates against the schema, integrity included', () => {
    expect(schemaErrors(json)).toBe('');
    expect(bundle.report.scenarios).toHaveLength(1);
    expect(bundle.report.scenarios[0]).toMatchObject({ consent: 'reject', answered: true, url: bundle.report.url });
    expect(bundle.report.options.consent).toEqual(['reject']);
    expect(json).toMatchObject({ ...JSON.parse(JSON.stringify(bundle.report)), integrity: { algorithm: 'SHA-256' } });
  });

  it('the schema rejects a malformed integrity block', () => {
    const bad = JSON.parse(bundle.files.json.text);
    bad.integrity.body = 'not-a-hash';
    expect(schemaErrors(bad)).toMatch(/pattern/);
    delete bad.integrity.body;
    expect(schemaErrors(bad)).toMatch(/required/);
  });

  it('all six files carry the same report and HAR hashes, the URL, times and versions, and their own body hash', async () => {
    const reportHash = await sha256Hex(reportBody(bundle.report));
    const harHash = await sha256Hex(harBody(har));
    expect(bundle.integrity).toMatchObject({ report: reportHash, har: harHash });
    const claims = [
      ['json', Object.getOwnPropertyDescriptor(json, 'integrity')?.value, reportHash],
      ['har', har.log._integrity, harHash],
    ] as const;
    for (const [kind, integrity, body] of claims) {
      expect(isIntegrity(integrity), kind).toBe(true);
      expect(integrity).toEqual({ ...bundle.integrity, body });
    }
    for (const k of ['csv-findings', 'csv-cookies', 'csv-requests'] as const) {
      const text = bundle.files[k].text;
      expect(text).toContain(`# body-sha256: ${await sha256Hex(splitCsv(text).body)}\r\n`);
      expect(text).toContain(`# report-sha256: ${reportHash}\r\n`);
      expect(text).toContain(`# har-sha256: ${harHash}\r\n`);
    }
    const html = bundle.files.html.text;
    expect(integrityFromHtml(html)?.body).toBe(await sha256Hex(htmlHashedText(html)));
    expect(html).toContain(`SHA-256 ${reportHash}`);
    expect(bundle.integrity).toMatchObject({
      url: bundle.report.url,
      startedAt: bundle.report.startedAt,
      finishedAt: bundle.report.finishedAt,
      tool: { name: TOOL.name, version: TOOL.version },
      data: { trackers: TOOL.data.trackers, ipTable: '@ip-location-db/geo-whois-asn-country@2.0.0 (built 2026-11-01)' },
    });
  });

  it('the HAR is 1.2 with the recorded requests and the browser', () => {
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toEqual({ name: 'consent-auditor', version: '0.1.0' });
    expect(har.log.browser).toEqual(TOOL.browser);
    expect(har.log.entries.length).toBe(bundle.report.scenarios[0]?.requests.length);
    for (const e of har.log.entries) {
      expect(Date.parse(e.startedDateTime)).not.toBeNaN();
      expect(e.request).toMatchObject({
        method: expect.any(String),
        url: expect.any(String),
        headers: [],
        cookies: [],
      });
      expect(e.response.status).toEqual(expect.any(Number));
      expect(e.timings).toMatchObject({ send: 0, wait: 0, receive: 0 });
    }
  });

  it('the HTML shows the hostile cookie name as text, in English or German', async () => {
    expect(bundle.files.html.text).not.toContain('<img src=x');
    expect(bundle.files.html.text).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    const de = await bundleOf(undefined, 'de');
    expect(de.files.html.text).toContain('<html lang="de">');
    expect(de.files.html.text).toContain('Integrität der Nachweise');
    expect(de.report.scenarios[0]?.findings[0]?.title).toMatch(/wurde|vor|nach/);
  });

  it('the CSVs hold the hostile cookie name as one cell', () => {
    expect(bundle.files['csv-cookies'].text).toContain(`"""><img src=x onerror=alert(1)>"`);
    expect(EVIL_COOKIE).toBe('"><img src=x onerror=alert(1)>');
  });

  it('a record without a choice is the "none" scenario; without analysis it still builds and says so', async () => {
    const record = new Visit().req('https://www.google-analytics.com/analytics.js', 100).record();
    const b = await buildExportBundle({
      record,
      analysis: null,
      tool: TOOL,
      startedAt: START - 50,
      finishedAt: START + 1000,
      lang: 'en',
    });
    expect(b.report.scenarios[0]).toMatchObject({ consent: 'none', answered: null, errors: ['analysis: not run'] });
    expect(b.report.startedAt).toBe(new Date(START - 50).toISOString());
    expect(schemaErrors(JSON.parse(b.files.json.text))).toBe('');
  });

  it('an empty record and odd times still give six valid files', async () => {
    const record = newPage(1, 'not a url', Number.NaN);
    const b = await buildExportBundle({
      record,
      analysis: analyze(record, realKnowledge()),
      tool: TOOL,
      finishedAt: Number.NaN,
      lang: 'de',
    });
    expect(b.files.json.name).toBe('consent-audit-page-1970-01-01T00-00-00Z.json');
    expect(schemaErrors(JSON.parse(b.files.json.text))).toBe('');
    expect(JSON.parse(b.files.har.text).log.entries).toEqual([]);
  });
});

describe('exportFileName', () => {
  it.each<[string, number, ExportKind, string]>([
    [
      'https://www.example.com/a?b',
      Date.UTC(2026, 10, 29, 10, 0, 0, 123),
      'json',
      'consent-audit-www.example.com-2026-11-29T10-00-00Z.json',
    ],
    [
      'https://[::1]:8080/',
      Date.UTC(2026, 0, 1),
      'csv-findings',
      'consent-audit-___1_-2026-01-01T00-00-00Z-findings.csv',
    ],
    ['https://xn--mnchen-3ya.example/', 0, 'har', 'consent-audit-xn--mnchen-3ya.example-1970-01-01T00-00-00Z.har'],
    ['javascript:alert(1)', 0, 'html', 'consent-audit-page-1970-01-01T00-00-00Z.html'],
  ])('%s', (url, t, kind, name) => {
    expect(exportFileName(url, t, kind)).toBe(name);
  });
});
