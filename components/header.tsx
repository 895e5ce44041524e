// Page identity and whole-record counts (unfiltered), so the numbers do not move while the user filters.
import { PHASES, type Phase } from '../utils/phase.ts';
import type { RecordCounts } from '../utils/record-view.ts';
import { PhaseBadge } from './phase-badge.tsx';
import { plural, T } from './strings.ts';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface HeaderProps {
  url: string;
  site: string;
  startedAt: number;
  counts: RecordCounts;
  status?: LiveStatus | undefined;
}

function clock(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '?';
  return d.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function Header({ url, site, startedAt, counts, status }: HeaderProps) {
  return (
    <header class="hdr">
      <div class="hdr-top">
        <h1 class="hdr-url" title={url}>{url || '(unknown page)'}</h1>
        {status && <span class={`live live-${status}`} role="status">{T[status]}</span>}
      </div>
      <div class="hdr-meta">
        <span>{T.site} <strong class="mono">{site || '?'}</strong></span>
        <span>{T.started} <time dateTime={Number.isFinite(startedAt) ? new Date(startedAt).toISOString() : undefined}>{clock(startedAt)}</time></span>
      </div>
      <ul class="hdr-counts" aria-label={T.counts}>
        <li><strong>{plural(counts.requests, 'request', 'requests')}</strong> ({counts.thirdPartyRequests.toLocaleString('en')} third-party)</li>
        <li><strong>{plural(counts.sites, 'site', 'sites')}</strong> ({counts.thirdPartySites.toLocaleString('en')} third-party)</li>
        <li><strong>{plural(counts.cookies, 'cookie', 'cookies')}</strong> ({counts.thirdPartyCookies.toLocaleString('en')} third-party)</li>
        <li><strong>{plural(counts.storage, 'storage write', 'storage writes')}</strong></li>
        <li><strong>{plural(counts.beacons, 'beacon', 'beacons')}</strong></li>
      </ul>
      <PhaseCounts counts={counts} />
    </header>
  );
}

/** One line per phase that has anything in it: before choice always, after reject/accept once the banner was answered. */
function PhaseCounts({ counts }: { counts: RecordCounts }) {
  const p = counts.phases;
  const shown = PHASES.filter((ph: Phase) => ph === 'before-choice' || p.requests[ph] + p.cookies[ph] + p.storage[ph] > 0);
  return (
    <ul class="hdr-phases" aria-label={T.phaseCounts}>
      {shown.map((ph) => (
        <li key={ph}>
          <PhaseBadge phase={ph} />{' '}
          {plural(p.requests[ph], 'request', 'requests')}, {plural(p.cookies[ph], 'cookie', 'cookies')},{' '}
          {plural(p.storage[ph], 'storage write', 'storage writes')}
        </li>
      ))}
    </ul>
  );
}
