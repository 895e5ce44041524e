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
  /** Decodes and checks every block not yet checked (tests, tools); throws like loadIpTable on a bad one. */
  verify(): void;
}

export interface IpTableOptions {
  /** Addresses remembered, at most: rounded down to a power of two, 2 to 65536. Default 4096. */
  cacheSize?: number;
}

const HEADER = 32;
const MAGIC = [0x43, 0x41, 0x49, 0x50]; // 'CAIP'
const VERSION = 2;
const TWO32 = 2 ** 32;
const MAX_CACHED = 64; // longer texts (long zone ids, garbage) are parsed each time rather than kept
const MAX_MANTISSA = 2 ** 53;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

class TableError extends Error {
  constructor(detail: string) {
    super(`Invalid IP country table (ip-country.bin): ${detail}`);
    this.name = 'IpTableError';
  }
}

/** `count` little-endian u32 words at `at`: a view of the bytes when aligned, else a copy. */
function words(bytes: Uint8Array, at: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0)
    return new Uint32Array(bytes.buffer, bytes.byteOffset + at, count);
  const out = new Uint32Array(count);
  const dv = new DataView(bytes.buffer, bytes.byteOffset + at, 4 * count);
  for (let i = 0; i < count; i++) out[i] = dv.getUint32(4 * i, true);
  return out;
}

/** FNV-1a's step over the little-endian u32 words after the header (the build pads the body to whole words). */
function checksum(body: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ (body[i] ?? 0), 0x01000193);
  return h >>> 0;
}

/** 2^k for the range lengths' exponents (k <= 64), without Math.pow in cold code. */
const POW2 = Float64Array.from({ length: 65 }, (_, k) => 2 ** k);

/**
 * The odd mantissa 2v+3 of a range whose token has bit 7 set, from the LEB128 v at pos (the caller then skips the
 * varint's bytes: every one but the last has bit 7 set).
 */
function mantissa(bytes: Uint8Array, pos: number, end: number, family: string): number {
  let v = 0;
  let mul = 1;
  for (let n = 0; ; n++) {
    if (n === 8 || pos >= end) throw new TableError(`${family} bad length varint`);
    const b = bytes[pos++] ?? 0;
    v += (b & 0x7f) * mul;
    mul *= 128;
    if (b < 0x80) break;
  }
  const m = 2 * v + 3;
  if (m >= MAX_MANTISSA) throw new TableError(`${family} length out of range`);
  return m;
}

