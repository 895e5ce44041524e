import { describe, expect, it } from 'vitest';
import type { Lang } from './lang.ts';
import { localeNumber } from './text.ts';

const LANGS: Lang[] = ['en', 'de'];

/** Deterministic spread of values: small, every digit count up to 15, halves and other ties, float noise. */
function values(): number[] {
  const out = [
    0,
    1,
    9,
    10,
    999,
    1000,
    1001,
    9999,
    10_000,
    123_456,
    999_999,
    1_000_000,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
  ];
  let s = 7;
  const r = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let i = 0; i < 400; i++) {
    const digits = 1 + Math.floor(r() * 15);
    const int = Math.floor(r() * 10 ** digits);
    out.push(
      int,
      int / 1000,
      int / 8,
      int / 3,
      (int % 100_000) + 0.5,
      (int % 1000) / 200,
      (int % 1000) * 0.001 + 0.0005,
    );
  }
  out.push(0.125, 0.375, 1.005, 2.675, 1.45, 0.05, 59.995, 9.995, 0.0004999, 1e14 + 0.5);
  return out.filter((x) => x < 1e15);
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, digits: number, useGrouping: boolean): Intl.NumberFormat {
  const key = `${lang}${digits}${useGrouping}`;
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping })),
    );
  return f;
}

describe('localeNumber', () => {
  it('prints whole numbers exactly as toLocaleString does', () => {
    for (const lang of LANGS) {
      for (const n of values().filter(Number.isSafeInteger)) {
        expect(localeNumber(n, lang)).toBe(n.toLocaleString(lang));
        expect(localeNumber(n, lang, undefined, false)).toBe(n.toLocaleString(lang, { useGrouping: false }));
      }
    }
  });

  it('prints fixed decimals exactly as toLocaleString does, ties and float noise included', () => {
    for (const lang of LANGS) {
      for (const digits of [0, 1, 2, 3]) {
        for (const n of values()) {
          for (const useGrouping of [true, false]) {
            // One formatter per option set: toLocaleString is specified as exactly this, and is slow to call 40,000 times.
            const want = formatter(lang, digits, useGrouping).format(n);
            expect(localeNumber(n, lang, digits, useGrouping), `${n} ${lang} ${digits} ${useGrouping}`).toBe(want);
          }
        }
      }
    }
  });

  it('leaves negative, fractional, huge and non-finite values to Intl, with the same text', () => {
    for (const lang of LANGS) {
      for (const n of [-1, -0, -1234.5, 1.5, 0.1234, 1e16, 1e21, 2 ** 60, NaN, Infinity, -Infinity]) {
        expect(localeNumber(n, lang)).toBe(n.toLocaleString(lang));
        expect(localeNumber(n, lang, 2)).toBe(
          n.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        );
      }
    }
  });

  it('groups German thousands with a dot and English with a comma', () => {
    expect(localeNumber(1234567.891, 'de', 2)).toBe('1.234.567,89');
    expect(localeNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
    expect(localeNumber(5000, 'de')).toBe('5.000');
  });
});
