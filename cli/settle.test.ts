import { describe, expect, it } from 'vitest';
import { ActivityClock, changedAt, recordMark, settleState } from './settle.ts';

const O = { quietMs: 1500, minMs: 1000, maxMs: 10_000 };

describe('settleState', () => {
  it('a page that does nothing settles after the quiet period, not before', () => {
    const c = new ActivityClock();
    expect(settleState(1_000 + 1_499, 1_000, c, O)).toBe('wait');
    expect(settleState(1_000 + 1_500, 1_000, c, O)).toBe('settled');
  });

  it('the quiet period counts from the last activity; a pending request keeps it waiting', () => {
    const c = new ActivityClock();
    c.started('a', 2_000);
    expect(settleState(9_000, 1_000, c, O)).toBe('wait');
    c.ended('a', 3_000);
    expect(settleState(4_400, 1_000, c, O)).toBe('wait');
    expect(settleState(4_500, 1_000, c, O)).toBe('settled');
    c.touched(4_600);
    expect(settleState(5_000, 1_000, c, O)).toBe('wait');
  });

  it('never before the minimum, always at the maximum', () => {
    const c = new ActivityClock();
    expect(settleState(1_000 + 999, 1_000, c, { ...O, quietMs: 0 })).toBe('wait');
    c.started('hanging', 1_000);
    expect(settleState(1_000 + 10_000, 1_000, c, O)).toBe('max');
  });

  it('an activity before the wait began does not shorten it', () => {
    const c = new ActivityClock();
    c.touched(0);
    expect(settleState(1_000 + 1_000, 1_000, c, O)).toBe('wait');
  });

  it('with finishedSince, a recorded request started since then and not answered keeps it waiting', () => {
    const c = new ActivityClock();
    const o = { ...O, finishedSince: 1_000 };
    expect(settleState(3_000, 1_000, c, o, { openLatest: 1_000 })).toBe('wait');
    expect(settleState(3_000, 1_000, c, o, { openLatest: 999 })).toBe('settled');
    expect(settleState(3_000, 1_000, c, o, { openLatest: null })).toBe('settled');
    expect(settleState(3_000, 1_000, c, O, { openLatest: 2_000 })).toBe('settled');
    expect(settleState(11_000, 1_000, c, o, { openLatest: 2_000 })).toBe('max');
  });

  it('a request that ends without having been seen to start changes nothing', () => {
    const c = new ActivityClock();
    c.ended('unknown', 5_000);
    expect(c.lastActivityAt).toBeNull();
    expect(c.inFlight).toBe(0);
  });
});

describe('recordMark', () => {
  it('changes with any recorded request, cookie or storage write', () => {
    const r = { requests: [{ t: 1 }], cookies: [], storage: [] };
    expect(recordMark(r).sig).not.toBe(recordMark({ ...r, storage: [{ t: 2 }] }).sig);
    expect(recordMark(null)).toEqual({ sig: '', latest: null, openLatest: null });
  });
  it('dates the latest request still without its answer or error', () => {
    const requests = [
      { t: 5 },
      { t: 8, status: 204 },
      { t: 3 },
      { t: 9, error: 'net::ERR_ABORTED' },
      { t: Number.NaN },
    ];
    expect(recordMark({ requests, cookies: [], storage: [] }).openLatest).toBe(5);
    expect(recordMark({ requests: [{ t: 1, status: 200 }], cookies: [], storage: [] }).openLatest).toBeNull();
  });
  it("dates the record by its latest request start or write, a rewrite's time included", () => {
    const r = { requests: [{ t: 5 }, { t: 3 }], cookies: [{ t: 2, lastT: 9 }], storage: [{ t: 7, lastT: 7 }] };
    expect(recordMark(r).latest).toBe(9);
    expect(recordMark({ requests: [], cookies: [], storage: [] }).latest).toBeNull();
    expect(recordMark({ requests: [{ t: Number.NaN }], cookies: [], storage: [] }).latest).toBeNull();
  });
});

describe('changedAt', () => {
  it("takes the record's time within the poll's window, and the answer's time without one", () => {
    expect(changedAt(1_100, 1_000, 1_400)).toBe(1_100);
    // Reported late (or a time a page made up): never before the poll that did not see it.
    expect(changedAt(100, 1_000, 1_400)).toBe(1_000);
    // Never in the future.
    expect(changedAt(9_999, 1_000, 1_400)).toBe(1_400);
    expect(changedAt(null, 1_000, 1_400)).toBe(1_400);
  });
});
