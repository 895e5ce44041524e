// The HTML export: one self-contained document a consultant hands to a client. Inline CSS and SVG only, no scripts,
// no external resources (a CSP forbids loading anything); every string from the page is escaped. The report part sits
// between two markers and is what the integrity hash covers (see integrity.ts). Findings are in html-findings.ts, one
// scenario's sections in html-scenario.ts, shared helpers in html-parts.ts.
import type { Lang } from '../i18n/lang.ts';
import type { Report } from './report.ts';
import { htmlEscape } from './html-escape.ts';
import { sortFindings } from './html-findings.ts';
import { code, e, readableTime, table } from './html-parts.ts';
import { scenarioSection, waivedNote } from './html-scenario.ts';
import {
  HTML_BODY_END,
  HTML_BODY_START,
  htmlHashedText,
  integrityMeta,
  sha256Hex,
  withBody,
  type IntegrityBase,
} from './integrity.ts';
import { labelsFor, type Labels } from './labels.ts';
import { HTML_CSS } from './html-css.ts';
import { navLabels, pageId, pagesOf, scenarioId, siteBlock, tocBlock, verdictBadge, waiversBlock } from './html-nav.ts';
import type { Integrity } from './types.ts';

export interface HtmlOptions {
  lang?: Lang;
  /** Epoch ms of each scenario's page start (its record's startedAt), to place the choice on the timeline exactly */
  pageStartedAt?: ReadonlyArray<number | null>;
  integrity?: Integrity | null;
}

export { htmlEscape, readableTime, sortFindings };

/** What the server locations rest on: a headless run says which proxy it saw; an extension export assumes none. */
function locationsText(n: Report['tool']['network'], L: Labels): string {
  if (!n) return L.locations.assumed;
  if (n.serverLocations === 'per request') return L.locations.perRequest;
  if (n.serverLocations === 'not known') return `${L.locations.notKnown} (${n.proxy ?? ''})`;
  return n.direct ? L.locations.directAsked : L.locations.direct;
}

function aboutBlock(report: Report, L: Labels): string {
  const t = report.tool;
  const ip = t.data.ipTable;
  return `<section class="about" id="about"><h2>${e(L.about)}</h2><dl class="kv">
<dt>${e(L.tool)}</dt><dd>${e(t.name)} ${e(t.version)}</dd>
<dt>${e(L.dataset)}</dt><dd>${e(t.data.trackers)}</dd>
<dt>${e(L.ipTable)}</dt><dd>${ip ? `${e(ip.source)} ${e(ip.version)} (${e(ip.built)})` : e(L.ipTableMissing)}</dd>
<dt>${e(L.browser)}</dt><dd>${t.browser ? `${e(t.browser.name)} ${e(t.browser.version)}${t.browser.sandbox === false ? `, <strong class="no-sandbox">${e(L.noSandbox)}</strong>` : ''}` : '–'}</dd>
<dt>${e(L.serverLocations)}</dt><dd>${e(locationsText(t.network, L))}</dd>
<dt>${e(L.started)}</dt><dd>${e(readableTime(report.startedAt))}</dd>
<dt>${e(L.finished)}</dt><dd>${e(readableTime(report.finishedAt))}</dd>
<dt>${e(L.format)}</dt><dd>${e(report.format)} v${e(report.formatVersion)}</dd>
</dl></section>`;
}

