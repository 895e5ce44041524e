import { describe, expect, it } from 'vitest';
import type { CookieEvent } from '../observe/events.ts';
import { cookieStored } from '../../test/support/raw-events.ts';
import { MemoryArea, numberedRequests } from '../../test/support/session-area.ts';
import { CLAIMS_PREFIX, CookieClaims } from './cookie-claims.ts';
import { HINT_TTL_MS, HOLD_MS } from './cookie-router.ts';
import { RECENT_PREFIX, RecentCookies } from './recent-cookies.ts';
import { worker } from '../../test/support/cookie-worker.ts';

const req = numberedRequests('main_frame');
const cookie = (name: string, value: string): CookieEvent =>
  cookieStored(name, '.shop.example', value, 5_000, { secure: false, session: true });

const claimKeys = (area: MemoryArea): string[] => [...area.data.keys()].filter((k) => k.startsWith(CLAIMS_PREFIX));

/** Tabs 1 (the audited page) and 2 (its twin) of one site; the twin claims `twin=7`; then the worker stops. */
async function twinClaimsThenStops(mirror: boolean) {
  const area = new MemoryArea();
  const clock = { now: 1_000 };
  const a = worker(area, clock, { mirror });
  a.store.push(1, req(1, 'https://www.shop.example/'));
  a.store.push(2, req(2, 'https://www.shop.example/twin.html'));
  await a.ready;
  a.router.claim(2, 'www.shop.example', 'twin', '7');
  await a.settled();
  clock.now += 1_000;
  const b = worker(area, clock, { mirror });
  await b.change(cookie('twin', '7'));
  await b.advance(HOLD_MS);
  await b.settled();
  return { area, clock, b };
}

