import { describe, expect, it } from 'vitest';
import { ByName } from './cookie-router-index.ts';

interface Entry {
  name: string;
  t: number;
}
const index = (): ByName<Entry> =>
  new ByName<Entry>(
    (e) => e.name,
    (e) => e.t,
  );
const entries = (n: number, t = (i: number) => i): Entry[] =>
  Array.from({ length: n }, (_, i) => ({ name: `c${i % 3}`, t: t(i) }));

describe('ByName (the cookie router entries)', () => {
  it('keeps arrival order overall and per name, whatever is deleted from the front or the middle', () => {
    const all = entries(10);
    const ix = index();
    for (const e of all) ix.add(e);
    ix.delete(all[0] as Entry);
    ix.delete(all[4] as Entry);
    ix.delete(all[4] as Entry); // twice: no effect
    ix.add(all[1] as Entry); // already there: stays in its place
    expect(ix.first()).toBe(all[1]);
    expect([...ix.values()]).toEqual(all.filter((_, i) => i !== 0 && i !== 4));
    expect([...ix.named('c1')]).toEqual([all[1], all[7]]);
    expect([...ix.named('nope')]).toEqual([]);
    expect(ix.size).toBe(8);
  });

  it('makes room by dropping the oldest', () => {
    const all = entries(6);
    const ix = index();
    for (const e of all) ix.add(e);
    ix.makeRoom(4);
    expect([...ix.values()]).toEqual(all.slice(3));
  });

  it('drops stale entries from the front while times grew, and tests every entry once the clock went back', () => {
    const fresh = (e: Entry): boolean => e.t >= 5;
    const grown = index();
    for (const e of entries(8)) grown.add(e);
    grown.dropStale(fresh);
    expect([...grown.values()].map((e) => e.t)).toEqual([5, 6, 7]);
    const back = index();
    for (const t of [0, 9, 3, 8, 1]) back.add({ name: 'x', t });
    back.dropStale(fresh);
    expect([...back.values()].map((e) => e.t)).toEqual([9, 8]);
    expect([...back.named('x')].map((e) => e.t)).toEqual([9, 8]);
  });

  it('its array stays bounded by the live entries, however many pass through', () => {
    const ix = index();
    for (const e of entries(100_000)) {
      ix.makeRoom(50);
      ix.add(e);
    }
    expect(ix.size).toBe(50);
    expect(ix.slots).toBeLessThanOrEqual(2 * 50 + 64 + 1);
    // Deleted behind a live oldest entry (a claimed held change while an older one waits).
    const held = index();
    const oldest = { name: 'a', t: 0 };
    held.add(oldest);
    for (const e of entries(100_000, (i) => i + 1)) {
      held.add(e);
      held.delete(e);
    }
    expect(held.first()).toBe(oldest);
    expect(held.slots).toBeLessThanOrEqual(2 * 1 + 64 + 1);
  });
});
