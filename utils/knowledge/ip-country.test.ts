import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ipKind, type IpCountry } from './ip-address.ts';
import { loadIpTable, type IpTable } from './ip-country.ts';

// Vitest runs from the project root; plain paths keep this file independent of the module target.
const root = process.cwd();
const binPath = join(root, 'public/data/ip-country.bin');
const metaPath = join(root, 'public/data/ip-country.meta.json');
const csvDir = join(root, 'node_modules/@ip-location-db/geo-whois-asn-country/');

let table: IpTable;
let raw: Uint8Array;

beforeAll(() => {
  if (!existsSync(binPath) || !existsSync(metaPath))
    execFileSync(process.execPath, ['scripts/build-ip-table.mjs'], { cwd: root });
  raw = new Uint8Array(readFileSync(binPath));
  table = loadIpTable(raw);
}, 60_000);

const pub = (country: string | null): IpCountry => ({ country, kind: 'public' });

// Expected countries are what the compiled CSV (package version in ip-country.meta.json) says for these blocks.
describe('registry country of public addresses', () => {
  it.each<[string, IpCountry, string]>([
    ['8.8.8.8', pub('US'), 'Google DNS, ARIN block'],
    [
      '1.1.1.1',
      pub('AU'),
      'Cloudflare DNS runs on 1.1.1.0/24, registered to APNIC Research (AU): registry country, not server location',
    ],
    ['9.9.9.9', pub('US'), 'Quad9, ARIN'],
    ['193.0.6.139', pub('NL'), 'RIPE NCC, Amsterdam'],
    ['81.169.145.1', pub('DE'), 'Strato'],
    ['212.27.48.10', pub('FR'), 'free.fr'],
    ['41.0.0.1', pub('ZA'), 'AFRINIC block'],
    ['200.160.2.3', pub('BR'), 'LACNIC block, NIC.br'],
    ['11.0.0.1', pub('US'), 'just above 10/8'],
    ['172.32.0.1', pub('US'), 'just above 172.16/12'],
    ['100.128.0.1', pub('US'), 'just above 100.64/10'],
    ['2.58.197.14', pub('DE'), 'outer range of a nested pair'],
    ['2.58.197.15', pub('BE'), 'single address nested inside the DE range: the more specific row wins'],
    ['2.58.197.16', pub('DE'), 'after the nested row'],
    ['5.249.168.1', pub(null), 'public but not covered by the data'],
    ['2001:67c:2e8::1', pub('NL'), 'RIPE NCC /48'],
    ['2a00:1450:4001:82b::200e', pub('IE'), "Google's RIPE block 2a00:1450::/29 is registered in IE"],
    ['2001:4860:4860::8888', pub('US'), 'Google DNS IPv6'],
    ['2606:4700:4700::1111', pub('US'), 'Cloudflare DNS IPv6 (ARIN)'],
    ['2a01:238:20a:202::1', pub('DE'), 'Strato IPv6'],
    ['2404:6800:4003::1', pub('AU'), 'Google APNIC block'],
    ['2406:da14::1', pub('JP'), 'AWS Tokyo'],
    ['2c0f:ff48::1', pub(null), 'global unicast not covered by the data'],
  ])('%s → %j (%s)', (ip, want) => {
    expect(table.lookup(ip)).toEqual(want);
  });
});

describe('address forms', () => {
  it.each<[string, IpCountry]>([
    ['2001:4860:4860:0:0:0:0:8888', pub('US')],
    ['2001:4860:4860:0000:0000:0000:0000:8888', pub('US')],
    ['2001:4860:4860::8888'.toUpperCase(), pub('US')],
    ['[2001:4860:4860::8888]', pub('US')],
    ['2001:67c:2e8::1%eth0', pub('NL')],
    ['[2001:67c:2e8::1%25en0]', pub('NL')],
    ['::ffff:8.8.8.8', pub('US')],
    ['::ffff:808:808', pub('US')],
    ['0:0:0:0:0:ffff:193.0.6.139', pub('NL')],
    ['[::ffff:212.27.48.10]', pub('FR')],
    ['64:ff9b::8.8.8.8', pub('US')],
    [' 8.8.8.8 ', pub('US')],
    ['2a00:1450:4001:82b::', pub('IE')],
    ['::2a00:1450', { country: null, kind: 'reserved' }],
  ])('%s', (ip, want) => {
    expect(table.lookup(ip)).toEqual(want);
  });

  // Tunnel and translation forms that embed an IPv4 address the table does not unpack: never an EEA country.
  it.each<[string, IpCountry]>([
    ['2002:0808:0808::1', pub(null)], // 6to4 of 8.8.8.8
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', pub(null)], // Teredo
    ['192.88.99.1', pub(null)], // the former 6to4 relay anycast block
    ['64:ff9b:1::808:808', { country: null, kind: 'reserved' }], // local-use NAT64 prefix (RFC 8215)
  ])('%s reads "not known"', (ip, want) => {
    expect(table.lookup(ip)).toEqual(want);
  });
});

