// Registry country of an IP address from the compiled table public/data/ip-country.bin (see scripts/build-ip-table.mjs).
// The registry country is where the address block is registered, not where the machine stands (anycast, CDNs).

export type IpKind = 'public' | 'private' | 'loopback' | 'link-local' | 'reserved' | 'invalid';

export interface IpCountry {
  /** ISO 3166-1 alpha-2 registry country; null for non-public addresses and public ones the data does not cover. */
  readonly country: string | null;
  readonly kind: IpKind;
}

export interface IpTable {
  /** Memoised per address text (a page talks to few servers); results are the same as uncached. */
  lookup(ip: string): IpCountry;
  /** Country codes the table knows, sorted. */
  readonly countries: readonly string[];
  readonly ipv4Ranges: number;
  readonly ipv6Ranges: number;
  /** Addresses whose answer is remembered right now; never more than the cacheSize option. */
  readonly cachedAddresses: number;
}

export interface IpTableOptions {
  /** Addresses remembered, at most: rounded down to a power of two, 2 to 65536. Default 4096. */
  cacheSize?: number;
}

const HEADER = 28;
const MAGIC = [0x43, 0x41, 0x49, 0x50]; // 'CAIP'
const VERSION = 1;
const TWO32 = 2 ** 32;
const MAX_INPUT = 256; // longest sane address with brackets and a zone id
const MAX_CACHED = 64; // longer texts (long zone ids, garbage) are parsed each time rather than kept
const MAX_MANTISSA = 2 ** 53;
const BUCKETS = 65536;

const FAMILY_INVALID = 0;
const FAMILY_V4 = 4; // address in groups 6-7, groups 0-5 = ::ffff
const FAMILY_V6 = 6;

const fixed = (kind: IpKind): IpCountry => Object.freeze({ country: null, kind });
const INVALID = fixed('invalid');
const PRIVATE = fixed('private');
const LOOPBACK = fixed('loopback');
const LINK_LOCAL = fixed('link-local');
const RESERVED = fixed('reserved');

const ip4 = (a: number, b: number, c: number, d: number): number => ((a * 256 + b) * 256 + c) * 256 + d;

// IANA special-purpose IPv4 ranges (RFC 6890 and successors): [first address, prefix length, kind].
const SPECIAL_V4_RANGES: ReadonlyArray<readonly [number, number, IpCountry]> = [
  [ip4(0, 0, 0, 0), 8, RESERVED], // "this network"
  [ip4(10, 0, 0, 0), 8, PRIVATE],
  [ip4(100, 64, 0, 0), 10, PRIVATE], // carrier-grade NAT shared space
  [ip4(127, 0, 0, 0), 8, LOOPBACK],
  [ip4(169, 254, 0, 0), 16, LINK_LOCAL],
  [ip4(172, 16, 0, 0), 12, PRIVATE],
  [ip4(192, 0, 0, 0), 24, RESERVED], // IETF protocol assignments
  [ip4(192, 0, 2, 0), 24, RESERVED], // TEST-NET-1
  [ip4(192, 168, 0, 0), 16, PRIVATE],
  [ip4(198, 18, 0, 0), 15, RESERVED], // benchmarking
  [ip4(198, 51, 100, 0), 24, RESERVED], // TEST-NET-2
  [ip4(203, 0, 113, 0), 24, RESERVED], // TEST-NET-3
  [ip4(224, 0, 0, 0), 3, RESERVED], // multicast 224/4 and reserved 240/4 (incl. broadcast)
];

const scratch = new Uint16Array(8);

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/** Strict dotted quad (no leading zeros, which some parsers read as octal); -1 when invalid. */
function parseV4(s: string, from: number, to: number): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  let first = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 0) first = c;
      else if (first === 48) return -1;
      part = part * 10 + (c - 48);
      digits++;
      if (part > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else return -1;
  }
  if (digits === 0 || dots !== 3) return -1;
  return value * 256 + part;
}

