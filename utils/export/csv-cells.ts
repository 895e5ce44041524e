// CSV exports (findings, cookies, requests) that open safely in spreadsheets: RFC 4180 quoting, and no cell from the
// page can become a formula (=HYPERLINK(...), +cmd, -2+3, @SUM) when a client opens the file.
import type { Analysis } from '../findings/index.ts';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula triggers are neutralised with a leading apostrophe, then quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  // Numbers we write ourselves stay numbers; text from the page that looks like a formula is made inert.
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function findingsCsv(a: Analysis): string {
  return toCsv(
    ['severity', 'rule', 'title', 'subject_kind', 'host', 'name', 'phase', 'evidence_items', 'first_ms', 'last_ms', 'scripts', 'fix'],
    a.findings.map((f) => [
      f.severity, f.rule, f.title, f.subject.kind, f.subject.host ?? '', f.subject.name ?? '', f.phase ?? '', f.evidence.total,
      f.evidence.times?.first ?? null, f.evidence.times?.last ?? null, f.evidence.scripts.join(' '), f.fix,
    ]),
  );
}

export function cookiesCsv(a: Analysis): string {
  return toCsv(
    ['name', 'domain', 'third_party', 'set_by', 'phase', 'purpose', 'owner', 'needs_consent', 'script', 'set_by_url', 'first_ms', 'writes', 'value_length'],
    a.cookies.map((c) => [
      c.name, c.domain, c.thirdParty, c.setBy, c.phase, c.purpose, c.ownerName, c.needsConsent, c.script, c.setByUrl, c.t, c.writes, c.valueLength,
    ]),
  );
}

export function requestsCsv(a: Analysis): string {
  return toCsv(
    ['url', 'host', 'third_party', 'type', 'method', 'phase', 'ms', 'tracker', 'company', 'company_country', 'category', 'server_ip', 'server_country'],
    a.requests.map((r) => [
      r.url, r.host, r.thirdParty, r.type, r.method, r.phase, r.t, r.tracker?.name, r.tracker?.company, r.tracker?.companyCountry,
      r.tracker?.category, r.serverIp, r.serverCountry,
    ]),
  );
}
