// The cookie changes the router delivered and keeps for a late claim (its `recent`, HINT_TTL_MS), mirrored to session
// storage: a change that went to no tab (none of its site known yet) or to others is still brought to the tab whose
// response or page report claims it after a worker stop, as it would be without the stop. One key per change,
// rewritten when it goes to one more tab (so that a restart does not bring it there twice), swept once expired.
import { isCookieEvent } from './held-cookies.ts';
import { COOKIE_ROUTER_LIMITS, HINT_TTL_MS, type Recent } from './cookie-router.ts';
import { SessionMirror, type MirrorArea } from './session-mirror.ts';

/** `ca1-recent:<wake>.<seq>`: versioned with the chunks (KEY_PREFIX), never taken for a chunk. */
export const RECENT_PREFIX = 'ca1-recent:';
/** Bytes of stored changes at most, all tabs together (a cookie value can be 4 KB); the oldest leave storage first. */
export const RECENT_MAX_BYTES = 256 * 1024;

/** One stored change: [event, delivered at, tabs it went to] */
type Row = [unknown, number, number[]];

export interface RecentCookiesOptions {
  now?: () => number;
  later?: (fn: () => void, ms: number) => void;
  maxEntries?: number;
  maxBytes?: number;
}

export class RecentCookies {
  private readonly ids = new WeakMap<Recent, string>();
  private readonly mirror: SessionMirror;
  private seq = 0;
  private readonly wake = Math.floor(Math.random() * 36 ** 4).toString(36);
  private readonly now: () => number;

  constructor(area: MirrorArea, o: RecentCookiesOptions = {}) {
    this.now = o.now ?? Date.now;
    this.mirror = new SessionMirror(area, RECENT_PREFIX, {
      maxEntries: o.maxEntries ?? COOKIE_ROUTER_LIMITS.recent,
      maxBytes: o.maxBytes ?? RECENT_MAX_BYTES,
      now: this.now,
      later: o.later ?? ((fn, ms) => setTimeout(fn, ms)),
    });
  }

  /** The changes a stopped worker kept that are still live, oldest first, from `all` (session storage at the start). */
  restore(all: Record<string, unknown>): Recent[] {
    const now = this.now();
    const found = this.mirror.restore(all, (raw) => {
      const r = parseRow(raw);
      // Expired, or from a clock more than its life ahead (set back since): removed.
      if (!r || !(Math.abs(now - r.t) <= HINT_TTL_MS)) return null;
      return { value: r, expires: r.t + HINT_TTL_MS + 1 };
    });
    for (const [id, r] of found) this.ids.set(r, id);
    return found.map(([, r]) => r).sort((a, b) => a.t - b.t);
  }

  /** The router keeps `r` (or delivered it to one more tab): stored, or stored again, with the next round. */
  remembered(r: Recent): void {
    let id = this.ids.get(r);
    if (id === undefined) {
      id = `${this.wake}.${(this.seq += 1).toString(36)}`;
      this.ids.set(r, id);
    }
    const row: Row = [r.ev, r.t, [...r.to]];
    this.mirror.set(id, JSON.stringify(row), { expires: r.t + HINT_TTL_MS + 1 });
  }

  /** Changes stored or waiting to be, expired ones not yet swept included (for the tests) */
  get size(): number {
    return this.mirror.size;
  }

  settled(): Promise<void> {
    return this.mirror.settled();
  }
}

function parseRow(v: unknown): Recent | null {
  if (typeof v !== 'string') return null;
  try {
    const row: unknown = JSON.parse(v);
    if (!Array.isArray(row) || row.length !== 3) return null;
    const [ev, t, to] = row as unknown[];
    if (!isCookieEvent(ev) || typeof t !== 'number' || !Number.isFinite(t)) return null;
    if (!Array.isArray(to) || !to.every((x) => Number.isInteger(x))) return null;
    return { ev, t, to: new Set(to as number[]) };
  } catch {
    return null;
  }
}
