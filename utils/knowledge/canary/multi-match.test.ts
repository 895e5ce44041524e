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
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    // 'é' is outside ASCII and 'x' only ever in texts: both alphabet paths of the transition table are exercised.
    const word = (len: number, chars = 'abcé'): string =>
      Array.from({ length: len }, () => chars[rnd(chars.length)]).join('');
    for (let round = 0; round < 2000; round++) {
      const patterns = Array.from({ length: 1 + rnd(8) }, () => word(1 + rnd(5)));
      const text = word(rnd(60), 'abcéx');
      const want = patterns.map((p, i) => (text.includes(p) ? i : -1)).filter((i) => i >= 0);
      expect(buildMatcher(patterns).find(text)).toEqual(want);
    }
  });

  it('finds the same as includes() with patterns long enough for the skip filter (4-14 units), planted or near-missed', () => {
    let seed = 11;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (len: number, chars: string): string =>
      Array.from({ length: len }, () => chars[rnd(chars.length)]).join('');
    for (let round = 0; round < 3000; round++) {
      const patterns = Array.from({ length: 1 + rnd(12) }, () => word(4 + rnd(11), 'abcdé0'));
      let text = word(rnd(120), 'abcdé0x');
      // Plant a pattern, or a copy with its last unit changed (a near miss), at a random place.
      const p = patterns[rnd(patterns.length)]!;
      const planted = rnd(3) === 0 ? p.slice(0, -1) + 'x' : p;
      const at = rnd(text.length + 1);
      if (rnd(2) === 0) text = text.slice(0, at) + planted + text.slice(at);
      const want = patterns.map((q, i) => (text.includes(q) ? i : -1)).filter((i) => i >= 0);
      expect(buildMatcher(patterns).find(text), `${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(want);
    }
  });

  it('finds a pattern at the very start and the very end of a text, and in a text exactly its length', () => {
    const m = buildMatcher(['canary-token', 'abcdefgh']);
    expect(m.find('canary-token and more')).toEqual([0]);
    expect(m.find('more then canary-token')).toEqual([0]);
    expect(m.find('abcdefgh')).toEqual([1]);
    expect(m.find('abcdefg')).toEqual([]);
  });

  it('gives an empty answer for non-string input instead of throwing', () => {
    expect(buildMatcher(['abc']).find(undefined as unknown as string)).toEqual([]);
  });

  it('findBytes gives what find gives for the decoded text: random bytes, broken UTF-8, planted and near-missed', () => {
    let seed = 13;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const enc = new TextEncoder();
    const dec = new TextDecoder();
    // Pieces of text and of broken UTF-8 (stray continuation, cut sequences, a BOM, an overlong form).
    const pieces: number[][] = [
      ...['a', 'b', 'c', 'é', '0', 'x', '名', '😀', '\uFFFD'].map((c) => [...enc.encode(c)]),
      [0x80],
      [0xff],
      [0xe5, 0x90],
      [0xf0, 0x9f],
      [0xef, 0xbb, 0xbf],
      [0xc0, 0xaf],
    ];
    const word = (len: number, chars: string): string =>
      Array.from({ length: len }, () => Array.from(chars)[rnd(Array.from(chars).length)]).join('');
    for (let round = 0; round < 3000; round++) {
      // Mostly byte-safe sets; some hold U+FFFD, a BOM or a lone surrogate, which must take the decoding path.
      const odd = ['\uFFFD', '\uFEFF', '\uD83D'][rnd(3)]!;
      const chars = rnd(5) === 0 ? `abc0${odd}` : 'abcé0名😀';
      const patterns = Array.from({ length: 1 + rnd(8) }, () => word(3 + rnd(10), chars));
      const bytes: number[] = [];
      const len = rnd(2) === 0 ? rnd(60) : 200 + rnd(400);
      while (bytes.length < len) bytes.push(...pieces[rnd(rnd(4) === 0 ? pieces.length : 9)]!);
      const p = patterns[rnd(patterns.length)]!;
      const planted = [...enc.encode(rnd(3) === 0 ? p.slice(0, -1) + 'x' : p)];
      if (rnd(3) !== 0) bytes.splice(rnd(bytes.length + 1), 0, ...planted);
      const b = new Uint8Array(bytes);
      const m = buildMatcher(patterns);
      expect(m.findBytes(b), `${JSON.stringify(patterns)} in ${JSON.stringify(bytes)}`).toEqual(m.find(dec.decode(b)));
    }
  });

  it('findBytes of empty bytes, or with no usable pattern, is empty', () => {
    expect(buildMatcher(['abcdefgh']).findBytes(new Uint8Array(0))).toEqual([]);
    expect(buildMatcher(['']).findBytes(new TextEncoder().encode('abc'))).toEqual([]);
    expect(buildMatcher(['ab']).findBytes(new TextEncoder().encode('xaby'))).toEqual([0]);
  });
});
