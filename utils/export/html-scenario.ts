// One scenario of the HTML export: verdict, consent, timeline, findings and the third-party, cookie, storage and
// request tables.
import type { Lang } from '../i18n/lang.ts';
import { serverSideSection } from './html-collectors.ts';
import { doubt, findingBlock, sortFindings } from './html-findings.ts';
import { scenarioId, verdictBadge, type NavLabels } from './html-nav.ts';
import { code, cut, duration, e, place, readableTime, table } from './html-parts.ts';
import type { Labels } from './labels.ts';
import { recipientLines } from './recipient-cell.ts';
import type { ReportThirdParty, ScenarioReport } from './report.ts';
import { timelineOf, timelineSvg } from './timeline.ts';

const MAX_REQUEST_ROWS = 5000;

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
  const servers = t.serverCountries.length
    ? t.serverCountries.map((c) => place(c, L, lang)).join('<br>')
    : e(L.place.unknown);
  return [
    code(t.site) +
      (t.hosts.length > 1 || t.hosts[0] !== t.site
        ? `<br><span class="meta">${t.hosts
            .slice(0, 10)
            .map((h) => e(h))
            .join(', ')}${t.hosts.length > 10 ? ' …' : ''}</span>`
        : ''),
    t.tracker ? `${e(t.tracker.company)}<br><span class="meta">${e(t.tracker.name)}</span>` : namedCompany(t, L),
    e(t.tracker?.category ?? ''),
    t.tracker ? place(t.tracker.companyCountry, L, lang) + recipientLines(t.tracker, lang) : namedPlace(t, L, lang),
    servers,
    e(L.transfer[t.transfer === 'ok' || t.transfer === 'needs-safeguards' ? t.transfer : 'unknown']),
    e(t.requests),
    t.cookies.map((c) => code(c, 100)).join(' '),
  ];
}

/**
 * ms since page start of the choice: exact with the page start, else the first item recorded after it (approximate).
 */
function choiceMs(s: ScenarioReport, pageStart: number | null | undefined): { at: number; exact: boolean } | null {
  if (!s.choice) return null;
  const at = Date.parse(s.choice.at);
  if (typeof pageStart === 'number' && Number.isFinite(pageStart) && Number.isFinite(at))
    return { at: at - pageStart, exact: true };
  let first = Infinity;
  for (const list of [s.requests, s.cookies, s.storage]) {
    for (const x of list) if (x.phase !== 'before-choice' && Number.isFinite(x.t) && x.t < first) first = x.t;
  }
  return Number.isFinite(first) ? { at: first, exact: false } : null;
}

function consentBlock(s: ScenarioReport, L: Labels, choice: { at: number; exact: boolean } | null): string {
  const answered = s.answered === null ? L.notAsked : s.answered ? L.yes : L.no;
  const c = s.choice;
  const source =
    c && (c.source === 'automation' || c.source === 'user' || c.source === 'signal')
      ? L.choiceSource[c.source]
      : (c?.source ?? '');
  const choiceText = c
    ? `${e(L.choiceAction[c.action])} ${e(source)} ${e(L.at)} ${e(readableTime(c.at))}${choice?.exact ? ` (${e(duration(choice.at, L))} ${e(L.afterStart)})` : ''}${c.via ? ` ${e(L.via)} ${code(c.via, 200)}` : ''}`
    : e(L.noChoice);
  return `<dl class="kv">
<dt>${e(L.cmp)}</dt><dd>${s.cmp ? e(s.cmp.name) : e(L.noCmp)}</dd>
<dt>${e(L.choice)}</dt><dd>${choiceText}</dd>
<dt>${e(L.answered)}</dt><dd>${e(answered)}${s.answerDetail ? ` – ${e(cut(s.answerDetail))}` : ''}${s.answerClicks ? ` (${e(L.answerClicks(s.answerClicks.trusted, s.answerClicks.script))})` : ''}</dd>
</dl>`;
}

function countsList(s: ScenarioReport, L: Labels): string {
  const m = s.summary;
  const b = m.bySeverity;
  const item = (n: number, label: string): string => `<li><b>${e(n)}</b> ${e(label)}</li>`;
  return `<ul class="counts">${[
    item(b.violation, L.counts.violations),
    item(b.warning, L.counts.warnings),
    item(b.info, L.counts.infos),
    item(m.requests, L.counts.requests),
    item(m.thirdPartyRequests, L.counts.thirdPartyRequests),
    item(m.trackerRequests, L.counts.trackerRequests),
    item(m.thirdParties, L.counts.thirdParties),
    item(m.cookies, L.counts.cookies),
    item(m.storage, L.counts.storage),
  ].join('')}</ul>`;
}