/** RFC 4291 text forms, incl. "::" compression and a dotted IPv4 tail; fills g. */
function parseV6(s: string, from: number, to: number, g: Uint16Array): boolean {
  let n = 0;
  let gap = -1;
  let i = from;
  if (i < to && s.charCodeAt(i) === 58) {
    if (i + 1 >= to || s.charCodeAt(i + 1) !== 58) return false;
    gap = 0;
    i += 2;
  }
  while (i < to) {
    const start = i;
    let v = 0;
    while (i < to) {
      const h = hexValue(s.charCodeAt(i));
      if (h < 0) break;
      v = v * 16 + h;
      i++;
      if (i - start > 4) return false;
    }
    if (i < to && s.charCodeAt(i) === 46) {
      if (n > 6) return false;
      const v4 = parseV4(s, start, to);
      if (v4 < 0) return false;
      g[n++] = Math.floor(v4 / 65536);
      g[n++] = v4 % 65536;
      i = to;
      break;
    }
    if (i === start || n === 8) return false;
    g[n++] = v;
    if (i === to) break;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    if (i < to && s.charCodeAt(i) === 58) {
      if (gap >= 0) return false;
      gap = n;
      i++;
    } else if (i === to) return false; // trailing single colon
  }
  if (gap < 0) return n === 8;
  if (n > 7) return false;
  const shift = 8 - n;
  for (let k = n - 1; k >= gap; k--) g[k + shift] = g[k] ?? 0;
  for (let k = gap; k < gap + shift; k++) g[k] = 0;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Parses into g; IPv4 (plain, IPv4-mapped or NAT64 64:ff9b::/96) ends up as ::ffff:a.b.c.d. */
function parseInto(ip: unknown, g: Uint16Array): number {
  if (typeof ip !== 'string' || ip.length === 0 || ip.length > MAX_INPUT) return FAMILY_INVALID;
  let from = 0;
  let to = ip.length;
  while (from < to && isSpace(ip.charCodeAt(from))) from++;
  while (to > from && isSpace(ip.charCodeAt(to - 1))) to--;
  let bracketed = false;
  if (from < to && ip.charCodeAt(from) === 91) {
    if (ip.charCodeAt(to - 1) !== 93) return FAMILY_INVALID;
    from++;
    to--;
    bracketed = true;
  }
  let hasColon = false;
  let zone = -1;
  for (let i = from; i < to; i++) {
    const c = ip.charCodeAt(i);
    if (c === 58 && zone < 0) hasColon = true;
    else if (c === 37 && zone < 0) zone = i;
  }
  if (!hasColon) {
    if (bracketed || zone >= 0) return FAMILY_INVALID;
    const v4 = parseV4(ip, from, to);
    if (v4 < 0) return FAMILY_INVALID;
    g.fill(0, 0, 5);
    g[5] = 0xffff;
    g[6] = Math.floor(v4 / 65536);
    g[7] = v4 % 65536;
    return FAMILY_V4;
  }
  if (zone >= 0) {
    if (zone === to - 1) return FAMILY_INVALID; // empty zone id
    to = zone;
  }
  return parseV6(ip, from, to, g) ? familyOfV6(g) : FAMILY_INVALID;
}

/** IPv4-mapped and NAT64 addresses are IPv4 (rewritten to ::ffff:a.b.c.d in g); the rest IPv6. */
function familyOfV6(g: Uint16Array): number {
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) return FAMILY_V4;
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0) {
    g[5] = 0xffff; // RFC 6052 well-known NAT64 prefix embeds the IPv4 destination
    g[0] = 0;
    g[1] = 0;
    return FAMILY_V4;
  }
  return FAMILY_V6;
}

// The same ranges as parallel arrays of [first, end) bounds, so the check per lookup is two compares a range.
const SPECIAL_V4_FIRST = Float64Array.from(SPECIAL_V4_RANGES, (r) => r[0]);
const SPECIAL_V4_END = Float64Array.from(SPECIAL_V4_RANGES, (r) => r[0] + 2 ** (32 - r[1]));
const SPECIAL_V4_KIND: readonly IpCountry[] = SPECIAL_V4_RANGES.map((r) => r[2]);
// First octets that any special range touches: most public addresses skip the range list altogether.
const SPECIAL_V4_OCTET = new Uint8Array(256);
for (const [first, bits] of SPECIAL_V4_RANGES) SPECIAL_V4_OCTET.fill(1, first >>> 24, ((first + 2 ** (32 - bits) - 1) >>> 24) + 1);

