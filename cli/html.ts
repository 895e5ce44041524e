// A simple self-contained HTML rendering of a report: inline CSS, no scripts, no external resources; every string
// from the page (URLs, cookie names, titles) is escaped.
import type { Report, ScenarioReport } from '../utils/report.ts';

export function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const e = (x: string | number | boolean | null | undefined): string => htmlEscape(x === null || x === undefined ? '' : String(x));

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:80rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}.violation{color:#a40000;font-weight:600}.warning{color:#8a5a00;font-weight:600}.info{color:#555}
.pass{color:#0a6b0a;font-weight:600}.fail,.error{color:#a40000;font-weight:600}code{word-break:break-all}details{margin:.25rem 0}
section{border-top:2px solid #ddd;margin-top:1.5rem}`;

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>None.</p>';
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function scenario(s: ScenarioReport): string {
  const answered = s.answered === null ? 'not asked' : s.answered ? 'yes' : 'no';
  const parts = [
    `<section><h2>${e(s.url)} — consent: ${e(s.consent)}</h2>`,
    `<p>Verdict: <span class="${s.summary.passed ? 'pass' : 'fail'}">${e(s.summary.verdict)}</span> · banner answered: ${e(answered)}`
      + `${s.cmp ? ` · consent manager: ${e(s.cmp.name)}` : ''}${s.choice ? ` · choice: ${e(s.choice.action)} at ${e(s.choice.at)} via <code>${e(s.choice.via)}</code>` : ''}</p>`,
  ];
  if (s.error) parts.push(`<p class="error">Could not be audited: ${e(s.error)}</p>`);
  if (s.answerDetail) parts.push(`<p>${e(s.answerDetail)}</p>`);
  parts.push('<h3>Findings</h3>', table(['severity', 'finding', 'subject', 'phase', 'fix'], s.findings.map((f) => [
    `<span class="${e(f.severity)}">${e(f.severity)}</span>`,
    `<details><summary>${e(f.title)}</summary>${e(f.explanation)}</details>`,
    `<code>${e([f.subject.host, f.subject.name].filter((x) => x).join(' ') || f.subject.kind)}</code>`,
    e(f.phase ?? ''), e(f.fix),
  ])));
  parts.push('<h3>Third parties</h3>', table(['site', 'tracker', 'company', 'server countries', 'transfer', 'requests'], s.thirdParties.map((t) => [
    `<code>${e(t.site)}</code>`, e(t.tracker?.name ?? ''), e(t.tracker ? `${t.tracker.company} (${t.tracker.companyCountry})` : ''),
    e(t.serverCountries.join(', ')), e(t.transfer), e(t.requests),
  ])));
  parts.push('<h3>Cookies</h3>', table(['name', 'domain', 'party', 'set by', 'phase', 'purpose'], s.cookies.map((c) => [
    `<code>${e(c.name)}</code>`, `<code>${e(c.domain)}</code>`, c.thirdParty ? 'third' : 'first', e(c.setBy), e(c.phase), e(c.purpose ?? ''),
  ])));
  parts.push('<h3>Storage</h3>', table(['kind', 'origin', 'key', 'phase'], s.storage.map((x) => [
    e(x.kind), `<code>${e(x.origin)}</code>`, `<code>${e(x.key)}</code>`, e(x.phase),
  ])));
  parts.push(`<details><summary>Requests (${s.requests.length})</summary>`, table(['url', 'party', 'tracker', 'server', 'phase', 'status'], s.requests.map((r) => [
    `<code>${e(r.url.slice(0, 300))}</code>`, r.thirdParty ? 'third' : 'first', e(r.tracker?.name ?? ''),
    e([r.serverIp, r.serverCountry].filter((x) => x).join(' ')), e(r.phase), e(r.status ?? r.error ?? ''),
  ])), '</details>');
  if (s.errors.length) parts.push('<h3>Notes</h3><ul>', ...s.errors.map((x) => `<li>${e(x)}</li>`), '</ul>');
  parts.push('</section>');
  return parts.join('\n');
}

export function reportToHtml(report: Report): string {
  const sum = report.summary;
  const rows = report.scenarios.map((s) => [
    `<code>${e(s.url)}</code>`, e(s.consent), e(s.answered === null ? '-' : s.answered ? 'yes' : 'no'),
    e(s.summary.bySeverity.violation), e(s.summary.bySeverity.warning), `<span class="${s.summary.passed ? 'pass' : 'fail'}">${e(s.summary.verdict)}</span>`,
  ]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Consent Auditor report</title><style>${CSS}</style></head>
<body>
<h1>Consent Auditor report</h1>
<p>${e(report.tool.name)} ${e(report.tool.version)} · trackers ${e(report.tool.data.trackers)}${report.tool.browser ? ` · ${e(report.tool.browser.name)} ${e(report.tool.browser.version)}` : ''} · ${e(report.startedAt)} – ${e(report.finishedAt)}</p>
<p>Result: <span class="${e(sum.verdict)}">${e(sum.verdict)}</span> (fail on: ${e(sum.failOn)}) · ${e(sum.bySeverity.violation)} violation(s), ${e(sum.bySeverity.warning)} warning(s), ${e(sum.bySeverity.info)} info · ${e(sum.notAnswered)} banner(s) not answered · ${e(sum.errors)} scenario(s) not audited</p>
${table(['URL', 'scenario', 'answered', 'violations', 'warnings', 'verdict'], rows)}
${report.scenarios.map(scenario).join('\n')}
</body></html>
`;
}
