import { describe, expect, it } from 'vitest';
import { analyze } from '../findings/index.ts';
import { realKnowledge, START } from '../../test/support/findings.ts';
import { buildScenarioReport } from './report-build.ts';
import { CSV_COLUMNS, CSV_KINDS, csvBody, sealedCsv } from './csv.ts';
import { integrityFromCsvHeader, parseCsvHeader, sha256Hex, splitCsv, type IntegrityBase } from './integrity.ts';
import { EVIL_COOKIE, evilVisit } from '../../test/support/export.ts';

/** RFC 4180 parser for the tests: quoted cells with "" escapes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const record = evilVisit().record();
const scenario = buildScenarioReport({
  consent: 'reject',
  url: record.url,
  record,
  analysis: analyze(record, realKnowledge()),
  startedAt: START,
  finishedAt: START + 5000,
});
const BASE: IntegrityBase = {
  algorithm: 'SHA-256',
  report: 'b'.repeat(64),
  har: 'c'.repeat(64),
  url: record.url,
  startedAt: '2023-11-14T22:13:20.000Z',
  finishedAt: '2023-11-14T22:13:25.000Z',
  tool: { name: 'consent-auditor', version: '0.1.0' },
  data: { trackers: '2026.11.29', ipTable: 'pkg@1 (built x)' },
};

describe('csvBody', () => {
  it.each(CSV_KINDS)('%s: a column row, then one row per item with as many cells', (kind) => {
    const rows = parseCsv(csvBody(kind, [scenario]));
    expect(rows[0]).toEqual(CSV_COLUMNS[kind]);
    const items =
      kind === 'csv-findings' ? scenario.findings : kind === 'csv-cookies' ? scenario.cookies : scenario.requests;
    expect(rows).toHaveLength(items.length + 1);
    expect(rows.every((r) => r.length === CSV_COLUMNS[kind].length)).toBe(true);
    expect(rows.slice(1).every((r) => r[0] === 'reject')).toBe(true);
  });

  it('keeps a hostile cookie name as one quoted cell and neutralises formula starts', () => {
    const rows = parseCsv(
      csvBody('csv-cookies', [
        {
          ...scenario,
          cookies: [...scenario.cookies, { ...scenario.cookies[0]!, name: '=HYPERLINK("http://x","y")' }],
        },
      ]),
    );
    expect(rows.map((r) => r[1])).toContain(EVIL_COOKIE);
    expect(rows.map((r) => r[1])).toContain(`'=HYPERLINK("http://x","y")`);
  });

  it('requests carry phase, status, tracker and server country', () => {
    const rows = parseCsv(csvBody('csv-requests', [scenario]));
    const ga = rows.find((r) => r[1] === 'https://www.google-analytics.com/analytics.js');
    const col = (name: string): number => CSV_COLUMNS['csv-requests'].indexOf(name);
    expect(ga?.[col('phase')]).toBe('before-choice');
    expect(ga?.[col('status')]).toBe('200');
    expect(ga?.[col('server_country')]).toBe('US');
    expect(ga?.[col('company_country')]).toBe('IE');
    // The US parent of the IE subsidiary, with its cited DPF status (data/dpf-evidence.ts: Google LLC certified).
    expect([col('parent'), col('parent_country'), col('transfer_countries'), col('dpf')].map((i) => ga?.[i])).toEqual([
      'Google LLC',
      'US',
      'US',
      'true',
    ]);
    const first = rows.find((r) => r[2] === 'www.shop.example');
    expect(first?.[col('dpf')]).toBe('');
  });

  it('an empty scenario list gives only the column row', () => {
    expect(csvBody('csv-findings', [])).toBe(`${CSV_COLUMNS['csv-findings'].join(',')}\r\n`);
  });
});

describe('sealedCsv', () => {
  it.each(CSV_KINDS)('%s: header block with the integrity data, body hash over the rest', async (kind) => {
    const { text, integrity } = await sealedCsv(kind, [scenario], BASE);
    const { header, body } = splitCsv(text);
    expect(header[0]).toBe(`# consent-auditor-export: ${kind}`);
    expect(body).toBe(csvBody(kind, [scenario]));
    expect(integrity.body).toBe(await sha256Hex(body));
    expect(integrityFromCsvHeader(parseCsvHeader(header))).toEqual(integrity);
    expect(integrity).toMatchObject({ report: BASE.report, har: BASE.har, url: record.url, data: BASE.data });
  });
});
