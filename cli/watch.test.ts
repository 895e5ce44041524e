import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivityClock, type RecordMark, type SettleOptions } from './settle.ts';
import { countRequests, watchActivity } from './watch.ts';

/** A request as both engines hand it over: only its URL is read. */
const req = (url: string): { url(): string } => ({ url: () => url });

describe('countRequests', () => {
  it('counts web requests from start to finish or failure, and nothing else', () => {
    const events = new EventEmitter();
    const clock = new ActivityClock();
    countRequests(events, clock);
    const [a, b, own] = [req('https://t.test/p.gif'), req('HTTP://t.test/x'), req('chrome-extension://id/popup.html')];
    events.emit('request', a);
    events.emit('request', b);
    events.emit('request', own);
    expect(clock.inFlight).toBe(2);
    events.emit('requestfinished', a);
    events.emit('requestfailed', b);
    expect(clock.inFlight).toBe(0);
  });
  it('stops counting once unsubscribed and leaves no listener behind', () => {
    const events = new EventEmitter();
    const clock = new ActivityClock();
    countRequests(events, clock)();
    events.emit('request', req('https://t.test/'));
    expect(clock.inFlight).toBe(0);
    expect(events.eventNames()).toEqual([]);
  });
});

type Write = { recordedAt: number; t: number; doneAt?: number };

/**
 * A record that gains one entry per write once `recordedAt` has passed, dated `t` (fake clock, ms since 0); a request
 * with `doneAt` has its answer only from then on.
 */
function fakeRecord(writes: Write[]) {
  return async (): Promise<RecordMark> => {
    const seen = writes.filter((w) => w.recordedAt <= Date.now());
    const open = seen.filter((w) => w.doneAt !== undefined && w.doneAt > Date.now());
    return {
      sig: String(seen.length),
      latest: seen.length ? Math.max(...seen.map((w) => w.t)) : null,
      openLatest: open.length ? Math.max(...open.map((w) => w.t)) : null,
    };
  };
}

async function settleOn(
  writes: Write[],
  feed: (clock: ActivityClock) => void = () => {},
  o: SettleOptions = { quietMs: 1_500, minMs: 0, maxMs: 10_000 },
): Promise<{ settled: boolean; lastActivityAt: number | null; waitedMs: number }> {
  const watch = watchActivity(fakeRecord(writes), (clock) => {
    feed(clock);
    return () => {};
  });
  const done = watch.settle(1, o);
  await vi.advanceTimersByTimeAsync(10_100);
  return done;
}

describe('watchActivity (the settle wait)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('dates a recorded write by the record, not by the poll that saw it', async () => {
    vi.useFakeTimers({ now: 0 });
    // Written at 900, seen by the poll at 1,000: the quiet period runs from 900.
    const r = await settleOn([{ recordedAt: 900, t: 900 }]);
    expect(r.settled).toBe(true);
    expect(r.lastActivityAt).toBe(900);
    expect(r.waitedMs).toBeGreaterThanOrEqual(2_400);
    expect(r.waitedMs).toBeLessThan(2_500);
  });
  it('looks once more before it ends: a write just before the quiet period is over restarts it', async () => {
    vi.useFakeTimers({ now: 0 });
    // The regular polls run at 1,000 and 2,000; the write at 1,450 is found by the last look at 1,500.
    const r = await settleOn([{ recordedAt: 1_450, t: 1_450 }]);
    expect(r.lastActivityAt).toBe(1_450);
    expect(r.waitedMs).toBeGreaterThanOrEqual(2_950);
  });
  it('a write dated before the poll that did not see it counts from that poll, never earlier', async () => {
    vi.useFakeTimers({ now: 0 });
    // Recorded after the poll sent at 1,000, found by the last look at 1,500: dated 1,000.
    const r = await settleOn([{ recordedAt: 1_100, t: 100 }]);
    expect(r.lastActivityAt).toBe(1_000);
    expect(r.waitedMs).toBeGreaterThanOrEqual(2_500);
  });
  it('a request seen ending after its record time keeps the later time', async () => {
    vi.useFakeTimers({ now: 0 });
    const r = await settleOn([{ recordedAt: 1_000, t: 950 }], (clock) => {
      clock.started('pixel', 0);
      setTimeout(() => clock.ended('pixel', Date.now()), 1_000);
    });
    expect(r.lastActivityAt).toBe(1_000);
    expect(r.waitedMs).toBeGreaterThanOrEqual(2_500);
    expect(r.waitedMs).toBeLessThan(2_600);
  });
  it('at the maximum, a write the regular polls have not seen yet still says the page was active', async () => {
    vi.useFakeTimers({ now: 0 });
    // A fixed wait (minimum = maximum = 9,500 ms): the last regular poll ran at 9,000, the write came at 9,200.
    const r = await settleOn([{ recordedAt: 9_200, t: 9_200 }], () => {}, {
      quietMs: 1_500,
      minMs: 9_500,
      maxMs: 9_500,
    });
    expect(r.settled).toBe(false);
    expect(r.lastActivityAt).toBe(9_200);
  });
  it('the leave step waits for a request recorded since the leave began until it has its answer', async () => {
    vi.useFakeTimers({ now: 0 });
    const leave = { quietMs: 500, minMs: 500, maxMs: 3_000, finishedSince: 0 };
    // A keepalive fetch started at pagehide (t 50), recorded at 300, answered at 1,800: read again within 100 ms.
    const r = await settleOn([{ recordedAt: 300, t: 50, doneAt: 1_800 }], () => {}, leave);
    expect(r.settled).toBe(true);
    expect(r.waitedMs).toBeGreaterThanOrEqual(1_800);
    expect(r.waitedMs).toBeLessThanOrEqual(1_900);
    // Answered at once: the quiet alone, as before.
    const quick = await settleOn([{ recordedAt: 300, t: 50, doneAt: 60 }], () => {}, leave);
    expect(quick.waitedMs).toBeLessThan(600);
    // A request of the page from before the leave is not waited for; one never answered is, until the maximum.
    const before = await settleOn([{ recordedAt: 0, t: -100, doneAt: 99_999 }], () => {}, leave);
    expect(before.waitedMs).toBeLessThan(600);
    const never = await settleOn([{ recordedAt: 300, t: 50, doneAt: 99_999 }], () => {}, leave);
    expect([never.settled, never.waitedMs >= 3_000]).toEqual([false, true]);
    // Without finishedSince (the waits after load and answer) the record's open requests change nothing.
    const settle = await settleOn([{ recordedAt: 300, t: 50, doneAt: 99_999 }], () => {}, {
      ...leave,
      finishedSince: undefined,
    });
    expect(settle.waitedMs).toBeLessThan(600);
  });
  it('a page active until the maximum is not settled', async () => {
    vi.useFakeTimers({ now: 0 });
    const writes = Array.from({ length: 40 }, (_, i) => ({ recordedAt: i * 300, t: i * 300 }));
    const r = await settleOn(writes);
    expect(r.settled).toBe(false);
    expect(r.waitedMs).toBeGreaterThanOrEqual(10_000);
  });
});