describe('CookieClaims: cookie-write claims survive a worker restart', () => {
  it('a change whose claim came before the stop goes to its claimant only (before the mirror: both tabs, unrouted)', async () => {
    const before = await twinClaimsThenStops(false);
    expect([before.b.cookies(1), before.b.cookies(2)]).toEqual([['twin=7 unrouted'], ['twin=7 unrouted']]);

    const { b, area } = await twinClaimsThenStops(true);
    expect([b.cookies(1), b.cookies(2)]).toEqual([[], ['twin=7']]);
    expect(claimKeys(area)).toHaveLength(1);
  });

  it('a claim expires at the same time after a restart as without it; its key is swept once expired', async () => {
    const { b, area } = await twinClaimsThenStops(true);
    // Claimed at 1,000 ms, restored at 2,000: it still claims until 1,000 + HINT_TTL_MS.
    await b.advance(HINT_TTL_MS - 1_000 - HOLD_MS - 1);
    await b.change(cookie('twin', '7'));
    await b.settled();
    expect(b.cookies(1)).toEqual([]);
    await b.advance(10);
    await b.settled();
    expect(claimKeys(area)).toEqual([]);
    await b.change(cookie('late', '1'));
    b.router.claim(2, 'www.shop.example', 'late', '1');
    await b.settled();
    // A new claim after the sweep: a new key, swept in its turn.
    expect(claimKeys(area)).toHaveLength(1);
    await b.advance(HINT_TTL_MS + 1);
    await b.settled();
    expect(claimKeys(area)).toEqual([]);
  });

  it('a restart after the claims expired restores none and removes their keys unread', async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const a = worker(area, clock);
    a.store.push(1, req(1, 'https://www.shop.example/'));
    a.router.claim(1, 'www.shop.example', 'x', '1');
    await a.settled();
    expect(claimKeys(area)).toHaveLength(1);
    // The key names its newest claim's time: an expired one is dropped without being parsed.
    await area.set({ [`${CLAIMS_PREFIX}${(500).toString(36)}.zz.1`]: 'not json' });
    clock.now += HINT_TTL_MS + 1;
    const b = worker(area, clock);
    await b.ready;
    await b.settled();
    expect(claimKeys(area)).toEqual([]);
    expect(b.claims.size).toBe(0);
  });

  it('unreadable stored claims are dropped, not delivered', async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    await area.set({
      [`${CLAIMS_PREFIX}${(900).toString(36)}.aa.1`]: 'not json',
      [`${CLAIMS_PREFIX}${(900).toString(36)}.aa.2`]: JSON.stringify([[2, 'www.shop.example', 'x']]),
      [`${CLAIMS_PREFIX}${(900).toString(36)}.aa.3`]: JSON.stringify([['2', 'www.shop.example', 'x', '1', 900]]),
      [`${CLAIMS_PREFIX}nonsense`]: '[]',
    });
    const claims = new CookieClaims(area, { now: () => clock.now, later: () => {} });
    expect(claims.restore(await area.get())).toEqual([]);
    await claims.settled();
    expect(claimKeys(area)).toEqual([]);
  });

  it('claims made by the restarted worker before its restore stay the newest', async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const a = worker(area, clock);
    a.store.push(1, req(1, 'https://www.shop.example/'));
    a.store.push(2, req(2, 'https://www.shop.example/twin.html'));
    await a.ready;
    a.router.claim(1, 'www.shop.example', 'both', '1');
    await a.settled();
    clock.now += 1_000;
    const b = worker(area, clock);
    // The twin's page report wakes the worker; its claim is handled before the restore (index.ts does not wait).
    b.router.claim(2, 'www.shop.example', 'both', '1');
    await b.ready;
    await b.change(cookie('both', '1'));
    await b.settled();
    expect([b.cookies(1), b.cookies(2)]).toEqual([['both=1'], ['both=1']]);
    // Tab 1's claim, the older, expires first: then the change goes to the twin only.
    await b.advance(HINT_TTL_MS - 1_000 + 1);
    await b.change(cookie('both', '1'));
    await b.settled();
    expect(b.cookies(1)).toEqual(['both=1']);
    expect(b.store.builder(2)?.record?.cookies[0]?.writes).toBe(2);
    expect(b.store.builder(1)?.record?.cookies[0]?.writes).toBe(1);
  });

  it('a held change whose claim was stored goes to its claimant at the restart', async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const a = worker(area, clock);
    a.store.push(1, req(1, 'https://www.shop.example/'));
    a.store.push(2, req(2, 'https://www.shop.example/twin.html'));
    await a.change(cookie('twin', '3'));
    await a.settled();
    // Stored claim, held change still stored (the worker stopped before it removed the key): both come back.
    await area.set({
      [`${CLAIMS_PREFIX}${(1_100).toString(36)}.aa.1`]: JSON.stringify([[2, 'www.shop.example', 'twin', '3', 1_100]]),
    });
    clock.now += 500;
    const b = worker(area, clock);
    await b.ready;
    await b.settled();
    expect([b.cookies(1), b.cookies(2)]).toEqual([[], ['twin=3']]);
    expect(b.router.waiting).toBe(0);
  });

  it('stored claims stay within their byte limit, the newest kept; storage takes no write larger than it', async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const maxBytes = 4_096;
    const a = worker(area, clock, { maxBytes });
    a.store.push(1, req(1, 'https://www.shop.example/'));
    const big = 'v'.repeat(1_000);
    for (let i = 0; i < 20; i++) {
      a.router.claim(1, 'www.shop.example', `c${i}`, `${i}${big}`);
      if (i % 3 === 0) await a.settled();
      clock.now += 10;
    }
    await a.settled();
    const stored = claimKeys(area).map((k) => String(area.data.get(k)));
    expect(stored.reduce((n, v) => n + v.length, 0)).toBeLessThanOrEqual(maxBytes);
    clock.now += 100;
    const b = worker(area, clock, { maxBytes });
    await b.ready;
    const restored = b.claims.restore(await area.get()).map((c) => c.name);
    expect(restored.length).toBeGreaterThan(0);
    expect(restored.at(-1)).toBe('c19');
    // Only the newest: each restored name is later than every one left out.
    const first = Number(restored[0]?.slice(1));
    expect(restored).toEqual(Array.from({ length: 20 - first }, (_, i) => `c${first + i}`));
  });

  it('a page claiming without end keeps at most the router limit of claims stored', async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const claims = new CookieClaims(area, { now: () => clock.now, later: () => {}, maxClaims: 50 });
    for (let i = 0; i < 400; i++) {
      claims.claimed({ tabId: 1, host: 'www.shop.example', name: `n${i}`, value: '1', t: clock.now });
      if (i % 7 === 0) await claims.settled();
    }
    await claims.settled();
    expect(claims.size).toBeLessThanOrEqual(50 + 7);
    const rows = claimKeys(area).flatMap((k) => JSON.parse(String(area.data.get(k))) as unknown[]);
    expect(rows.length).toBe(claims.size);
    expect(rows.at(-1)).toEqual([1, 'www.shop.example', 'n399', '1', 1_000]);
  });
});

const recentKeys = (area: MemoryArea): string[] => [...area.data.keys()].filter((k) => k.startsWith(RECENT_PREFIX));

