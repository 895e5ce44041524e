#!/usr/bin/env node
// Compiles @ip-location-db/geo-whois-asn-country (CSV, numeric ranges) into public/data/ip-country.bin.
// Format v2, little-endian (decoder: utils/knowledge/ip-country.ts):
//   0  'CAIP' magic        4  u16 version=2        6  u16 country count (index 0 = unknown)
//   8  u32 IPv4 ranges    12  u32 IPv6 ranges     16  u32 IPv4 stream bytes   20  u32 IPv6 stream bytes
//  24  u32 checksum of everything after the header (FNV-1a style, one step per little-endian u32 word)
//  28  u32 stride S (ranges per checkpoint, a power of two)
//  32  country codes, 2 ASCII bytes each, zero-padded to a multiple of 4;
//      IPv4 checkpoints: ceil(n4 / S) x (u32 start, u32 byte offset in the IPv4 stream);
//      IPv6 checkpoints: ceil(n6 / S) x (u32 /64 high word, u32 low word, u32 byte offset in the IPv6 stream);
//      the IPv4 stream; the IPv6 stream; zero padding to a multiple of 4.
// Each stream partitions its whole space (2^32 addresses; 2^64 /64-prefixes) into consecutive ranges.
// A range is: token byte (bits 0-6 = k, bit 7 = odd mantissa follows) [LEB128 v] country byte,
// its length being 2^k, or (2v+3) * 2^k with the mantissa. Starts are the running sums.
// Checkpoint i is the start and position of range i * S, so a lookup decodes at most S ranges (no full decode at load).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = '@ip-location-db/geo-whois-asn-country';
const require = createRequire(join(root, 'package.json'));
const pkgDir = dirname(require.resolve(`${PKG}/package.json`));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const outDir = join(root, 'public', 'data');
const HEADER = 32;
const STRIDE = 64;
const MAX_MANTISSA = 2n ** 53n; // the decoder sums with doubles

const t0 = Date.now();

/** CSV rows "start,end,CC" (inclusive, numeric, sorted by start; nested rows refine outer ones). */
function readRows(file) {
  const rows = [];
  for (const line of readFileSync(join(pkgDir, file), 'utf8').split('\n')) {
    if (line === '') continue;
    const [s, e, cc] = line.split(',');
    if (s === undefined || e === undefined || cc === undefined || !/^[A-Z]{2}$/.test(cc))
      throw new Error(`${file}: bad row ${line}`);
    rows.push({ start: BigInt(s), end: BigInt(e), cc });
  }
  return rows;
}

/** Flattens possibly nested/overlapping rows into a full partition of [0, size): the later row wins where rows overlap. */
function flatten(rows, size) {
  const out = []; // { start, cc } boundaries, cc null = unknown
  const emit = (start, cc) => {
    const last = out[out.length - 1];
    if (last && last.cc === cc) return; // merge neighbours of the same country
    out.push({ start, cc });
  };
  const stack = [];
  let cursor = 0n;
  const advanceTo = (x) => {
    while (cursor < x) {
      while (stack.length > 0 && stack[stack.length - 1].end < cursor) stack.pop();
      const top = stack[stack.length - 1];
      if (!top) {
        emit(cursor, null);
        cursor = x;
      } else {
        emit(cursor, top.cc);
        cursor = top.end + 1n < x ? top.end + 1n : x;
      }
    }
  };
  for (const r of rows) {
    if (r.start < cursor) throw new Error('rows not sorted by start');
    advanceTo(r.start);
    stack.push(r);
  }
  advanceTo(size);
  return out;
}

/** Coarsens a 128-bit partition to /64 blocks: each block takes the country of its first address. */
function toPrefix64(bounds) {
  const out = [];
  for (const b of bounds) {
    const p = (b.start + (1n << 64n) - 1n) >> 64n; // ceil: the first block whose first address lies in b
    while (out.length > 0 && out[out.length - 1].start >= p) out.pop();
    const prev = out[out.length - 1];
    if (!prev || prev.cc !== b.cc) out.push({ start: p, cc: b.cc });
  }
  return out;
}

function varint(bytes, v) {
  while (v >= 0x80n) {
    bytes.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  bytes.push(Number(v));
}

/** Splits a length into encodable pieces, largest power of two first. */
function pieces(len) {
  const out = [];
  let rest = len;
  for (;;) {
    let k = 0n;
    while (((rest >> k) & 1n) === 0n) k++;
    const m = rest >> k;
    if (m < MAX_MANTISSA) {
      out.push([k, m]);
      return out;
    }
    const top = BigInt(rest.toString(2).length - 1);
    out.push([top, 1n]);
    rest -= 1n << top;
  }
}

function encode(bounds, size, ccIndex) {
  const bytes = [];
  const checkpoints = []; // [start, byte offset] of every STRIDE-th range
  let count = 0;
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i];
    const next = i + 1 < bounds.length ? bounds[i + 1].start : size;
    const idx = b.cc === null ? 0 : ccIndex.get(b.cc);
    let start = b.start;
    for (const [k, m] of pieces(next - b.start)) {
      if (count % STRIDE === 0) checkpoints.push([start, bytes.length]);
      if (m === 1n) bytes.push(Number(k));
      else {
        bytes.push(Number(k) | 0x80);
        varint(bytes, (m - 3n) / 2n);
      }
      bytes.push(idx);
      count++;
      start += m << k;
    }
  }
  return { bytes: Uint8Array.from(bytes), count, checkpoints };
}

