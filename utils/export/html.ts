// The HTML export: one self-contained document a consultant hands to a client. Inline CSS and SVG only, no scripts,
// no external resources (a CSP forbids loading anything); every string from the page is escaped. The report part sits
// between two markers and is what the integrity hash covers (see integrity.ts).
import { recipientLines } from './recipient-cell.ts';
import { countryLegal, countryName } from '../../data/countries.ts';
import type { EvidenceItem, Finding, Severity } from '../findings/types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Report, ReportFinding, ReportThirdParty, ScenarioReport } from './report.ts';
import { htmlEscape } from './html-escape.ts';
import { secondsText, timelineOf, timelineSvg } from './timeline.ts';
import {
  HTML_BODY_END, HTML_BODY_START, htmlHashedText, integrityMeta, sha256Hex, withBody, type IntegrityBase,
} from './integrity.ts';
import { labelsFor, type Labels } from './labels.ts';
import { HTML_CSS } from './html-css.ts';
import { navLabels, pageId, pagesOf, scenarioId, siteBlock, tocBlock, verdictBadge, waivedBadge, waiversBlock, type NavLabels } from './html-nav.ts';
import type { Integrity } from './types.ts';

export interface HtmlOptions {
  lang?: Lang;
  /** Epoch ms of each scenario's page start (its record's startedAt), to place the choice on the timeline exactly */
  pageStartedAt?: ReadonlyArray<number | null>;
  integrity?: Integrity | null;
}

export { htmlEscape };

const e = (x: string | number | boolean | null | undefined): string => htmlEscape(x === null || x === undefined ? '' : String(x));

const MAX_TEXT = 500;
const MAX_REQUEST_ROWS = 5000;

/** Very long URLs (data: URIs, tracking payloads) are cut for reading; the JSON, CSV and HAR keep them whole. */
const cut = (s: string, max = MAX_TEXT): string => (s.length > max ? `${s.slice(0, max)}…` : s);
const code = (s: string | null | undefined, max = MAX_TEXT): string => (s ? `<code>${e(cut(s, max))}</code>` : '');



const SEVERITY_RANK: Readonly<Record<Severity, number>> = { violation: 0, warning: 1, info: 2 };

