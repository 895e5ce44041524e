// Page identity and whole-record counts (unfiltered), so the numbers do not move while the user filters.
import { useEffect, useState } from 'preact/hooks';
import { PHASES, type Phase } from '../utils/record/phase.ts';
import type { RecordCounts } from '../utils/view/record-view.ts';
import { PhaseBadge } from './phase-badge.tsx';
import { countOf, useStrings, type Strings } from './strings.ts';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface HeaderProps {
  url: string;
  site: string;
  startedAt: number;
  counts: RecordCounts;
  status?: LiveStatus | undefined;
  /** Shows the "Open full report" button when set */
  onOpenReport?: (() => void) | undefined;
}

function clock(S: Strings, ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '?';
  return d.toLocaleString(S.lang, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/**
 * The start time in the reader's style, filled in right after the first paint: the first Intl date format of a page
 * loads locale data (10-170 ms measured in a fresh renderer), which the popup's first paint of a record should not wait
 * for.
 */
function Clock({ startedAt }: { startedAt: number }) {
  const S = useStrings();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setText(clock(S, startedAt)), 0);
    return () => clearTimeout(timer);
  }, [S, startedAt]);
  return (
    <time dateTime={Number.isFinite(startedAt) ? new Date(startedAt).toISOString() : undefined}>{text ?? ''}</time>
  );
}

export function Header({ url, site, startedAt, counts, status, onOpenReport }: HeaderProps) {
  const S = useStrings();
  return (
    <header class="hdr">
      <div class="hdr-top">
        <h1 class="hdr-url" title={url}>
          {url || S.unknownPage}
        </h1>
        {status && (
          <span class={`live live-${status}`} role="status">
            {S[status]}
          </span>
        )}
        {onOpenReport && (
          <button type="button" name="open-report" class="btn-report" title={S.openReportHint} onClick={onOpenReport}>
            {S.openReport}
          </button>
        )}
      </div>
      <div class="hdr-meta">
        <span>
          {S.site} <strong class="mono">{site || '?'}</strong>
        </span>
        <span>
          {S.started} <Clock startedAt={startedAt} />
        </span>
      </div>
      <ul class="hdr-counts" aria-label={S.counts}>
        <li>
          <strong>{countOf(S, counts.requests, 'request')}</strong> {S.ofThirdParty(S.num(counts.thirdPartyRequests))}
        </li>
        <li>
          <strong>{countOf(S, counts.sites, 'site')}</strong> {S.ofThirdParty(S.num(counts.thirdPartySites))}
        </li>
        <li>
          <strong>{countOf(S, counts.cookies, 'cookie')}</strong> {S.ofThirdParty(S.num(counts.thirdPartyCookies))}
        </li>
        <li>
          <strong>{countOf(S, counts.storage, 'storageWrite')}</strong>
        </li>
        <li>
          <strong>{countOf(S, counts.beacons, 'beacon')}</strong>
        </li>
      </ul>
      <PhaseCounts counts={counts} />
    </header>
  );
}

/**
 * One line per phase that has anything in it: before choice always, after reject/accept once the banner was answered.
 */
function PhaseCounts({ counts }: { counts: RecordCounts }) {
  const S = useStrings();
  const p = counts.phases;
  const shown = PHASES.filter(
    (ph: Phase) => ph === 'before-choice' || p.requests[ph] + p.cookies[ph] + p.storage[ph] > 0,
  );
  return (
    <ul class="hdr-phases" aria-label={S.phaseCounts}>
      {shown.map((ph) => (
        <li key={ph}>
          <PhaseBadge phase={ph} /> {countOf(S, p.requests[ph], 'request')}, {countOf(S, p.cookies[ph], 'cookie')},{' '}
          {countOf(S, p.storage[ph], 'storageWrite')}
        </li>
      ))}
    </ul>
  );
}
