// The export bundle of one live audit (the extension's export): JSON report, HTML, three CSVs and the HAR, each with
// the same report and HAR hashes and its own body hash.
import type { Analysis } from '../findings/types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { PageRecord } from '../record/record.ts';
import { buildReport, buildScenarioReport, consentOfRecord, isoTime } from './report-build.ts';
import type { ToolInfo } from './report.ts';
import { sealedCsv, type CsvKind } from './csv.ts';
import { harFileText, harHash, recordToHar } from './har.ts';
import { sealedHtml } from './html.ts';
import { integrityBase, reportBody, reportFileText, sha256Hex, withBody } from './integrity.ts';
import type { ExportBundle, ExportFile, ExportKind } from './types.ts';

export interface BundleInput {
  record: PageRecord;
  analysis: Analysis | null;
  tool: ToolInfo;
  /** When the audit started (defaults to the page start) */
  startedAt?: number;
  finishedAt: number;
  lang: Lang;
  /** Notes on how the export was taken (the audited page still open: open-page-note.ts), first in `errors` */
  notes?: readonly string[];
}

const SUFFIX: Readonly<Record<ExportKind, string>> = {
  json: '.json',
  html: '.html',
  'csv-findings': '-findings.csv',
  'csv-cookies': '-cookies.csv',
  'csv-requests': '-requests.csv',
  har: '.har',
};

const MIME: Readonly<Record<ExportKind, string>> = {
  json: 'application/json',
  html: 'text/html;charset=utf-8',
  'csv-findings': 'text/csv;charset=utf-8',
  'csv-cookies': 'text/csv;charset=utf-8',
  'csv-requests': 'text/csv;charset=utf-8',
  har: 'application/json',
};

/** `consent-audit-<host>-<UTC time>` + kind suffix: letters, digits, dot, dash and underscore only. */
export function exportFileName(url: string, startedAt: number, kind: ExportKind): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // not a URL: 'page'
  }
  const safeHost =
    host
      .replace(/[^a-z0-9.-]/gi, '_')
      .replace(/^[.]+/, '')
      .slice(0, 100) || 'page';
  const stamp = isoTime(startedAt)
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `consent-audit-${safeHost}-${stamp}${SUFFIX[kind]}`;
}

export async function buildExportBundle(input: BundleInput): Promise<ExportBundle> {
  const { record, analysis, tool, lang } = input;
  const startedAt = input.startedAt ?? record.startedAt;
  const consent = consentOfRecord(record);
  const choice = record.consent.choice;
  const scenario = buildScenarioReport({
    consent,
    url: record.url,
    record,
    analysis,
    startedAt,
    finishedAt: input.finishedAt,
    ...(input.notes?.length ? { notes: input.notes } : {}),
    // A live record's choice is an answer by definition: whoever gave it (visitor, auditor, stored signal).
    answered: choice ? { started: true, detail: `${choice.source}: ${choice.via}` } : null,
  });
  const report = buildReport({
    tool,
    urls: [record.url],
    scenarios: [scenario],
    startedAt,
    finishedAt: input.finishedAt,
    consent: [consent],
  });
  const har = recordToHar(record, {
    creator: { name: tool.name, version: tool.version },
    consent,
    ...(tool.browser ? { browser: { name: tool.browser.name, version: tool.browser.version } } : {}),
  });
  const hashes = { report: await sha256Hex(reportBody(report)), har: await harHash(har) };
  const base = integrityBase(report, hashes);
  const file = (kind: ExportKind, text: string): ExportFile => ({
    kind,
    name: exportFileName(record.url, startedAt, kind),
    mime: MIME[kind],
    text,
  });
  const csv = async (kind: CsvKind): Promise<ExportFile> =>
    file(kind, (await sealedCsv(kind, report.scenarios, base)).text);
  const html = await sealedHtml(report, base, { lang, pageStartedAt: [record.startedAt] });
  return {
    report,
    integrity: base,
    files: {
      json: file('json', reportFileText(report, withBody(base, hashes.report))),
      html: file('html', html.text),
      'csv-findings': await csv('csv-findings'),
      'csv-cookies': await csv('csv-cookies'),
      'csv-requests': await csv('csv-requests'),
      har: file('har', harFileText(har, withBody(base, hashes.har))),
    },
  };
}
