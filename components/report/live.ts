// The report is a snapshot: how the live record differs from it, so
// the page can offer an update instead of shifting under the reader.
import type { PageRecord } from '../../utils/record/record.ts';

export type LiveState =
  { kind: 'new'; count: number } | { kind: 'changed' } | { kind: 'other-page'; url: string } | { kind: 'closed' };

const sum = (xs: ReadonlyArray<{ writes: number }>): number =>
  xs.reduce((s, x) => s + (Number.isFinite(x.writes) ? x.writes : 1), 0);

/** Roughly one per recorded event: requests and their answers, cookie and storage writes, consent signals, notes. */
export function eventCount(r: PageRecord): number {
  const c = r.consent;
  const answered = r.requests.reduce((s, q) => s + (q.status !== undefined || q.error !== undefined ? 1 : 0), 0);
  return (
    r.requests.length +
    answered +
    sum(r.cookies) +
    sum(r.storage) +
    c.tcf.length +
    c.consentMode.length +
    c.gpp.length +
    c.automation.length +
    c.changes.length +
    (c.choice ? 1 : 0) +
    r.forms.length +
    r.errors.length +
    r.redirects.length
  );
}

/** null: nothing to tell (no push since, or the push carries the same content). */
export function liveState(snapshot: PageRecord, latest: PageRecord | null | undefined): LiveState | null {
  if (latest === undefined || latest === snapshot) return null;
  if (latest === null) return { kind: 'closed' };
  if (latest.startedAt !== snapshot.startedAt || latest.tabId !== snapshot.tabId)
    return { kind: 'other-page', url: latest.url };
  const diff = eventCount(latest) - eventCount(snapshot);
  if (diff > 0) return { kind: 'new', count: diff };
  const choiceMoved =
    latest.consent.choice?.at !== snapshot.consent.choice?.at ||
    latest.consent.choice?.action !== snapshot.consent.choice?.action;
  return diff !== 0 || choiceMoved || latest.url !== snapshot.url ? { kind: 'changed' } : null;
}
