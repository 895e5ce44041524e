import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CookieEvent } from '../observe/events.ts';
import { NaiveCookieRouter } from '../../test/support/naive-cookie-router.ts';
import { cookieStored } from '../../test/support/raw-events.ts';
import { CookieRouter, HINT_TTL_MS, HOLD_MS, type CookieRouterLimits } from './cookie-router.ts';

const cookie = (name: string, value: string, o: Partial<CookieEvent> = {}): CookieEvent => ({
  ...cookieStored(name, '.shop.example', value, 1, { secure: false, session: true }),
  ...o,
});

/** A router over tabs 1 (the audited page) and 2 (its twin), both of shop.example, with a hand-driven clock. */
function setup(tabs = [1, 2], hostTabs: readonly number[] = []) {
  let now = 0;
  const timers: Array<{ at: number; fn: () => void }> = [];
  const got: Array<[number, CookieEvent]> = [];
  const notes: Array<[number, string]> = [];
  /** Set to make `candidates` throw as the worker's does when tldts fails to load. */
  const fail = { candidates: null as string | null };
  const router = new CookieRouter({
    candidates: (domain) => {
      if (fail.candidates !== null) throw new Error(fail.candidates);
      return domain.replace(/^\./, '').endsWith('shop.example') ? tabs : [];
    },
    hostCandidates: () => [...hostTabs],
    deliver: (tabId, ev) => got.push([tabId, ev]),
    note: (tabId, message) => notes.push([tabId, message]),
    now: () => now,
    later: (fn, ms) => timers.push({ at: now + ms, fn }),
  });
  const advance = (ms: number): void => {
    now += ms;
    for (const t of timers.splice(0).sort((a, b) => a.at - b.at)) {
      if (t.at <= now) t.fn();
      else timers.push(t);
    }
  };
  return {
    router,
    got,
    notes,
    fail,
    advance,
    delivered: () => got.map(([tab, ev]) => [tab, `${ev.name}=${ev.value}`, ev.unrouted ?? false]),
  };
}

