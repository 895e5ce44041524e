import { describe, expect, it } from 'vitest';
import type { CookieEvent } from '../observe/events.ts';
import { cookieStored } from '../../test/support/raw-events.ts';
import { CookieRouter, HINT_TTL_MS, HOLD_MS } from './cookie-router.ts';

const cookie = (name: string, value: string, o: Partial<CookieEvent> = {}): CookieEvent => ({
  ...cookieStored(name, '.shop.example', value, 1, { secure: false, session: true }),
  ...o,
});

/** A router over tabs 1 (the audited page) and 2 (its twin), both of shop.example, with a hand-driven clock. */
function setup(tabs = [1, 2]) {
  let now = 0;
  const timers: Array<{ at: number; fn: () => void }> = [];
  const got: Array<[number, CookieEvent]> = [];
  const router = new CookieRouter({
    candidates: (domain) => (domain.replace(/^\./, '').endsWith('shop.example') ? tabs : []),
    deliver: (tabId, ev) => got.push([tabId, ev]),
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
