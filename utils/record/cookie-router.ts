// cookies.onChanged names no tab. A change goes to the tab whose response (Set-Cookie, webRequest with its tabId) or
// page (document.cookie, cookieStore, reported with its tab) wrote it; one that no tab claims goes to every tab of its
// site marked `unrouted`, never silently duplicated (issue 15.7: a page's twin must not write into its record). That
// holds with one tab of the site too: Firefox can report a twin's write before the twin's tab is known.
import type { CookieEvent } from '../observe/events.ts';
import { domainMatches } from '../url/party.ts';
import { ByName } from './cookie-router-index.ts';

/** How long a write a tab reported can claim the browser's change of that cookie. */
export const HINT_TTL_MS = 10_000;
/** How long an ambiguous change waits for its writer's report (page reports come in batches, after the change). */
export const HOLD_MS = 2_000;
/** Entries kept at most: a page writing endless cookies cannot grow the worker's memory. */
export interface CookieRouterLimits {
  /** Claims (a tab's response or page wrote name=value) */
  hints: number;
  /** Changes waiting for their claim; the oldest is released early */
  held: number;
  /** Changes delivered, kept for a late claim */
  recent: number;
}
export const COOKIE_ROUTER_LIMITS: Readonly<CookieRouterLimits> = { hints: 2_000, held: 2_000, recent: 2_000 };

/** Tab `tabId` wrote `name=value` from `host` (lower case) at `t` (Date.now(): a restarted worker times it on). */
export interface Claim {
  tabId: number;
  host: string;
  name: string;
  value: string;
  t: number;
}
/** A change waiting for its claim; `since` is when it came (Date.now(): a restarted worker goes on timing it). */
export interface Held {
  ev: CookieEvent;
  since: number;
}
/** A change already delivered, kept for a claim that comes late (Firefox can report a change before the response). */
export interface Recent {
  ev: CookieEvent;
  t: number;
  to: Set<number>;
  /** A stopped worker's (recent-cookies.ts): its `to` can miss the tab of a delivery whose rewrite the stop cut off. */
  restored?: true;
}

export interface CookieRouterDeps {
  /** The tabs whose page concerns a cookie domain (its site, or a host it talked to); may throw (tldts not loaded). */
  candidates(domain: string): number[];
  /** The tabs whose page host or a host it talked to lies in the cookie domain: no registrable domain needed. */
  hostCandidates(domain: string): number[];
  deliver(tabId: number, ev: CookieEvent): void;
  /** Leaves a note in the tab's record: something it may miss or hold that was not placed the usual way. */
  note(tabId: number, message: string): void;
  now(): number;
  /** Runs `fn` after `ms` (setTimeout in the worker; the tests drive it by hand) */
  later(fn: () => void, ms: number): void;
  /** A change starts waiting (the worker mirrors it to storage: held-cookies.ts) */
  held?(h: Held): void;
  /** Changes that stopped waiting, once delivered (claimed, or released to the site's tabs) */
  placed?(list: readonly Held[]): void;
  /** A tab claimed a write (the worker mirrors it to storage: cookie-claims.ts) */
  claimed?(c: Claim): void;
  /** A delivered change is kept for a late claim, or went to one more tab (mirrored: recent-cookies.ts) */
  remembered?(r: Recent): void;
  /** Whether the tab's record already holds this browser change (asked only of a stopped worker's changes). */
  holds?(tabId: number, ev: CookieEvent): boolean;
}

export class CookieRouter {
  private readonly hints = new ByName<Claim>(
    (h) => h.name,
    (h) => h.t,
  );
  private readonly held = new ByName<Held>(
    (h) => h.ev.name,
    (h) => h.since,
  );
  private readonly recent = new ByName<Recent>(
    (r) => r.ev.name,
    (r) => r.t,
  );
  private checkScheduled = false;
  private waiters: Array<{ pending: Set<Held>; resolve: () => void }> = [];

  /** @param limits the tests make them small, so that random sequences reach them. */
  constructor(
    private readonly deps: CookieRouterDeps,
    private readonly limits: Readonly<CookieRouterLimits> = COOKIE_ROUTER_LIMITS,
  ) {}

