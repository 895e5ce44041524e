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
    [['名前x'], 'zz名前x', [0]],
    [['ab'], 'a\u00e9ab', [0]],
  ])('%j in %j', (patterns, text, want) => {
    expect(buildMatcher(patterns).find(text)).toEqual(want);
  });

  it('matches the same result as includes() on random texts and patterns', () => {
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    // 'é' is outside ASCII and 'x' only ever in texts: both alphabet paths of the transition table are exercised.
    const word = (len: number, chars = 'abcé'): string => Array.from({ length: len }, () => chars[rnd(chars.length)]).join('');
    for (let round = 0; round < 2000; round++) {
      const patterns = Array.from({ length: 1 + rnd(8) }, () => word(1 + rnd(5)));
      const text = word(rnd(60), 'abcéx');
      const want = patterns.map((p, i) => (text.includes(p) ? i : -1)).filter((i) => i >= 0);
      expect(buildMatcher(patterns).find(text)).toEqual(want);
    }
  });

  it('gives an empty answer for non-string input instead of throwing', () => {
    expect(buildMatcher(['abc']).find(undefined as unknown as string)).toEqual([]);
  });
});
