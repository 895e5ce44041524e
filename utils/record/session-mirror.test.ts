import { describe, expect, it } from 'vitest';
import { MemoryArea } from '../../test/support/session-area.ts';
import { SessionMirror } from './session-mirror.ts';

/** A memory area that logs each call, and can be told to refuse the next `set`. */
class LoggedArea extends MemoryArea {
  calls: string[] = [];
  refuse = false;
  override async set(items: Record<string, unknown>): Promise<void> {
    this.calls.push(`set ${Object.keys(items).join(',')}`);
    if (this.refuse) {
      this.refuse = false;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    await super.set(items);
  }
  override async remove(keys: string[]): Promise<void> {
    this.calls.push(`remove ${keys.join(',')}`);
    await super.remove(keys);
  }
}

describe('SessionMirror', () => {
  it('batches what comes during a round into the next one, and never hands storage a key written then removed', async () => {
    const area = new LoggedArea();
    const m = new SessionMirror(area, 'p:');
    m.set('a', 1);
    m.set('b', 2);
    // Still waiting for its round: never written, so no removal either.
    m.delete('b');
    await Promise.resolve();
    m.set('c', 3);
    m.delete('a');
    m.set('d', 4);
    await m.settled();
    expect(area.calls).toEqual(['set p:a', 'remove p:a', 'set p:c,p:d']);
    expect([...area.data]).toEqual([
      ['p:c', 3],
      ['p:d', 4],
    ]);
  });

  it('a removal waits for `beforeRemove` and is never overtaken by the write it undoes', async () => {
    const area = new LoggedArea();
    let open: () => void = () => {};
    const gate = new Promise<void>((r) => (open = r));
    const m = new SessionMirror(area, 'p:', { beforeRemove: () => gate });
    m.set('a', 1);
    await m.settled();
    m.delete('a');
    m.set('b', 2);
    await new Promise((r) => setTimeout(r, 0));
    expect(area.calls).toEqual(['set p:a', 'set p:b']);
    open();
    await m.settled();
    expect(area.calls).toEqual(['set p:a', 'set p:b', 'remove p:a']);
    expect([...area.data.keys()]).toEqual(['p:b']);
  });

  it('keeps stored entries within their count and byte caps, the oldest leaving first; an overwrite keeps its place', async () => {
    const area = new LoggedArea();
    const m = new SessionMirror(area, 'p:', { maxEntries: 4, maxBytes: 100 });
    for (const id of ['a', 'b', 'c', 'd']) m.set(id, 'x');
    m.set('a', 'y');
    m.set('e', 'x', { count: 2 });
    await m.settled();
    expect([...area.data.keys()]).toEqual(['p:c', 'p:d', 'p:e']);
    m.set('big', 'z'.repeat(200));
    m.set('f', 'w'.repeat(90));
    await m.settled();
    expect(area.calls.some((c) => c.includes('p:big'))).toBe(false);
    // 'f' (93 bytes with its key) leaves room for 'e' only.
    expect([...area.data.keys()]).toEqual(['p:e', 'p:f']);
    expect(m.weight).toBe(3);
  });

  it('a refused write leaves the mirror working: later rounds still go', async () => {
    const area = new LoggedArea();
    const errors: unknown[] = [];
    const m = new SessionMirror(area, 'p:', { onError: (e) => errors.push(e) });
    area.refuse = true;
    m.set('a', 1);
    await m.settled();
    m.set('b', 2);
    m.delete('a');
    await m.settled();
    expect(errors).toHaveLength(1);
    expect(area.calls).toEqual(['set p:a', 'set p:b', 'remove p:a']);
    expect([...area.data.keys()]).toEqual(['p:b']);
  });

  it('restores readable entries (others removed), keeps those set since as the newest, and sweeps expired ones', async () => {
    const area = new LoggedArea();
    await area.set({ 'p:old': 5, 'p:bad': 'x', 'p:new': 9, 'other:1': 1 });
    area.calls = [];
    const timers: Array<() => void> = [];
    const clock = { now: 0 };
    const m = new SessionMirror(area, 'p:', {
      maxEntries: 2,
      now: () => clock.now,
      later: (fn) => void timers.push(fn),
    });
    m.set('since', 1, { expires: 50 });
    const read = (raw: unknown) => (typeof raw === 'number' ? { value: raw, expires: raw * 10 } : null);
    expect(m.restore(await area.get(), read)).toEqual([
      ['old', 5],
      ['new', 9],
    ]);
    await m.settled();
    // Over the cap of 2: the oldest restored one leaves storage; the unreadable one is removed; the new one written.
    expect([...area.data.keys()].sort()).toEqual(['other:1', 'p:new', 'p:since']);
    clock.now = 60;
    timers.shift()?.();
    await m.settled();
    expect([...area.data.keys()].sort()).toEqual(['other:1', 'p:new']);
    expect(m.size).toBe(1);
  });
});
