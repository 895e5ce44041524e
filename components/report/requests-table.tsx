// Every request, collapsed until asked for and paged, with status joined back from the record.
import { useMemo, useState } from 'preact/hooks';
import type { AnalyzedRequest } from '../../utils/findings/index.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import type { RequestEntry } from '../../utils/record/record.ts';
import { secs } from './format.ts';
import { PagedTable, type Head } from './pager.tsx';
import { PhaseTag } from './phase-tag.tsx';
import type { ReportStrings } from './strings.ts';

export interface RequestsTableProps {
  requests: readonly AnalyzedRequest[];
  /** The record's entries, for status and error (not part of the analysis) */
  entries: readonly RequestEntry[];
  lang: Lang;
  s: ReportStrings;
}

function statusOf(e: RequestEntry | undefined, notSent: string): string {
  if (!e) return '';
  if (e.notSent) return `${notSent}: ${e.notSent}`;
  if (e.error) return e.error;
  return e.status !== undefined ? String(e.status) : '';
}

function Rows({ requests, entries, lang, s }: RequestsTableProps) {
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const heads: Head[] = [
    { text: s.colTime, num: true },
    s.colUrl,
    s.colType,
    s.colParty,
    s.colPhase,
    s.colTracker,
    s.colServer,
    s.colStatus,
  ];
  return (
    <PagedTable
      items={requests}
      kind="requests"
      label={s.requests}
      heads={heads}
      s={s}
      row={(r, key) => (
        <tr key={key} class="row-request">
          <td class="num">{secs(r.t, lang)}</td>
          <th scope="row" class="mono url">
            {r.url}
          </th>
          <td>
            {r.method} {r.type}
          </td>
          <td>{r.thirdParty ? s.party.third : s.party.first}</td>
          <td>
            <PhaseTag phase={r.phase} s={s} />
          </td>
          <td>
            {r.tracker ? (
              <>
                {r.tracker.name}
                <span class="muted block">
                  {r.tracker.company} ({r.tracker.companyCountry})
                </span>
              </>
            ) : (
              ''
            )}
          </td>
          <td class="mono">
            {r.serverIp ?? ''}
            {r.viaProxy ? ` (${s.viaProxy})` : r.serverCountry ? ` (${r.serverCountry})` : ''}
          </td>
          <td>{statusOf(byId.get(r.id), s.notSent)}</td>
        </tr>
      )}
    />
  );
}

export function RequestsTable(props: RequestsTableProps) {
  // Rows are built only once the list is opened: a closed list costs nothing.
  const [open, setOpen] = useState(false);
  const { requests, s } = props;
  if (requests.length === 0) return <p class="none">{s.noneRecorded}</p>;
  return (
    <>
      <details class="requests-list" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{s.showRequests(requests.length)}</summary>
        {open && <Rows {...props} />}
      </details>
      {!open && <p class="print-only muted">{s.requestsInExports}</p>}
    </>
  );
}