/**
 * Opens the table; throws a descriptive Error when the buffer is not a valid v2 table. Nothing is decoded up front:
 * the header, checksum and checkpoints are checked here, and the ranges of a checkpoint's block (at most `stride`) are
 * decoded and checked against the next checkpoint the first time a lookup lands in it (a block that does not add up
 * throws then; `verify()` checks them all). The checksum makes that a build bug, not a run-time event.
 */
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
  const stride = dv.getUint32(28, true);
  if (ccCount < 1 || ccCount > 256) throw new TableError(`bad country count ${ccCount}`);
  if (stride < 1 || stride > 65536 || (stride & (stride - 1)) !== 0) throw new TableError(`bad stride ${stride}`);
  if (n4 < 1 || n6 < 1) throw new TableError('no ranges');
  const c4 = Math.ceil(n4 / stride);
  const c6 = Math.ceil(n6 / stride);
  const cp4At = HEADER + ((2 * ccCount + 3) & ~3);
  const cp6At = cp4At + 8 * c4;
  const v4At = cp6At + 12 * c6;
  const v6At = v4At + b4;
  const endAt = v6At + b6;
  const size = (endAt + 3) & ~3;
  if (size !== bytes.length) throw new TableError(`size mismatch (header says ${size}, buffer has ${bytes.length})`);
  if (checksum(words(bytes, HEADER, (size - HEADER) / 4)) !== dv.getUint32(24, true))
    throw new TableError('checksum mismatch');

  const codes: string[] = [];
  for (let i = 0; i < ccCount; i++) {
    const code = String.fromCharCode(bytes[HEADER + 2 * i] ?? 0, bytes[HEADER + 2 * i + 1] ?? 0);
    if (i === 0 ? code !== '--' : !/^[A-Z]{2}$/.test(code)) throw new TableError(`bad country code at ${i}`);
    codes.push(code);
  }
  const results = codes.map((code, i): IpCountry =>
    Object.freeze<IpCountry>({ country: i === 0 ? null : code, kind: 'public' }),
  );

  // Checkpoints, in place: IPv4 (start, offset) pairs, IPv6 (high, low, offset) triples. Each block starts after the
  // one before it, both in the space and in the stream (every range is at least one address and two bytes).
  const cp4 = words(bytes, cp4At, 2 * c4);
  const cp6 = words(bytes, cp6At, 3 * c6);
  for (let i = 0; i < c4; i++) {
    const start = cp4[2 * i] ?? 0;
    const at = cp4[2 * i + 1] ?? 0;
    if (i === 0 ? start !== 0 || at !== 0 : start <= (cp4[2 * i - 2] ?? 0) || at <= (cp4[2 * i - 1] ?? 0) || at >= b4)
      throw new TableError('bad IPv4 checkpoint');
  }
  for (let i = 0; i < c6; i++) {
    const hi = cp6[3 * i] ?? 0;
    const lo = cp6[3 * i + 1] ?? 0;
    const at = cp6[3 * i + 2] ?? 0;
    const ph = cp6[3 * i - 3] ?? 0;
    if (
      i === 0
        ? hi !== 0 || lo !== 0 || at !== 0
        : hi < ph || (hi === ph && lo <= (cp6[3 * i - 2] ?? 0)) || at <= (cp6[3 * i - 1] ?? 0) || at >= b6
    )
      throw new TableError('bad IPv6 checkpoint');
  }

  // Blocks whose ranges have been decoded once and found to add up to the next checkpoint.
  const checked4 = new Uint8Array(c4);
  const checked6 = new Uint8Array(c6);

  /**
   * Country index of the IPv4 range holding v, from block i: stops at that range once the block is known good,
   * decodes the whole block (and checks it) the first time.
   */
  const scanV4 = (i: number, v: number): number => {
    const full = checked4[i] === 0;
    const count = Math.min(stride, n4 - i * stride);
    const end = i + 1 < c4 ? v4At + (cp4[2 * i + 3] ?? 0) : v6At;
    const next = i + 1 < c4 ? (cp4[2 * i + 2] ?? 0) : TWO32;
    let pos = v4At + (cp4[2 * i + 1] ?? 0);
    let cursor = cp4[2 * i] ?? 0;
    let found = -1;
    for (let r = 0; r < count; r++) {
      // A range: token (k, mantissa flag), [varint], country index.
      if (pos + 1 >= end) throw new TableError('IPv4 range stream ends early');
      const token = bytes[pos++] ?? 0;
      let m = 1;
      if (token >= 0x80) {
        m = mantissa(bytes, pos, end, 'IPv4');
        while ((bytes[pos] ?? 0) >= 0x80) pos++;
        pos++;
        if (pos >= end) throw new TableError('IPv4 range stream ends early');
      }
      const k = token & 0x7f;
      if (k > 32) throw new TableError('IPv4 ranges overflow the address space');
      cursor += m * (POW2[k] ?? 0);
      const cc = bytes[pos++] ?? 0;
      if (cc >= ccCount) throw new TableError('IPv4 country index out of range');
      if (found < 0 && v < cursor) {
        found = cc;
        if (!full) return found;
      }
    }
    if (cursor !== next || pos !== end) throw new TableError('IPv4 ranges do not add up to the next checkpoint');
    checked4[i] = 1;
    if (found < 0) throw new TableError('IPv4 ranges do not cover the address space');
    return found;
  };

  /** Country index of the IPv6 range holding the /64 (h, l), from block i (see scanV4). */
  const scanV6 = (i: number, h: number, l: number): number => {
    const full = checked6[i] === 0;
    const count = Math.min(stride, n6 - i * stride);
    const last = i + 1 >= c6;
    const end = last ? endAt : v6At + (cp6[3 * i + 5] ?? 0);
    const nextHi = last ? TWO32 : (cp6[3 * i + 3] ?? 0);
    const nextLo = last ? 0 : (cp6[3 * i + 4] ?? 0);
    let pos = v6At + (cp6[3 * i + 2] ?? 0);
    let hi = cp6[3 * i] ?? 0;
    let lo = cp6[3 * i + 1] ?? 0;
    let found = -1;
    for (let r = 0; r < count; r++) {
      if (pos + 1 >= end) throw new TableError('IPv6 range stream ends early');
      const token = bytes[pos++] ?? 0;
      let m = 1;
      if (token >= 0x80) {
        m = mantissa(bytes, pos, end, 'IPv6');
        while ((bytes[pos] ?? 0) >= 0x80) pos++;
        pos++;
        if (pos >= end) throw new TableError('IPv6 range stream ends early');
      }
      const k = token & 0x7f;
      const cc = bytes[pos++] ?? 0;
      if (k > 64 || cc >= ccCount) throw new TableError('bad IPv6 range');
      // Adds m * 2^k to the 64-bit (hi, lo) cursor without losing precision.
      if (k >= 32) hi += m * (POW2[k - 32] ?? 0);
      else {
        const unit = POW2[32 - k] ?? 0;
        lo += (m % unit) * (POW2[k] ?? 0);
        hi += Math.floor(m / unit);
        if (lo >= TWO32) {
          lo -= TWO32;
          hi += 1;
        }
      }
      if (hi > TWO32 || (hi === TWO32 && lo !== 0)) throw new TableError('IPv6 ranges overflow the address space');
      if (found < 0 && (h < hi || (h === hi && l < lo))) {
        found = cc;
        if (!full) return found;
      }
    }
    if (hi !== nextHi || lo !== nextLo || pos !== end)
      throw new TableError('IPv6 ranges do not add up to the next checkpoint');
    checked6[i] = 1;
    if (found < 0) throw new TableError('IPv6 ranges do not cover the address space');
    return found;
  };

  const g = new Uint16Array(8);
  /** Country index of the range holding v: the last checkpoint at or below v, then its block. */
  const searchV4 = (v: number): number => {
    let a = 0;
    let b = c4 - 1;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if ((cp4[2 * mid] ?? 0) <= v) a = mid;
      else b = mid - 1;
    }
    return scanV4(a, v);
  };
  /** Country index of the range holding the /64 (h, l). */
  const searchV6 = (h: number, l: number): number => {
    let a = 0;
    let b = c6 - 1;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      const mh = cp6[3 * mid] ?? 0;
      if (mh < h || (mh === h && (cp6[3 * mid + 1] ?? 0) <= l)) a = mid;
      else b = mid - 1;
    }
    return scanV6(a, h, l);
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
    verify(): void {
      for (let i = 0; i < c4; i++) if (checked4[i] === 0) scanV4(i, cp4[2 * i] ?? 0);
      for (let i = 0; i < c6; i++) if (checked6[i] === 0) scanV6(i, cp6[3 * i] ?? 0, cp6[3 * i + 1] ?? 0);
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
