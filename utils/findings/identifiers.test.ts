import { describe, expect, it } from 'vitest';
import { entropy, idCandidates, idParams, isIdLike, looksLikePixelPath, pathOf, queryParams } from './identifiers.ts';
import { createKnowledge } from '../knowledge/knowledge.ts';

describe('isIdLike', () => {
  it.each<[string, unknown, boolean]>([
    ['UUID', '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', true],
    ['hex id', 'b7e2c91f04a6d3e8f215', true],
    ['base64url id', 'Zk3pQ9wR2tY7uI1oP5aS8dF4', true],
    ['GA client id', '1839402291.1716281432', true],
    ['zero-padded timestamp', '1700000000000000', false],
    ['short token', 'a1b2c3', false],
    ['repeated digits', '1111111111111111', false],
    ['prose', 'the quick brown fox jumps', false],
    ['slug without digits', 'summer-collection-shoes', false],
    ['ISO date', '2024-05-01T10:00:00.000Z', false],
    ['URL', 'https://www.shop.example/a1b2c3d4e5', false],
    ['JSON', '{"id":"b7e2c91f04a6d3e8f215"}', false],
    // eslint-disable-next-line no-loss-of-precision -- a huge number is the bad input under test
    ['not a string', 12345678901234567890, false],
    ['huge', 'a1'.repeat(10_000), false],
  ])('%s', (_n, v, want) => {
    expect(isIdLike(v)).toBe(want);
  });

  it('entropy of a constant string is 0 and of two equally frequent symbols is 1', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abab')).toBe(1);
  });

  it('splits GA-style values into the parts a script sends', () => {
    expect(idCandidates('GA1.1.1839402291.1716281432')).toContain('1839402291.1716281432');
  });
});

describe('URL helpers', () => {
  it('reads query parameters without throwing on bad escapes', () => {
    expect(queryParams('https://a.example/p?uid=x%20y&bad=%E0%A4%A&flag#frag')).toEqual([
      { name: 'uid', value: 'x y' },
      { name: 'bad', value: '%E0%A4%A' },
      { name: 'flag', value: '' },
    ]);
    expect(queryParams('https://a.example/p')).toEqual([]);
  });

  it('tells identifier parameters from cache-busters', () => {
    const ps = queryParams(
      'https://a.example/p.gif?uid=b7e2c91f04a6d3e8f215&v=9f8e7d6c5b4a39281726&x=Zk3pQ9wR2tY7uI1oP5aS8dF4',
    );
    expect(idParams(ps, true).map((p) => p.name)).toEqual(['uid']);
    expect(idParams(ps, false).map((p) => p.name)).toEqual(['uid', 'x']);
  });

  it('paths and pixel-like paths', () => {
    expect(pathOf('https://a.example/x/y.gif?q=1#h')).toBe('/x/y.gif');
    expect(pathOf('https://a.example')).toBe('/');
    expect(looksLikePixelPath('/tr/pixel.gif')).toBe(true);
    expect(looksLikePixelPath('/img/shoe.jpg')).toBe(false);
  });

  it('pathOf ends the path at the first ? or # after it, as a character loop does', () => {
    // The loop pathOf used before it searched natively: the reference on URLs with '?', '#' and '/' anywhere.
    const byLoop = (url: string): string => {
      const scheme = url.indexOf('://');
      const start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
      if (start < 0) return '/';
      let end = url.length;
      for (let i = start; i < url.length; i++) {
        if (url[i] === '?' || url[i] === '#') {
          end = i;
          break;
        }
      }
      return url.slice(start, end) || '/';
    };
    let seed = 11;
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const parts = ['https://', 'a.example', '/', '?', '#', 'x', '=', '://', ''];
    for (let k = 0; k < 3000; k++) {
      const url = Array.from({ length: 1 + rnd(8) }, () => parts[rnd(parts.length)]!).join('');
      expect(pathOf(url), url).toBe(byLoop(url));
    }
  });
});

describe('createKnowledge', () => {
  it('works without an IP table and resolves the dataset', () => {
    const k = createKnowledge({ ipTable: null });
    expect(k.ipLookup).toBeNull();
    expect(k.trackers.match('www.google-analytics.com')?.tracker.name).toBe('Google Analytics (Universal Analytics)');
    expect(k.cookies.lookup('_ga')?.purpose).toBe('analytics');
    expect(k.cmpHosts).toContain('consent.cookiebot.com');
    expect(k.countries.legal('US')?.status).toBe('adequate-dpf-only');
  });
});
