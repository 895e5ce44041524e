// A realistic request corpus: popular trackers repeat (Zipf), a long tail of unknown hosts, IPv4 and IPv6 servers.
import { TRACKERS } from '../data/index.ts';
// The bench's one seeded PRNG: every run measures the same corpus.
import { prng as rng } from '../scripts/lib/bench-stats.mjs';

/** `body`: what a POST carried (10 % of requests), null otherwise. */
export interface CorpusRequest {
  url: string;
  type: string;
  ip: string;
  t: number;
  body: string | null;
}

const TYPES = ['script', 'image', 'xmlhttprequest', 'ping', 'stylesheet', 'font', 'sub_frame'];
const WORDS = ['cdn', 'static', 'img', 'api', 'px', 'track', 'events', 'assets', 'media', 'edge'];
const TLDS = ['com', 'de', 'net', 'io', 'co.uk', 'fr', 'nl', 'org', 'eu', 'com.au'];

export function makeCorpus(n: number, seed = 42): CorpusRequest[] {
  const r = rng(seed);
  const trackerHosts = TRACKERS.flatMap((t) => t.domains).map((d) => (d.split('.').length === 2 ? `www.${d}` : d));
  // Zipf over tracker hosts: the first few dominate, like GA/GTM/Facebook on real pages.
  const weights = trackerHosts.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickTracker = (): string => {
    let x = r() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x <= 0) return trackerHosts[i]!;
    }
    return trackerHosts[0]!;
  };
  // The long tail: 5,000 distinct unknown hosts, each seen a handful of times over the corpus.
  const tail = Array.from(
    { length: 5000 },
    () =>
      `${WORDS[Math.floor(r() * WORDS.length)]}${Math.floor(r() * 100)}.site${Math.floor(r() * 1e6)}.${TLDS[Math.floor(r() * TLDS.length)]}`,
  );
  const unknownHost = (): string => tail[Math.floor(r() * tail.length)]!;
  // Servers: each host resolves to one of a few addresses, as DNS does.
  const ipOf = new Map<string, string[]>();
  const ip = (): string => {
    if (r() < 0.3) {
      const h = () => Math.floor(r() * 0xffff).toString(16);
      return `2a0${Math.floor(r() * 9)}:${h()}:${h()}::${h()}`;
    }
    return `${1 + Math.floor(r() * 222)}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${1 + Math.floor(r() * 254)}`;
  };
  // Bodies like analytics beacons: form-encoded events (0.3-1.5 kB) and JSON batches (0.5-4 kB).
  const body = (): string => {
    const target = r() < 0.6 ? 300 + r() * 1200 : 500 + r() * 3500;
    const json = target > 1500;
    const parts: string[] = [];
    let len = 0;
    while (len < target) {
      const k = `${WORDS[Math.floor(r() * WORDS.length)]}_${Math.floor(r() * 50)}`;
      const v = Math.floor(r() * 1e12).toString(36);
      const part = json ? `"${k}":"${v}"` : `${k}=${v}`;
      parts.push(part);
      len += part.length + 1;
    }
    return json ? `{${parts.join(',')}}` : parts.join('&');
  };
  const out: CorpusRequest[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    const host = x < 0.55 ? pickTracker() : x < 0.75 ? 'www.shop.example' : unknownHost();
    const path = `/${WORDS[Math.floor(r() * WORDS.length)]}/${Math.floor(r() * 1e6).toString(36)}.js?v=${Math.floor(r() * 1e9).toString(36)}&cid=${Math.floor(r() * 1e12).toString(36)}`;
    let ips = ipOf.get(host);
    if (!ips) ipOf.set(host, (ips = [ip(), ip()]));
    out.push({
      url: `https://${host}${path}`,
      type: TYPES[Math.floor(r() * TYPES.length)]!,
      ip: ips[Math.floor(r() * 2)]!,
      t: 1000 + i,
      body: r() < 0.1 ? body() : null,
    });
  }
  return out;
}
