// The hosts one page talked to, found from a request's URL without copying or re-hashing its host: the URL scan that
// reads the host also hashes it, and a known host is confirmed by comparing it in place.
import { hostInfo } from '../url/party.ts';
import { HOST_HASH_SEED, hostHashStep, hostOfUrl, newHostSpan, scanPlainHost } from '../url/url.ts';

/** A host this page talked to: the first string seen for it (shared by all its entries) and its registrable domain. */
export interface KnownHost {
  readonly host: string;
  readonly site: string;
  /** The next host with the same hash (collisions are rare; the chain keeps them all) */
  next: KnownHost | null;
}

// Keys kept within V8's small integers (31 bits): a wider number would be boxed on every lookup.
const SMI_MASK = 0x3fffffff;

export class HostTable {
  /** Host strings, for attributing cookies.onChanged (which has no tab) */
  readonly hosts = new Set<string>();
  private readonly byHash = new Map<number, KnownHost>();
  private readonly span = newHostSpan();

  clear(): void {
    this.hosts.clear();
    this.byHash.clear();
  }

  /** The URL's host with its site; null when the URL has no host the parser can read. */
  ofUrl(url: string): KnownHost | null {
    const span = this.span;
    if (!scanPlainHost(url, span)) {
      const host = hostOfUrl(url);
      return host ? this.of(host) : null;
    }
    const start = span[0]!;
    const length = span[1]! - start;
    const hash = span[2]! & SMI_MASK;
    for (let k = this.byHash.get(hash) ?? null; k !== null; k = k.next)
      if (k.host.length === length && url.startsWith(k.host, start)) return k;
    return this.add(url.slice(start, start + length), hash);
  }

  /** The host (as the URL parser gives it) with its site. */
  of(host: string): KnownHost {
    let hash = HOST_HASH_SEED;
    for (let i = 0; i < host.length; i++) hash = hostHashStep(hash, host.charCodeAt(i));
    hash &= SMI_MASK;
    for (let k = this.byHash.get(hash) ?? null; k !== null; k = k.next) if (k.host === host) return k;
    return this.add(host, hash);
  }

  private add(host: string, hash: number): KnownHost {
    const known: KnownHost = { host, site: hostInfo(host).site, next: this.byHash.get(hash) ?? null };
    this.byHash.set(hash, known);
    this.hosts.add(host);
    return known;
  }
}