function specialV4(v: number): IpCountry | null {
  if (SPECIAL_V4_OCTET[v >>> 24] === 0) return null;
  for (let i = 0; i < SPECIAL_V4_KIND.length; i++) {
    if (v >= (SPECIAL_V4_FIRST[i] ?? 0) && v < (SPECIAL_V4_END[i] ?? 0)) return SPECIAL_V4_KIND[i] ?? null;
  }
  return null;
}

/** Special-purpose IPv6 ranges (RFC 6890, 4291, 3849, 9637); null for global unicast. */
function specialV6(g: Uint16Array): IpCountry | null {
  const g0 = g[0] ?? 0;
  const g1 = g[1] ?? 0;
  if (g0 === 0 && g1 === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0) {
    return g[6] === 0 && g[7] === 1 ? LOOPBACK : RESERVED; // ::1; "::" and deprecated IPv4-compatible ::a.b.c.d
  }
  if ((g0 & 0xfe00) === 0xfc00) return PRIVATE; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return LINK_LOCAL;
  if (g0 === 0x2001 && g1 === 0x0db8) return RESERVED; // documentation 2001:db8::/32
  if (g0 === 0x3fff && (g1 & 0xf000) === 0) return RESERVED; // documentation 3fff::/20
  if (g0 === 0x2001 && g1 === 0x0002 && g[2] === 0) return RESERVED; // benchmarking 2001:2::/48
  if ((g0 & 0xe000) !== 0x2000) return RESERVED; // outside global unicast 2000::/3: multicast ff00::/8, 100::/64, unassigned
  return null;
}

/** Kind of an address without a table (country lookups need loadIpTable). */
export function ipKind(ip: string): IpKind {
  const family = parseInto(ip, scratch);
  if (family === FAMILY_INVALID) return 'invalid';
  const special = family === FAMILY_V4 ? specialV4((scratch[6] ?? 0) * 65536 + (scratch[7] ?? 0)) : specialV6(scratch);
  return special ? special.kind : 'public';
}

class TableError extends Error {
  constructor(detail: string) {
    super(`Invalid IP country table (ip-country.bin): ${detail}`);
    this.name = 'IpTableError';
  }
}

