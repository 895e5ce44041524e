// The cookie changes the router holds for their claim (up to HOLD_MS), mirrored to session storage: a worker that
// stops within the hold (crash, a forced stop; not the idle stop, as each hold starts with an event) places them after
// its restart instead of losing the browser's only report of them. One key per change, written and removed in groups.
import type { CookieEvent } from '../observe/events.ts';
import type { Held } from './cookie-router.ts';
import { SessionMirror, type MirrorArea } from './session-mirror.ts';

/** `ca1-held:<wake>.<seq>`: versioned with the chunks (KEY_PREFIX), never taken for a chunk (KEY_RE). */
export const HELD_PREFIX = 'ca1-held:';

export class HeldCookies {
  private readonly ids = new Map<Held, string>();
  private readonly mirror: SessionMirror;
  private seq = 0;
  private readonly wake = Math.floor(Math.random() * 36 ** 4).toString(36);

  /**
   * @param delivered resolves once what the router has delivered so far is stored (the tab store's `settled`): a
   *   change's key is removed only then, so that a stop in between finds it in one place or the other, never neither.
   */
  constructor(area: MirrorArea, delivered: () => Promise<void> = () => Promise.resolve()) {
    // No cap of its own: the router holds HOLD_MS at most and COOKIE_ROUTER_LIMITS.held changes.
    this.mirror = new SessionMirror(area, HELD_PREFIX, { beforeRemove: delivered });
  }

  /** The changes a stopped worker held, oldest first, from `all` (session storage's content at the start). */
  restore(all: Record<string, unknown>): Held[] {
    const found = this.mirror.restore(all, (raw) => {
      const value = parseHeld(raw);
      return value && { value };
    });
    found.sort((a, b) => a[1].since - b[1].since || (a[0] < b[0] ? -1 : 1));
    for (const [id, h] of found) this.ids.set(h, id);
    return found.map(([, h]) => h);
  }

  /** The router holds `h`: stored under a key of its own. */
  held(h: Held): void {
    const id = `${this.wake}.${(this.seq += 1).toString(36).padStart(6, '0')}`;
    this.ids.set(h, id);
    this.mirror.set(id, JSON.stringify(h));
  }

  /** The router delivered these: their keys go once the deliveries are stored (or never written, if not yet). */
  placed(list: readonly Held[]): void {
    for (const h of list) {
      const id = this.ids.get(h);
      if (id === undefined) continue;
      this.ids.delete(h);
      this.mirror.delete(id);
    }
  }

  /** Changes stored or waiting to be, for the tests */
  get size(): number {
    return this.ids.size;
  }

  /** Resolves once every write and removal asked for so far is done. */
  settled(): Promise<void> {
    return this.mirror.settled();
  }
}

function parseHeld(v: unknown): Held | null {
  if (typeof v !== 'string') return null;
  try {
    const h: unknown = JSON.parse(v);
    if (typeof h !== 'object' || h === null || !('ev' in h) || !('since' in h)) return null;
    const { ev, since } = h;
    return typeof since === 'number' && isCookieEvent(ev) ? { ev, since } : null;
  } catch {
    return null;
  }
}

/** A stored cookie event as read back (recent-cookies.ts too): only the fields the router uses are checked. */
export function isCookieEvent(v: unknown): v is CookieEvent {
  if (typeof v !== 'object' || v === null) return false;
  const has = (key: string, type: string): boolean => typeof Object.getOwnPropertyDescriptor(v, key)?.value === type;
  return (
    Object.getOwnPropertyDescriptor(v, 'k')?.value === 'cookie' &&
    has('t', 'number') &&
    has('name', 'string') &&
    has('value', 'string') &&
    has('domain', 'string') &&
    has('path', 'string') &&
    has('removed', 'boolean')
  );
}
