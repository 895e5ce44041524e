import { describe, expect, it } from 'vitest';
import { hostHash, hostOfUrl } from '../url/url.ts';
import { HostTable, type KnownHost } from './host-table.ts';

/** The table's answers next to a Map's by `hostOfUrl`, the lookup it replaced. */
function both(urls: readonly string[]): { table: Array<KnownHost | null>; map: Array<KnownHost | null> } {
  const t = new HostTable();
  const byHost = new Map<string, KnownHost>();
  const made: string[] = [];
  const make = (host: string): KnownHost => {
    made.push(host);
    return { host, site: `site of ${host}`, partyOf: undefined, party: 'third' };
  };
  const table = urls.map((u) => t.ofUrl(u, make));
  const map = urls.map((u) => {
    const host = hostOfUrl(u);
    if (!host) return null;
    let k = byHost.get(host);
    if (!k) byHost.set(host, (k = { host, site: `site of ${host}`, partyOf: undefined, party: 'third' }));
    return k;
  });
  expect(made).toEqual([...byHost.keys()]);
  return { table, map };
}

describe('HostTable', () => {
  it('gives one entry per host, as a Map by hostOfUrl does, for plain and unusual URLs', () => {
    const urls = [
      'https://a.example/x',
      'https://a.example:8443/y?z',
      'https://A.EXAMPLE/upper',
      'https://b.a.example#frag',
      'http://a.example',
      'https://[2001:db8::1]/v6',
      'https://192.0.2.7/v4',
      'https://xn--bcher-kva.example/idn',
      'https://user@a.example/info',
      'data:text/plain,hi',
      'about:blank',
      'not a url',
      'https://a.example/again',
    ];
    const { table, map } = both(urls);
    expect(table.map((k) => k?.host ?? null)).toEqual(map.map((k) => k?.host ?? null));
    // The same entry object for the same host, whatever the URL's spelling.
    expect(table[0]).toBe(table[1]);
    expect(table[0]).toBe(table[2]);
    expect(table[0]).toBe(table[4]);
    expect(table[0]).toBe(table[12]);
    expect(table[3]).not.toBe(table[0]);
  });

  it('tells apart hosts whose hashes collide (the text decides)', () => {
    const [x, y] = ['h10wzx.example', 'h1f6cd.example'];
    expect(hostHash(x)).toBe(hostHash(y));
    const t = new HostTable();
    const make = (host: string): KnownHost => ({ host, site: host, partyOf: undefined, party: 'third' });
    const kx = t.ofUrl(`https://${x}/a`, make);
    const ky = t.ofUrl(`https://${y}/b`, make);
    expect([kx?.host, ky?.host]).toEqual([x, y]);
    expect(t.ofUrl(`https://${y}/c`, make)).toBe(ky);
    expect(t.ofUrl(`https://${x}/d`, make)).toBe(kx);
  });

  it('keeps every host through growth, and forgets them all on clear', () => {
    const urls = Array.from({ length: 3000 }, (_, i) => `https://h${i % 1500}.example/p${i}`);
    const { table, map } = both(urls);
    expect(table.map((k) => k?.host)).toEqual(map.map((k) => k?.host));
    const t = new HostTable();
    let made = 0;
    const make = (host: string): KnownHost => (made++, { host, site: host, partyOf: undefined, party: 'third' });
    for (const u of urls) t.ofUrl(u, make);
    expect(made).toBe(1500);
    t.clear();
    t.ofUrl(urls[0]!, make);
    expect(made).toBe(1501);
  });

  it('stays exact when many hosts share one probe sequence (a hostile page can pick them: the hash is not seeded)', () => {
    const crowded: string[] = [];
    for (let i = 0; crowded.length < 60; i++) {
      const host = `c${i}.example`;
      if ((hostHash(host) & 0xfff) === 0) crowded.push(host);
    }
    const urls = crowded.flatMap((h, i) => [
      `https://${h}/a`,
      `https://${crowded[(i * 7) % 60]}:8080/b`,
      `HTTPS://${h}/c`,
    ]);
    const { table, map } = both([...urls, ...urls.slice().reverse()]);
    expect(table.map((k) => k?.host)).toEqual(map.map((k) => k?.host));
    const t = new HostTable();
    const make = (host: string): KnownHost => ({ host, site: host, partyOf: undefined, party: 'third' });
    const first = crowded.map((h) => t.ofUrl(`https://${h}/x`, make));
    expect(crowded.map((h) => t.ofUrl(`https://${h}/y`, make))).toEqual(first);
    crowded.forEach((h, i) => expect(t.ofUrl(`https://${h}/z`, make)).toBe(first[i]));
  });
});

describe('HostTable fast path (a known host followed by "/")', () => {
  it('answers as a Map by hostOfUrl for random URLs around known hosts', () => {
    // A seeded mix of spellings around a few hosts: upper case, ports, user info, '?' or '#' before the first '/',
    // IPv4 and IPv6 forms, punycode, trailing dots, no path, other schemes.
    let seed = 7;
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const hosts = ['a.example', 'b.a.example', 'x.example.', '192.0.2.7', '[2001:db8::1]', 'xn--bcher-kva.example'];
    const spell = (h: string): string =>
      [
        h,
        h.toUpperCase(),
        `${h}:8080`,
        `user@${h}`,
        `${h}@b.a.example`,
        `${h}?q=/x`,
        `${h}#f/x`,
        `${h}.`,
        `0x7f.1`,
        `${h}%2e`,
      ][rnd(10)]!;
    const schemes = ['https://', 'http://', 'wss://', 'ws://', 'HTTPS://', 'ftp://', 'https:/'];
    const tails = ['/p', '', '?q', '#h', '/a/b?c#d'];
    const urls = Array.from(
      { length: 3000 },
      () => `${schemes[rnd(7)]!}${spell(hosts[rnd(hosts.length)]!)}${tails[rnd(5)]!}`,
    );
    const { table, map } = both(urls);
    expect(table.map((k) => k?.host ?? null)).toEqual(map.map((k) => k?.host ?? null));
    // The same entry object for the same host, whichever path found it.
    const byHost = new Map<string, KnownHost>();
    for (const k of table) if (k) expect(byHost.get(k.host) ?? (byHost.set(k.host, k), k)).toBe(k);
  });

  it('answers a host the URL parser gave only through the parser (its text alone is not trusted)', () => {
    const t = new HostTable();
    const made: string[] = [];
    const make = (host: string): KnownHost => (
      made.push(host),
      { host, site: host, partyOf: undefined, party: 'third' }
    );
    const v4 = t.ofUrl('https://0x7f.1/a', make);
    expect(v4?.host).toBe('127.0.0.1');
    expect(t.ofUrl('https://127.0.0.1/b', make)).toBe(v4);
    const upper = t.ofUrl('https://A.EXAMPLE/a', make);
    expect(t.ofUrl('https://a.example/b', make)).toBe(upper);
    expect(made).toEqual(['127.0.0.1', 'a.example']);
  });
});
