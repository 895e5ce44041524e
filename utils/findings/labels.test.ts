import { describe, expect, it } from 'vitest';
import { DE as POPUP_DE } from '../../components/strings.ts';
import { COOKIE_PURPOSES, TRACKER_CATEGORIES } from '../../data/types.ts';
import {
  actionLabel,
  CATEGORY_LABELS,
  categoryLabel,
  formatNumber,
  ipKindLabel,
  placeStatusLabel,
  PURPOSE_LABELS,
  purposeLabel,
} from './labels.ts';

describe('labels', () => {
  it('English keeps the dataset codes; German names every category and purpose', () => {
    for (const c of TRACKER_CATEGORIES) {
      expect(categoryLabel(c, 'en')).toBe(c);
      expect(categoryLabel(c, 'de')).not.toBe(c);
      expect(categoryLabel(c, 'de').trim()).not.toBe('');
    }
    for (const p of COOKIE_PURPOSES) {
      expect(purposeLabel(p, 'en')).toBe(p);
      expect(purposeLabel(p, 'de')).not.toBe(p);
    }
    expect(Object.keys(CATEGORY_LABELS.de).sort()).toEqual([...TRACKER_CATEGORIES].sort());
    expect(Object.keys(PURPOSE_LABELS.de).sort()).toEqual([...COOKIE_PURPOSES].sort());
  });

  it("uses the popup's German category words", () => {
    for (const c of TRACKER_CATEGORIES) expect(categoryLabel(c, 'de'), c).toBe(POPUP_DE.categories[c]);
  });

  it.each<[string, string, string]>([
    ['analytics', 'Analyse', 'category'],
    ['session-replay', 'Sitzungsaufzeichnung', 'category'],
    ['necessary', 'notwendig', 'purpose'],
    ['reject', 'Ablehnung', 'action'],
    ['us-not-certified', 'USA ohne DPF-Zertifizierung', 'status'],
    ['private', 'privat', 'kind'],
  ])('%s → %s', (code, de, kind) => {
    const f = {
      category: categoryLabel,
      purpose: purposeLabel,
      action: actionLabel,
      status: placeStatusLabel,
      kind: ipKindLabel,
    }[kind];
    expect(f?.(code, 'de')).toBe(de);
    expect(f?.(code, 'en')).toBe(code);
  });

  it('shows an unexpected code as it is, prototype names included', () => {
    expect(categoryLabel('brand-new', 'de')).toBe('brand-new');
    expect(purposeLabel('constructor', 'de')).toBe('constructor');
    expect(ipKindLabel('__proto__', 'en')).toBe('__proto__');
  });

  it.each<[number, string, string]>([
    [0, '0', '0'],
    [7, '7', '7'],
    [999, '999', '999'],
    [1000, '1000', '1.000'],
    [2400, '2400', '2.400'],
    [1234567, '1234567', '1.234.567'],
    [-2500, '-2500', '-2.500'],
    [2.4, '2.4', '2,4'],
    [12345.5, '12345.5', '12.345,5'],
    [Number.NaN, 'NaN', 'NaN'],
    [1e21, '1e+21', '1e+21'],
  ])('formats %d as %s / %s', (n, en, de) => {
    expect(formatNumber(n, 'en')).toBe(en);
    expect(formatNumber(n, 'de')).toBe(de);
  });
});