describe('private and special-purpose ranges', () => {
  it.each<[string, IpCountry['kind']]>([
    ['10.1.2.3', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.255.255', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'reserved'],
    ['0.1.2.3', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.9', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['198.19.255.255', 'reserved'],
    ['224.0.0.251', 'reserved'],
    ['239.255.255.250', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['::', 'reserved'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.1.1', 'link-local'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fec0::1', 'reserved'],
    ['ff02::1', 'reserved'],
    ['ff05::1:3', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['2001:db8:ffff::1', 'reserved'],
    ['3fff::1', 'reserved'],
    ['3fff:fff::1', 'reserved'],
    ['2001:2::1', 'reserved'],
    ['2001:10::1', 'reserved'], // deprecated ORCHID 2001:10::/28: the table gives it a country (JP)
    ['2001:1f:ffff::1', 'reserved'],
    ['2001:20::1', 'reserved'], // ORCHIDv2 2001:20::/28, not globally reachable
    ['2001:2f:ffff::1', 'reserved'],
    ['100::1', 'reserved'],
    ['4000::1', 'reserved'],
    ['::1.2.3.4', 'reserved'],
  ])('%s is %s with no country', (ip, kind) => {
    expect(table.lookup(ip)).toEqual({ country: null, kind });
    expect(ipKind(ip)).toBe(kind);
  });

  it.each([
    ['172.15.255.255'],
    ['172.32.0.0'],
    ['192.169.0.1'],
    ['169.255.0.1'],
    ['2001:db9::1'],
    ['2001:3::1'],
    ['2001:f:ffff::1'],
    ['2001:30::1'],
    ['3fff:1000::1'],
    ['3ffe::1'],
  ])('%s sits just outside a special range', (ip) => {
    expect(table.lookup(ip).kind).toBe('public');
  });
});

describe('garbage never throws', () => {
  it.each([
    [''],
    [' '],
    ['1.2.3'],
    ['999.1.1.1'],
    ['256.0.0.1'],
    ['1.2.3.4.5'],
    ['01.2.3.4'],
    ['1..2.3'],
    ['1.2.3.'],
    ['-1.2.3.4'],
    ['1.2.3.4/24'],
    ['1.2.3.4:80'],
    ['0x7f.0.0.1'],
    ['abc'],
    [':::'],
    [':'],
    [':1'],
    ['1:'],
    ['1::2::3'],
    ['1:2:3:4:5:6:7:8:9'],
    ['1:2:3:4:5:6:7:8::'],
    ['1:2:3:4:5:6:7'],
    ['12345::1'],
    ['g::1'],
    ['::ffff:1.2.3'],
    ['::ffff:1.2.3.256'],
    ['1:2:3:4:5:6:7:1.2.3.4'],
    ['[1.2.3.4]'],
    ['1.2.3.4%eth0'],
    ['fe80::1%'],
    ['[::1'],
    ['::1]'],
    ['[]'],
    ['a'.repeat(10_000)],
    ['1'.repeat(100_000)],
    ['1:'.repeat(5_000) + '1'],
    ['\u0000'],
    ['١.٢.٣.٤'],
  ])('%s → invalid', (ip) => {
    expect(table.lookup(ip)).toEqual({ country: null, kind: 'invalid' });
    expect(ipKind(ip)).toBe('invalid');
  });

  it('returns invalid for non-strings from untyped callers', () => {
    for (const bad of [null, undefined, 42, {}, ['8.8.8.8']]) {
      expect(Reflect.apply(table.lookup, table, [bad])).toEqual({ country: null, kind: 'invalid' });
    }
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.ipV4Extended()), (s) => {
        expect(() => table.lookup(s)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('properties', () => {
  it('an IPv4 address and its IPv4-mapped IPv6 form give the same result', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const plain = table.lookup(ip);
        expect(plain.kind).not.toBe('invalid');
        expect(table.lookup(`::ffff:${ip}`)).toEqual(plain);
        expect(table.lookup(`[0:0:0:0:0:FFFF:${ip}]`)).toEqual(plain);
      }),
      { numRuns: 3000 },
    );
  });

  it('every generated IPv6 address parses', () => {
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        expect(table.lookup(ip).kind).not.toBe('invalid');
      }),
      { numRuns: 3000 },
    );
  });

  it('full and WHATWG-compressed IPv6 forms agree', () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.array(fc.oneof(group, fc.constant(0)), { minLength: 8, maxLength: 8 }), (groups) => {
        const full = groups.map((x) => x.toString(16).padStart(4, '0')).join(':');
        const compressed = new URL(`http://[${full}]/`).hostname;
        expect(table.lookup(compressed)).toEqual(table.lookup(full));
      }),
      { numRuns: 3000 },
    );
  });
});