describe('CookieRouter', () => {
  it('a change claimed by the tab whose page wrote it goes to that tab only', () => {
    const { router, delivered } = setup();
    router.claim(2, 'www.shop.example', 'twin_only', '1');
    router.change(cookie('twin_only', '1'));
    expect(delivered()).toEqual([[2, 'twin_only=1', false]]);
  });

  it('a change that comes before its claim waits for it and then goes to the claimant only', () => {
    const { router, delivered, advance } = setup();
    router.change(cookie('_ga', 'GA1.1.7'));
    expect(delivered()).toEqual([]);
    advance(HOLD_MS / 2);
    router.claim(1, 'www.shop.example', '_ga', 'GA1.1.7');
    expect(delivered()).toEqual([[1, '_ga=GA1.1.7', false]]);
    advance(HOLD_MS * 2);
    expect(delivered()).toHaveLength(1);
  });

  it('a Set-Cookie claim counts like a page claim; another value of the same name is no claim', () => {
    const { router, delivered } = setup();
    router.claim(2, 'www.shop.example', 'shop_session', 'twin');
    router.claim(1, 'www.shop.example', 'shop_session', 'orig');
    router.change(cookie('shop_session', 'orig'));
    router.change(cookie('shop_session', 'twin'));
    expect(delivered()).toEqual([
      [1, 'shop_session=orig', false],
      [2, 'shop_session=twin', false],
    ]);
  });

  it('nobody claims it within the hold: every tab of the site gets it, marked unrouted', () => {
    const { router, delivered, advance } = setup();
    router.change(cookie('mystery', 'x'));
    advance(HOLD_MS);
    expect(delivered()).toEqual([
      [1, 'mystery=x', true],
      [2, 'mystery=x', true],
    ]);
  });

  it("with one tab of the site known, a change waits for its claim: a twin's write goes to the twin only", () => {
    // Firefox: the twin (tab 2) writes before the worker knows its tab; tab 1 is the only tab of the site it knows.
    const tabs = [1];
    const { router, delivered, advance } = setup(tabs);
    router.change(cookie('twin_only', '1'));
    expect(delivered()).toEqual([]);
    advance(HOLD_MS / 2);
    tabs.push(2);
    router.claim(2, 'www.shop.example', 'twin_only', '1');
    advance(HOLD_MS * 2);
    expect(delivered()).toEqual([[2, 'twin_only=1', false]]);
  });

  it('with one tab of the site, its own claim brings the change there unmarked; no claim: marked unrouted', () => {
    const { router, delivered, advance } = setup([1]);
    router.change(cookie('own', 'a'));
    router.change(cookie('mystery', 'x'));
    router.claim(1, 'www.shop.example', 'own', 'a');
    expect(delivered()).toEqual([[1, 'own=a', false]]);
    advance(HOLD_MS);
    expect(delivered()).toEqual([
      [1, 'own=a', false],
      [1, 'mystery=x', true],
    ]);
  });

  it('a reader of a tab waits until no held change may still go to it', async () => {
    const { router, advance } = setup([1]);
    await router.decided(1);
    router.change(cookie('mystery', 'x'));
    let done = false;
    const other = router.decided(3).then(() => true);
    void router.decided(1).then(() => (done = true));
    expect(await other).toBe(true);
    await Promise.resolve();
    expect(done).toBe(false);
    advance(HOLD_MS);
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('a reader waits for the changes held when it asked, not for those a busy page adds after', async () => {
    const { router, advance } = setup([1]);
    router.change(cookie('a', '1'));
    let done = false;
    void router.decided(1).then(() => (done = true));
    for (let i = 0; i < 4; i++) {
      advance(HOLD_MS / 2);
      router.change(cookie(`busy${i}`, '1'));
    }
    await Promise.resolve();
    expect(done).toBe(true);
    expect(router.waiting).toBeGreaterThan(0);
  });

  it('a claim from a host the cookie domain does not cover, or an old claim, routes nothing', () => {
    const { router, delivered, advance } = setup();
    router.claim(2, 'www.other.example', '_ga', 'v');
    router.claim(2, 'www.shop.example', 'old', 'v');
    advance(HINT_TTL_MS + 1);
    router.change(cookie('_ga', 'v'));
    router.change(cookie('old', 'v'));
    advance(HOLD_MS);
    expect(delivered()).toEqual([
      [1, '_ga=v', true],
      [2, '_ga=v', true],
      [1, 'old=v', true],
      [2, 'old=v', true],
    ]);
  });

  it('a removal goes to the tab that wrote the cookie away, whatever value it wrote', () => {
    const { router, delivered } = setup();
    router.claim(1, 'www.shop.example', '_ga', '');
    router.change(cookie('_ga', 'GA1.1.7', { removed: true, cause: 'expired_overwrite' }));
    expect(delivered()).toEqual([[1, '_ga=GA1.1.7', false]]);
  });

  it('a claim that comes after the change was delivered elsewhere still brings it to the claimant (Firefox order)', () => {
    const tabs: number[] = [];
    const { router, delivered, advance } = setup(tabs);
    // No tab concerns the site when the change arrives: tab 2's page is not recorded yet.
    router.change(cookie('shop_session', 'r4nd0m'));
    tabs.push(2);
    router.claim(2, 'www.shop.example', 'shop_session', 'r4nd0m');
    router.claim(2, 'www.shop.example', 'shop_session', 'r4nd0m');
    router.claim(3, 'www.shop.example', 'shop_session', 'other');
    // Released unrouted to tab 1 after the hold, a later claim of tab 2 still brings it to tab 2.
    tabs.splice(0, 1, 1);
    router.change(cookie('late', 'v'));
    advance(HOLD_MS);
    router.claim(2, 'www.shop.example', 'late', 'v');
    expect(delivered()).toEqual([
      [2, 'shop_session=r4nd0m', false],
      [1, 'late=v', true],
      [2, 'late=v', true],
    ]);
  });

  describe("when the tabs of a site cannot be found (the worker's tldts failed to load)", () => {
    it('the change is held, not lost, and goes to the tabs of its site once they can be found', () => {
      const { router, delivered, advance, fail, notes } = setup();
      fail.candidates = 'tldts did not load';
      expect(() => router.change(cookie('mystery', 'x'))).not.toThrow();
      expect(router.waiting).toBe(1);
      fail.candidates = null;
      advance(HOLD_MS);
      expect(delivered()).toEqual([
        [1, 'mystery=x', true],
        [2, 'mystery=x', true],
      ]);
      expect(notes).toEqual([]);
    });

    it('its claim still brings it to the tab that wrote it', () => {
      const { router, delivered, advance, fail } = setup();
      fail.candidates = 'tldts did not load';
      router.change(cookie('own', 'a'));
      router.claim(2, 'www.shop.example', 'own', 'a');
      advance(HOLD_MS);
      expect(delivered()).toEqual([[2, 'own=a', false]]);
    });

    it('still not found at release: the tabs that loaded a host of the domain get it, with a note saying so', () => {
      const { router, delivered, advance, fail, notes } = setup([1, 2], [2]);
      fail.candidates = 'tldts did not load';
      router.change(cookie('mystery', 'x'));
      advance(HOLD_MS);
      expect(() => advance(HOLD_MS)).not.toThrow();
      expect(delivered()).toEqual([[2, 'mystery=x', true]]);
      expect(notes).toHaveLength(1);
      expect(notes[0]?.[0]).toBe(2);
      expect(notes[0]?.[1]).toContain("cookie change 'mystery' (.shop.example)");
      expect(notes[0]?.[1]).toContain('tldts did not load');
      // Remembered like any released change: a late claim of another tab still brings it there.
      router.claim(1, 'www.shop.example', 'mystery', 'x');
      expect(delivered()).toEqual([
        [2, 'mystery=x', true],
        [1, 'mystery=x', true],
      ]);
    });

    it('a reader of any tab waits for such a change (it may be its own), then gets its answer', async () => {
      const { router, advance, fail } = setup([1], [1]);
      fail.candidates = 'tldts did not load';
      router.change(cookie('mystery', 'x'));
      let done = false;
      void router.decided(3).then(() => (done = true));
      await Promise.resolve();
      expect(done).toBe(false);
      advance(HOLD_MS);
      await Promise.resolve();
      expect(done).toBe(true);
    });
  });

  it('two tabs that both wrote the same value both get it', () => {
    const { router, delivered } = setup();
    router.claim(1, 'www.shop.example', 'lang', 'de');
    router.claim(2, 'www.shop.example', 'lang', 'de');
    router.change(cookie('lang', 'de'));
    expect(delivered()).toEqual([
      [1, 'lang=de', false],
      [2, 'lang=de', false],
    ]);
  });
});

type Op =
  | { op: 'claim'; tab: number; host: string; name: string; value: string }
  | { op: 'change'; name: string; domain: string; value: string; removed: boolean }
  | { op: 'advance'; ms: number }
  | { op: 'tabs'; tabs: readonly number[] };

/**
 * Runs the same operations through the indexed router and the unindexed reference; returns both delivery logs and the
 * most changes either held at once.
 */
function runBoth(
  ops: readonly Op[],
  limits?: CookieRouterLimits,
): { indexed: unknown[]; naive: unknown[]; mostHeld: number } {
  let now = 0;
  let tabs: number[] = [1, 2];
  const logs = { indexed: [] as unknown[], naive: [] as unknown[] };
  const timers: Array<{ at: number; fn: () => void }> = [];
  const deps = (log: unknown[]) => ({
    candidates: (domain: string) => (domain.replace(/^\./, '').endsWith('shop.example') ? [...tabs] : []),
    hostCandidates: () => [],
    deliver: (tabId: number, ev: CookieEvent) => log.push([tabId, ev.name, ev.value, ev.removed, ev.unrouted ?? false]),
    note: (tabId: number, message: string) => log.push([tabId, message]),
    now: () => now,
    later: (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
  });
  const routers = [new CookieRouter(deps(logs.indexed), limits), new NaiveCookieRouter(deps(logs.naive), limits)];
  let mostHeld = 0;
  for (const o of ops) {
    if (o.op === 'claim') for (const r of routers) r.claim(o.tab, o.host, o.name, o.value);
    else if (o.op === 'change') {
      const ev = cookieStored(o.name, o.domain, o.value, now, {}, { removed: o.removed, cause: 'explicit' });
      for (const r of routers) r.change(ev);
    } else if (o.op === 'tabs') tabs = [...o.tabs];
    else {
      now += o.ms;
      for (const t of timers.splice(0).sort((a, b) => a.at - b.at)) {
        if (t.at <= now) t.fn();
        else timers.push(t);
      }
    }
    logs.indexed.push(['waiting', routers[0]?.waiting]);
    logs.naive.push(['waiting', routers[1]?.waiting]);
    mostHeld = Math.max(mostHeld, routers[0]?.waiting ?? 0, routers[1]?.waiting ?? 0);
  }
  return { ...logs, mostHeld };
}

describe('CookieRouter against the unindexed reference (test/support/naive-cookie-router.ts)', () => {
  const name = fc.constantFrom('_ga', 'lang', 'sid', 'x');
  const value = fc.constantFrom('', '1', '2');
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      op: fc.constant('claim' as const),
      tab: fc.constantFrom(1, 2, 3),
      host: fc.constantFrom('www.shop.example', 'WWW.Shop.Example', 'shop.example', 'www.other.example'),
      name,
      value,
    }),
    fc.record({
      op: fc.constant('change' as const),
      name,
      domain: fc.constantFrom('.shop.example', 'www.shop.example', 'other.example'),
      value,
      removed: fc.boolean(),
    }),
    // The clock can go back too (a changed system time): the router must not rely on its entries' times growing.
    fc.record({
      op: fc.constant('advance' as const),
      ms: fc.constantFrom(0, 300, HOLD_MS, HINT_TTL_MS / 2, -HINT_TTL_MS / 2),
    }),
    fc.record({ op: fc.constant('tabs' as const), tabs: fc.constantFrom([], [1], [1, 2], [2, 3]) }),
  );

  it('delivers the same changes to the same tabs in the same order, and holds as many', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const { indexed, naive } = runBoth(ops);
        expect(indexed).toEqual(naive);
      }),
      { numRuns: 400 },
    );
  });

  it('the same with limits of 3 to 5 entries, which random sequences reach: the oldest go first in both', () => {
    const limit = fc.integer({ min: 3, max: 5 });
    const limits = fc.record({ hints: limit, held: limit, recent: limit });
    let full = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 20, maxLength: 80 }), limits, (ops, lim) => {
        const { indexed, naive, mostHeld } = runBoth(ops, lim);
        expect(indexed).toEqual(naive);
        expect(mostHeld).toBeLessThanOrEqual(lim.held);
        runs++;
        if (mostHeld === lim.held) full++;
      }),
      { numRuns: 400 },
    );
    // Eviction is exercised: the held changes reach their limit in a good share of the runs (claims and remembered
    // changes, more frequent than held ones, pass theirs more often still).
    expect(full).toBeGreaterThan(runs / 10);
  });

  it('the same when the clock goes back: an old claim behind a newer one still expires', () => {
    const claim = (tab: number, value: string): Op => ({
      op: 'claim',
      tab,
      host: 'www.shop.example',
      name: 'sid',
      value,
    });
    const change = (value: string): Op => ({
      op: 'change',
      name: 'sid',
      domain: 'www.shop.example',
      value,
      removed: false,
    });
    // Claims at 0, 10 s and (the clock set back) 5 s; at 15.3 s the first and the last are over 10 s old, the middle
    // one is not: the last must expire although a fresh claim came before it.
    const ops: Op[] = [
      claim(1, 'a'),
      { op: 'advance', ms: HINT_TTL_MS },
      claim(2, 'b'),
      { op: 'advance', ms: -HINT_TTL_MS / 2 },
      claim(3, 'c'),
      { op: 'advance', ms: HINT_TTL_MS / 2 + HINT_TTL_MS / 2 + 300 },
      change('c'),
      change('b'),
      { op: 'advance', ms: HOLD_MS },
    ];
    const { indexed, naive } = runBoth(ops);
    expect(indexed).toEqual(naive);
    // 'b' goes to its claimant; 'c' found no claim, so it went to every tab of the site, marked unrouted.
    expect(indexed.filter((x) => Array.isArray(x) && x[1] === 'sid')).toEqual([
      [2, 'sid', 'b', false, false],
      [1, 'sid', 'c', false, true],
      [2, 'sid', 'c', false, true],
    ]);
  });

  it('the same past the limits of what it keeps (2,000 held, remembered and claims): the oldest go first in both', () => {
    const ops: Op[] = [];
    const change = (name: string, value: string): Op => ({
      op: 'change',
      name,
      domain: 'www.shop.example',
      value,
      removed: false,
    });
    const claim = (name: string, value: string, tab = 1): Op => ({
      op: 'claim',
      tab,
      host: 'www.shop.example',
      name,
      value,
    });
    // 2,100 unclaimed changes: the oldest 100 are released early, the rest after the hold; all are remembered.
    for (let i = 0; i < 2100; i++) ops.push(change(`c${i % 50}`, `a${i}`));
    ops.push({ op: 'advance', ms: HOLD_MS });
    // 2,100 late claims of tab 3 (every other one of a remembered change), then writes that come before their claims.
    for (let i = 0; i < 2100; i++) ops.push(claim(`c${i % 50}`, i % 2 ? `a${i}` : `b${i}`, 3));
    for (let i = 0; i < 100; i++) ops.push(change(`c${i % 50}`, `b${i}`));
    for (let i = 0; i < 100; i += 3) ops.push(claim(`c${i % 50}`, `b${i}`));
    ops.push({ op: 'advance', ms: HOLD_MS });
    const { indexed, naive } = runBoth(ops);
    // Tab 3 gets the remembered changes it claims: the last 2,000 of the 2,100, every other one.
    expect(indexed.filter((x) => Array.isArray(x) && x[0] === 3)).toHaveLength(1000);
    expect(indexed).toEqual(naive);
  });
});
