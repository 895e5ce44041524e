// One request in two fixed lines: the URL, then type, status, server IP and country, time and who asked for it.
import type { AnalyzedRequest } from '../utils/findings/index.ts';
import { phaseOf } from '../utils/record/phase.ts';
import type { Choice, RequestEntry } from '../utils/record/record.ts';
import { CountryTag } from './country-tag.tsx';
import { AttributionMark } from './attribution-mark.tsx';
import { initiatorText, relText, statusText } from './format.ts';
import { PartyBadge } from './party-badge.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { useStrings } from './strings.ts';

export const ROW_HEIGHT = 42;

export interface RequestRowProps {
  r: RequestEntry;
  startedAt: number;
  choice: Choice | null;
  showParty?: boolean;
  /** The findings engine's view of this request (tracker, server country), once available */
  analyzed?: AnalyzedRequest | undefined;
  /** DPF certification of the receiving company, when known (decides how a US server is marked) */
  dpf?: boolean | null;
}

export function RequestRow({ r, startedAt, choice, showParty = false, analyzed, dpf = null }: RequestRowProps) {
  const S = useStrings();
  const who = initiatorText(S, r);
  const failed = r.error !== undefined || r.notSent !== undefined || (r.status !== undefined && r.status >= 400);
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
        <span class={failed ? 'status status-bad' : 'status'}>{statusText(S, r)}</span>
        <span class="mono ip" title={S.serverIp}>
          {r.ip ?? S.noIp}
        </span>
        {analyzed?.serverCountry && <CountryTag code={analyzed.serverCountry} dpf={dpf} what={S.serverCountry} />}
        {analyzed?.viaProxy && <span class="chip">{S.viaProxy}</span>}
        <span class="time">{relText(S, r.t, startedAt)}</span>
        {r.source === 'page' && (
          <span class="chip chip-warn" title={S.pageReportedHint}>
            {S.pageReported}
          </span>
        )}
        {analyzed?.tracker && !showParty && <span class="tracker-name">{analyzed.tracker.name}</span>}
        {who && (
          <span class="who" title={who}>
            {who}
          </span>
        )}
        {r.initiator?.startsWith('script:') && <AttributionMark attribution={r.attribution} lang={S.lang} />}
      </div>
    </div>
  );
}