describe('RecentCookies: delivered changes kept for a late claim survive a worker restart', () => {
  /** A change of a site no tab shows yet (kept for a late claim); the worker stops; then tab 1 opens it and claims. */
  async function lateClaimAfterStop(keep: boolean) {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const a = worker(area, clock, { recent: keep });
    await a.change(cookie('early', '5'));
    await a.settled();
    clock.now += 1_000;
    const b = worker(area, clock, { recent: keep });
    await b.ready;
    b.store.push(1, req(1, 'https://www.shop.example/'));
    b.router.claim(1, 'www.shop.example', 'early', '5');
    await b.settled();
    return { area, clock, b };
  }

  it('a change delivered before the stop goes to the tab that claims it after (before the mirror: lost)', async () => {
    const before = await lateClaimAfterStop(false);
    expect(before.b.cookies(1)).toEqual([]);
    const { b, area } = await lateClaimAfterStop(true);
    expect(b.cookies(1)).toEqual(['early=5']);
    // Stored again with the tab it went to: a second restart does not bring it there twice.
    const c = worker(area, { now: 2_500 });
    await c.ready;
    c.store.push(1, req(1, 'https://www.shop.example/'));
    c.router.claim(1, 'www.shop.example', 'early', '5');
    await c.settled();
    expect(c.cookies(1)).toEqual([]);
    expect(recentKeys(area)).toHaveLength(1);
  });

  it('a late delivery whose key a stop kept from its rewrite reaches the tab once (before `holds`: twice)', async () => {
    const run = async (holds: boolean) => {
      const area = new MemoryArea();
      const clock = { now: 1_000 };
      const a = worker(area, clock, { holds });
      await a.change(cookie('early', '5'));
      await a.settled();
      const [key] = recentKeys(area);
      const kept = area.data.get(key!);
      a.store.push(1, req(1, 'https://www.shop.example/'));
      a.router.claim(1, 'www.shop.example', 'early', '5');
      await a.settled();
      // The delivery is in tab 1's log; the stop came before the key's rewrite (with tab 1) reached storage.
      area.data.set(key!, kept);
      clock.now += 1_000;
      const b = worker(area, clock, { holds });
      await b.ready;
      // The page writes the same value again: a claim of the same name and value.
      b.router.claim(1, 'www.shop.example', 'early', '5');
      await b.settled();
      const entry = b.store.builder(1)!.record!.cookies.find((c) => c.name === 'early');
      return { writes: entry?.writes, to: JSON.parse(String(area.data.get(key!))) as [unknown, number, number[]] };
    };
    expect((await run(false)).writes).toBe(2);
    const fixed = await run(true);
    expect(fixed.writes).toBe(1);
    // Its key is stored again with tab 1: a third worker does not ask again.
    expect(fixed.to[2]).toEqual([1]);
  });

  it('a kept change expires at the same time after a restart as without it; its key is swept once expired', async () => {
    const { b, area, clock } = await lateClaimAfterStop(true);
    await b.advance(HINT_TTL_MS - 1_000);
    await b.settled();
    expect(recentKeys(area)).toHaveLength(1);
    await b.advance(1);
    await b.settled();
    expect(recentKeys(area)).toEqual([]);
    const c = worker(area, { now: clock.now - 1 });
    await c.ready;
    c.store.push(2, req(2, 'https://www.shop.example/twin.html'));
    c.router.claim(2, 'www.shop.example', 'early', '5');
    await c.settled();
    expect(c.cookies(2)).toEqual([]);
  });

  it('stored changes stay within their caps, the newest kept; unreadable ones are removed', async () => {
    const area = new MemoryArea();
    await area.set({
      [`${RECENT_PREFIX}x.1`]: 'not json',
      [`${RECENT_PREFIX}x.2`]: JSON.stringify([{ k: 'x' }, 1, []]),
    });
    const clock = { now: 1_000 };
    const recent = new RecentCookies(area, { now: () => clock.now, later: () => {}, maxEntries: 5 });
    expect(recent.restore(await area.get())).toEqual([]);
    for (let i = 0; i < 12; i++) recent.remembered({ ev: cookie(`n${i}`, '1'), t: clock.now, to: new Set([1]) });
    await recent.settled();
    const kept = recentKeys(area).map((k) => (JSON.parse(String(area.data.get(k))) as [CookieEvent])[0].name);
    expect(kept).toEqual(['n7', 'n8', 'n9', 'n10', 'n11']);
  });
});