/** Most serious first; equal severity keeps the engine's order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => (SEVERITY_RANK[a.f.severity] ?? 3) - (SEVERITY_RANK[b.f.severity] ?? 3) || a.i - b.i).map((x) => x.f);
}

/** "2026-11-29T10:00:00.000Z" → "2026-11-29 10:00:00 UTC": the same on every machine, unlike locale formats. */
export function readableTime(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

function duration(ms: number, L: Labels): string {
  if (!Number.isFinite(ms)) return '';
  return Math.abs(ms) < 1000 ? `${Math.round(ms)} ${L.ms}` : `${secondsText(ms, L.timelineSvg.decimal)} ${L.seconds}`;
}

function table(head: readonly string[], rows: readonly string[][], L: Labels): string {
  if (rows.length === 0) return `<p class="none">${e(L.none)}</p>`;
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table>`;
}

function place(code: string | null | undefined, L: Labels, lang: Lang): string {
  if (!code) return e(L.place.unknown);
  const legal = countryLegal(code);
  return `${e(countryName(code, lang))} (${e(code)}) – ${e(L.place[legal?.status ?? 'unknown'])}`;
}

function evidenceItem(it: EvidenceItem, L: Labels): string {
  switch (it.kind) {
    case 'request':
      return [
        code(it.url), e(it.type), e(L.phase[it.phase]), e(duration(it.t, L)),
        it.serverIp ? `${e(L.col.server)} ${e(it.serverIp)}${it.serverCountry ? ` (${e(it.serverCountry)})` : ''}` : '',
        it.script ? `${e(L.col.script)} ${code(it.script)}` : '',
      ].filter((x) => x).join(' · ');
    case 'cookie':
      return [
        `${code(it.name)} @ ${code(it.domain)}`, `${e(L.col.setBy)}: ${e(L.setBy[it.setBy] ?? it.setBy)}`, e(L.phase[it.phase]), e(duration(it.t, L)),
        it.purpose ? e(it.purpose) : '', it.script ? `${e(L.col.script)} ${code(it.script)}` : '', it.setByUrl ? code(it.setByUrl) : '',
      ].filter((x) => x).join(' · ');
    case 'storage':
      return [
        `${e(it.storageKind)} ${code(it.origin)} ${code(it.key)}`, e(L.phase[it.phase]), e(duration(it.t, L)),
        it.script ? `${e(L.col.script)} ${code(it.script)}` : '',
      ].filter((x) => x).join(' · ');
    case 'signal':
      return [e(cut(it.detail)), it.t === null ? '' : e(duration(it.t, L))].filter((x) => x).join(' · ');
    case 'form':
      return [e(cut(it.label)), it.name ? code(it.name) : '', code(it.frameUrl), e(duration(it.t, L))].filter((x) => x).join(' · ');
  }
}

function findingBlock(f: ReportFinding, L: Labels, N: NavLabels): string {
  const subject = [f.subject.host, f.subject.name].filter((x) => x).join(' ') || f.subject.kind;
  const ev = f.evidence;
  const meta = [
    `${e(L.subject)}: ${code(subject)}`,
    f.phase ? e(L.phase[f.phase]) : '',
    ev.times ? `${e(L.firstLast)}: ${e(duration(ev.times.first, L))} / ${e(duration(ev.times.last, L))}` : '',
  ].filter((x) => x).join(' · ');
  const items = ev.items.map((it) => `<li>${evidenceItem(it, L)}</li>`);
  if (ev.more > 0) items.push(`<li>+${e(ev.more)} ${e(L.more)}</li>`);
  return `<article class="finding ${e(f.severity)}${f.waived ? ' waived' : ''}">
<h5><span class="badge s-${e(f.severity)}">${e(L.severity[f.severity] ?? f.severity)}</span> ${f.waived ? `${waivedBadge(f, N)} ` : ''}${e(f.title)}</h5>
<p class="meta">${meta}</p>
${f.waived ? `<p><b>${e(N.reason)}:</b> ${e(cut(f.waived.reason))} <span class="meta">(${code(f.id, 300)})</span></p>` : ''}
<p>${e(f.explanation)}</p>
<p><b>${e(L.fix)}:</b> ${e(f.fix)}</p>
${items.length ? `<p><b>${e(L.evidence)}</b> (${e(ev.total)})</p><ul>${items.join('')}</ul>` : ''}
${ev.scripts.length ? `<p><b>${e(L.scripts)}:</b> ${ev.scripts.map((s) => code(s)).join(', ')}</p>` : ''}
${ev.notes.length ? `<p><b>${e(L.evidenceNotes)}:</b> ${ev.notes.map((n) => e(cut(n))).join(' · ')}</p>` : ''}
</article>`;
}

// A host only third-party-web names is shown with its company and "country not known", never as unknown.
function namedCompany(t: ReportThirdParty, L: Labels): string {
  const c = t.company;
  if (!c) return `<span class="meta">${e(L.unknownTracker)}</span>`;
  return `${e(c.name)}<br><span class="meta">${e(c.service)}${c.source === 'third-party-web' ? ` · ${e(L.namedByTpw)}` : ''}</span>`;
}

function namedPlace(t: ReportThirdParty, L: Labels, lang: Lang): string {
  const c = t.company;
  if (!c) return e(L.place.unknown);
  return c.country ? place(c.country, L, lang) : e(L.countryNotKnown);
}

function thirdPartyRow(t: ReportThirdParty, L: Labels, lang: Lang): string[] {
  const servers = t.serverCountries.length ? t.serverCountries.map((c) => place(c, L, lang)).join('<br>') : e(L.place.unknown);
  return [
    code(t.site) + (t.hosts.length > 1 || t.hosts[0] !== t.site ? `<br><span class="meta">${t.hosts.slice(0, 10).map((h) => e(h)).join(', ')}${t.hosts.length > 10 ? ' …' : ''}</span>` : ''),
    t.tracker ? `${e(t.tracker.company)}<br><span class="meta">${e(t.tracker.name)}</span>` : namedCompany(t, L),
    e(t.tracker?.category ?? ''),
    t.tracker ? place(t.tracker.companyCountry, L, lang) + recipientLines(t.tracker, lang) : namedPlace(t, L, lang),
    servers,
    e(L.transfer[t.transfer === 'ok' || t.transfer === 'needs-safeguards' ? t.transfer : 'unknown']),
    e(t.requests),
    t.cookies.map((c) => code(c, 100)).join(' '),
  ];
}

/** ms since page start of the choice: exact with the page start, else the first item recorded after it (approximate). */
function choiceMs(s: ScenarioReport, pageStart: number | null | undefined): { at: number; exact: boolean } | null {
  if (!s.choice) return null;
  const at = Date.parse(s.choice.at);
  if (typeof pageStart === 'number' && Number.isFinite(pageStart) && Number.isFinite(at)) return { at: at - pageStart, exact: true };
  let first = Infinity;
  for (const list of [s.requests, s.cookies, s.storage]) {
    for (const x of list) if (x.phase !== 'before-choice' && Number.isFinite(x.t) && x.t < first) first = x.t;
  }
  return Number.isFinite(first) ? { at: first, exact: false } : null;
}

function consentBlock(s: ScenarioReport, L: Labels, choice: { at: number; exact: boolean } | null): string {
  const answered = s.answered === null ? L.notAsked : s.answered ? L.yes : L.no;
  const c = s.choice;
  const source = c && (c.source === 'automation' || c.source === 'user' || c.source === 'signal') ? L.choiceSource[c.source] : c?.source ?? '';
  const choiceText = c
    ? `${e(L.choiceAction[c.action])} ${e(source)} ${e(L.at)} ${e(readableTime(c.at))}${choice?.exact ? ` (${e(duration(choice.at, L))} ${e(L.afterStart)})` : ''}${c.via ? ` ${e(L.via)} ${code(c.via, 200)}` : ''}`
    : e(L.noChoice);
  return `<dl class="kv">
<dt>${e(L.cmp)}</dt><dd>${s.cmp ? e(s.cmp.name) : e(L.noCmp)}</dd>
<dt>${e(L.choice)}</dt><dd>${choiceText}</dd>
<dt>${e(L.answered)}</dt><dd>${e(answered)}${s.answerDetail ? ` – ${e(cut(s.answerDetail))}` : ''}</dd>
</dl>`;
}

function countsList(s: ScenarioReport, L: Labels): string {
  const m = s.summary;
  const b = m.bySeverity;
  const item = (n: number, label: string): string => `<li><b>${e(n)}</b> ${e(label)}</li>`;
  return `<ul class="counts">${[
    item(b.violation, L.counts.violations), item(b.warning, L.counts.warnings), item(b.info, L.counts.infos),
    item(m.requests, L.counts.requests), item(m.thirdPartyRequests, L.counts.thirdPartyRequests), item(m.trackerRequests, L.counts.trackerRequests),
    item(m.thirdParties, L.counts.thirdParties), item(m.cookies, L.counts.cookies), item(m.storage, L.counts.storage),
  ].join('')}</ul>`;
}

function scenarioSection(s: ScenarioReport, index: number, L: Labels, N: NavLabels, lang: Lang, pageStart: number | null | undefined): string {
  const choice = choiceMs(s, pageStart);
  const tl = timelineOf(s.requests, choice && s.choice ? { at: choice.at, action: s.choice.action } : null);
  const parts: string[] = [
    `<section class="scenario" id="${scenarioId(index)}">`,
    `<h3>${e(L.scenario[s.consent] ?? s.consent)}</h3>`,
    `<p>${verdictBadge(s, L)} <span class="badge ${s.error !== null ? 'r-error' : s.summary.passed ? 'r-pass' : 'r-fail'}">${e(s.summary.passed ? L.passed : L.failed)}</span>${waivedNote(s, N)}</p>`,
    `<p class="lead">${e(L.verdictLead[s.summary.verdict] ?? '')}</p>`,
  ];
  if (s.error) parts.push(`<p class="badge v-error">${e(L.notAudited)}: ${e(cut(s.error))}</p>`);
  if (s.pageUrl && s.pageUrl !== s.url) parts.push(`<p class="sub">→ ${code(s.pageUrl, 300)}</p>`);
  parts.push(countsList(s, L));
  parts.push(`<h4>${e(L.consent)}</h4>`, consentBlock(s, L, choice));
  parts.push(`<h4>${e(L.timeline)}</h4>`, `<figure>${timelineSvg(tl, L.timelineSvg, `tl-${index + 1}`)}${choice && !choice.exact ? `<figcaption>${e(L.timelineApprox)}</figcaption>` : ''}</figure>`);
  const findings = sortFindings(s.findings);
  parts.push(`<h4>${e(L.findings)} (${e(findings.length)})</h4>`, findings.length ? findings.map((f) => findingBlock(f, L, N)).join('\n') : `<p class="none">${e(L.noFindings)}</p>`);
  parts.push(`<h4>${e(L.thirdPartiesTitle)} (${e(s.thirdParties.length)})</h4>`, table(
    [L.col.site, L.col.company, L.col.category, L.col.companyCountry, L.col.serverCountries, L.col.transfer, L.col.requests, L.col.cookies],
    s.thirdParties.map((t) => thirdPartyRow(t, L, lang)), L,
  ));
  parts.push(`<h4>${e(L.cookiesTitle)} (${e(s.cookies.length)})</h4>`, table(
    [L.col.name, L.col.domain, L.col.party, L.col.setBy, L.col.phase, L.col.time, L.col.purpose, L.col.owner, L.col.needsConsent, L.col.script, L.col.attribution],
    s.cookies.map((c) => [
      code(c.name, 200) + (c.stored ? '' : ` <em class="not-stored">(${e(L.notStored)})</em>`), code(c.domain, 200), e(c.thirdParty ? L.party.third : L.party.first), e(L.setBy[c.setBy] ?? c.setBy), e(L.phase[c.phase]),
      e(duration(c.t, L)), e(c.purpose ?? ''), e(c.owner ?? ''), e(c.needsConsent === null ? '' : c.needsConsent ? L.yes : L.no), code(c.script ?? c.setByUrl),
      e(c.attribution ? L.attribution[c.attribution] : ''),
    ]), L,
  ));
  parts.push(`<h4>${e(L.storageTitle)} (${e(s.storage.length)})</h4>`, table(
    [L.col.kind, L.col.origin, L.col.key, L.col.party, L.col.phase, L.col.time, L.col.purpose, L.col.script, L.col.attribution],
    s.storage.map((x) => [
      e(x.kind), code(x.origin, 200), code(x.key, 200), e(x.thirdParty ? L.party.third : L.party.first), e(L.phase[x.phase]), e(duration(x.t, L)),
      e(x.purpose ?? ''), code(x.script), e(x.attribution ? L.attribution[x.attribution] : ''),
    ]), L,
  ));
  const shown = s.requests.slice(0, MAX_REQUEST_ROWS);
  parts.push(`<details><summary>${e(L.requestsTitle)} (${e(s.requests.length)})</summary>`, table(
    [L.col.url, L.col.party, L.col.tracker, L.col.server, L.col.phase, L.col.time, L.col.status],
    shown.map((r) => [
      code(r.url, 300), e(r.thirdParty ? L.party.third : L.party.first), e(r.tracker?.name ?? ''), e([r.serverIp, r.serverCountry].filter((x) => x).join(' ')),
      e(L.phase[r.phase]), e(duration(r.t, L)), e(r.status ?? r.error ?? ''),
    ]), L,
  ), s.requests.length > shown.length ? `<p class="meta">${e(L.requestsCapped.replace('{n}', String(MAX_REQUEST_ROWS)))}</p>` : '', '</details>');
  if (s.errors.length) parts.push(`<h4>${e(L.notes)}</h4><ul>`, ...s.errors.map((x) => `<li>${e(cut(x))}</li>`), '</ul>');
  parts.push('</section>');
  return parts.join('\n');
}

/** ", 2 waived" beside a scenario's verdict: the verdict counts them, the pass/fail does not. */
function waivedNote(s: ScenarioReport, N: NavLabels): string {
  const w = s.summary.waived;
  const n = w ? w.violation + w.warning + w.info : 0;
  return n ? ` <span class="badge w-waived">${e(n)} ${e(N.waived)}</span>` : '';
}

function aboutBlock(report: Report, L: Labels): string {
  const t = report.tool;
  const ip = t.data.ipTable;
  return `<section class="about" id="about"><h2>${e(L.about)}</h2><dl class="kv">
<dt>${e(L.tool)}</dt><dd>${e(t.name)} ${e(t.version)}</dd>
<dt>${e(L.dataset)}</dt><dd>${e(t.data.trackers)}</dd>
<dt>${e(L.ipTable)}</dt><dd>${ip ? `${e(ip.source)} ${e(ip.version)} (${e(ip.built)})` : e(L.ipTableMissing)}</dd>
<dt>${e(L.browser)}</dt><dd>${t.browser ? `${e(t.browser.name)} ${e(t.browser.version)}${t.browser.sandbox === false ? `, <strong class="no-sandbox">${e(L.noSandbox)}</strong>` : ''}` : '–'}</dd>
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
  const waived = report.scenarios.reduce((n, s) => n + (s.summary.waived ? s.summary.waived.violation + s.summary.waived.warning + s.summary.waived.info : 0), 0);
  const head = [
    `<h1>${e(L.title)}</h1>`,
    `<p class="sub">${e(L.auditOf)} ${urls.slice(0, 5).map((u) => code(u, 300)).join(', ')}${urls.length > 5 ? ` … (${e(urls.length)})` : ''}</p>`,
    `<p class="sub">${e(readableTime(report.startedAt))} – ${e(readableTime(report.finishedAt))} · ${e(report.tool.name)} ${e(report.tool.version)}</p>`,
    tocBlock(report, L, N),
    `<h2 id="summary">${e(L.summary)}</h2>`,
    `<p><span class="badge r-${e(sum.verdict)}">${e(L.result[sum.verdict] ?? sum.verdict)}</span> <span class="meta">(${e(L.failOn)}: ${e(L.failOnLevel[sum.failOn] ?? sum.failOn)})</span> · ${e(sum.bySeverity.violation)} ${e(L.counts.violations)}, ${e(sum.bySeverity.warning)} ${e(L.counts.warnings)}, ${e(sum.bySeverity.info)} ${e(L.counts.infos)}${waived ? ` (${e(waived)} ${e(N.waived)})` : ''}</p>`,
  ];
  const pages = pagesOf(report.scenarios);
  if (report.scenarios.length > 1) {
    const page = new Map(pages.map((p, n) => [p.url, n]));
    head.push(table([L.col.url, L.col.scenario, L.col.answered, L.counts.violations, L.counts.warnings, L.col.verdict], report.scenarios.map((s, i) => [
      `<a href="#${pageId(page.get(s.url) ?? 0)}">${code(s.url, 200)}</a>`, `<a href="#${scenarioId(i)}">${e(L.scenario[s.consent] ?? s.consent)}</a>`,
      e(s.error !== null || s.answered === null ? '–' : s.answered ? L.yes : L.no), e(s.summary.bySeverity.violation), e(s.summary.bySeverity.warning),
      // The colour follows the verdict it names: under --fail-on never a passed run may still show violations.
      verdictBadge(s, L) + waivedNote(s, N),
    ]), L));
  }
  head.push(siteBlock(report, L, N), waiversBlock(report, N));
  const sections = pages.map((p, n) => [
    `<section class="page" id="${pageId(n)}"><h2>${code(p.url, 300)}</h2>`,
    ...p.items.map(({ s, index }) => scenarioSection(s, index, L, N, lang, options.pageStartedAt?.[index])),
    '</section>',
  ].join('\n'));
  return `\n${head.filter((x) => x).join('\n')}\n<div id="pages">\n${sections.join('\n')}\n</div>\n${aboutBlock(report, L)}\n`;
}

function integritySection(i: Integrity | null | undefined, L: Labels): string {
  if (!i) return `<section class="integrity" id="integrity"><h2>${e(L.integrity)}</h2><p>${e(L.integrityMissing)}</p></section>`;
  return `<section class="integrity" id="integrity"><h2>${e(L.integrity)}</h2><p>${e(L.integrityLead)}</p><dl class="kv">
<dt>${e(L.integrityReport)}</dt><dd class="hash">${e(i.algorithm)} ${e(i.report)}</dd>
<dt>${e(L.integrityHar)}</dt><dd class="hash">${e(i.algorithm)} ${e(i.har)}</dd>
<dt>${e(L.col.url)}</dt><dd>${code(i.url, 1000)}</dd>
<dt>${e(L.started)} / ${e(L.finished)}</dt><dd>${e(readableTime(i.startedAt))} – ${e(readableTime(i.finishedAt))}</dd>
<dt>${e(L.tool)}</dt><dd>${e(i.tool.name)} ${e(i.tool.version)} · ${e(L.dataset)} ${e(i.data.trackers)}${i.data.ipTable ? ` · ${e(L.ipTable)} ${e(i.data.ipTable)}` : ''}</dd>
</dl><p class="meta">${e(L.integrityHow)}</p></section>`;
}

/** The whole document around a report part; the integrity data goes into the head and the visible section after the body. */
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
export async function sealedHtml(report: Report, base: IntegrityBase, options: Omit<HtmlOptions, 'integrity'> = {}): Promise<{ text: string; integrity: Integrity }> {
  const body = reportHtmlBody(report, options);
  // The hash covers the whole file but its integrity meta, and the visible section does not show this file's own
  // hash, so the file without the meta is the same before and after the hash is known.
  const draft = htmlDocument(report, body, { ...options, integrity: withBody(base, '') });
  const integrity = withBody(base, await sha256Hex(htmlHashedText(draft)));
  return { text: htmlDocument(report, body, { ...options, integrity }), integrity };
}