// Cross-checks the compiled table against rows of the source CSV that no other row overlaps.
describe('agrees with the source CSV', () => {
  const rows = (file: string): Array<[bigint, bigint, string]> =>
    readFileSync(join(csvDir, file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [s = '0', e = '0', cc = ''] = line.split(',');
        return [BigInt(s), BigInt(e), cc];
      });
  // BigInt() rather than literals: the shared tsconfig may target below ES2020.
  const big = (n: number): bigint => BigInt(n);
  const ONE = big(1);
  const v4Text = (n: bigint): string => [24, 16, 8, 0].map((sh) => ((n >> big(sh)) & big(255)).toString()).join('.');
  const v6Text = (n: bigint): string =>
    Array.from({ length: 8 }, (_, i) => ((n >> big(112 - 16 * i)) & big(0xffff)).toString(16)).join(':');
  const isolated = (list: Array<[bigint, bigint, string]>, i: number): boolean =>
    (list[i - 1]?.[1] ?? big(-1)) < (list[i]?.[0] ?? big(0)) &&
    (list[i + 1]?.[0] ?? ONE << big(128)) > (list[i]?.[1] ?? big(0));

  it('IPv4: start, middle and end of every 300th isolated row, and the gaps around it', () => {
    const list = rows('geo-whois-asn-country-ipv4-num.csv');
    let checked = 0;
    for (let i = 1; i < list.length - 1; i += 300) {
      const row = list[i];
      if (!row || !isolated(list, i)) continue;
      const [s, e, cc] = row;
      for (const x of [s, (s + e) / big(2), e]) {
        const got = table.lookup(v4Text(x));
        if (got.kind === 'public') expect(got.country, v4Text(x)).toBe(cc);
      }
      const before = list[i - 1];
      if (before && before[1] + ONE < s) {
        const got = table.lookup(v4Text(s - ONE));
        if (got.kind === 'public') expect(got.country, `gap ${v4Text(s - ONE)}`).toBeNull();
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(900);
  });

  it('IPv6: every 200th isolated /64-aligned row', () => {
    const list = rows('geo-whois-asn-country-ipv6-num.csv');
    const low64 = (ONE << big(64)) - ONE;
    let checked = 0;
    for (let i = 1; i < list.length - 1; i += 200) {
      const row = list[i];
      if (!row || !isolated(list, i)) continue;
      const [s, e, cc] = row;
      if ((s & low64) !== big(0) || ((e + ONE) & low64) !== big(0)) continue;
      for (const x of [s, e]) {
        const got = table.lookup(v6Text(x));
        if (got.kind === 'public') expect(got.country, v6Text(x)).toBe(cc);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(700);
  });
});

describe('every range of the shipped table', () => {
  // An independent reading of the two streams (BigInt running sums from 0, no checkpoints), against the lookup that
  // decodes at most one checkpoint's block: every range's first and last address, the address after it, and random ones.
  const big = (n: number): bigint => BigInt(n);
  const ranges = (): { v4: Array<[number, string | null]>; v6: Array<[bigint, string | null]> } => {
    const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const ccCount = dv.getUint16(6, true);
    const stride = dv.getUint32(28, true);
    const [n4, n6] = [dv.getUint32(8, true), dv.getUint32(12, true)];
    const codes = Array.from({ length: ccCount }, (_, i) =>
      i === 0 ? null : String.fromCharCode(raw[32 + 2 * i] ?? 0, raw[33 + 2 * i] ?? 0),
    );
    let pos = 32 + ((2 * ccCount + 3) & ~3) + 8 * Math.ceil(n4 / stride) + 12 * Math.ceil(n6 / stride);
    const read = (n: number): Array<[bigint, string | null]> => {
      const out: Array<[bigint, string | null]> = [];
      let start = big(0);
      for (let i = 0; i < n; i++) {
        const token = raw[pos++] ?? 0;
        let m = big(1);
        if (token & 0x80) {
          let v = big(0);
          for (let shift = 0; ; shift += 7) {
            const b = raw[pos++] ?? 0;
            v |= big(b & 0x7f) << big(shift);
            if (b < 0x80) break;
          }
          m = big(2) * v + big(3);
        }
        out.push([start, codes[raw[pos++] ?? 0] ?? null]);
        start += m << big(token & 0x7f);
      }
      out.push([start, null]); // the end of the space
      return out;
    };
    const v4 = read(n4).map(([x, cc]): [number, string | null] => [Number(x), cc]);
    return { v4, v6: read(n6) };
  };
  let v4: Array<[number, string | null]> = [];
  let v6: Array<[bigint, string | null]> = [];
  beforeAll(() => ({ v4, v6 } = ranges()), 60_000);
  const v4Text = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  const v6Text = (p: bigint): string =>
    `${[48, 32, 16, 0].map((sh) => ((p >> big(sh)) & big(0xffff)).toString(16)).join(':')}::1`;
  /** Index of the range holding x (binary search over the independent starts). */
  const holder = <T extends number | bigint>(list: Array<[T, string | null]>, x: T): number => {
    let [a, b] = [0, list.length - 2];
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if ((list[mid]?.[0] ?? x) <= x) a = mid;
      else b = mid - 1;
    }
    return a;
  };

  it('covers both spaces', () => {
    expect(v4.length - 1).toBe(table.ipv4Ranges);
    expect(v6.length - 1).toBe(table.ipv6Ranges);
    expect(v4.at(-1)?.[0]).toBe(2 ** 32);
    expect(v6.at(-1)?.[0]).toBe(big(1) << big(64));
  });

  it('IPv4: every range start, end and the address after it; 200,000 random addresses', () => {
    const t = loadIpTable(raw);
    let publicAnswers = 0;
    const check = (x: number, want: string | null): void => {
      const got = t.lookup(v4Text(x));
      if (got.kind !== 'public') return;
      publicAnswers++;
      if (got.country !== want) expect(got.country, v4Text(x)).toBe(want);
    };
    for (let i = 0; i + 1 < v4.length; i++) {
      const [start, cc] = v4[i] ?? [0, null];
      const next = v4[i + 1]?.[0] ?? 0;
      check(start, cc);
      check(next - 1, cc);
      if (next < 2 ** 32) check(next, v4[i + 1]?.[1] ?? null);
    }
    const rnd = fc.sample(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { numRuns: 200_000, seed: 20 });
    for (const x of rnd) check(x, v4[holder(v4, x)]?.[1] ?? null);
    expect(publicAnswers).toBeGreaterThan(1_000_000);
  }, 120_000);

  it('IPv6: every /64 range start, end and the prefix after it; 200,000 random prefixes', () => {
    const t = loadIpTable(raw);
    const ONE = big(1);
    let publicAnswers = 0;
    const check = (x: bigint, want: string | null): void => {
      const got = t.lookup(v6Text(x));
      if (got.kind !== 'public') return;
      publicAnswers++;
      if (got.country !== want) expect(got.country, v6Text(x)).toBe(want);
    };
    for (let i = 0; i + 1 < v6.length; i++) {
      const [start, cc] = v6[i] ?? [big(0), null];
      const next = v6[i + 1]?.[0] ?? big(0);
      check(start, cc);
      check(next - ONE, cc);
      if (next < ONE << big(64)) check(next, v6[i + 1]?.[1] ?? null);
    }
    // Random prefixes inside 2000::/3, where the registries' ranges are.
    const rnd = fc.sample(fc.bigInt({ min: big(0x2000) << big(48), max: (big(0x4000) << big(48)) - ONE }), {
      numRuns: 200_000,
      seed: 64,
    });
    for (const x of rnd) check(x, v6[holder(v6, x)]?.[1] ?? null);
    expect(publicAnswers).toBeGreaterThan(700_000);
  }, 120_000);

  it('checks every block when asked, and a fresh table answers its first lookups', () => {
    const t = loadIpTable(raw);
    expect(t.lookup('8.8.8.8')).toEqual(pub('US'));
    expect(t.lookup('2a00:1450:4001:82b::200e')).toEqual(pub('IE'));
    expect(() => t.verify()).not.toThrow();
    expect(t.lookup('81.169.145.1')).toEqual(pub('DE'));
  });
});

describe('table file', () => {
  it('matches its metadata and stays small', () => {
    const meta: unknown = JSON.parse(readFileSync(metaPath, 'utf8'));
    expect(meta).toMatchObject({
      source: { package: '@ip-location-db/geo-whois-asn-country' },
      counts: { ipv4Ranges: table.ipv4Ranges, ipv6Ranges: table.ipv6Ranges, countries: table.countries.length },
      bytes: raw.length,
      sha256: createHash('sha256').update(raw).digest('hex'),
    });
    expect(raw.length).toBeLessThan(2 * 1024 * 1024);
    expect(table.countries).toContain('DE');
    expect(table.countries.length).toBeGreaterThan(200);
  });

  it('loads from an ArrayBuffer as well as a view', () => {
    const copy = raw.slice().buffer;
    expect(loadIpTable(copy).lookup('8.8.8.8')).toEqual(pub('US'));
  });
});

describe('corrupt buffers', () => {
  const checksum = (b: Uint8Array): number => {
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    let h = 0x811c9dc5;
    for (let i = 32; i < b.length; i += 4) h = Math.imul(h ^ dv.getUint32(i, true), 0x01000193);
    return h >>> 0;
  };
  const mutate = (edit: (b: Uint8Array, dv: DataView) => void, fixChecksum = false): Uint8Array => {
    const b = raw.slice();
    const dv = new DataView(b.buffer);
    edit(b, dv);
    if (fixChecksum) dv.setUint32(24, checksum(b), true);
    return b;
  };
  /** Where the IPv4 checkpoints and the IPv4 stream start (see scripts/build-ip-table.mjs). */
  const cp4Start = (dv: DataView): number => 32 + ((2 * dv.getUint16(6, true) + 3) & ~3);
  const v4Start = (dv: DataView): number => {
    const stride = dv.getUint32(28, true);
    const blocks = (n: number): number => Math.ceil(n / stride);
    return cp4Start(dv) + 8 * blocks(dv.getUint32(8, true)) + 12 * blocks(dv.getUint32(12, true));
  };
  /** Opened and every block checked: what is wrong shows at load or, for a block's content, at its first use. */
  const openAll = (b: Uint8Array): IpTable => {
    const t = loadIpTable(b);
    t.verify();
    return t;
  };

  it.each<[string, () => Uint8Array, RegExp]>([
    ['empty', () => new Uint8Array(0), /too short/],
    ['random bytes', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) & 255), /bad magic/],
    ['wrong magic', () => mutate((b) => (b[0] = 0x58)), /bad magic/],
    ['future version', () => mutate((_, dv) => dv.setUint16(4, 3, true)), /unsupported version 3/],
    ['the old format', () => mutate((_, dv) => dv.setUint16(4, 1, true)), /unsupported version 1/],
    ['truncated', () => raw.slice(0, raw.length - 10), /size mismatch/],
    [
      'flipped byte',
      () => mutate((b) => (b[Math.floor(b.length / 2)] = (b[Math.floor(b.length / 2)] ?? 0) ^ 0x10)),
      /checksum mismatch/,
    ],
    ['flipped byte in the last word', () => mutate((b) => (b[b.length - 4] = (b[b.length - 4] ?? 0) ^ 1)), /checksum/],
    ['stride not a power of two', () => mutate((_, dv) => dv.setUint32(28, 100, true)), /bad stride/],
    ['stride doubled', () => mutate((_, dv) => dv.setUint32(28, 2 * dv.getUint32(28, true), true)), /size mismatch/],
    ['range count too high', () => mutate((_, dv) => dv.setUint32(8, dv.getUint32(8, true) + 1, true)), /IPv4/],
    ['range count too low', () => mutate((_, dv) => dv.setUint32(12, dv.getUint32(12, true) - 1, true)), /IPv6 ranges/],
    ['first length changed, checksum recomputed', () => mutate((b, dv) => (b[v4Start(dv)] = 30), true), /IPv4 ranges/],
    [
      'country index out of range, checksum recomputed',
      () => mutate((b, dv) => (b[v4Start(dv) + 1] = 255), true),
      /country index/,
    ],
    ['bad country code, checksum recomputed', () => mutate((b) => (b[34] = 0x31), true), /bad country code/],
    [
      'checkpoints out of order, checksum recomputed',
      () => mutate((_, dv) => dv.setUint32(cp4Start(dv) + 8, 0, true), true),
      /bad IPv4 checkpoint/,
    ],
    [
      'a checkpoint moved, checksum recomputed',
      () => mutate((_, dv) => dv.setUint32(cp4Start(dv) + 8, dv.getUint32(cp4Start(dv) + 8, true) + 1, true), true),
      /IPv4 ranges do not add up/,
    ],
  ])('%s → clear error', (_, make, message) => {
    expect(() => openAll(make())).toThrow(message);
    expect(() => openAll(make())).toThrow(/Invalid IP country table/);
  });

  it('a block that does not add up is refused at its first lookup, not answered', () => {
    // The second IPv4 checkpoint one address later: block 0 ends short of it, block 1 starts past its first range.
    const b = mutate((_, dv) => dv.setUint32(cp4Start(dv) + 8, dv.getUint32(cp4Start(dv) + 8, true) + 1, true), true);
    const t = loadIpTable(b);
    const end0 = new DataView(raw.buffer, raw.byteOffset).getUint32(cp4Start(new DataView(raw.buffer)) + 8, true) - 1;
    const ip = [end0 >>> 24, (end0 >>> 16) & 255, (end0 >>> 8) & 255, end0 & 255].join('.');
    expect(table.lookup(ip).kind, ip).toBe('public');
    expect(() => t.lookup(ip)).toThrow(/IPv4 ranges do not add up/);
    expect(t.lookup('2001:4860:4860::8888')).toEqual(pub('US'));
  });
});

describe('lookup cache', () => {
  const addresses = [
    '8.8.8.8',
    '1.1.1.1',
    '2a00:1450:4001::1',
    '10.0.0.1',
    '::1',
    'garbage',
    ' 9.9.9.9 ',
    '[2001:4860::8888]',
    '127.0.0.1%eth0',
  ];

  /** Answers of a new table, each address asked once: all come from the search, none from the cache. */
  const searched = (ips: readonly string[]): Map<string, IpCountry> => {
    const fresh = loadIpTable(raw);
    return new Map(ips.map((ip) => [ip, fresh.lookup(ip)]));
  };

  it('gives the same answers as an uncached table, before and after eviction', () => {
    const small = loadIpTable(raw, { cacheSize: 2 });
    const want = searched(addresses);
    for (let round = 0; round < 3; round++) {
      for (const ip of addresses) {
        const expected = want.get(ip);
        expect(small.lookup(ip), ip).toEqual(expected);
        expect(table.lookup(ip), ip).toEqual(expected);
      }
    }
  });

  it('never holds more than its size, and answers right after slots are overwritten', () => {
    const t = loadIpTable(raw, { cacheSize: 8 });
    const ips = Array.from({ length: 60 }, (_, i) => [
      `5.${i}.0.1`,
      `${20 + i}.1.2.3`,
      `2a0${i % 9}:${(i * 977).toString(16)}::1`,
    ]).flat();
    const want = searched(ips);
    for (let round = 0; round < 2; round++) {
      for (const ip of ips) {
        expect(t.lookup(ip), ip).toEqual(want.get(ip));
        expect(t.cachedAddresses).toBeLessThanOrEqual(8);
      }
    }
    expect(t.cachedAddresses).toBe(8);
    // A remembered answer is the very same frozen object.
    expect(t.lookup('8.8.8.8')).toBe(t.lookup('8.8.8.8'));
  });

  it('rounds its size down to a power of two', () => {
    const t = loadIpTable(raw, { cacheSize: 100 });
    for (let i = 0; i < 5000; i++) t.lookup(`${1 + (i % 200)}.${i >> 3}.7.1`);
    expect(t.cachedAddresses).toBeLessThanOrEqual(64);
  });

  it('keeps a sane bound whatever size it is given', () => {
    for (const cacheSize of [0, -5, 1, Number.NaN, Number.POSITIVE_INFINITY, 2.7]) {
      const t = loadIpTable(raw, { cacheSize });
      for (let i = 0; i < 10_000; i++) t.lookup(`${1 + (i % 200)}.${i >> 8}.${i & 255}.1`);
      expect(t.cachedAddresses, String(cacheSize)).toBeLessThanOrEqual(
        Number.isFinite(cacheSize) ? Math.max(2, cacheSize) : 4096,
      );
      expect(t.lookup('8.8.8.8')).toEqual(pub('US'));
    }
  });

  it('does not remember long strings or non-strings; remembers short garbage as invalid', () => {
    const t = loadIpTable(raw, { cacheSize: 16 });
    const untyped: unknown[] = ['1'.repeat(10_000), '1'.repeat(65), 42, null, { toString: () => '8.8.8.8' }];
    for (const x of untyped) expect(Reflect.apply(t.lookup, t, [x])).toEqual({ country: null, kind: 'invalid' });
    expect(t.cachedAddresses).toBe(0);
    for (let round = 0; round < 2; round++) {
      expect(t.lookup('8.8.8')).toEqual({ country: null, kind: 'invalid' });
      expect(t.lookup('2a00::1::1')).toEqual({ country: null, kind: 'invalid' });
    }
    expect(t.cachedAddresses).toBe(2);
    // A zone id makes a long but valid address: answered, just not kept.
    const zoned = `fe80::1%${'e'.repeat(100)}`;
    expect(t.lookup(zoned)).toEqual({ country: null, kind: 'link-local' });
    expect(t.cachedAddresses).toBe(2);
  });
});

// A tiny encoder of the table format (see scripts/build-ip-table.mjs), to check the checkpointed search against a
// plain list of ranges, with strides small enough that the ranges straddle many checkpoints.
describe('checkpointed search over synthetic tables', () => {
  const CODES = ['--', 'DE', 'US', 'FR'];
  const big = (n: number): bigint => BigInt(n);
  const ZERO = big(0);
  const ONE = big(1);

  function rangeBytes(length: bigint, cc: number): number[] {
    let k = 0;
    while (((length >> big(k)) & ONE) === ZERO) k++;
    const m = length >> big(k);
    if (m === ONE) return [k, cc];
    const out = [0x80 | k];
    let v = (m - big(3)) / big(2);
    do {
      const b = Number(v & big(0x7f));
      v >>= big(7);
      out.push(v > ZERO ? b | 0x80 : b);
    } while (v > ZERO);
    out.push(cc);
    return out;
  }

  /** A stream's bytes and its checkpoints ([start, byte offset] of every stride-th range). */
  function stream(ranges: Array<[bigint, number]>, stride: number): { bytes: number[]; cps: Array<[bigint, number]> } {
    const bytes: number[] = [];
    const cps: Array<[bigint, number]> = [];
    let start = ZERO;
    ranges.forEach(([l, c], i) => {
      if (i % stride === 0) cps.push([start, bytes.length]);
      bytes.push(...rangeBytes(l, c));
      start += l;
    });
    return { bytes, cps };
  }

  function encode(v4: Array<[bigint, number]>, v6: Array<[bigint, number]>, stride: number): Uint8Array {
    const s4 = stream(v4, stride);
    const s6 = stream(v6, stride);
    const cp4At = 32 + ((2 * CODES.length + 3) & ~3);
    const cp6At = cp4At + 8 * s4.cps.length;
    const v4At = cp6At + 12 * s6.cps.length;
    const v6At = v4At + s4.bytes.length;
    const bytes = new Uint8Array((v6At + s6.bytes.length + 3) & ~3);
    bytes.set([0x43, 0x41, 0x49, 0x50]);
    const dv = new DataView(bytes.buffer);
    dv.setUint16(4, 2, true);
    dv.setUint16(6, CODES.length, true);
    dv.setUint32(8, v4.length, true);
    dv.setUint32(12, v6.length, true);
    dv.setUint32(16, s4.bytes.length, true);
    dv.setUint32(20, s6.bytes.length, true);
    dv.setUint32(28, stride, true);
    CODES.forEach((c, i) => bytes.set([c.charCodeAt(0), c.charCodeAt(1)], 32 + 2 * i));
    s4.cps.forEach(([start, at], i) => {
      dv.setUint32(cp4At + 8 * i, Number(start), true);
      dv.setUint32(cp4At + 8 * i + 4, at, true);
    });
    s6.cps.forEach(([start, at], i) => {
      dv.setUint32(cp6At + 12 * i, Number(start >> big(32)), true);
      dv.setUint32(cp6At + 12 * i + 4, Number(start & big(0xffffffff)), true);
      dv.setUint32(cp6At + 12 * i + 8, at, true);
    });
    bytes.set(s4.bytes, v4At);
    bytes.set(s6.bytes, v6At);
    let h = 0x811c9dc5;
    for (let i = 32; i < bytes.length; i += 4) h = Math.imul(h ^ dv.getUint32(i, true), 0x01000193);
    dv.setUint32(24, h >>> 0, true);
    return bytes;
  }

  /** Ranges from `offset`, padded to cover the whole space; returns them and the [start, end, cc] list. */
  function layout(
    offset: bigint,
    lengths: Array<[bigint, number]>,
    space: bigint,
  ): { ranges: Array<[bigint, number]>; list: Array<[bigint, bigint, number]> } {
    // Unknown space as power-of-two pieces: the format's mantissa is limited, a single 2^63-wide range would not fit.
    const pad = (l: bigint): Array<[bigint, number]> =>
      Array.from({ length: 65 }, (_, k): [bigint, number] => [(l >> big(k)) & ONE ? ONE << big(k) : ZERO, 0]).filter(
        ([x]) => x > ZERO,
      );
    const ranges: Array<[bigint, number]> = [...pad(offset), ...lengths];
    let used = ranges.reduce((a, [l]) => a + l, ZERO);
    if (used < space) ranges.push(...pad(space - used));
    const list: Array<[bigint, bigint, number]> = [];
    used = ZERO;
    for (const [l, c] of ranges) {
      list.push([used, used + l - ONE, c]);
      used += l;
    }
    return { ranges, list };
  }

  const ccOf = (list: Array<[bigint, bigint, number]>, x: bigint): string | null => {
    const r = list.find(([s, e]) => s <= x && x <= e);
    return r && r[2] > 0 ? (CODES[r[2]] ?? null) : null;
  };
  /** Addresses worth asking: every range's edges and the bucket edges (multiples of `bucket`) near them. */
  const probes = (list: Array<[bigint, bigint, number]>, bucket: bigint, last: bigint): bigint[] =>
    list
      .flatMap(([s, e]) => [
        s,
        e,
        s - ONE,
        e + ONE,
        (s / bucket) * bucket,
        (s / bucket + ONE) * bucket,
        (e / bucket) * bucket - ONE,
        (e / bucket) * bucket,
      ])
      .filter((x) => x >= ZERO && x <= last);

  const len4 = fc
    .oneof(
      fc.constantFrom(1, 2, 3, 255, 256, 65_535, 65_536, 65_537, 131_072, 2 ** 20 + 1),
      fc.integer({ min: 1, max: 400_000 }),
    )
    .map(big);
  const len6 = fc
    .oneof(fc.constantFrom(1, 2, 3, 65_535, 65_536, 65_537).map(big), fc.bigInt({ min: ONE, max: ONE << big(50) }))
    .map((l) => l << big(0));
  const cc = fc.integer({ min: 0, max: CODES.length - 1 });
  const strides = fc.constantFrom(1, 2, 4, 8, 128);

  it('IPv4: agrees with a linear scan of the ranges', () => {
    const V4 = ONE << big(32);
    fc.assert(
      fc.property(
        fc.integer({ min: 0x08000000, max: 0x09000000 }),
        fc.array(fc.tuple(len4, cc), { minLength: 1, maxLength: 40 }),
        strides,
        (offset, lengths, stride) => {
          const { ranges, list } = layout(big(offset), lengths, V4);
          const t = loadIpTable(encode(ranges, [[ONE << big(64), 0]], stride));
          for (const x of probes(list, big(65_536), V4 - ONE)) {
            const n = Number(x);
            const ip = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
            const got = t.lookup(ip);
            if (got.kind === 'public') expect(got.country, ip).toBe(ccOf(list, x));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('IPv6: agrees with a linear scan of the /64 ranges', () => {
    const V6 = ONE << big(64);
    const hex = (x: bigint, sh: number): string => ((x >> big(sh)) & big(0xffff)).toString(16);
    fc.assert(
      fc.property(
        fc.bigInt({ min: big(0x2a00) << big(48), max: big(0x2a01) << big(48) }),
        fc.array(fc.tuple(len6, cc), { minLength: 1, maxLength: 40 }),
        strides,
        (offset, lengths, stride) => {
          const { ranges, list } = layout(offset, lengths, V6);
          const t = loadIpTable(encode([[ONE << big(32), 0]], ranges, stride));
          for (const x of probes(list, ONE << big(48), V6 - ONE)) {
            const ip = `${hex(x, 48)}:${hex(x, 32)}:${hex(x, 16)}:${hex(x, 0)}::1`;
            const got = t.lookup(ip);
            if (got.kind === 'public') expect(got.country, ip).toBe(ccOf(list, x));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
