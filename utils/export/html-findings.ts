// The HTML export's finding blocks: most serious first, each with its evidence items, scripts and notes.
import type { EvidenceItem, Finding, Severity } from '../findings/types.ts';
import type { Attribution } from '../observe/events.ts';
import { code, cut, duration, e } from './html-parts.ts';
import { waivedBadge, type NavLabels } from './html-nav.ts';
import type { Labels } from './labels.ts';
import type { ReportFinding } from './report.ts';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { violation: 0, warning: 1, info: 2 };

/** Most serious first; equal severity keeps the engine's order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (SEVERITY_RANK[a.f.severity] ?? 3) - (SEVERITY_RANK[b.f.severity] ?? 3) || a.i - b.i)
    .map((x) => x.f);
}

/** " (named by the page)" after a writer name that is not confident; nothing for a confident one or an old record. */
export function doubt(a: Attribution | null | undefined, L: Labels): string {
  return a && a !== 'confident' ? ` <em class="attr">(${e(L.attribution[a])})</em>` : '';
}

function serverPlace(it: { serverCountry: string | null; viaProxy?: true }, L: Labels): string {
  const where = it.viaProxy ? L.serverViaProxy : it.serverCountry;
  return where ? ` (${e(where)})` : '';
}

function evidenceItem(it: EvidenceItem, L: Labels): string {
  switch (it.kind) {
    case 'request':
      return [
        code(it.url),
        e(it.type),
        e(L.phase[it.phase]),
        e(duration(it.t, L)),
        it.serverIp ? `${e(L.col.server)} ${e(it.serverIp)}${serverPlace(it, L)}` : '',
        it.script ? `${e(L.col.script)} ${code(it.script)}${doubt(it.attribution, L)}` : '',
      ]
        .filter((x) => x)
        .join(' · ');
    case 'cookie':
      return [
        `${code(it.name)} @ ${code(it.domain)}`,
        `${e(L.col.setBy)}: ${e(L.setBy[it.setBy] ?? it.setBy)}`,
        e(L.phase[it.phase]),
        e(duration(it.t, L)),
        it.purpose ? e(it.purpose) : '',
        it.script ? `${e(L.col.script)} ${code(it.script)}${doubt(it.attribution, L)}` : '',
        it.setByUrl ? code(it.setByUrl) : '',
      ]
        .filter((x) => x)
        .join(' · ');
    case 'storage':
      return [
        `${e(it.storageKind)} ${code(it.origin)} ${code(it.key)}`,
        e(L.phase[it.phase]),
        e(duration(it.t, L)),
        it.script ? `${e(L.col.script)} ${code(it.script)}${doubt(it.attribution, L)}` : '',
      ]
        .filter((x) => x)
        .join(' · ');
    case 'signal':
      return [e(cut(it.detail)), it.t === null ? '' : e(duration(it.t, L))].filter((x) => x).join(' · ');
    case 'form':
      return [e(cut(it.label)), it.name ? code(it.name) : '', code(it.frameUrl), e(duration(it.t, L))]
        .filter((x) => x)
        .join(' · ');
  }
}

export function findingBlock(f: ReportFinding, L: Labels, N: NavLabels): string {
  const subject = [f.subject.host, f.subject.name].filter((x) => x).join(' ') || f.subject.kind;
  const ev = f.evidence;
  const meta = [
    `${e(L.subject)}: ${code(subject)}`,
    f.phase ? e(L.phase[f.phase]) : '',
    ev.times ? `${e(L.firstLast)}: ${e(duration(ev.times.first, L))} / ${e(duration(ev.times.last, L))}` : '',
  ]
    .filter((x) => x)
    .join(' · ');
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
