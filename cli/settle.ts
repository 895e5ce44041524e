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
    this.lastActivityAt = t;
  }

  get inFlight(): number {
    return this.pending.size;
  }
}

/** Where a wait that began at `since` stands at `now`. */
export function settleState(
  now: number,
  since: number,
  clock: Pick<ActivityClock, 'inFlight' | 'lastActivityAt'>,
  o: SettleOptions,
): SettleState {
  const waited = now - since;
  if (waited >= o.maxMs) return 'max';
  if (waited < o.minMs) return 'wait';
  if (clock.inFlight > 0) return 'wait';
  const quietSince = Math.max(since, clock.lastActivityAt ?? since);
  return now - quietSince >= o.quietMs ? 'settled' : 'wait';
}

/** A signature of the record's size: it changes when the extension records a request, cookie or storage write. */
export function recordSignature(
  r: { requests: readonly unknown[]; cookies: readonly unknown[]; storage: readonly unknown[] } | null,
): string {
  return r ? `${r.requests.length}/${r.cookies.length}/${r.storage.length}` : '';
}

/** Default quiet period and minimum (ms) */
export const DEFAULT_QUIET_MS = 1500;
export const DEFAULT_MIN_MS = 1500;
