// The HTML export's navigation and run-level sections: table of contents with in-page links, the scenarios grouped
// per URL, the crawl's site summary and the config's waivers. Texts in English and German.
import type { Lang } from '../i18n/lang.ts';
import { htmlEscape } from './html-escape.ts';
import type { Labels } from './labels.ts';
import type { Report, ReportFinding, ScenarioReport } from './report.ts';

const NAV = {
  en: {
    contents: 'Contents',
    pages: 'Pages',
    site: 'Site',
    waivers: 'Waivers',
    waived: 'waived',
    waivedUntil: 'waived until {date}',
    waiversLead:
      'Findings the client accepted for a time (config file of the run). Waived findings stay in this report, marked, and do not fail the run; an expired waiver fails it.',
    siteLead: 'Pages found by the crawl, worst verdict over their scenarios.',
    clean: 'clean in every scenario',
    reason: 'Reason',
    expires: 'Expires',
    status: 'Status',
    matched: 'Findings',
    finding: 'Finding',
    page: 'Page',
    trackers: 'Trackers',
    waiverStatus: { active: 'active', expired: 'EXPIRED' },
    anyUrl: 'any',
  },
  de: {
    contents: 'Inhalt',
    pages: 'Seiten',
    site: 'Website',
    waivers: 'Ausnahmen',
    waived: 'ausgenommen',
    waivedUntil: 'ausgenommen bis {date}',
    waiversLead:
      'Befunde, die der Auftraggeber befristet akzeptiert hat (Konfigurationsdatei des Laufs). Ausgenommene Befunde bleiben markiert im Bericht und lassen den Lauf nicht scheitern; eine abgelaufene Ausnahme lässt ihn scheitern.',
    siteLead: 'Vom Crawl gefundene Seiten, schlechtestes Ergebnis über ihre Szenarien.',
    clean: 'in jedem Szenario unauffällig',
    reason: 'Begründung',
    expires: 'Gültig bis',
    status: 'Status',
    matched: 'Befunde',
    finding: 'Befund',
    page: 'Seite',
    trackers: 'Tracker',
    waiverStatus: { active: 'gültig', expired: 'ABGELAUFEN' },
    anyUrl: 'alle',
  },
} as const;

export type NavLabels = (typeof NAV)[Lang];
export const navLabels = (lang: Lang): NavLabels => NAV[lang];

const e = (x: string | number | null | undefined): string => htmlEscape(x === null || x === undefined ? '' : String(x));
const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max)}…` : s);
const code = (s: string, max = 300): string => `<code>${e(cut(s, max))}</code>`;

/** The scenarios per URL asked for, in report order, with each scenario's index in report.scenarios. */
export function pagesOf(
  scenarios: readonly ScenarioReport[],
): Array<{ url: string; items: Array<{ s: ScenarioReport; index: number }> }> {
  const byUrl = new Map<string, Array<{ s: ScenarioReport; index: number }>>();
  scenarios.forEach((s, index) => {
    const list = byUrl.get(s.url);
    if (list) list.push({ s, index });
    else byUrl.set(s.url, [{ s, index }]);
  });
  return [...byUrl].map(([url, items]) => ({ url, items }));
}

export const pageId = (n: number): string => `page-${n + 1}`;
export const scenarioId = (index: number): string => `scenario-${index + 1}`;

export function verdictBadge(s: ScenarioReport, L: Labels): string {
  return `<span class="badge v-${e(s.summary.verdict)}">${e(L.verdict[s.summary.verdict] ?? s.summary.verdict)}</span>`;
}

/** The waived mark of a finding, or ''. */
export function waivedBadge(f: ReportFinding, N: NavLabels): string {
  return f.waived
    ? `<span class="badge w-waived" title="${e(f.waived.reason)}">${e(N.waivedUntil.replace('{date}', f.waived.expires))}</span>`
    : '';
}

export function tocBlock(report: Report, L: Labels, N: NavLabels): string {
  const pages = pagesOf(report.scenarios).map(
    (p, n) =>
      `<li><a href="#${pageId(n)}">${code(p.url, 200)}</a><ol>${p.items
        .map(
          ({ s, index }) =>
            `<li><a href="#${scenarioId(index)}">${e(L.scenario[s.consent] ?? s.consent)}</a>${verdictBadge(s, L)}</li>`,
        )
        .join('')}</ol></li>`,
  );
  const items = [
    `<li><a href="#summary">${e(L.summary)}</a></li>`,
    report.site ? `<li><a href="#site">${e(N.site)}</a></li>` : '',
    report.waivers?.length ? `<li><a href="#waivers">${e(N.waivers)}</a></li>` : '',
    `<li><a href="#pages">${e(N.pages)}</a><ol>${pages.join('')}</ol></li>`,
    `<li><a href="#about">${e(L.about)}</a></li>`,
    `<li><a href="#integrity">${e(L.integrity)}</a></li>`,
  ];
  return `<nav class="toc" aria-labelledby="contents"><h2 id="contents">${e(N.contents)}</h2><ol>${items.join('')}</ol></nav>`;
}

function table(head: readonly string[], rows: readonly string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export function waiversBlock(report: Report, N: NavLabels): string {
  const list = report.waivers ?? [];
  if (!list.length) return '';
  return `<section id="waivers"><h2>${e(N.waivers)}</h2><p>${e(N.waiversLead)}</p>${table(
    [N.finding, 'URL', N.reason, N.expires, N.status, N.matched],
    list.map((w) => [
      code(w.finding),
      w.url ? code(w.url) : e(N.anyUrl),
      e(cut(w.reason, 500)),
      e(w.expires),
      `<span class="badge ${w.status === 'expired' ? 'w-expired' : 'w-waived'}">${e(N.waiverStatus[w.status])}</span>`,
      e(w.matched),
    ]),
  )}</section>`;
}

export function siteBlock(report: Report, L: Labels, N: NavLabels): string {
  const site = report.site;
  if (!site) return '';
  const pageIndex = new Map(pagesOf(report.scenarios).map((p, n) => [p.url, n]));
  return `<section id="site"><h2>${e(N.site)}</h2><p>${e(N.siteLead)} ${e(site.clean.length)}/${e(site.pages.length)} ${e(N.clean)}.</p>${table(
    [N.page, N.trackers, L.counts.violations, L.counts.warnings, L.col.verdict],
    site.pages.map((p) => {
      const n = pageIndex.get(p.url);
      return [
        n === undefined ? code(p.url) : `<a href="#${pageId(n)}">${code(p.url)}</a>`,
        p.trackers
          .slice(0, 20)
          .map((t) => code(t, 200))
          .join(' '),
        e(p.violations),
        e(p.warnings),
        `<span class="badge v-${e(p.verdict)}">${e(L.verdict[p.verdict] ?? p.verdict)}</span>`,
      ];
    }),
  )}</section>`;
}
