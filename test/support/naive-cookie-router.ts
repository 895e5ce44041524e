// The cookie router as it was before its entries were indexed by name (utils/record/cookie-router.ts before session
// 10): every claim compared every held change with every claim. Kept as the reference the indexed router must match
// delivery for delivery (cookie-router.test.ts).
import type { CookieEvent } from '../../utils/observe/events.ts';
import {
  COOKIE_ROUTER_LIMITS,
  HINT_TTL_MS,
  HOLD_MS,
  type CookieRouterDeps,
  type CookieRouterLimits,
} from '../../utils/record/cookie-router.ts';
import { domainMatches } from '../../utils/url/party.ts';

interface Hint {
  tabId: number;
  host: string;
  name: string;
  value: string;
  t: number;
}
interface Held {
  ev: CookieEvent;
  since: number;
}
interface Recent {
  ev: CookieEvent;
  t: number;
  to: Set<number>;
}

export class NaiveCookieRouter {
  private hints: Hint[] = [];
  private held: Held[] = [];
  private recent: Recent[] = [];
  private checkScheduled = false;
  private waiters: Array<{ pending: Set<Held>; resolve: () => void }> = [];

  constructor(
    private readonly deps: CookieRouterDeps,
    private readonly limits: Readonly<CookieRouterLimits> = COOKIE_ROUTER_LIMITS,
  ) {}

  /** Tab `tabId` wrote `name=value` from `host` (the response's host, or the writing frame's). */
  claim(tabId: number, host: string, name: string, value: string): void {
    const now = this.deps.now();
    this.prune(now);
    const max = this.limits.hints;
    if (this.hints.length >= max) this.hints.splice(0, this.hints.length - max + 1);
    this.hints.push({ tabId, host: host.toLowerCase(), name, value, t: now });
    // A change that arrived before its writer's report goes where the report says, as soon as it says it.
    const still: Held[] = [];
    for (const h of this.held) {
      const tabs = this.claimants(h.ev);
      if (tabs.length) for (const t of tabs) this.deps.deliver(t, h.ev);
      else still.push(h);
    }
    this.held = still;
    this.wake();
    // A late claim: the change went to other tabs (or none) before this tab's response or report said it wrote it.
    for (const r of this.recent) {
      if (r.to.has(tabId) || r.ev.removed || r.ev.name !== name || r.ev.value !== value) continue;
      if (!domainMatches(host.toLowerCase(), r.ev.domain)) continue;
      r.to.add(tabId);
      this.deps.deliver(tabId, r.ev);
    }
  }

  /** One change the browser reported (after its store restored, so that the candidates are known). */
  change(ev: CookieEvent): void {
    const now = this.deps.now();
    this.prune(now);
    const tabs = this.claimants(ev);
    if (tabs.length) {
      for (const t of tabs) this.deps.deliver(t, ev);
      this.remember(ev, tabs, now);
      return;
    }
    // No tab of that site yet: kept in `recent`, so that the claim of a tab that turns up later still brings it there.
    if (this.deps.candidates(ev.domain).length === 0) {
      this.remember(ev, [], now);
      return;
    }
    // Even the only tab of the site waits for its claim: the writer may be a tab the worker does not know yet.
    if (this.held.length >= this.limits.held) this.release(this.held.splice(0, 1));
    this.held.push({ ev, since: now });
    this.schedule();
  }

  /** Changes still waiting for a claim (for tests and the worker's diagnostics). */
  get waiting(): number {
    return this.held.length;
  }

  /**
   * Resolves once each change held now that may go to `tabId` is placed: a reader of its record misses none of them.
   * Changes held later do not prolong the wait (a page writing all the time must not stall its reader).
   */
  decided(tabId: number): Promise<void> {
    const pending = new Set(this.held.filter((h) => this.deps.candidates(h.ev.domain).includes(tabId)));
    if (pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ pending, resolve }));
  }

  private wake(): void {
    if (!this.waiters.length) return;
    const now = new Set(this.held);
    const still = this.waiters.filter((w) => [...w.pending].some((h) => now.has(h)));
    for (const w of this.waiters) if (!still.includes(w)) w.resolve();
    this.waiters = still;
  }

  private claimants(ev: CookieEvent): number[] {
    const tabs = new Set<number>();
    for (const h of this.hints) {
      if (h.name !== ev.name || !domainMatches(h.host, ev.domain)) continue;
      // A removal carries the old value; the write that removed it carried another (empty, or expired).
      if (ev.removed || h.value === ev.value) tabs.add(h.tabId);
    }
    return [...tabs];
  }

  private schedule(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    this.deps.later(() => {
      this.checkScheduled = false;
      const now = this.deps.now();
      const due = this.held.filter((h) => now - h.since >= HOLD_MS);
      this.held = this.held.filter((h) => now - h.since < HOLD_MS);
      this.release(due);
      this.wake();
      if (this.held.length) this.schedule();
    }, HOLD_MS);
  }

  /** No tab claimed them in time: every tab of the site gets them, each marked as not routed (even to one tab). */
  private release(due: Held[]): void {
    for (const { ev } of due) {
      const candidates = this.deps.candidates(ev.domain);
      const marked: CookieEvent = { ...ev, unrouted: true };
      for (const t of candidates) this.deps.deliver(t, marked);
      this.remember(marked, candidates, this.deps.now());
    }
  }

  private remember(ev: CookieEvent, to: readonly number[], now: number): void {
    if (ev.removed) return;
    const max = this.limits.recent;
    if (this.recent.length >= max) this.recent.splice(0, this.recent.length - max + 1);
    this.recent.push({ ev, t: now, to: new Set(to) });
  }

  private prune(now: number): void {
    if (this.recent.length && now - (this.recent[0]?.t ?? now) > HINT_TTL_MS)
      this.recent = this.recent.filter((r) => now - r.t <= HINT_TTL_MS);
    if (this.hints.length && now - (this.hints[0]?.t ?? now) > HINT_TTL_MS)
      this.hints = this.hints.filter((h) => now - h.t <= HINT_TTL_MS);
  }
}
