// The HTML export's server-side collectors table: the server the browser talked to and the onward recipient as the
// vendor documents the set-up (likely, or not known), never as something the browser saw.
import type { Lang } from '../i18n/lang.ts';
import { onwardText } from '../findings/onward-text.ts';
import { code, e, place, table } from './html-parts.ts';
import type { Labels } from './labels.ts';
import type { ReportServerSideCollector, ScenarioReport } from './report.ts';

function row(c: ReportServerSideCollector, L: Labels, lang: Lang): string[] {
  const S = L.serverSide;
  const servers = c.servers.length
    ? c.servers
        .slice(0, 5)
        .map((s) => `${code(s.ip)} ${s.country ? place(s.country, L, lang) : e(L.place.unknown)}`)
        .join('<br>')
    : e(L.place.unknown);
  const r = c.onward.recipient;
  const head = onwardText(lang, r ? { company: r.company, country: r.companyCountry } : null);
  const transfer = c.transfer === 'ok' || c.transfer === 'needs-safeguards' ? L.transfer[c.transfer] : S.undecided;
  return [
    code(c.host),
    e(c.service),
    servers,
    `<strong>${e(head)}</strong><br><span class="meta">${e(c.statement)}</span>`,
    e(transfer),
    e(c.requests),
  ];
}

/** '' when the scenario has no server-side collector (older reports and most pages). */
export function serverSideSection(s: ScenarioReport, L: Labels, lang: Lang): string {
  const list = s.serverSideCollectors ?? [];
  if (list.length === 0) return '';
  const S = L.serverSide;
  return [
    `<h4>${e(S.title)} (${e(list.length)})</h4>`,
    `<p class="meta">${e(S.lead)}</p>`,
    table(
      [S.host, S.service, S.server, S.onward, S.transfer, L.col.requests],
      list.map((c) => row(c, L, lang)),
      L,
    ),
  ].join('\n');
}
