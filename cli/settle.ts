// The settle rule: after the load event (and after answering the banner) wait until the page has been quiet (no
// request started or pending, no cookie or storage write) for a quiet period, at least a minimum, at most a maximum.
// Pure bookkeeping here; scan.ts feeds it browser events and record polls.

export interface SettleOptions {
  /** Quiet time that ends the wait */
  quietMs: number;
  /** Never stop earlier than this after the wait began */
  minMs: number;
  /** Always stop at this (the --wait value); the result then says `settled: false` if the page was still active */
  maxMs: number;
  /**
   * Also wait until every request the record has that started at or after this time (epoch ms) has its answer or
   * error: the leave step's beacons, which the browser's request events of the page do not show.
   */
  finishedSince?: number;
}

export interface SettleResult {
  settled: boolean;
  /** When the page last did something (epoch ms); null when nothing happened during the wait */
  lastActivityAt: number | null;
  waitedMs: number;
}

export type SettleState = 'wait' | 'settled' | 'max';

/** Requests in flight and the time of the last activity of one page. */
export class ActivityClock {
  private readonly pending = new Set<unknown>();
  lastActivityAt: number | null = null;

  started(key: unknown, t: number): void {
    this.pending.add(key);
    this.lastActivityAt = t;
  }

  ended(key: unknown, t: number): void {
    // Only requests seen starting count: one from before the clock began must not end a quiet period early or late.
    if (this.pending.delete(key)) this.lastActivityAt = t;
  }

  /** A write or a request the browser events did not show (seen in the extension's record). */
  touched(t: number): void {
    // A record poll can report an activity older than a request event already counted: never move backwards.
    if (this.lastActivityAt === null || t > this.lastActivityAt) this.lastActivityAt = t;
  }

  get inFlight(): number {
    return this.pending.size;
  }
}

/** Whether the record has a request started since `o.finishedSince` still without its answer or error. */
export function recordedOpen(mark: Pick<RecordMark, 'openLatest'>, o: Pick<SettleOptions, 'finishedSince'>): boolean {
  return o.finishedSince !== undefined && mark.openLatest !== null && mark.openLatest >= o.finishedSince;
}

/** Where a wait that began at `since` stands at `now` (`mark`: the record's last poll, for `o.finishedSince`). */
export function settleState(
  now: number,
  since: number,
  clock: Pick<ActivityClock, 'inFlight' | 'lastActivityAt'>,
  o: SettleOptions,
  mark?: Pick<RecordMark, 'openLatest'>,
): SettleState {
  const waited = now - since;
  if (waited >= o.maxMs) return 'max';
  if (waited < o.minMs) return 'wait';
  if (clock.inFlight > 0) return 'wait';
  if (mark && recordedOpen(mark, o)) return 'wait';
  const quietSince = Math.max(since, clock.lastActivityAt ?? since);
  return now - quietSince >= o.quietMs ? 'settled' : 'wait';
}

/** What a record poll tells the settle rule: the record's size, and when the latest thing in it happened. */
export interface RecordMark {
  /** Changes when the extension records a request, cookie or storage write */
  sig: string;
  /** Latest request start or cookie/storage write time in the record (epoch ms); null for no record or none */
  latest: number | null;
  /** Latest start of a recorded request without its answer or error yet (epoch ms); null for none */
  openLatest: number | null;
}

type Timed = { t: number; lastT?: number };
type TimedRequest = { t: number; status?: number; error?: string };

function latestOf(list: readonly Timed[], start: number | null): number | null {
  let m = start;
  for (const x of list) {
    const t = x.lastT !== undefined && x.lastT > x.t ? x.lastT : x.t;
    if (Number.isFinite(t) && (m === null || t > m)) m = t;
  }
  return m;
}

/** The mark of a record (or of none). */
export function recordMark(
  r: { requests: readonly TimedRequest[]; cookies: readonly Timed[]; storage: readonly Timed[] } | null,
): RecordMark {
  if (!r) return { sig: '', latest: null, openLatest: null };
  const latest = latestOf(r.storage, latestOf(r.cookies, latestOf(r.requests, null)));
  let openLatest: number | null = null;
  for (const q of r.requests) {
    const open = q.status === undefined && q.error === undefined && Number.isFinite(q.t);
    if (open && (openLatest === null || q.t > openLatest)) openLatest = q.t;
  }
  return { sig: `${r.requests.length}/${r.cookies.length}/${r.storage.length}`, latest, openLatest };
}

/**
 * When a change a poll found happened: the record's own time of it, but never before the previous poll was sent (that
 * poll did not see it) nor after this one's answer; without a time, the answer's time, as before.
 */
export function changedAt(latest: number | null, previousPollSentAt: number, now: number): number {
  if (latest === null) return now;
  return Math.min(now, Math.max(previousPollSentAt, latest));
}

/** Default quiet period and minimum (ms) */
export const DEFAULT_QUIET_MS = 1500;
export const DEFAULT_MIN_MS = 1500;