/** The report part of the document: what the integrity hash covers. */
export function reportHtmlBody(report: Report, options: HtmlOptions = {}): string {
  const lang: Lang = options.lang === 'de' ? 'de' : 'en';
  const L = labelsFor(lang);
  const sum = report.summary;
  const urls = report.url !== null ? [report.url] : report.urls;
  const N = navLabels(lang);
  const waived = report.scenarios.reduce(
    (n, s) =>
      n + (s.summary.waived ? s.summary.waived.violation + s.summary.waived.warning + s.summary.waived.info : 0),
    0,
  );
  const head = [
    `<h1>${e(L.title)}</h1>`,
    `<p class="sub">${e(L.auditOf)} ${urls
      .slice(0, 5)
      .map((u) => code(u, 300))
      .join(', ')}${urls.length > 5 ? ` … (${e(urls.length)})` : ''}</p>`,
    `<p class="sub">${e(readableTime(report.startedAt))} – ${e(readableTime(report.finishedAt))} · ${e(report.tool.name)} ${e(report.tool.version)}</p>`,
    tocBlock(report, L, N),
    `<h2 id="summary">${e(L.summary)}</h2>`,
    `<p><span class="badge r-${e(sum.verdict)}">${e(L.result[sum.verdict] ?? sum.verdict)}</span> <span class="meta">(${e(L.failOn)}: ${e(L.failOnLevel[sum.failOn] ?? sum.failOn)})</span> · ${e(sum.bySeverity.violation)} ${e(L.counts.violations)}, ${e(sum.bySeverity.warning)} ${e(L.counts.warnings)}, ${e(sum.bySeverity.info)} ${e(L.counts.infos)}${waived ? ` (${e(waived)} ${e(N.waived)})` : ''}</p>`,
  ];
  const pages = pagesOf(report.scenarios);
  if (report.scenarios.length > 1) {
    const page = new Map(pages.map((p, n) => [p.url, n]));
    head.push(
      table(
        [L.col.url, L.col.scenario, L.col.answered, L.counts.violations, L.counts.warnings, L.col.verdict],
        report.scenarios.map((s, i) => [
          `<a href="#${pageId(page.get(s.url) ?? 0)}">${code(s.url, 200)}</a>`,
          `<a href="#${scenarioId(i)}">${e(L.scenario[s.consent] ?? s.consent)}</a>`,
          e(s.error !== null || s.answered === null ? '–' : s.answered ? L.yes : L.no),
          e(s.summary.bySeverity.violation),
          e(s.summary.bySeverity.warning),
          // The colour follows the verdict it names: under --fail-on never a passed run may still show violations.
          verdictBadge(s, L) + waivedNote(s, N),
        ]),
        L,
      ),
    );
  }
  head.push(siteBlock(report, L, N), waiversBlock(report, N));
  const sections = pages.map((p, n) =>
    [
      `<section class="page" id="${pageId(n)}"><h2>${code(p.url, 300)}</h2>`,
      ...p.items.map(({ s, index }) => scenarioSection(s, index, L, N, lang, options.pageStartedAt?.[index])),
      '</section>',
    ].join('\n'),
  );
  return `\n${head.filter((x) => x).join('\n')}\n<div id="pages">\n${sections.join('\n')}\n</div>\n${aboutBlock(report, L)}\n`;
}

function integritySection(i: Integrity | null | undefined, L: Labels): string {
  if (!i)
    return `<section class="integrity" id="integrity"><h2>${e(L.integrity)}</h2><p>${e(L.integrityMissing)}</p></section>`;
  return `<section class="integrity" id="integrity"><h2>${e(L.integrity)}</h2><p>${e(L.integrityLead)}</p><dl class="kv">
<dt>${e(L.integrityReport)}</dt><dd class="hash">${e(i.algorithm)} ${e(i.report)}</dd>
<dt>${e(L.integrityHar)}</dt><dd class="hash">${e(i.algorithm)} ${e(i.har)}</dd>
<dt>${e(L.col.url)}</dt><dd>${code(i.url, 1000)}</dd>
<dt>${e(L.started)} / ${e(L.finished)}</dt><dd>${e(readableTime(i.startedAt))} – ${e(readableTime(i.finishedAt))}</dd>
<dt>${e(L.tool)}</dt><dd>${e(i.tool.name)} ${e(i.tool.version)} · ${e(L.dataset)} ${e(i.data.trackers)}${i.data.ipTable ? ` · ${e(L.ipTable)} ${e(i.data.ipTable)}` : ''}</dd>
</dl><p class="meta">${e(L.integrityHow)}</p></section>`;
}

/**
 * The whole document around a report part; the integrity data goes into the head and the visible section after the
 * body.
 */
export function htmlDocument(report: Report, body: string, options: HtmlOptions = {}): string {
  const lang: Lang = options.lang === 'de' ? 'de' : 'en';
  const L = labelsFor(lang);
  const host = (() => {
    try {
      return report.url ? new URL(report.url).hostname : '';
    } catch {
      return '';
    }
  })();
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
${options.integrity ? `${integrityMeta(options.integrity)}\n` : ''}<title>${e(L.title)}${host ? ` – ${e(host)}` : ''}</title><style>${HTML_CSS}</style></head>
<body>
${HTML_BODY_START}${body}${HTML_BODY_END}
${integritySection(options.integrity, L)}
</body></html>
`;
}

/** The report as HTML without integrity data (sealedHtml adds it). */
export function reportToHtml(report: Report, options: Omit<HtmlOptions, 'integrity'> = {}): string {
  return htmlDocument(report, reportHtmlBody(report, options), { ...options, integrity: null });
}

/** The HTML export with its integrity data: the body hash computed here. */
export async function sealedHtml(
  report: Report,
  base: IntegrityBase,
  options: Omit<HtmlOptions, 'integrity'> = {},
): Promise<{ text: string; integrity: Integrity }> {
  const body = reportHtmlBody(report, options);
  // The hash covers the whole file but its integrity meta, and the visible section does not show this file's own
  // hash, so the file without the meta is the same before and after the hash is known.
  const draft = htmlDocument(report, body, { ...options, integrity: withBody(base, '') });
  const integrity = withBody(base, await sha256Hex(htmlHashedText(draft)));
  return { text: htmlDocument(report, body, { ...options, integrity }), integrity };
}
