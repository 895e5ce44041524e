import { describe, expect, it } from 'vitest';
import { hostHash } from '../url/url.ts';
import { HostIndex } from './host-index.ts';

interface Entry {
  host: string;
  n: number;
}

/** Looks each host up as the analysis does (get, add on a miss) in the index and in a Map, and compares the answers. */
function both(hosts: readonly string[]): { index: Entry[]; map: Entry[]; made: number } {
  const index = new HostIndex<Entry>();
  const byHost = new Map<string, Entry>();
  let made = 0;
  const fromIndex = hosts.map((host) => {
    let e = index.get(host);
    if (!e) index.add((e = { host, n: made++ }));
    return e;
  });
  const fromMap = hosts.map((host) => {
    let e = byHost.get(host);
    if (!e) byHost.set(host, (e = { host, n: -1 }));
    return e;
  });
  expect(made).toBe(byHost.size);
  return { index: fromIndex, map: fromMap, made };
}

/** Same host, same entry: each host's first answer is given again for every later lookup of it. */
function sameEntries(hosts: readonly string[], answers: readonly Entry[]): void {
  const first = new Map<string, Entry>();
  hosts.forEach((h, i) => {
    const e = answers[i]!;
    expect(e.host).toBe(h);
    expect(first.get(h) ?? (first.set(h, e), e)).toBe(e);
  });
}

describe('HostIndex', () => {
  it('answers as a Map by host for random hosts, through growth', () => {
    let seed = 11;
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const pool = Array.from({ length: 2500 }, (_, i) => (i % 7 === 0 ? `h${i}.EXAMPLE` : `h${i}.example`));
    pool.push('', 'a', '192.0.2.7', '[2001:db8::1]', 'xn--bcher-kva.example');
    const hosts = Array.from({ length: 20_000 }, () => pool[rnd(pool.length)]!);
    const { index, map, made } = both(hosts);
    expect(index.map((e) => e.host)).toEqual(map.map((e) => e.host));
    expect(made).toBe(new Set(hosts).size);
    sameEntries(hosts, index);
  });

  it('tells apart hosts whose hashes collide (the text decides)', () => {
    const [x, y] = ['h10wzx.example', 'h1f6cd.example'];
    expect(hostHash(x)).toBe(hostHash(y));
    const hosts = [x, y, y, x, x];
    const { index, made } = both(hosts);
    expect(made).toBe(2);
    sameEntries(hosts, index);
  });

  it('stays exact when many hosts share one probe sequence, before and after the table grows', () => {
    // A hostile page can pick such hosts (the hash is not seeded): past 16 probes they go to a Map. Growth then
    // spreads the crowded hosts, and a host kept in the Map may sit behind an empty slot: it must still be found.
    const crowded: string[] = [];
    for (let i = 0; crowded.length < 60; i++) {
      const host = `c${i}.example`;
      if ((hostHash(host) & 0xfff) === 0) crowded.push(host);
    }
    const spread = Array.from({ length: 3000 }, (_, i) => `s${i}.example`);
    const hosts = [
      ...crowded,
      ...crowded.slice().reverse(),
      ...spread,
      ...crowded,
      ...spread.slice(0, 100),
      ...crowded,
    ];
    const { index, map, made } = both(hosts);
    expect(index.map((e) => e.host)).toEqual(map.map((e) => e.host));
    expect(made).toBe(crowded.length + spread.length);
    sameEntries(hosts, index);
  });
});
