// One extension worker's cookie routing over a session area, wired as entrypoints/background/index.ts wires it: shared
// by the tests of the mirrors that let it survive a restart (cookie-claims, held-cookies).
import type { CookieEvent } from '../../utils/observe/events.ts';
import { CookieClaims } from '../../utils/record/cookie-claims.ts';
import { CookieRouter, type Claim, type Recent } from '../../utils/record/cookie-router.ts';
import { HeldCookies } from '../../utils/record/held-cookies.ts';
import { RecentCookies } from '../../utils/record/recent-cookies.ts';
import { TabStore } from '../../utils/record/tab-store.ts';
import { type MemoryArea, settle } from './session-area.ts';

/**
 * One worker's life over a session area, wired as entrypoints/background/index.ts wires it: the tab store, both
 * mirrors (claims, held changes), the router, and the restore before any change. A new worker over the same area is a
 * restart; `mirror: false` is the worker before this mirror (its claims in memory only), `recent: false` the worker
 * before the delivered changes' mirror (recent-cookies.ts).
 */
export function worker(
  area: MemoryArea,
  clock: { now: number },
  o: { mirror?: boolean; recent?: boolean; holds?: boolean; maxBytes?: number } = {},
) {
  const timers: Array<{ at: number; fn: () => void }> = [];
  const later = (fn: () => void, ms: number): void => void timers.push({ at: clock.now + ms, fn });
  const store = new TabStore(area);
  const held = new HeldCookies(area, () => store.settled());
  const claims = new CookieClaims(area, {
    now: () => clock.now,
    later,
    ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}),
  });
  const mirror = o.mirror ?? true;
  const recent = new RecentCookies(area, { now: () => clock.now, later });
  const keepRecent = o.recent ?? true;
  const router = new CookieRouter({
    candidates: (domain) =>
      store.tabIds().filter((t) => store.builder(t)?.record?.url.includes(domain.replace(/^\./, '')) === true),
    hostCandidates: () => [],
    deliver: (tabId, ev) => store.push(tabId, [ev]),
    note: () => {},
    now: () => clock.now,
    later,
    held: (h) => held.held(h),
    placed: (list) => held.placed(list),
    ...(mirror ? { claimed: (c: Claim) => claims.claimed(c) } : {}),
    ...(keepRecent ? { remembered: (r: Recent) => recent.remembered(r) } : {}),
    ...(o.holds === false
      ? {}
      : { holds: (t: number, ev: CookieEvent) => store.builder(t)?.holdsBrowserCookie(ev) === true }),
  });
  const ready = Promise.all([store.ready, area.get()]).then(([, all]) => {
    if (mirror) router.restoreClaims(claims.restore(all));
    if (keepRecent) router.restoreRecent(recent.restore(all));
    router.restoreHeld(held.restore(all));
  });
  return {
    store,
    held,
    claims,
    recent,
    router,
    ready,
    change: (ev: CookieEvent) => ready.then(() => router.change(ev)),
    async advance(ms: number): Promise<void> {
      clock.now += ms;
      for (const t of timers.splice(0).sort((a, b) => a.at - b.at)) {
        if (t.at <= clock.now) t.fn();
        else timers.push(t);
      }
      await settle();
    },
    async settled(): Promise<void> {
      await store.settled();
      await claims.settled();
      await recent.settled();
      await held.settled();
      await store.settled();
    },
    cookies: (tabId: number) =>
      (store.builder(tabId)?.record?.cookies ?? []).map((c) => `${c.name}=${c.value}${c.unrouted ? ' unrouted' : ''}`),
  };
}
