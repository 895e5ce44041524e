// Random page records for property tests of the views (seeded: a failing record is made again from its seed).
import { newPage, type PageRecord, type RequestEntry } from '../../utils/record/record.ts';
import { cookie, req, storageEntry } from './fixtures.ts';

/** A small deterministic generator (mulberry32), so a failing record can be made again from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: ReadonlyArray<RequestEntry['type']> = [
  'script',
  'image',
  'ping',
  'beacon',
  'sub_frame',
  'xmlhttprequest',
  'main_frame',
  'stylesheet',
];

/** Random requests over a few sites and hosts (first and third party, empty hosts too), cookies, storage, a choice. */
export function randomRecord(seed: number): PageRecord {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const r = newPage(3, 'https://www.shop.example/', 1000);
  const sites = ['shop.example', 'tracker.example', 'cdn.example', 'ads.example', ''];
  for (let i = 0, n = Math.floor(rand() * 400); i < n; i++) {
    const site = pick(sites);
    const host = site ? `${pick(['www', 'a', 'b'])}.${site}` : pick(['', '10.0.0.1']);
    r.requests.push(
      req({
        id: String(i),
        url: `https://${host || 'x'}/${i}`,
        host,
        site,
        party: site === 'shop.example' ? 'first' : 'third',
        type: pick(TYPES),
        t: 1000 + Math.floor(rand() * 20_000),
      }),
    );
  }
  for (let i = 0, n = Math.floor(rand() * 60); i < n; i++)
    r.cookies.push(
      cookie({ name: `c${i}`, domain: pick(sites) || 'x.example', t: 1000 + Math.floor(rand() * 20_000) }),
    );
  for (let i = 0, n = Math.floor(rand() * 10); i < n; i++)
    r.storage.push(storageEntry({ key: `k${i}`, origin: 'https://www.shop.example', host: 'www.shop.example' }));
  if (rand() < 0.6) {
    r.consent.choice = {
      action: pick(['accept', 'reject'] as const),
      at: 1000 + Math.floor(rand() * 20_000),
      source: pick(['automation', 'user', 'signal'] as const),
      via: 'test',
    };
  }
  return r;
}
