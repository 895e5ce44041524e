import { describe, expect, it } from 'vitest';
import { buildMatcher } from './multi-match.ts';

describe('buildMatcher (Aho-Corasick)', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers', [0, 1, 3]],
    [['abc', 'bcd', 'cde'], 'xabcdex', [0, 1, 2]],
    [['aab', 'ab'], 'aaab', [0, 1]],
    [['needle'], 'haystack', []],
    [['needle'], 'needl', []],
    [['needle'], 'NEEDLE', []],
    [['', 'x'], 'abc', []],
    [['a%40b', 'a@b'], 'q=a%40b', [0]],
  ])('%j in %j', (patterns, text, want) => {
    expect(buildMatcher(patterns).find(text)).toEqual(want);
  });

  it('matches the same result as includes() on random texts and patterns', () => {
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const word = (len: number): string => Array.from({ length: len }, () => 'abc'[rnd(3)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 6 }, () => word(1 + rnd(5)));
      const text = word(rnd(40));
      const want = patterns.map((p, i) => (text.includes(p) ? i : -1)).filter((i) => i >= 0);
      expect(buildMatcher(patterns).find(text)).toEqual(want);
    }
  });

  it('gives an empty answer for non-string input instead of throwing', () => {
    expect(buildMatcher(['abc']).find(undefined as unknown as string)).toEqual([]);
  });
});
