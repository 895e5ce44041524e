// Registry country of an IP address from the compiled table
// public/data/ip-country.bin (see scripts/build-ip-table.mjs).
// The registry country is where the address block is registered, not where the machine stands (anycast, CDNs).
import {
  FAMILY_INVALID,
  FAMILY_V4,
  INVALID,
  MAX_INPUT,
  familyOfV6,
  parseInto,
  parseV4,
  parseV6,
  specialV4,
  specialV6,
  type IpCountry,
} from './ip-address.ts';

export type { IpCountry, IpKind } from './ip-address.ts';

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
const MAX_CACHED = 64; // longer texts (long zone ids, garbage) are parsed each time rather than kept
const MAX_MANTISSA = 2 ** 53;
const BUCKETS = 65536;

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
  const bytes = ArrayBuffer.isView(buf)
    ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    : new Uint8Array(buf);
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
  if (v6At + b6 !== bytes.length)
    throw new TableError(`size mismatch (header says ${v6At + b6}, buffer has ${bytes.length})`);
  if (fnv1a(bytes, HEADER) !== dv.getUint32(24, true)) throw new TableError('checksum mismatch');

  const codes: string[] = [];
  for (let i = 0; i < ccCount; i++) {
    const code = String.fromCharCode(bytes[HEADER + 2 * i] ?? 0, bytes[HEADER + 2 * i + 1] ?? 0);
    if (i === 0 ? code !== '--' : !/^[A-Z]{2}$/.test(code)) throw new TableError(`bad country code at ${i}`);
    codes.push(code);
  }
  const results = codes.map((code, i): IpCountry =>
    Object.freeze<IpCountry>({ country: i === 0 ? null : code, kind: 'public' }),
  );
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
  if (hi !== TWO32 || lo !== 0 || pos !== bytes.length)
    throw new TableError('IPv6 ranges do not cover the address space');

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
    while (a + 1 < n6 && (hi6[a + 1] ?? 0) <= h * 65536 && ((hi6[a + 1] ?? 0) < h * 65536 || (lo6[a + 1] ?? 0) === 0))
      a++;
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
