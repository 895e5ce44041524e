// `consent-auditor merge a.json b.json ...`: shard reports into one report with one integrity block. Each input must
// still verify (a changed shard report is evidence no more); a URL × scenario audited twice is an error.
import { verifyExport } from '../utils/export/verify.ts';
import { siteSummary } from './site-summary.ts';
import { buildReport } from '../utils/export/report-build.ts';
import {
  REPORT_FORMAT,
  SCENARIOS,
  type FailOn,
  type Report,
  type ScenarioConsent,
  type WaiverStatus,
} from '../utils/export/report.ts';

export interface MergeInput {
  name: string;
  text: string;
}
export interface Merged {
  report: Report;
  harFiles: Array<{ name: string; sha256: string }>;
  warnings: string[];
}

function isReport(x: unknown): x is Report & { integrity?: { harFiles?: Array<{ name: string; sha256: string }> } } {
  return (
    typeof x === 'object' &&
    x !== null &&
    Object.getOwnPropertyDescriptor(x, 'format')?.value === REPORT_FORMAT &&
    Array.isArray(Object.getOwnPropertyDescriptor(x, 'scenarios')?.value)
  );
}

/** The shards' waivers as one list: the same waiver counts its matches over all shards. */
function mergeWaivers(all: readonly WaiverStatus[]): WaiverStatus[] {
  const byKey = new Map<string, WaiverStatus>();
  for (const w of all) {
    const key = JSON.stringify([w.finding, w.url, w.reason, w.expires]);
    const had = byKey.get(key);
    if (had) had.matched += w.matched;
    else byKey.set(key, { ...w });
  }
  return [...byKey.values()];
}

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
};

/** Merge verified shard reports; a list of problems when they cannot be merged. */
export async function mergeReports(inputs: readonly MergeInput[], failOn: FailOn | null): Promise<Merged | string[]> {
  const problems: string[] = [];
  const reports: Array<Report & { integrity?: { harFiles?: Array<{ name: string; sha256: string }> } }> = [];
  for (const f of inputs) {
    const v = await verifyExport(f.text);
    if (v.kind !== 'json') {
      problems.push(`${f.name}: not a JSON report`);
      continue;
    }
    if (!v.ok) {
      problems.push(`${f.name}: ${v.problem ?? 'does not verify'}`);
      continue;
    }
    const parsed: unknown = JSON.parse(f.text);
    if (!isReport(parsed)) problems.push(`${f.name}: not a consent-auditor report`);
    else reports.push(parsed);
  }
  if (problems.length) return problems;
  const first = reports[0];
  if (!first) return ['no report given'];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  reports.forEach((r, i) => {
    const name = inputs[i]?.name ?? '';
    if (r.tool.version !== first.tool.version || r.tool.data.trackers !== first.tool.data.trackers) {
      warnings.push(
        `${name}: audited by ${r.tool.name} ${r.tool.version} with data ${r.tool.data.trackers}, not ${first.tool.version} / ${first.tool.data.trackers}`,
      );
    }
    for (const s of r.scenarios) {
      const key = `${s.url} ${s.consent}`;
      const other = seen.get(key);
      if (other !== undefined) problems.push(`${s.url} (${s.consent}) is in both ${other} and ${name}`);
      seen.set(key, name);
    }
  });
  if (problems.length) return problems;
  const urls = Array.from(new Set(reports.flatMap((r) => r.urls))).sort();
  const order = new Map(urls.map((u, i) => [u, i]));
  const rank = (c: ScenarioConsent): number => SCENARIOS.indexOf(c);
  const scenarios = reports
    .flatMap((r) => r.scenarios)
    .sort(
      (a, b) =>
        (order.get(a.url) ?? 0) - (order.get(b.url) ?? 0) ||
        a.url.localeCompare(b.url) ||
        rank(a.consent) - rank(b.consent),
    );
  const consent = SCENARIOS.filter((c) => reports.some((r) => r.options.consent.includes(c)));
  const report = buildReport({
    tool: first.tool,
    urls,
    scenarios,
    consent,
    startedAt: Math.min(...reports.map((r) => time(r.startedAt))),
    finishedAt: Math.max(...reports.map((r) => time(r.finishedAt))),
    waitMs: first.options.waitMs,
    failOn: failOn ?? first.options.failOn,
    ...(first.options.settle ? { settle: first.options.settle } : {}),
    ...(reports.some((r) => r.waivers?.length)
      ? { waivers: mergeWaivers(reports.flatMap((r) => r.waivers ?? [])) }
      : {}),
  });
  // Shards of one crawl: the summary of the whole site, from all scenarios.
  const crawled = reports.find((r) => r.site)?.site;
  if (crawled) report.site = siteSummary(report.scenarios, crawled.crawl);
  const harFiles = reports.flatMap((r) => r.integrity?.harFiles ?? []);
  return { report, harFiles, warnings };
}
