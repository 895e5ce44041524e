// The page's host table: a request URL's host -> the page's one entry for that host, found without slicing the host
// out of the URL. A Map needs the host as a string: a fresh slice per request, hashed by V8 and compared, which was
// the largest single cost of recording a request.
import type { Party } from '../url/party.ts';
import { hostHash, hostOfUrl, plainHostSpan, plainSchemeLength, type HostSpan } from '../url/url.ts';

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
 * Slots a lookup probes at most. The hash is not seeded, so a hostile page can name many hosts of one hash: those
 * past the bound go to a Map (V8's hash is seeded), and no lookup costs more than this many probes and one Map get.
 */
const MAX_PROBE = 16;

/**
 * A copy of `s` that is one flat string: a slice of a URL is a view on it, and every comparison with it would go
 * through the URL. (Hosts are ASCII, so the round trip is exact.)
 */
const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** A slot's state, beside its hash in `meta`: empty, a host the URL parser gave, a host `plainHostSpan` gave. */
const EMPTY = 0;
const PARSED = 1;
const PLAIN = 2;

/** `key` equals `text` from `start` on (the caller checked its length): a loop, not a `startsWith` call per probe. */
function sameText(key: string, text: string, start: number): boolean {
  for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

/**
 * Open addressing over `hostHash`, keyed by the host's text (compared in full on every hit, so a hash collision only
 * costs a probe): the same answers as a Map by host string. A slot's hash and state sit side by side in one typed
 * array and its entry (whose `host` is the key) in another, so a probe reads one line of `meta` and, on a hit, the
 * entry and its host string. Nothing is ever removed but by `clear`.
 */
export class HostTable {
  /** Per slot: its host's hash, then its state (EMPTY, PARSED or PLAIN). */
  private meta = new Int32Array(SIZE * 2);
  private values: Array<KnownHost | undefined> = new Array<KnownHost | undefined>(SIZE).fill(undefined);
  private count = 0;
  /** Hosts whose probe sequence was full (see MAX_PROBE), by host. */
  private overflow = new Map<string, KnownHost>();

  /**
   * The entry of the URL's host (made by `make` on first sight, with the host as `hostOfUrl` reads it), null when the
   * URL has no host `hostOfUrl` can read.
   */
  ofUrl(url: string, make: (host: string) => KnownHost): KnownHost | null {
    // A known host followed by '/' (most requests): its text is looked up without checking each character first. A key
    // that `plainHostSpan` gave passed those checks, which depend on its text alone, and '/' ends a host there: a URL
    // holding that text between a plain scheme and '/' is one `plainHostSpan` reads as that host.
    const from = plainSchemeLength(url);
    if (from !== 0) {
      const to = url.indexOf('/', from);
      if (to > from) {
        const i = this.find(url, from, to, hostHash(url, from, to));
        if (i >= 0 && this.meta[i * 2 + 1] === PLAIN) return this.values[i]!;
      }
    }
    if (plainHostSpan(url, span)) {
      const { start, end, hash } = span;
      const i = this.find(url, start, end, hash);
      if (i >= 0) return this.values[i]!;
      const host = url.slice(start, end);
      return this.overflow.get(host) ?? this.add(host, hash, PLAIN, make);
    }
    const host = hostOfUrl(url);
    if (!host) return null;
    const hash = hostHash(host);
    const i = this.find(host, 0, host.length, hash);
    return i >= 0 ? this.values[i]! : (this.overflow.get(host) ?? this.add(host, hash, PARSED, make));
  }

  clear(): void {
    this.meta = new Int32Array(SIZE * 2);
    this.values = new Array<KnownHost | undefined>(SIZE).fill(undefined);
    this.count = 0;
    this.overflow = new Map();
  }

  /** The slot holding the text from `start` to `end` (of hash `hash`), -1 when none does. */
  private find(text: string, start: number, end: number, hash: number): number {
    const { meta, values } = this;
    const mask = values.length - 1;
    const length = end - start;
    for (let n = 0, i = hash & mask; n < MAX_PROBE; n++, i = (i + 1) & mask) {
      if (meta[i * 2 + 1] === EMPTY) return -1;
      if (meta[i * 2] === hash) {
        const key = values[i]!.host;
        if (key.length === length && sameText(key, text, start)) return i;
      }
    }
    return -1;
  }

  private add(host: string, hash: number, state: number, make: (host: string) => KnownHost): KnownHost {
    const known = make(flat(host));
    // At most half full: probes stay short.
    if ((this.count + 1) * 2 > this.values.length) this.grow();
    this.put(known, hash, state);
    return known;
  }

  /** Into the first free slot of the host's probe sequence, or into the overflow Map when there is none. */
  private put(known: KnownHost, hash: number, state: number): void {
    const { meta } = this;
    const mask = this.values.length - 1;
    for (let n = 0, i = hash & mask; n < MAX_PROBE; n++, i = (i + 1) & mask) {
      if (meta[i * 2 + 1] === EMPTY) {
        meta[i * 2] = hash;
        meta[i * 2 + 1] = state;
        this.values[i] = known;
        this.count++;
        return;
      }
    }
    this.overflow.set(known.host, known);
  }

  private grow(): void {
    const { meta, values } = this;
    const size = values.length * 2;
    this.meta = new Int32Array(size * 2);
    this.values = new Array<KnownHost | undefined>(size).fill(undefined);
    this.count = 0;
    for (let i = 0; i < values.length; i++) {
      const known = values[i];
      if (known !== undefined) this.put(known, meta[i * 2]!, meta[i * 2 + 1]!);
    }
  }
}
