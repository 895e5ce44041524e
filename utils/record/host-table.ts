// The page's host table: a request URL's host -> the page's one entry for that host, found without slicing the host
// out of the URL. A Map needs the host as a string: a fresh slice per request, hashed by V8 and compared, which was
// the largest single cost of recording a request.
import type { Party } from '../url/party.ts';
import { hostHash, hostOfUrl, plainHostSpan, type HostSpan } from '../url/url.ts';

/** A host this page talked to: the first string seen for it (shared by all its entries) and its registrable domain. */
export interface KnownHost {
  host: string;
  site: string;
  /** The page site `party` was last worked out for (a redirect of the page moves it), and the host's party there. */
  partyOf: string | undefined;
  party: Party;
}

const span: HostSpan = { start: 0, end: 0, hash: 0 };
const SIZE = 64;

/**
 * A copy of `s` that is one flat string: a slice of a URL is a view on it, and every comparison with it would go
 * through the URL. (Hosts are ASCII, so the round trip is exact.)
 */
const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * Open addressing over `hostHash`, keyed by the host's text (compared in full on every hit, so a hash collision only
 * costs a probe): the same answers as a Map by host string. Hashes, keys and entries sit in parallel arrays, so a
 * probe reads the hash array and, on a hit, one flat key string.
 */
export class HostTable {
  private hashes = new Int32Array(SIZE);
  private keys: Array<string | undefined> = new Array<string | undefined>(SIZE).fill(undefined);
  private values: Array<KnownHost | undefined> = new Array<KnownHost | undefined>(SIZE).fill(undefined);
  private count = 0;

  /**
   * The entry of the URL's host (made by `make` on first sight, with the host as `hostOfUrl` reads it), null when the
   * URL has no host `hostOfUrl` can read.
   */
  ofUrl(url: string, make: (host: string) => KnownHost): KnownHost | null {
    if (plainHostSpan(url, span)) {
      const { start, end, hash } = span;
      return this.find(url, start, end, hash) ?? this.add(url.slice(start, end), hash, make);
    }
    const host = hostOfUrl(url);
    if (!host) return null;
    const hash = hostHash(host);
    return this.find(host, 0, host.length, hash) ?? this.add(host, hash, make);
  }

  clear(): void {
    this.hashes = new Int32Array(SIZE);
    this.keys = new Array<string | undefined>(SIZE).fill(undefined);
    this.values = new Array<KnownHost | undefined>(SIZE).fill(undefined);
    this.count = 0;
  }

  private find(text: string, start: number, end: number, hash: number): KnownHost | undefined {
    const { hashes, keys } = this;
    const mask = keys.length - 1;
    const length = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      if (hashes[i] === hash) {
        const key = keys[i];
        if (key === undefined) return undefined;
        if (key.length === length && text.startsWith(key, start)) return this.values[i];
      } else if (keys[i] === undefined) return undefined;
    }
  }

  private add(host: string, hash: number, make: (host: string) => KnownHost): KnownHost {
    const known = make(flat(host));
    // At most half full: probes stay short and an empty slot always ends them.
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.put(known, hash);
    this.count++;
    return known;
  }

  private put(known: KnownHost, hash: number): void {
    const mask = this.keys.length - 1;
    let i = hash & mask;
    while (this.keys[i] !== undefined) i = (i + 1) & mask;
    this.hashes[i] = hash;
    this.keys[i] = known.host;
    this.values[i] = known;
  }

  private grow(): void {
    const { hashes, values } = this;
    const size = values.length * 2;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<KnownHost | undefined>(size).fill(undefined);
    for (let i = 0; i < values.length; i++) {
      const known = values[i];
      if (known !== undefined) this.put(known, hashes[i]!);
    }
  }
}
