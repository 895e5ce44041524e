// The site summary of a crawl (and of a merge of crawl shards): per page, the trackers contacted and the findings over
// all its scenarios, and which pages are clean in every scenario.
import type { ScenarioReport, SiteSummary, SitePage } from '../utils/export/report.ts';

const WORST: ReadonlyArray<SitePage['verdict']> = [
  'error',
  'not-answered',
  'violations',
  'incomplete',
  'warnings',
  'clean',
];

export function siteSummary(scenarios: readonly ScenarioReport[], crawl: SiteSummary['crawl']): SiteSummary {
  const byUrl = new Map<string, ScenarioReport[]>();
  for (const s of scenarios) byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s]);
  const pages: SitePage[] = [...byUrl].map(([url, ss]) => {
    const trackers = new Set<string>();
    for (const s of ss) for (const r of s.requests) if (r.tracker !== null) trackers.add(r.host);
    const verdict = WORST.find((v) => ss.some((s) => s.summary.verdict === v)) ?? 'clean';
    return {
      url,
      trackers: [...trackers].sort(),
      violations: ss.reduce((n, s) => n + s.summary.bySeverity.violation, 0),
      warnings: ss.reduce((n, s) => n + s.summary.bySeverity.warning, 0),
      verdict,
    };
  });
  return { crawl, pages, clean: pages.filter((p) => p.verdict === 'clean').map((p) => p.url) };
}