/** FNV-1a's step over little-endian u32 words (buf's length is a multiple of 4). */
function checksum(buf) {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let h = 0x811c9dc5;
  for (let i = 0; i < buf.length; i += 4) h = Math.imul(h ^ dv.getUint32(i, true), 0x01000193);
  return h >>> 0;
}

const v4 = flatten(readRows('geo-whois-asn-country-ipv4-num.csv'), 1n << 32n);
const v6 = toPrefix64(flatten(readRows('geo-whois-asn-country-ipv6-num.csv'), 1n << 128n));
const codes = [...new Set([...v4, ...v6].map((b) => b.cc).filter((cc) => cc !== null))].sort();
if (codes.length > 255) throw new Error('too many country codes for a byte index');
const ccIndex = new Map(codes.map((cc, i) => [cc, i + 1]));
const s4 = encode(v4, 1n << 32n, ccIndex);
const s6 = encode(v6, 1n << 64n, ccIndex);

const pad4 = (n) => (n + 3) & ~3;
const codeBytes = ['--', ...codes].flatMap((cc) => [cc.charCodeAt(0), cc.charCodeAt(1)]);
const cp4At = pad4(codeBytes.length);
const cp6At = cp4At + 8 * s4.checkpoints.length;
const v4At = cp6At + 12 * s6.checkpoints.length;
const v6At = v4At + s4.bytes.length;
const body = new Uint8Array(pad4(v6At + s6.bytes.length));
const bv = new DataView(body.buffer);
body.set(codeBytes, 0);
s4.checkpoints.forEach(([start, at], i) => {
  bv.setUint32(cp4At + 8 * i, Number(start), true);
  bv.setUint32(cp4At + 8 * i + 4, at, true);
});
s6.checkpoints.forEach(([start, at], i) => {
  bv.setUint32(cp6At + 12 * i, Number(start >> 32n), true);
  bv.setUint32(cp6At + 12 * i + 4, Number(start & 0xffffffffn), true);
  bv.setUint32(cp6At + 12 * i + 8, at, true);
});
body.set(s4.bytes, v4At);
body.set(s6.bytes, v6At);
const file = new Uint8Array(HEADER + body.length);
const dv = new DataView(file.buffer);
file.set([0x43, 0x41, 0x49, 0x50], 0);
dv.setUint16(4, 2, true);
dv.setUint16(6, codes.length + 1, true);
dv.setUint32(8, s4.count, true);
dv.setUint32(12, s6.count, true);
dv.setUint32(16, s4.bytes.length, true);
dv.setUint32(20, s6.bytes.length, true);
dv.setUint32(24, checksum(body), true);
dv.setUint32(28, STRIDE, true);
file.set(body, HEADER);

// The package version encodes the data date: 2.3.YYYYMMDDHH.
const stamp = /^\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d{2}$/.exec(pkg.version);
const epoch = process.env.SOURCE_DATE_EPOCH;
const meta = {
  source: {
    package: pkg.name,
    version: pkg.version,
    dataDate: stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}` : null,
    repository: 'https://github.com/sapics/ip-location-db',
  },
  licence: {
    package: pkg.license,
    data: 'CC BY 4.0',
    attribution:
      'Registry data (WHOIS, ASN) by the Number Resource Organization (NRO), https://www.nro.net/, licensed under CC BY 4.0; compiled by ip-location-db.',
  },
  built: new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10),
  format: { name: 'CAIP', version: 2, ipv6Granularity: '/64', rangesPerCheckpoint: STRIDE },
  counts: { countries: codes.length, ipv4Ranges: s4.count, ipv6Ranges: s6.count },
  bytes: file.length,
  sha256: createHash('sha256').update(file).digest('hex'),
};

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'ip-country.bin'), file);
writeFileSync(join(outDir, 'ip-country.meta.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(
  `ip-country.bin: ${file.length} bytes (${(file.length / 1024 / 1024).toFixed(2)} MiB); ` +
    `${codes.length} countries, ${s4.count} IPv4 ranges (${s4.bytes.length} B), ${s6.count} IPv6 /64 ranges (${s6.bytes.length} B); ${Date.now() - t0} ms`,
);