function fnv1a(bytes: Uint8Array, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < bytes.length; i++) {
    h ^= bytes[i] ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Reads one range record at pos: [k, mantissa, country index, next pos]. */
function readRange(bytes: Uint8Array, pos: number, end: number, out: Float64Array, family: string): number {
  if (pos >= end) throw new TableError(`${family} range stream ends early`);
  const token = bytes[pos++] ?? 0;
  let m = 1;
  if (token & 0x80) {
    let v = 0;
    let mul = 1;
    for (let n = 0; ; n++) {
      if (n === 8 || pos >= end) throw new TableError(`${family} bad length varint`);
      const b = bytes[pos++] ?? 0;
      v += (b & 0x7f) * mul;
      mul *= 128;
      if (b < 0x80) break;
    }
    m = 2 * v + 3;
    if (m >= MAX_MANTISSA) throw new TableError(`${family} length out of range`);
  }
  if (pos >= end) throw new TableError(`${family} range stream ends early`);
  out[0] = token & 0x7f;
  out[1] = m;
  out[2] = bytes[pos++] ?? 0;
  return pos;
}

/** Decodes the table; throws a descriptive Error when the buffer is not a valid v1 table. */
export function loadIpTable(buf: ArrayBuffer | ArrayBufferView, options: IpTableOptions = {}): IpTable {
  const bytes = ArrayBuffer.isView(buf) ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
  if (bytes.length < HEADER) throw new TableError(`too short (${bytes.length} bytes)`);
  if (MAGIC.some((b, i) => bytes[i] !== b)) throw new TableError('bad magic, not a Consent Auditor IP table');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint16(4, true);
  if (version !== VERSION) throw new TableError(`unsupported version ${version}`);
  const ccCount = dv.getUint16(6, true);
  const n4 = dv.getUint32(8, true);
  const n6 = dv.getUint32(12, true);
  const b4 = dv.getUint32(16, true);
  const b6 = dv.getUint32(20, true);
  if (ccCount < 1 || ccCount > 256) throw new TableError(`bad country count ${ccCount}`);
  const v4At = HEADER + 2 * ccCount;
  const v6At = v4At + b4;
  if (v6At + b6 !== bytes.length) throw new TableError(`size mismatch (header says ${v6At + b6}, buffer has ${bytes.length})`);
  if (fnv1a(bytes, HEADER) !== dv.getUint32(24, true)) throw new TableError('checksum mismatch');

  const codes: string[] = [];
  for (let i = 0; i < ccCount; i++) {
    const code = String.fromCharCode(bytes[HEADER + 2 * i] ?? 0, bytes[HEADER + 2 * i + 1] ?? 0);
    if (i === 0 ? code !== '--' : !/^[A-Z]{2}$/.test(code)) throw new TableError(`bad country code at ${i}`);
    codes.push(code);
  }
  const results = codes.map((code, i): IpCountry => Object.freeze<IpCountry>({ country: i === 0 ? null : code, kind: 'public' }));
  const rec = new Float64Array(3);

  // Ranges are consecutive lengths; starts are their running sums over the whole space.
  const starts4 = new Uint32Array(n4);
  const cc4 = new Uint8Array(n4);
  let pos = v4At;
  let cursor = 0;
  for (let i = 0; i < n4; i++) {
    pos = readRange(bytes, pos, v6At, rec, 'IPv4');
    const k = rec[0] ?? 0;
    const len = (rec[1] ?? 1) * 2 ** k;
    if (k > 32 || cursor + len > TWO32) throw new TableError('IPv4 ranges overflow the address space');
    if ((rec[2] ?? 0) >= ccCount) throw new TableError('IPv4 country index out of range');
    starts4[i] = cursor;
    cc4[i] = rec[2] ?? 0;
    cursor += len;
  }
  if (cursor !== TWO32 || pos !== v6At) throw new TableError('IPv4 ranges do not cover the address space');

  const hi6 = new Uint32Array(n6);
  const lo6 = new Uint32Array(n6);
  const cc6 = new Uint8Array(n6);
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < n6; i++) {
    if (hi >= TWO32) throw new TableError('IPv6 ranges overflow the address space');
    pos = readRange(bytes, pos, bytes.length, rec, 'IPv6');
    const k = rec[0] ?? 0;
    const m = rec[1] ?? 1;
    if (k > 64 || (rec[2] ?? 0) >= ccCount) throw new TableError('bad IPv6 range');
    hi6[i] = hi;
    lo6[i] = lo;
    cc6[i] = rec[2] ?? 0;
    // Adds m * 2^k to the 64-bit (hi, lo) cursor without losing precision.
    if (k >= 32) hi += m * 2 ** (k - 32);
    else {
      const unit = 2 ** (32 - k);
      lo += (m % unit) * 2 ** k;
      hi += Math.floor(m / unit);
      if (lo >= TWO32) {
        lo -= TWO32;
        hi += 1;
      }
    }
    if (hi > TWO32 || (hi === TWO32 && lo !== 0)) throw new TableError('IPv6 ranges overflow the address space');
  }
  if (hi !== TWO32 || lo !== 0 || pos !== bytes.length) throw new TableError('IPv6 ranges do not cover the address space');

  // Bucket index by the top 16 bits: entry h is the range holding the bucket's first address, so a lookup
  // binary-searches a handful of ranges instead of the whole table (fewer cache misses on a 1 MB array).
  const bucket4 = new Uint32Array(BUCKETS + 1);
  const bucket6 = new Uint32Array(BUCKETS + 1);
  for (let h = 0, a = 0; h < BUCKETS; h++) {
    while (a + 1 < n4 && (starts4[a + 1] ?? 0) <= h * 65536) a++;
    bucket4[h] = a;
  }
  bucket4[BUCKETS] = n4 - 1;
  for (let h = 0, a = 0; h < BUCKETS; h++) {
    while (a + 1 < n6 && (hi6[a + 1] ?? 0) <= h * 65536 && ((hi6[a + 1] ?? 0) < h * 65536 || (lo6[a + 1] ?? 0) === 0)) a++;
    bucket6[h] = a;
  }
  bucket6[BUCKETS] = n6 - 1;

  const g = new Uint16Array(8);
  /** Country index of the range holding v. */
  const searchV4 = (v: number): number => {
    const h = v >>> 16;
    let a = bucket4[h] ?? 0;
    let b = bucket4[h + 1] ?? n4 - 1;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if ((starts4[mid] ?? 0) <= v) a = mid;
      else b = mid - 1;
    }
    return cc4[a] ?? 0;
  };
  /** Country index of the range holding the /64 (h, l). */
  const searchV6 = (h: number, l: number): number => {
    const top = h >>> 16;
    let a = bucket6[top] ?? 0;
    let b = bucket6[top + 1] ?? n6 - 1;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      const mh = hi6[mid] ?? 0;
      if (mh < h || (mh === h && (lo6[mid] ?? 0) <= l)) a = mid;
      else b = mid - 1;
    }
    return cc6[a] ?? 0;
  };

  const publicV4 = (v: number): IpCountry => results[searchV4(v)] ?? INVALID;
  const publicV6 = (h: number, l: number): IpCountry => results[searchV6(h, l)] ?? INVALID;
  const uncached = (ip: string): IpCountry => {
    // Plain dotted quads (most servers) skip the general parser; anything else fails here within a few characters.
    const quad = parseV4(ip, 0, ip.length);
    if (quad >= 0) return specialV4(quad) ?? publicV4(quad);
    // Bare IPv6 text (no brackets, zone or spaces) is read in one pass; the general parser handles the rest.
    const family = parseV6(ip, 0, ip.length, g) ? familyOfV6(g) : parseInto(ip, g);
    if (family === FAMILY_INVALID) return INVALID;
    if (family === FAMILY_V4) {
      const v = (g[6] ?? 0) * 65536 + (g[7] ?? 0);
      return specialV4(v) ?? publicV4(v);
    }
    return specialV6(g) ?? publicV6((g[0] ?? 0) * 65536 + (g[1] ?? 0), (g[2] ?? 0) * 65536 + (g[3] ?? 0));
  };

  // Answers are remembered per address text in a direct-mapped cache: a slot from a hash of the characters, checked
  // against the text stored there. A hit costs one pass over a short string, whether or not the string object is new
  // (webRequest hands a fresh one each time); a new address overwrites whatever shared its slot, so the size is fixed.
  const bits = cacheBits(options.cacheSize);
  const shift = 32 - bits;
  const keys: Array<string | undefined> = new Array<string | undefined>(2 ** bits).fill(undefined);
  const answers: IpCountry[] = new Array<IpCountry>(2 ** bits).fill(INVALID);
  let filled = 0;

  return {
    countries: codes.slice(1),
    ipv4Ranges: n4,
    ipv6Ranges: n6,
    get cachedAddresses(): number {
      return filled;
    },
    lookup(ip: string): IpCountry {
      if (typeof ip !== 'string' || ip.length > MAX_INPUT) return INVALID;
      // Long texts (a long zone id, garbage) are parsed each time, so the cache keeps only short strings.
      if (ip.length > MAX_CACHED) return uncached(ip);
      let h = 0x811c9dc5;
      for (let i = 0; i < ip.length; i++) h = Math.imul(h ^ ip.charCodeAt(i), 0x01000193);
      const slot = Math.imul(h, 0x9e3779b1) >>> shift;
      if (keys[slot] === ip) return answers[slot] ?? INVALID;
      const answer = uncached(ip);
      if (keys[slot] === undefined) filled++;
      keys[slot] = ip;
      answers[slot] = answer;
      return answer;
    },
  };
}

/** log2 of the cache slots: the largest power of two within the wanted size, 2 to 65536 slots. */
function cacheBits(size: number | undefined): number {
  const wanted = size !== undefined && Number.isFinite(size) ? size : 4096;
  let bits = 1;
  while (bits < 16 && 2 ** (bits + 1) <= wanted) bits++;
  return bits;
}
