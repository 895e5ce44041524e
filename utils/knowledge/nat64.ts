// An IPv6-only network's own NAT64 prefix (RFC 6052, found by RFC 7050's ipv4only.arpa question): a server behind it
// shows an address in the operator's block, whose registry country is the operator's, not the server's. The table
// unpacks only the well-known 64:ff9b::/96; this unpacks the network's prefixes and looks up the IPv4 server inside.
import { FAMILY_INVALID, FAMILY_V4, parseInto, type IpCountry } from './ip-address.ts';

/** Where RFC 6052 puts the IPv4 address's four bytes for each prefix length (byte 8, the "u" octet, is skipped). */
const V4_BYTES: Readonly<Record<number, readonly number[]>> = {
  32: [4, 5, 6, 7],
  40: [5, 6, 7, 9],
  48: [6, 7, 9, 10],
  56: [7, 9, 10, 11],
  64: [9, 10, 11, 12],
  96: [12, 13, 14, 15],
};

/** ipv4only.arpa's two IPv4 addresses (RFC 7050), which the network's DNS64 embeds in its AAAA answers. */
const WELL_KNOWN_V4 = new Set(['192.0.0.170', '192.0.0.171']);

export interface Nat64Prefix {
  /** Prefix length in bits: 32, 40, 48, 56, 64 or 96. */
  bits: number;
  /** The address's 16 bytes, of which the first `bits / 8` are the prefix. */
  bytes: Uint8Array;
}

function bytesOf(ip: string): Uint8Array | null {
  const g = new Uint16Array(8);
  // IPv4 and IPv4-mapped texts are not synthesised IPv6 addresses.
  const family = parseInto(ip, g);
  if (family === FAMILY_INVALID || family === FAMILY_V4) return null;
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    out[2 * i] = (g[i] ?? 0) >> 8;
    out[2 * i + 1] = (g[i] ?? 0) & 0xff;
  }
  return out;
}

function v4At(bytes: Uint8Array, bits: number): string {
  return (V4_BYTES[bits] ?? []).map((i) => bytes[i] ?? 0).join('.');
}

/** The NAT64 prefixes the AAAA answers for ipv4only.arpa reveal (each once); [] for a network without DNS64. */
export function nat64Prefixes(answers: readonly string[]): Nat64Prefix[] {
  const out: Nat64Prefix[] = [];
  for (const a of answers) {
    const bytes = bytesOf(a);
    if (!bytes) continue;
    // The longest length that holds a well-known address wins (a /96's tail could read as one only by chance).
    const bits = [96, 64, 56, 48, 40, 32].find(
      (b) => WELL_KNOWN_V4.has(v4At(bytes, b)) && (b === 96 || bytes[8] === 0),
    );
    if (bits === undefined) continue;
    if (out.some((p) => p.bits === bits && samePrefix(p.bytes, bytes, bits))) continue;
    out.push({ bits, bytes });
  }
  return out;
}

function samePrefix(a: Uint8Array, b: Uint8Array, bits: number): boolean {
  for (let i = 0; i < bits / 8; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The IPv4 server an address of one of `prefixes` stands for; null when it is in none. */
export function nat64Server(ip: string, prefixes: readonly Nat64Prefix[]): string | null {
  if (prefixes.length === 0 || typeof ip !== 'string' || !ip.includes(':')) return null;
  const bytes = bytesOf(ip);
  if (!bytes) return null;
  const p = prefixes.find((x) => samePrefix(x.bytes, bytes, x.bits));
  return p ? v4At(bytes, p.bits) : null;
}

/** `lookup` that answers for an address inside the network's NAT64 prefixes with the IPv4 server's place. */
export function withNat64(
  lookup: (ip: string) => IpCountry,
  prefixes: readonly Nat64Prefix[],
): (ip: string) => IpCountry {
  if (prefixes.length === 0) return lookup;
  return (ip) => {
    const v4 = nat64Server(ip, prefixes);
    return lookup(v4 ?? ip);
  };
}
