import { describe, expect, it } from 'vitest';
import { ActivityClock, recordSignature, settleState } from './settle.ts';

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

  it('a request that ends without having been seen to start changes nothing', () => {
    const c = new ActivityClock();
    c.ended('unknown', 5_000);
    expect(c.lastActivityAt).toBeNull();
    expect(c.inFlight).toBe(0);
  });
});

describe('recordSignature', () => {
  it('changes with any recorded request, cookie or storage write', () => {
    const r = { requests: [1], cookies: [], storage: [] };
    expect(recordSignature(r)).not.toBe(recordSignature({ ...r, storage: [1] }));
    expect(recordSignature(null)).toBe('');
  });
});