  /** Tab `tabId` wrote `name=value` from `host` (the response's host, or the writing frame's). */
  claim(tabId: number, host: string, name: string, value: string): void {
    const now = this.deps.now();
    this.prune(now);
    this.hints.makeRoom(this.limits.hints);
    const lowerHost = host.toLowerCase();
    const c: Claim = { tabId, host: lowerHost, name, value, t: now };
    this.hints.add(c);
    this.deps.claimed?.(c);
    // A change that arrived before its writer's report goes where the report says, as soon as it says it. Only changes
    // this claim matches can have a claimant now (same name, this value unless a removal, this host's domain): a held
    // change had none, and this claim is the only new one. The cheap test first: a page rewriting a cookie holds many
    // changes of one name, nearly all of other values.
    for (const h of [...this.held.named(name)]) {
      if (!h.ev.removed && h.ev.value !== value) continue;
      if (!domainMatches(lowerHost, h.ev.domain)) continue;
      const tabs = this.claimants(h.ev);
      if (tabs.length === 0) continue;
      this.held.delete(h);
      for (const t of tabs) this.deps.deliver(t, h.ev);
      this.deps.placed?.([h]);
    }
    this.wake();
    // A late claim: the change went to other tabs (or none) before this tab's response or report said it wrote it.
    for (const r of [...this.recent.named(name)]) {
      if (r.to.has(tabId) || r.ev.removed || r.ev.value !== value) continue;
      if (!domainMatches(lowerHost, r.ev.domain)) continue;
      r.to.add(tabId);
      // Delivered just before a stop, whose key kept the tabs before it: stored with this tab now, not delivered again.
      if (r.restored !== true || this.deps.holds?.(tabId, r.ev) !== true) this.deps.deliver(tabId, r.ev);
      this.deps.remembered?.(r);
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
    // Tabs not known (`candidates` threw): held like an ambiguous change and tried again when released.
    const found = this.candidatesOf(ev);
    if (Array.isArray(found) && found.length === 0) {
      this.remember(ev, [], now);
      return;
    }
    // Even the only tab of the site waits for its claim: the writer may be a tab the worker does not know yet.
    this.hold({ ev, since: now });
  }

  /**
   * Claims a stopped worker had (cookie-claims.ts), at the restarted worker's start, before its held changes: each goes
   * on claiming the changes of its write for the rest of its HINT_TTL_MS, as if the worker had not stopped. Claims made
   * since the start stay the newest (the oldest entries are the first pruned and the first dropped at the limit).
   */
  restoreClaims(list: readonly Claim[]): void {
    this.putBefore(this.hints, list, (c) => c.t, this.limits.hints);
  }

  /**
   * Changes a stopped worker had delivered (recent-cookies.ts), at the restarted worker's start, before its held
   * changes: a late claim still brings each to its claimant for the rest of its HINT_TTL_MS, as if the worker had not
   * stopped. Those remembered since the start stay the newest.
   */
  restoreRecent(list: readonly Recent[]): void {
    for (const r of list) r.restored = true;
    this.putBefore(this.recent, list, (r) => r.t, this.limits.recent);
  }

  /** The live ones of `list` (a stopped worker's), oldest first, before the entries made since the start. */
  private putBefore<T>(index: ByName<T>, list: readonly T[], t: (x: T) => number, limit: number): void {
    const now = this.deps.now();
    const old = list.filter((x) => now - t(x) <= HINT_TTL_MS).sort((a, b) => t(a) - t(b));
    if (old.length === 0) return;
    const since = [...index.values()];
    for (const x of since) index.delete(x);
    for (const x of [...old, ...since]) {
      index.makeRoom(limit);
      index.add(x);
    }
  }

  /**
   * Changes a stopped worker held (held-cookies.ts), at the restarted worker's start, after its tabs are restored: the
   * claimed ones go to their claimant now, the others wait out the rest of their hold.
   */
  restoreHeld(list: readonly Held[]): void {
    const now = this.deps.now();
    for (const h of list) {
      const tabs = this.claimants(h.ev);
      if (tabs.length === 0) {
        this.hold(h, false);
        continue;
      }
      for (const t of tabs) this.deps.deliver(t, h.ev);
      this.remember(h.ev, tabs, now);
      this.deps.placed?.([h]);
    }
  }

  private hold(h: Held, announce = true): void {
    if (this.held.size >= this.limits.held) {
      const oldest = this.held.first();
      if (oldest) {
        this.held.delete(oldest);
        this.release([oldest]);
      }
    }
    this.held.add(h);
    if (announce) this.deps.held?.(h);
    this.schedule();
  }

  /** Changes still waiting for a claim (for tests and the worker's diagnostics). */
  get waiting(): number {
    return this.held.size;
  }

  /**
   * Resolves once each change held now that may go to `tabId` is placed: a reader of its record misses none of them.
   * Changes held later do not prolong the wait (a page writing all the time must not stall its reader).
   */
  decided(tabId: number): Promise<void> {
    const pending = new Set(
      [...this.held.values()].filter((h) => {
        const found = this.candidatesOf(h.ev);
        return typeof found === 'string' || found.includes(tabId);
      }),
    );
    if (pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ pending, resolve }));
  }

  private wake(): void {
    if (!this.waiters.length) return;
    const now = new Set(this.held.values());
    const still = this.waiters.filter((w) => [...w.pending].some((h) => now.has(h)));
    for (const w of this.waiters) if (!still.includes(w)) w.resolve();
    this.waiters = still;
  }

  private claimants(ev: CookieEvent): number[] {
    const tabs: number[] = [];
    for (const h of this.hints.named(ev.name)) {
      // A removal carries the old value; the write that removed it carried another (empty, or expired).
      if (!ev.removed && h.value !== ev.value) continue;
      if (!tabs.includes(h.tabId) && domainMatches(h.host, ev.domain)) tabs.push(h.tabId);
    }
    return tabs;
  }

  private schedule(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    this.deps.later(() => {
      this.checkScheduled = false;
      const now = this.deps.now();
      const due = [...this.held.values()].filter((h) => now - h.since >= HOLD_MS);
      for (const h of due) this.held.delete(h);
      this.release(due);
      this.wake();
      if (this.held.size) this.schedule();
    }, HOLD_MS);
  }

  /**
   * No tab claimed them in time: every tab of the site gets them, each marked as not routed (even to one tab). If the
   * site's tabs still cannot be found, the tabs that talked to a host of the cookie's domain get it, with a note.
   */
  private release(due: Held[]): void {
    if (due.length === 0) return;
    for (const { ev } of due) {
      const marked: CookieEvent = { ...ev, unrouted: true };
      const found = this.candidatesOf(ev);
      const candidates = typeof found === 'string' ? this.hostCandidatesOf(ev) : found;
      for (const t of candidates) this.deps.deliver(t, marked);
      if (typeof found === 'string') {
        const what = `cookie change '${ev.name.slice(0, 100)}' (${ev.domain.slice(0, 100)})`;
        const message = `${what}: the tabs of its site could not be found (${found}), so it went to each tab that loaded a host of that domain`;
        for (const t of candidates) this.deps.note(t, message);
      }
      this.remember(marked, candidates, this.deps.now());
    }
    this.deps.placed?.(due);
  }

  /** The tabs of the change's site, or why they cannot be found (the worker's tldts failed to load). */
  private candidatesOf(ev: CookieEvent): number[] | string {
    try {
      return this.deps.candidates(ev.domain);
    } catch (e) {
      return (e instanceof Error ? e.message : String(e)).slice(0, 200);
    }
  }

  private hostCandidatesOf(ev: CookieEvent): number[] {
    try {
      return this.deps.hostCandidates(ev.domain);
    } catch {
      return [];
    }
  }

  private remember(ev: CookieEvent, to: readonly number[], now: number): void {
    if (ev.removed) return;
    this.recent.makeRoom(this.limits.recent);
    const r: Recent = { ev, t: now, to: new Set(to) };
    this.recent.add(r);
    this.deps.remembered?.(r);
  }

  private prune(now: number): void {
    const r = this.recent.first();
    if (r && now - r.t > HINT_TTL_MS) this.recent.dropStale((x) => now - x.t <= HINT_TTL_MS);
    const h = this.hints.first();
    if (h && now - h.t > HINT_TTL_MS) this.hints.dropStale((x) => now - x.t <= HINT_TTL_MS);
  }
}
