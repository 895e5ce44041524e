// CSV exports of one audit (findings, cookies, requests) from the report, with the `#` integrity header block.
// Cells go through utils/export/csv-cells.ts, so text from the
// page never becomes a spreadsheet formula. Read them with the
// comment character `#` (e.g. pandas `read_csv(f, comment='#')` or skip the leading `#` lines).
import { toCsv } from './csv-cells.ts';
import type { ScenarioReport } from './report.ts';
import { csvHeader, sha256Hex, withBody, type IntegrityBase } from './integrity.ts';
import type { ExportKind, Integrity } from './types.ts';

export type CsvKind = Extract<ExportKind, 'csv-findings' | 'csv-cookies' | 'csv-requests'>;
export const CSV_KINDS: readonly CsvKind[] = ['csv-findings', 'csv-cookies', 'csv-requests'];

/** Column names per kind; the verifier recognises a CSV without header block by them. */
export const CSV_COLUMNS: Readonly<Record<CsvKind, readonly string[]>> = {
  'csv-findings': [
    'scenario',
    'severity',
    'rule',
    'title',
    'subject_kind',
    'host',
    'name',
    'phase',
    'evidence_items',
    'first_ms',
    'last_ms',
    'scripts',
    'explanation',
    'fix',
    'waived',
  ],
  'csv-cookies': [
    'scenario',
    'name',
    'domain',
    'third_party',
    'set_by',
    'phase',
    'purpose',
    'owner',
    'needs_consent',
    'script',
    'attribution',
    'set_by_url',
    'first_ms',
    'writes',
    'value_length',
    'removed',
    'confirmed_by',
    'stored',
  ],
  'csv-requests': [
    'scenario',
    'url',
    'host',
    'third_party',
    'type',
    'method',
    'phase',
    'ms',
    'status',
    'error',
    'tracker',
    'company',
    'company_country',
    'category',
    'server_ip',
    'server_country',
    'script',
    'attribution',
    'parent',
    'parent_country',
    'transfer_countries',
    'dpf',
  ],
};

// An unverified DPF status is written out as "not known", never left to look like "no".
function dpfCell(t: ScenarioReport['requests'][number]['tracker']): string | boolean | null {
  if (!t) return null;
  return t.dpf === null ? 'not known' : t.dpf;
}

type Named = NonNullable<ScenarioReport['thirdParties'][number]['company']>;

// Requests no own tracker matched still get the company third-party-web names (via the scenario's third parties).
function namedByHost(s: ScenarioReport): Map<string, Named> {
  const m = new Map<string, Named>();
  for (const tp of s.thirdParties) if (tp.company) for (const h of tp.hosts) m.set(h, tp.company);
  return m;
}

function namedCountry(c: Named | undefined): string | null {
  return c ? (c.country ?? 'not known') : null;
}

/** The CSV body (column row and data rows, CRLF) of one kind over the report's scenarios. */
export function csvBody(kind: CsvKind, scenarios: readonly ScenarioReport[]): string {
  const head = [...CSV_COLUMNS[kind]];
  switch (kind) {
    case 'csv-findings':
      return toCsv(
        head,
        scenarios.flatMap((s) =>
          s.findings.map((f) => [
            s.consent,
            f.severity,
            f.rule,
            f.title,
            f.subject.kind,
            f.subject.host ?? '',
            f.subject.name ?? '',
            f.phase ?? '',
            f.evidence.total,
            f.evidence.times?.first ?? null,
            f.evidence.times?.last ?? null,
            f.evidence.scripts.join(' '),
            f.explanation,
            f.fix,
            f.waived ? `until ${f.waived.expires}: ${f.waived.reason}` : '',
          ]),
        ),
      );
    case 'csv-cookies':
      return toCsv(
        head,
        scenarios.flatMap((s) =>
          s.cookies.map((c) => [
            s.consent,
            c.name,
            c.domain,
            c.thirdParty,
            c.setBy,
            c.phase,
            c.purpose,
            c.owner,
            c.needsConsent,
            c.script,
            c.attribution,
            c.setByUrl,
            c.t,
            c.writes,
            c.valueLength,
            c.removed,
            c.confirmedBy.join(' '),
            c.stored,
          ]),
        ),
      );
    case 'csv-requests':
      return toCsv(
        head,
        scenarios.flatMap((s) => {
          const named = namedByHost(s);
          return s.requests.map((r) => [
            s.consent,
            r.url,
            r.host,
            r.thirdParty,
            r.type,
            r.method,
            r.phase,
            r.t,
            r.status,
            r.error ?? (r.notSent ? `not sent: ${r.notSent}` : null),
            r.tracker?.name,
            r.tracker?.company ?? named.get(r.host)?.name,
            r.tracker?.companyCountry ?? namedCountry(named.get(r.host)),
            r.tracker?.category,
            r.serverIp,
            r.viaProxy ? 'not known (proxy)' : r.serverCountry,
            r.script,
            r.attribution,
            r.tracker?.parent,
            r.tracker?.parentCountry,
            r.tracker?.transferCountries.join(' '),
            dpfCell(r.tracker),
          ]);
        }),
      );
  }
}

/** The CSV file: header block with the integrity data, then the body. */
export async function sealedCsv(
  kind: CsvKind,
  scenarios: readonly ScenarioReport[],
  base: IntegrityBase,
): Promise<{ text: string; integrity: Integrity }> {
  const body = csvBody(kind, scenarios);
  const integrity = withBody(base, await sha256Hex(body));
  return { text: csvHeader(kind, integrity) + body, integrity };
}
