// IP address text: parsing (IPv4, IPv6, mapped, zone ids) and the IANA special-purpose ranges, without a country table.

export type IpKind = 'public' | 'private' | 'loopback' | 'link-local' | 'reserved' | 'invalid';

export interface IpCountry {
  /** ISO 3166-1 alpha-2 registry country; null for non-public addresses and public ones the data does not cover. */
  readonly country: string | null;
  readonly kind: IpKind;
}

/** Longest sane address with brackets and a zone id. */
export const MAX_INPUT = 256;
export const FAMILY_INVALID = 0;
export const FAMILY_V4 = 4; // address in groups 6-7, groups 0-5 = ::ffff
const FAMILY_V6 = 6;

const fixed = (kind: IpKind): IpCountry => Object.freeze({ country: null, kind });
export const INVALID = fixed('invalid');
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
export function parseV4(s: string, from: number, to: number): number {
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
export function parseV6(s: string, from: number, to: number, g: Uint16Array): boolean {
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
export function parseInto(ip: unknown, g: Uint16Array): number {
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
export function familyOfV6(g: Uint16Array): number {
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
for (const [first, bits] of SPECIAL_V4_RANGES)
  SPECIAL_V4_OCTET.fill(1, first >>> 24, ((first + 2 ** (32 - bits) - 1) >>> 24) + 1);

export function specialV4(v: number): IpCountry | null {
  if (SPECIAL_V4_OCTET[v >>> 24] === 0) return null;
  for (let i = 0; i < SPECIAL_V4_KIND.length; i++) {
    if (v >= (SPECIAL_V4_FIRST[i] ?? 0) && v < (SPECIAL_V4_END[i] ?? 0)) return SPECIAL_V4_KIND[i] ?? null;
  }
  return null;
}

/** Special-purpose IPv6 ranges (RFC 6890, 4291, 3849, 9637, 4843, 7343); null for global unicast. */
export function specialV6(g: Uint16Array): IpCountry | null {
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
  if (g0 === 0x2001 && g1 >= 0x0010 && g1 < 0x0030) return RESERVED; // ORCHID 2001:10::/28 and v2 2001:20::/28
  // outside global unicast 2000::/3: multicast ff00::/8, 100::/64, unassigned
  if ((g0 & 0xe000) !== 0x2000) return RESERVED;
  return null;
}

/** Kind of an address without a table (country lookups need loadIpTable). */
export function ipKind(ip: string): IpKind {
  const family = parseInto(ip, scratch);
  if (family === FAMILY_INVALID) return 'invalid';
  const special = family === FAMILY_V4 ? specialV4((scratch[6] ?? 0) * 65536 + (scratch[7] ?? 0)) : specialV6(scratch);
  return special ? special.kind : 'public';
}
