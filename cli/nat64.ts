// The network's NAT64 prefixes (RFC 7050: the AAAA answers for ipv4only.arpa), asked once per scan with Node's
// resolver, so that a server reached through the network's own NAT64 is located by its IPv4 address.
import { Resolver } from 'node:dns/promises';
import { nat64Prefixes, type Nat64Prefix } from '../utils/knowledge/nat64.ts';

export interface Aaaa {
  resolve6(host: string): Promise<string[]>;
}

/** `servers` (host:port) replace the system's, as for the CNAME lookups; no answer (no DNS64) is no prefix. */
export function nat64Resolver(servers?: readonly string[], timeoutMs = 1500): Aaaa {
  const r = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (servers && servers.length > 0) r.setServers([...servers]);
  return r;
}

export async function discoverNat64(dns: Aaaa): Promise<Nat64Prefix[]> {
  try {
    return nat64Prefixes(await dns.resolve6('ipv4only.arpa'));
  } catch {
    return [];
  }
}

/** The recording note of a scan behind such prefixes. */
export function nat64Note(prefixes: readonly Nat64Prefix[]): string | null {
  if (prefixes.length === 0) return null;
  const text = prefixes.map((p) => `${prefixText(p)}/${p.bits}`).join(', ');
  return `NAT64: this network translates to IPv4 through ${text}; an address in it is located by the IPv4 server it stands for`;
}

function prefixText(p: Nat64Prefix): string {
  const groups: string[] = [];
  for (let i = 0; i < p.bits / 8; i += 2) groups.push((((p.bytes[i] ?? 0) << 8) | (p.bytes[i + 1] ?? 0)).toString(16));
  return `${groups.join(':')}::`;
}
