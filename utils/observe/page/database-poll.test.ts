import { describe, expect, it } from 'vitest';
import { MAX_READS, watchDatabases, type DatabaseLister, type PolledDatabase } from './database-poll.ts';

/** A lister whose databases the test changes between polls. */
function lister(names: string[]): DatabaseLister & { names: string[] } {
  const l = { names, databases: () => Promise.resolve(l.names.map((name) => ({ name, version: 1 }))) };
  return l;
}

describe('watchDatabases', () => {
  it('reports a database that appeared after the baseline, once, at the earliest it can have been made (the previous listing)', async () => {
    const l = lister(['before-page']);
    const out: PolledDatabase[] = [];
    let t = 100;
    const w = watchDatabases(
      l,
      'https://a.test',
      (ev) => out.push(ev),
      undefined,
      () => t,
    );
    await w.poll(); // the first listing may still be running: this one is skipped or is the baseline
    await new Promise((r) => setTimeout(r, 0));
    l.names = ['before-page', 'from-worker'];
    t = 200;
    await w.poll();
    await w.poll();
    expect(out).toEqual([
      {
        k: 'page-storage',
        t: 100,
        api: 'indexedDB',
        origin: 'https://a.test',
        key: 'from-worker',
        value: 'from-worker',
        valueLength: 11,
        seenBy: 'poll',
      },
    ]);
  });

  it('leaves out what the hooks reported, and reports a deleted database made again', async () => {
    const l = lister([]);
    const out: string[] = [];
    const w = watchDatabases(
      l,
      'https://a.test',
      (ev) => out.push(ev.key),
      () => w.noteHooked('hooked'),
    );
    await new Promise((r) => setTimeout(r, 0));
    l.names = ['hooked', 'again'];
    await w.poll();
    l.names = [];
    await w.poll();
    l.names = ['again'];
    await w.poll();
    expect(out).toEqual(['again', 'again']);
  });

  it('a new database carries its first records as its value (the listing reads them); with none, its name', async () => {
    const l = Object.assign(lister([]), {
      read: (name: string) => Promise.resolve(name === 'ids' ? 'ids|deviceId|8f3a1c2e' : ''),
    });
    const out: Array<[string, string, number]> = [];
    const w = watchDatabases(l, 'o', (ev) => out.push([ev.key, ev.value, ev.valueLength]));
    await new Promise((r) => setTimeout(r, 0));
    l.names = ['ids', '_ga'];
    await w.poll();
    expect(out).toEqual([
      ['ids', 'ids|deviceId|8f3a1c2e', 21],
      ['_ga', '_ga', 3],
    ]);
  });

  it('a read that fails keeps the name; past MAX_READS new databases a listing reports names only', async () => {
    const l = Object.assign(lister([]), { reads: 0 });
    const reader = {
      databases: () => l.databases(),
      read: (name: string) => {
        l.reads += 1;
        return name === 'bad' ? Promise.reject(new Error('gone')) : Promise.resolve('s|k|v');
      },
    };
    const out: string[] = [];
    const w = watchDatabases(reader, 'o', (ev) => out.push(ev.value));
    await new Promise((r) => setTimeout(r, 0));
    l.names = ['bad', ...Array.from({ length: MAX_READS + 5 }, (_, n) => `db${n}`)];
    await w.poll();
    expect(l.reads).toBe(MAX_READS);
    expect(out[0]).toBe('bad');
    expect(out.filter((v) => v === 's|k|v')).toHaveLength(MAX_READS - 1);
    expect(out.at(-1)).toBe(`db${MAX_READS + 4}`);
  });

  it('never throws: no lister, a lister that rejects, garbage in the listing', async () => {
    const out: PolledDatabase[] = [];
    await watchDatabases(undefined, 'o', (ev) => out.push(ev)).poll();
    await watchDatabases({ databases: () => Promise.reject(new Error('SecurityError')) }, 'o', (ev) =>
      out.push(ev),
    ).poll();
    const odd = { databases: () => Promise.resolve([null, { name: 42 }, {}, { name: 'x'.repeat(1000) }] as never) };
    const w = watchDatabases(odd, 'o', (ev) => out.push(ev));
    await new Promise((r) => setTimeout(r, 0));
    await w.poll();
    expect(out).toEqual([]);
  });
});
