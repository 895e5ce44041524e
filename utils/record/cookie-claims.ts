// The cookie router's claims ("tab T wrote name=value", from its page or its responses), mirrored to session storage:
// a worker stopped between a claim and the browser's change of that cookie routes the change to its claimant after the
// restart, as it would have without the stop, not to every tab of the site marked unrouted. A claim lives HINT_TTL_MS.
// Each batch of claims is one key named after its newest claim's time: a restart skips expired batches unread, and a
// sweep removes them once past, so an idle wake (30 s after the last event) finds none.
import { COOKIE_ROUTER_LIMITS, HINT_TTL_MS, type Claim } from './cookie-router.ts';
import { SessionMirror, type MirrorArea } from './session-mirror.ts';

/** `ca1-claims:<newest t, base 36>.<wake>.<seq>`: versioned with the chunks (KEY_PREFIX), never taken for a chunk. */
export const CLAIMS_PREFIX = 'ca1-claims:';
/**
 * Bytes of stored claims at most, all tabs together: session storage's 10 MB is shared with every tab's record, and a
 * page writing thousands of 4 KB cookies must not take it. The oldest claims go first; a claim not stored is one a
 * stop turns back into an unrouted change (as before this mirror), never a lost one.
 */
export const CLAIMS_MAX_BYTES = 256 * 1024;

/** After the prefix: newest t, the writing worker's wake, its batch number (all base 36) */
const KEY_RE = /^([0-9a-z]{1,11})\.[0-9a-z]+\.[0-9a-z]+$/;

/** One stored claim: [tabId, host, name, value, t] */
type Row = [number, string, string, string, number];

export interface CookieClaimsOptions {
  now?: () => number;
  /** Runs `fn` after `ms` (setTimeout in the worker; the tests drive it by hand) */
  later?: (fn: () => void, ms: number) => void;
  maxClaims?: number;
  maxBytes?: number;
}

export class CookieClaims {
  /** Claims not yet handed to storage, oldest first */
  private pending: Claim[] = [];
  private readonly mirror: SessionMirror;
  private seq = 0;
  private readonly wake = Math.floor(Math.random() * 36 ** 4).toString(36);
  private readonly now: () => number;
  private readonly maxClaims: number;
  private readonly maxBytes: number;

  constructor(area: MirrorArea, o: CookieClaimsOptions = {}) {
    this.now = o.now ?? Date.now;
    this.maxClaims = o.maxClaims ?? COOKIE_ROUTER_LIMITS.hints;
    this.maxBytes = o.maxBytes ?? CLAIMS_MAX_BYTES;
    // A batch's life is its newest claim's: the sweep removes it once past, the caps drop the oldest batches first.
    this.mirror = new SessionMirror(area, CLAIMS_PREFIX, {
      maxEntries: this.maxClaims,
      maxBytes: this.maxBytes,
      collect: () => this.nextBatch(),
      now: this.now,
      later: o.later ?? ((fn, ms) => setTimeout(fn, ms)),
    });
  }

  /** The claims a stopped worker made that are still live, oldest first, from `all` (session storage at the start). */
  restore(all: Record<string, unknown>): Claim[] {
    const now = this.now();
    const claims: Claim[] = [];
    this.mirror.restore(all, (raw, id) => {
      const name = KEY_RE.exec(id);
      const newest = name ? parseInt(name[1] ?? '', 36) : NaN;
      // Expired, or from a clock more than a claim's life ahead (set back since): dropped unread.
      if (!(Math.abs(now - newest) <= HINT_TTL_MS)) return null;
      const rows = parseRows(raw);
      if (rows === null || rows.length === 0) return null;
      for (const [tabId, host, name, value, t] of rows) {
        if (now - t <= HINT_TTL_MS) claims.push({ tabId, host, name, value, t });
      }
      return { value: rows, expires: newest + HINT_TTL_MS + 1, count: rows.length };
    });
    claims.sort((a, b) => a.t - b.t);
    return claims.slice(-this.maxClaims);
  }

  /** The router took a claim: stored with the next batch. */
  claimed(c: Claim): void {
    this.pending.push(c);
    this.mirror.flush();
  }

  /** Claims stored or waiting to be, expired ones not yet removed included (for the tests) */
  get size(): number {
    return this.pending.length + this.mirror.weight;
  }

  /** Resolves once every write and removal asked for so far is done. */
  settled(): Promise<void> {
    return this.mirror.settled();
  }

  /** The pending claims as one batch, the newest that fit in the byte limit (a write larger than it is never made). */
  private nextBatch(): void {
    const claims = this.pending;
    this.pending = [];
    // Each row serialised once: its length is what the byte limit counts, and the batch is the rows joined.
    const rows: string[] = [];
    // The key's length counts too (the mirror's byte limit does): `ca1-claims:` and three base-36 numbers.
    let bytes = 2 + CLAIMS_PREFIX.length + 24;
    let newest = Number.NEGATIVE_INFINITY;
    for (let i = claims.length - 1; i >= 0 && rows.length < this.maxClaims; i--) {
      const c = claims[i] as Claim;
      const row = JSON.stringify([c.tabId, c.host, c.name, c.value, c.t] satisfies Row);
      if (bytes + row.length + 1 > this.maxBytes) break;
      bytes += row.length + 1;
      rows.push(row);
      newest = Math.max(newest, c.t);
    }
    if (rows.length === 0) return;
    rows.reverse();
    this.seq += 1;
    const id = `${newest.toString(36)}.${this.wake}.${this.seq.toString(36)}`;
    // A batch expired as it was made (its claims waited past their life: a clock set forward) is not written.
    this.mirror.set(id, `[${rows.join(',')}]`, { expires: newest + HINT_TTL_MS + 1, count: rows.length });
  }
}

function parseRows(v: unknown): Row[] | null {
  if (typeof v !== 'string') return null;
  try {
    const rows: unknown = JSON.parse(v);
    return Array.isArray(rows) && rows.every(isRow) ? rows : null;
  } catch {
    return null;
  }
}

function isRow(v: unknown): v is Row {
  return (
    Array.isArray(v) &&
    v.length === 5 &&
    Number.isInteger(v[0]) &&
    typeof v[1] === 'string' &&
    typeof v[2] === 'string' &&
    typeof v[3] === 'string' &&
    typeof v[4] === 'number'
  );
}
