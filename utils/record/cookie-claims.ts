// The cookie router's claims ("tab T wrote name=value", from its page or its responses), mirrored to session storage:
// a worker stopped between a claim and the browser's change of that cookie routes the change to its claimant after the
// restart, as it would have without the stop, not to every tab of the site marked unrouted. A claim lives HINT_TTL_MS.
// Each batch of claims is one key named after its newest claim's time: a restart skips expired batches unread, and a
// sweep removes them once past, so an idle wake (30 s after the last event) finds none.
import { COOKIE_ROUTER_LIMITS, HINT_TTL_MS, type Claim } from './cookie-router.ts';
import type { SessionArea } from './tab-chunks.ts';

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

interface Batch {
  key: string;
  newest: number;
  count: number;
  bytes: number;
}

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
  /** Stored (or being stored) batches, oldest first */
  private batches: Batch[] = [];
  private readonly removes = new Set<string>();
  private writing: Promise<void> | null = null;
  private sweepAt: number | null = null;
  private seq = 0;
  private readonly wake = Math.floor(Math.random() * 36 ** 4).toString(36);
  private readonly now: () => number;
  private readonly later: (fn: () => void, ms: number) => void;
  private readonly maxClaims: number;
  private readonly maxBytes: number;

  constructor(
    private readonly area: SessionArea,
    o: CookieClaimsOptions = {},
  ) {
    this.now = o.now ?? Date.now;
    this.later = o.later ?? ((fn, ms) => setTimeout(fn, ms));
    this.maxClaims = o.maxClaims ?? COOKIE_ROUTER_LIMITS.hints;
    this.maxBytes = o.maxBytes ?? CLAIMS_MAX_BYTES;
  }

  /** The claims a stopped worker made that are still live, oldest first, from `all` (session storage at the start). */
  restore(all: Record<string, unknown>): Claim[] {
    const now = this.now();
    const claims: Claim[] = [];
    for (const key of Object.keys(all)) {
      if (!key.startsWith(CLAIMS_PREFIX)) continue;
      const name = KEY_RE.exec(key.slice(CLAIMS_PREFIX.length));
      const newest = name ? parseInt(name[1] ?? '', 36) : NaN;
      const raw = all[key];
      // Expired, or from a clock more than a claim's life ahead (set back since): dropped unread.
      const live = Math.abs(now - newest) <= HINT_TTL_MS;
      const rows = live ? parseRows(raw) : null;
      if (rows === null || rows.length === 0) {
        this.removes.add(key);
        continue;
      }
      this.batches.push({ key, newest, count: rows.length, bytes: typeof raw === 'string' ? raw.length : 0 });
      for (const [tabId, host, name, value, t] of rows) {
        if (now - t <= HINT_TTL_MS) claims.push({ tabId, host, name, value, t });
      }
    }
    this.batches.sort((a, b) => a.newest - b.newest);
    claims.sort((a, b) => a.t - b.t);
    if (this.removes.size) this.queue();
    else this.scheduleSweep();
    return claims.slice(-this.maxClaims);
  }

  /** The router took a claim: stored with the next batch. */
  claimed(c: Claim): void {
    this.pending.push(c);
    this.queue();
  }

  /** Claims stored or waiting to be, expired ones not yet removed included (for the tests) */
  get size(): number {
    return this.pending.length + this.batches.reduce((n, b) => n + b.count, 0);
  }

  /** Resolves once every write and removal asked for so far is done. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private queue(): void {
    if (this.writing) return;
    this.writing = Promise.resolve()
      .then(() => this.write())
      .finally(() => {
        this.writing = null;
        this.scheduleSweep();
      });
  }

  /** One write at a time; what comes meanwhile goes in the next round. A refused write leaves the claim in memory. */
  private async write(): Promise<void> {
    while (this.pending.length || this.removes.size) {
      let set = this.nextBatch();
      this.dropOld();
      // A batch expired as it was made (its claims waited past their life: a clock set forward) is not written.
      const [key] = set ? Object.keys(set) : [];
      if (key !== undefined && this.removes.delete(key)) set = null;
      if (this.removes.size) {
        const removes = [...this.removes];
        this.removes.clear();
        await this.area.remove(removes).catch(() => {});
      }
      if (set) await this.area.set(set).catch(() => {});
    }
  }

  /** The pending claims as one batch, the newest that fit in the byte limit (a write larger than it is never made). */
  private nextBatch(): Record<string, string> | null {
    const claims = this.pending;
    this.pending = [];
    // Each row serialised once: its length is what the byte limit counts, and the batch is the rows joined.
    const rows: string[] = [];
    let bytes = 2;
    let newest = Number.NEGATIVE_INFINITY;
    for (let i = claims.length - 1; i >= 0 && rows.length < this.maxClaims; i--) {
      const c = claims[i] as Claim;
      const row = JSON.stringify([c.tabId, c.host, c.name, c.value, c.t] satisfies Row);
      if (bytes + row.length + 1 > this.maxBytes) break;
      bytes += row.length + 1;
      rows.push(row);
      newest = Math.max(newest, c.t);
    }
    if (rows.length === 0) return null;
    rows.reverse();
    this.seq += 1;
    const key = `${CLAIMS_PREFIX}${newest.toString(36)}.${this.wake}.${this.seq.toString(36)}`;
    this.batches.push({ key, newest, count: rows.length, bytes });
    // Batches are kept in the order of their newest claim (a clock set back can break arrival order).
    this.batches.sort((a, b) => a.newest - b.newest);
    return { [key]: `[${rows.join(',')}]` };
  }

  /** Expired batches go, and the oldest ones while the stored claims are over either limit. */
  private dropOld(): void {
    const now = this.now();
    let count = this.batches.reduce((n, b) => n + b.count, 0);
    let bytes = this.batches.reduce((n, b) => n + b.bytes, 0);
    while (this.batches.length) {
      const oldest = this.batches[0] as Batch;
      const expired = now - oldest.newest > HINT_TTL_MS;
      if (!expired && count <= this.maxClaims && bytes <= this.maxBytes) break;
      this.batches.shift();
      count -= oldest.count;
      bytes -= oldest.bytes;
      this.removes.add(oldest.key);
    }
  }

  /** Removes the oldest batch once it expires (one timer at a time), so that storage holds no claim past its life. */
  private scheduleSweep(): void {
    const oldest = this.batches[0];
    if (!oldest || this.sweepAt !== null) return;
    const at = oldest.newest + HINT_TTL_MS + 1;
    this.sweepAt = at;
    this.later(
      () => {
        this.sweepAt = null;
        this.dropOld();
        if (this.removes.size) this.queue();
        else this.scheduleSweep();
      },
      Math.max(0, at - this.now()),
    );
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
