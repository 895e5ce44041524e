// One request in two fixed lines: the URL, then type, status, server IP, time and who asked for it.
import type { AnalyzedRequest } from '../utils/findings/index.ts';
import { phaseOf } from '../utils/phase.ts';
import type { Choice, RequestEntry } from '../utils/record.ts';
import { describeInitiator, relTime, statusLabel } from '../utils/record-view.ts';
import { PartyBadge } from './party-badge.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { T } from './strings.ts';

export const ROW_HEIGHT = 42;

export interface RequestRowProps {
  r: RequestEntry;
  startedAt: number;
  choice: Choice | null;
  showParty?: boolean;
  /** The findings engine's view of this request (tracker, server country), once available */
  analyzed?: AnalyzedRequest | undefined;
}

export function RequestRow({ r, startedAt, choice, showParty = false, analyzed }: RequestRowProps) {
  const who = describeInitiator(r);
  const failed = r.error !== undefined || (r.status !== undefined && r.status >= 400);
  return (
    <div class="row row-request">
      <div class="line line-main mono" title={r.url}>
        <PhaseBadge phase={phaseOf(r.t, choice)} />
        {showParty && <PartyBadge party={r.party} />}
        <span class="url">{r.url}</span>
      </div>
      <div class="line line-meta">
        <span class="chip type">{r.type}</span>
        {r.method !== 'GET' && <span class="chip">{r.method}</span>}
        <span class={failed ? 'status status-bad' : 'status'}>{statusLabel(r)}</span>
        <span class="mono ip" title="Server IP address">{r.ip ?? 'no IP'}</span>
        {analyzed?.serverCountry && <span class="chip country" title={T.serverCountry}>{analyzed.serverCountry}</span>}
        <span class="time">{relTime(r.t, startedAt)}</span>
        {r.source === 'page' && <span class="chip chip-warn" title="Reported by the page's script hooks; the browser did not show this request">page-reported</span>}
        {analyzed?.tracker && !showParty && <span class="tracker-name">{analyzed.tracker.name}</span>}
        {who && <span class="who" title={who}>{who}</span>}
      </div>
    </div>
  );
}
