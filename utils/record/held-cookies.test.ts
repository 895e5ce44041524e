import { describe, expect, it } from 'vitest';
import type { CookieEvent } from '../observe/events.ts';
import { cookieStored } from '../../test/support/raw-events.ts';
import { MemoryArea, numberedRequests, settle } from '../../test/support/session-area.ts';
import { HOLD_MS } from './cookie-router.ts';
import { HELD_PREFIX, HeldCookies } from './held-cookies.ts';
import { worker as cookieWorker } from '../../test/support/cookie-worker.ts';

const req = numberedRequests('main_frame');
const cookie = (name: string, value: string): CookieEvent =>
  cookieStored(name, '.shop.example', value, 5_000, { secure: false, session: true });

/** The worker before the claims' and delivered changes' mirrors: only the held changes survive its restart. */
const worker = (area: MemoryArea, clock: { now: number }) =>
  cookieWorker(area, clock, { mirror: false, recent: false, holds: false });

const heldKeys = (area: MemoryArea): string[] => [...area.data.keys()].filter((k) => k.startsWith(HELD_PREFIX));

describe('HeldCookies: held cookie changes survive a worker restart', () => {
  it('a change held when the worker stops is placed by the restarted worker, marked unrouted, and its key removed', async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const a = worker(area, clock);
    a.store.push(1, req(1, 'https://www.shop.example/'));
    await a.change(cookie('_probe', '1'));
    await a.settled();
    expect(a.router.waiting).toBe(1);
    expect(a.cookies(1)).toEqual([]);
    expect(heldKeys(area)).toHaveLength(1);

    // Stopped within the hold: nothing of `a` runs any more.
    clock.now += HOLD_MS / 2;
    const b = worker(area, clock);
    await b.ready;
    expect(b.router.waiting).toBe(1);
    await b.advance(HOLD_MS);
    await b.settled();
    expect(b.cookies(1)).toEqual(['_probe=1 unrouted']);
    expect(heldKeys(area)).toEqual([]);

    // A third start finds the change in the tab's record once, not held again.
    const c = worker(area, clock);
    await c.ready;
    expect(c.router.waiting).toBe(0);
    expect(c.cookies(1)).toEqual(['_probe=1 unrouted']);
  });

  it("a claim that reaches the restarted worker before the restore takes the held change to its claimant's tab", async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const a = worker(area, clock);
    a.store.push(1, req(1, 'https://www.shop.example/'));
    a.store.push(2, req(2, 'https://www.shop.example/twin.html'));
    await a.change(cookie('twin_only', '7'));
    await a.settled();

    const b = worker(area, clock);
    // The twin's page report wakes the worker: its claim comes first (index.ts claims without waiting for the restore).
    b.router.claim(2, 'www.shop.example', 'twin_only', '7');
    await b.ready;
    await b.settled();
    expect(b.cookies(2)).toEqual(['twin_only=7']);
    expect(b.cookies(1)).toEqual([]);
    expect(heldKeys(area)).toEqual([]);
  });

  it('a change placed before the stop is not held again after it', async () => {
    const area = new MemoryArea();
    const clock = { now: 1_000 };
    const a = worker(area, clock);
    a.store.push(1, req(1, 'https://www.shop.example/'));
    await a.change(cookie('_ga', 'GA1'));
    a.router.claim(1, 'www.shop.example', '_ga', 'GA1');
    await a.settled();
    expect(a.cookies(1)).toEqual(['_ga=GA1']);
    expect(heldKeys(area)).toEqual([]);

    const b = worker(area, clock);
    await b.ready;
    expect(b.router.waiting).toBe(0);
    await b.advance(HOLD_MS * 2);
    expect(b.cookies(1)).toEqual(['_ga=GA1']);
  });

  it("a held change's key is removed only once its delivery is stored", async () => {
    const area = new MemoryArea();
    const order: string[] = [];
    let storeWritten: () => void = () => {};
    const held = new HeldCookies(area, () => {
      order.push('waits for the store');
      return new Promise<void>((r) => (storeWritten = r));
    });
    const h = { ev: cookie('x', '1'), since: 0 };
    held.held(h);
    await held.settled();
    expect(heldKeys(area)).toHaveLength(1);
    held.placed([h]);
    await settle();
    expect(order).toEqual(['waits for the store']);
    expect(heldKeys(area)).toHaveLength(1);
    storeWritten();
    await held.settled();
    expect(heldKeys(area)).toEqual([]);
  });

  it('a change held and placed between two writes is never written; unreadable keys are dropped, not delivered', async () => {
    const area = new MemoryArea();
    await area.set({
      [`${HELD_PREFIX}old.000001`]: '{"ev":{"k":"cookie"},"since":1}',
      [`${HELD_PREFIX}x`]: 'not json',
    });
    const held = new HeldCookies(area);
    expect(held.restore(await area.get())).toEqual([]);
    const h = { ev: cookie('y', '2'), since: 5 };
    held.held(h);
    held.placed([h]);
    await held.settled();
    expect(heldKeys(area)).toEqual([]);
    expect(held.size).toBe(0);
  });
});
