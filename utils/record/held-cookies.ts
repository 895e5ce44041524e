// The cookie changes the router holds for their claim (up to HOLD_MS), mirrored to session storage: a worker that
// stops within the hold (crash, a forced stop; not the idle stop, as each hold starts with an event) places them after
// its restart instead of losing the browser's only report of them. One key per change, written and removed in groups.
import type { CookieEvent } from '../observe/events.ts';
import type { Held } from './cookie-router.ts';
import type { SessionArea } from './tab-chunks.ts';

/** `ca1-held:<wake>.<seq>`: versioned with the chunks (KEY_PREFIX), never taken for a chunk (KEY_RE). */
export const HELD_PREFIX = 'ca1-held:';

export class HeldCookies {
  private readonly keys = new Map<Held, string>();
  /** Writes and removals not yet handed to storage */
  private adds: Record<string, string> = {};
  private readonly removes = new Set<string>();
  private writing: Promise<void> | null = null;
  private seq = 0;
  private readonly wake = Math.floor(Math.random() * 36 ** 4).toString(36);

  /**
   * @param delivered resolves once what the router has delivered so far is stored (the tab store's `settled`): a
   *   change's key is removed only then, so that a stop in between finds it in one place or the other, never neither.
   */
  constructor(
    private readonly area: SessionArea,
    private readonly delivered: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** The changes a stopped worker held, oldest first, from `all` (session storage's content at the start). */
  restore(all: Record<string, unknown>): Held[] {
    const found: Array<[string, Held]> = [];
    const unreadable: string[] = [];
    for (const key of Object.keys(all)) {
      if (!key.startsWith(HELD_PREFIX)) continue;
      const h = parseHeld(all[key]);
      if (h) found.push([key, h]);
      else unreadable.push(key);
    }
    found.sort((a, b) => a[1].since - b[1].since || (a[0] < b[0] ? -1 : 1));
    for (const [key, h] of found) this.keys.set(h, key);
    for (const key of unreadable) this.removes.add(key);
    if (unreadable.length) this.queue();
    return found.map(([, h]) => h);
  }

  /** The router holds `h`: stored under a key of its own. */
  held(h: Held): void {
    const key = `${HELD_PREFIX}${this.wake}.${(this.seq += 1).toString(36).padStart(6, '0')}`;
    this.keys.set(h, key);
    this.adds[key] = JSON.stringify(h);
    this.queue();
  }

  /** The router delivered these: their keys go once the deliveries are stored (or never written, if not yet). */
  placed(list: readonly Held[]): void {
    for (const h of list) {
      const key = this.keys.get(h);
      if (key === undefined) continue;
      this.keys.delete(h);
      if (Object.hasOwn(this.adds, key)) delete this.adds[key];
      else this.removes.add(key);
    }
    this.queue();
  }

  /** Changes stored or waiting to be, for the tests */
  get size(): number {
    return this.keys.size;
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
      });
  }

  /** One write at a time; what comes meanwhile goes in the next round. A refused write leaves the change in memory. */
  private async write(): Promise<void> {
    while (Object.keys(this.adds).length || this.removes.size) {
      const adds = this.adds;
      this.adds = {};
      if (Object.keys(adds).length) await this.area.set(adds).catch(() => {});
      if (this.removes.size === 0) continue;
      await this.delivered().catch(() => {});
      const removes = [...this.removes];
      this.removes.clear();
      await this.area.remove(removes).catch(() => {});
    }
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

function isCookieEvent(v: unknown): v is CookieEvent {
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
