// Test helpers for the export tests (imported by *.test.ts only): an audited visit with hostile page strings.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DATASET_VERSION } from '../../data/index.ts';
import { analyze } from '../../utils/findings/index.ts';
import { realKnowledge, START, Visit } from './findings.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { Report, ReportInput, ScenarioInput, ScenarioReport, ToolInfo } from '../../utils/export/report.ts';
import { buildReport, buildScenarioReport } from '../../utils/export/report-build.ts';
import { buildExportBundle } from '../../utils/export/bundle.ts';
import type { ExportBundle } from '../../utils/export/types.ts';

export const EVIL_COOKIE = '"><img src=x onerror=alert(1)>';
export const EVIL_PAGE = 'https://www.shop.example/?q=<script>alert(1)</script>';
export const GA = 'https://www.google-analytics.com/analytics.js';

export const TOOL: ToolInfo = {
  name: 'consent-auditor',
  version: '0.1.0',
  data: {
    trackers: DATASET_VERSION,
    ipTable: { source: '@ip-location-db/geo-whois-asn-country', version: '2.0.0', built: '2026-11-01' },
  },
  browser: { name: 'Chromium', version: '140.0.1' },
};

/** The tool as a run without the IP table reports it (no browser named). */
export const BARE_TOOL: ToolInfo = {
  name: 'consent-auditor',
  version: '0.1.0',
  data: { trackers: DATASET_VERSION, ipTable: null },
};

/** Trackers before the choice, a hostile cookie name, a script URL with markup, then a reject and a request after it. */
export function evilVisit(): Visit {
  return new Visit(EVIL_PAGE)
    .req(GA, 100, { ip: '8.8.8.8' })
    .scriptCookie('_ga', 'GA1.1.1234567890.1700000000', 150, GA)
    .cookie(EVIL_COOKIE, 'evil.example', 'a8f3k2j9x7q1w5e6r4t2', 200)
    .req('https://evil.example/"><script>alert(2)</script>.js?uid=a8f3k2j9x7q1w5e6', 250, { ip: '203.0.113.9' })
    .storage('<b>key</b>', 'v', 300, { script: 'https://evil.example/<i>s</i>.js' })
    .choice('reject', 2000)
    .req('https://www.google-analytics.com/g/collect?v=2&tid=G-1&cid=1.2', 3000, { type: 'ping' });
}

/** Where a scenario that could not load points: a host that never resolves. */
export const NOPE = 'https://nope.invalid/';

/**
 * `record` as one audited scenario, analysed with the real knowledge (in `lang` when given); `o` sets the rest of the
 * input (default: consent 'none', the record's URL, START to START + 1000).
 */
export function auditedScenario(
  record: PageRecord,
  o: Partial<Omit<ScenarioInput, 'record' | 'analysis'>> & { lang?: Lang } = {},
): ScenarioReport {
  const { lang, ...input } = o;
  return buildScenarioReport({
    consent: 'none',
    url: record.url,
    record,
    analysis: analyze(record, realKnowledge(), lang ? { lang } : {}),
    startedAt: START,
    finishedAt: START + 1000,
    ...input,
  });
}

/** A scenario that could not be audited: the page never loaded (NOPE, at START, a DNS error unless `o` says). */
export function failedScenario(o: Partial<Omit<ScenarioInput, 'record' | 'analysis'>> = {}): ScenarioReport {
  return buildScenarioReport({
    consent: 'none',
    url: NOPE,
    record: null,
    analysis: null,
    startedAt: START,
    finishedAt: START,
    error: 'net::ERR_NAME_NOT_RESOLVED',
    ...o,
  });
}

/** A run's report of `scenarios`: TOOL, their URLs once each in order, START to START + 2000, unless `o` says. */
export function reportOf(scenarios: ScenarioReport[], o: Partial<Omit<ReportInput, 'scenarios'>> = {}): Report {
  const urls = [...new Set(scenarios.map((s) => s.url))];
  return buildReport({ tool: TOOL, urls, scenarios, startedAt: START, finishedAt: START + 2000, ...o });
}

export async function bundleOf(record: PageRecord = evilVisit().record(), lang: Lang = 'en'): Promise<ExportBundle> {
  return buildExportBundle({
    record,
    analysis: analyze(record, realKnowledge(), { lang }),
    tool: TOOL,
    finishedAt: record.startedAt + 5000,
    lang,
  });
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
);

/** '' when the value validates against schema/report.schema.json, else the errors. */
export function schemaErrors(report: unknown): string {
  return validate(report) ? '' : JSON.stringify(validate.errors, null, 1);
}

/** Changes one character at `index` (a digit or letter becomes another). */
export function flipChar(text: string, index: number): string {
  const c = text[index] ?? '';
  const replacement = c === 'a' ? 'b' : c === '0' ? '1' : /[0-9]/.test(c) ? '0' : 'a';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}
