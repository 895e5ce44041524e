// One request in two fixed lines: the URL, then type, status, server IP, time and who asked for it.
import type { RequestEntry } from '../utils/record.ts';
import { describeInitiator, relTime, statusLabel } from '../utils/record-view.ts';
import { PartyBadge } from './party-badge.tsx';

export const ROW_HEIGHT = 42;

export function RequestRow({ r, startedAt, showParty = false }: { r: RequestEntry; startedAt: number; showParty?: boolean }) {
  const who = describeInitiator(r);
  const failed = r.error !== undefined || (r.status !== undefined && r.status >= 400);
  return (
    <div class="row row-request">
      <div class="line line-main mono" title={r.url}>
        {showParty && <PartyBadge party={r.party} />}
        <span class="url">{r.url}</span>
      </div>
      <div class="line line-meta">
        <span class="chip type">{r.type}</span>
        {r.method !== 'GET' && <span class="chip">{r.method}</span>}
        <span class={failed ? 'status status-bad' : 'status'}>{statusLabel(r)}</span>
        <span class="mono ip" title="Server IP address">{r.ip ?? 'no IP'}</span>
        <span class="time">{relTime(r.t, startedAt)}</span>
        {r.source === 'page' && <span class="chip chip-warn" title="Reported by the page's script hooks; the browser did not show this request">page-reported</span>}
        {who && <span class="who" title={who}>{who}</span>}
      </div>
    </div>
  );
}
