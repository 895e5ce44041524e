import { describe, expect, it } from 'vitest';
import { canaryValues, makeCanaries } from './canary.ts';
import { canaryPatterns } from './encodings.ts';
import { buildMatcher } from './multi-match.ts';
import { BYTE_PATH_MAX, BYTE_PATH_MIN, skipFilter } from './skip-filter.ts';

let seed = 3;
const token = (n = 10): string => {
  let s = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    s += 'abcdefghijklmnopqrstuvwxyz'[seed % 26];
  }
  return s;
};
const patterns = (await canaryPatterns(canaryValues(makeCanaries('shop.example.de', token)))).map((p) => p.pattern);
const filter = skipFilter(patterns);
const matcher = buildMatcher(patterns);
// Filler like a beacon's body: keys, base-36 values, hex-looking runs; never a canary.
const filler = (n: number, alphabet = 'abcdef0123456789_=&"k,:xyz'): string =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7 + ((i * i) % 11)) % alphabet.length]).join('');

describe('skip filter: a canary is found wherever it sits', () => {
  // Lengths around the byte path's bounds, so that both paths and their edges see every position.
  it.each([
    ['URL-sized text (char path)', 40],
    ['just under the byte path', BYTE_PATH_MIN - 1],
    ['just at the byte path', BYTE_PATH_MIN],
    ['a body (byte path)', 1500],
  ])('%s: every encoding at every position, start and end included', (_label, size) => {
    for (const p of patterns) {
      const base = filler(Math.max(0, size - p.length));
      for (let at = 0; at <= base.length; at += at < 12 || at > base.length - 12 ? 1 : 37) {
        const text = base.slice(0, at) + p + base.slice(at);
        if (!filter(text)) expect.fail(`${p} at ${at} of ${text.length}`);
        if (at % 5 === 0) expect(matcher.find(text)).toContain(patterns.indexOf(p));
      }
      expect(filter(base + p)).toBe(true);
    }
  });

  it('finds a canary after multi-byte and astral characters and lone surrogates (byte offsets differ from units)', () => {
    for (const lead of ['é', '名前', '😀', '\uD800', '\uDC00x', 'x\uD83D']) {
      for (const p of patterns) {
        const text = `${filler(300)}${lead.repeat(7)}${p}${lead}${filler(50)}`;
        expect(filter(text), `${JSON.stringify(lead)} before ${p}`).toBe(true);
        expect(matcher.find(text)).toContain(patterns.indexOf(p));
      }
    }
  });

  it('stays exact on both sides of the byte path: near misses are not hits, texts beyond it are still read', () => {
    const p = patterns[0]!;
    const miss = p.slice(0, -1) + (p.endsWith('x') ? 'y' : 'x');
    expect(filter(filler(BYTE_PATH_MIN + 10) + miss)).toBe(false);
    expect(filter(filler(20) + miss)).toBe(false);
    expect(filter(filler(BYTE_PATH_MAX + 1) + p)).toBe(true);
    expect(filter(filler(BYTE_PATH_MAX - p.length) + p)).toBe(true);
    expect(filter(filler(BYTE_PATH_MAX + 1))).toBe(false);
  });

  it('matches includes() on random texts, with planted patterns and near misses, on both paths', () => {
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (len: number, chars: string): string =>
      Array.from({ length: len }, () => chars[rnd(chars.length)]).join('');
    for (let round = 0; round < 150; round++) {
      const set = Array.from({ length: 1 + rnd(10) }, () => word(3 + rnd(12), 'abcdé0😀'));
      const f = skipFilter(set);
      let text = word(rnd(2) === 0 ? rnd(80) : BYTE_PATH_MIN + rnd(400), 'abcdé0x😀');
      const p = set[rnd(set.length)]!;
      const planted = rnd(3) === 0 ? p.slice(0, -1) + 'x' : p;
      const at = rnd(text.length + 1);
      if (rnd(2) === 0) text = text.slice(0, at) + planted + text.slice(at);
      expect(f(text), `${JSON.stringify(set)} in ${JSON.stringify(text)}`).toBe(set.some((q) => text.includes(q)));
    }
  });

  it('keeps a pattern holding a surrogate on the char path, found whole or not at all', () => {
    const f = skipFilter(['abc\uD83D', '\uDE00defgh']);
    const pad = filler(BYTE_PATH_MIN);
    expect(f(`${pad}abc😀defgh`)).toBe(true);
    expect(f(`${pad}abc\uD83Dz`)).toBe(true);
    expect(f(`${pad}ab😀efgh`)).toBe(false);
  });
});