export function scenarioSection(
  s: ScenarioReport,
  index: number,
  L: Labels,
  N: NavLabels,
  lang: Lang,
  pageStart: number | null | undefined,
): string {
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
  parts.push(
    `<h4>${e(L.timeline)}</h4>`,
    `<figure>${timelineSvg(tl, L.timelineSvg, `tl-${index + 1}`)}${choice && !choice.exact ? `<figcaption>${e(L.timelineApprox)}</figcaption>` : ''}</figure>`,
  );
  const findings = sortFindings(s.findings);
  parts.push(
    `<h4>${e(L.findings)} (${e(findings.length)})</h4>`,
    findings.length ? findings.map((f) => findingBlock(f, L, N)).join('\n') : `<p class="none">${e(L.noFindings)}</p>`,
  );
  parts.push(
    `<h4>${e(L.thirdPartiesTitle)} (${e(s.thirdParties.length)})</h4>`,
    table(
      [
        L.col.site,
        L.col.company,
        L.col.category,
        L.col.companyCountry,
        L.col.serverCountries,
        L.col.transfer,
        L.col.requests,
        L.col.cookies,
      ],
      s.thirdParties.map((t) => thirdPartyRow(t, L, lang)),
      L,
    ),
  );
  const collectors = serverSideSection(s, L, lang);
  if (collectors) parts.push(collectors);
  // A row of a window the page opened (cli/popups.ts) says so: it is evidence of this page, loaded in another tab.
  const inWindow = (row: { document?: number }): string =>
    row.document !== undefined && s.documents?.[row.document]?.window
      ? ` <em class="meta">(${e(L.inWindow)})</em>`
      : '';
  parts.push(
    `<h4>${e(L.cookiesTitle)} (${e(s.cookies.length)})</h4>`,
    table(
      [
        L.col.name,
        L.col.domain,
        L.col.party,
        L.col.setBy,
        L.col.phase,
        L.col.time,
        L.col.purpose,
        L.col.owner,
        L.col.needsConsent,
        L.col.script,
        L.col.attribution,
      ],
      s.cookies.map((c) => [
        code(c.name, 200) + (c.stored ? '' : ` <em class="not-stored">(${e(L.notStored)})</em>`) + inWindow(c),
        code(c.domain, 200),
        e(c.thirdParty ? L.party.third : L.party.first),
        e(L.setBy[c.setBy] ?? c.setBy),
        e(L.phase[c.phase]),
        e(duration(c.t, L)),
        e(c.purpose ?? ''),
        e(c.owner ?? ''),
        e(c.needsConsent === null ? '' : c.needsConsent ? L.yes : L.no),
        code(c.script ?? c.setByUrl),
        e(c.attribution ? L.attribution[c.attribution] : ''),
      ]),
      L,
    ),
  );
  parts.push(
    `<h4>${e(L.storageTitle)} (${e(s.storage.length)})</h4>`,
    table(
      [
        L.col.kind,
        L.col.origin,
        L.col.key,
        L.col.party,
        L.col.phase,
        L.col.time,
        L.col.purpose,
        L.col.script,
        L.col.attribution,
        L.col.frame,
        L.col.seenBy,
      ],
      s.storage.map((x) => [
        e(x.kind),
        code(x.origin, 200),
        code(x.key, 200) + inWindow(x),
        e(x.thirdParty ? L.party.third : L.party.first),
        e(L.phase[x.phase]),
        e(duration(x.t, L)),
        e(x.purpose ?? ''),
        code(x.script),
        e(x.attribution ? L.attribution[x.attribution] : ''),
        code(x.frameUrl, 200),
        e(x.seenBy.join(', ')),
      ]),
      L,
    ),
  );
  const shown = s.requests.slice(0, MAX_REQUEST_ROWS);
  parts.push(
    `<details><summary>${e(L.requestsTitle)} (${e(s.requests.length)})</summary>`,
    table(
      [L.col.url, L.col.party, L.col.tracker, L.col.server, L.col.phase, L.col.time, L.col.status],
      shown.map((r) => [
        code(r.url, 300) +
          inWindow(r) +
          (r.report
            ? `<br><span class="meta">${e(L.reportRow(r.report.type, r.report.delivery))} ${code(r.report.document, 300)}</span>`
            : '') +
          (r.script
            ? `<br><span class="meta">${e(L.col.script)} ${code(r.script, 300)}${doubt(r.attribution, L)}</span>`
            : ''),
        e(r.thirdParty ? L.party.third : L.party.first),
        e(r.tracker?.name ?? ''),
        e([r.serverIp, r.viaProxy ? L.serverViaProxy : r.serverCountry].filter((x) => x).join(' ')),
        e(L.phase[r.phase]),
        e(duration(r.t, L)),
        e(r.notSent ? `${L.notSent}: ${r.notSent}` : (r.status ?? r.error ?? '')),
      ]),
      L,
    ),
    s.requests.length > shown.length
      ? `<p class="meta">${e(L.requestsCapped.replace('{n}', String(MAX_REQUEST_ROWS)))}</p>`
      : '',
    '</details>',
  );
  if (s.errors.length)
    parts.push(`<h4>${e(L.notes)}</h4><ul>`, ...s.errors.map((x) => `<li>${e(cut(x))}</li>`), '</ul>');
  parts.push('</section>');
  return parts.join('\n');
}

/** ", 2 waived" beside a scenario's verdict: the verdict counts them, the pass/fail does not. */
export function waivedNote(s: ScenarioReport, N: NavLabels): string {
  const w = s.summary.waived;
  const n = w ? w.violation + w.warning + w.info : 0;
  return n ? ` <span class="badge w-waived">${e(n)} ${e(N.waived)}</span>` : '';
}
