import { describe, expect, it } from 'vitest';
import {
  ADEQUACY_SOURCE,
  CHECKED,
  COUNTRIES,
  EEA_EFTA_STATES,
  EU_MEMBER_STATES,
  countryLegal,
  countryName,
  countryStatus,
  normalizeCountryCode,
  type LegalStatus,
} from './countries.ts';

describe('country legal status', () => {
  it.each<[string | null | undefined, LegalStatus | null]>([
    ['DE', 'eea'],
    ['de', 'eea'],
    [' ie ', 'eea'],
    ['GR', 'eea'],
    ['EL', 'eea'],
    ['HR', 'eea'],
    ['NO', 'eea'],
    ['IS', 'eea'],
    ['LI', 'eea'],
    ['RE', 'eea'],
    ['AX', 'eea'],
    ['CH', 'adequate'],
    ['GB', 'adequate'],
    ['UK', 'adequate'],
    ['JP', 'adequate'],
    ['KR', 'adequate'],
    ['CA', 'adequate'],
    ['IL', 'adequate'],
    ['FO', 'adequate'],
    ['US', 'adequate-dpf-only'],
    ['CN', 'third-country'],
    ['IN', 'third-country'],
    ['BR', 'third-country'],
    ['GL', 'third-country'],
    ['GI', 'third-country'],
    ['SJ', 'third-country'],
    ['XK', 'third-country'],
    ['AN', 'third-country'],
    ['XX', null],
    ['EU', null],
    ['', null],
    ['DEU', null],
    [null, null],
    [undefined, null],
  ])('%s → %s', (code, want) => {
    expect(countryStatus(code)).toBe(want);
  });

  it('lists 27 EU member states and 3 EEA EFTA states, all as eea', () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    expect(EEA_EFTA_STATES).toEqual(['IS', 'LI', 'NO']);
    for (const code of [...EU_MEMBER_STATES, ...EEA_EFTA_STATES]) expect(countryStatus(code), code).toBe('eea');
    expect(countryStatus('GB')).not.toBe('eea');
  });

  it('gives every adequacy entry a dated decision, a reference and the Commission source', () => {
    const adequate = COUNTRIES.filter((c) => c.status === 'adequate' || c.status === 'adequate-dpf-only');
    expect(adequate.map((c) => c.code).sort()).toEqual(['AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'US', 'UY']);
    for (const c of adequate) {
      expect(c.decision?.date, c.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(c.decision?.date ?? ''))).toBe(false);
      expect(c.decision?.reference, c.code).toMatch(/Decision/);
      expect(c.source).toBe(ADEQUACY_SOURCE);
    }
    for (const c of COUNTRIES) {
      expect(c.checked).toBe(CHECKED);
      expect(c.name).not.toBe(c.code);
    }
  });

  it('records the EU-US Data Privacy Framework decision for the US', () => {
    expect(countryLegal('US')).toMatchObject({
      status: 'adequate-dpf-only',
      decision: { date: '2023-07-10', reference: expect.stringContaining('2023/1795') },
    });
  });

  it('keeps Canada limited to PIPEDA organisations', () => {
    expect(countryLegal('CA')?.decision?.scope).toMatch(/PIPEDA/);
  });

  it('falls back to a third-country entry for unlisted valid codes', () => {
    expect(countryLegal('sg')).toEqual({ code: 'SG', name: 'Singapore', status: 'third-country', decision: null, source: ADEQUACY_SOURCE, checked: CHECKED });
    expect(countryLegal('TV')).toMatchObject({ code: 'TV', name: 'TV', status: 'third-country' });
  });

  it('rejects non-string input without throwing', () => {
    for (const bad of [42, {}, [], 'D', 'a'.repeat(100_000)]) expect(normalizeCountryCode(bad)).toBeNull();
  });
});

describe('countryName', () => {
  it.each<[string, 'en' | 'de', string]>([
    ['DE', 'en', 'Germany'],
    ['DE', 'de', 'Deutschland'],
    ['us', 'de', 'Vereinigte Staaten'],
    ['GB', 'de', 'Vereinigtes Königreich'],
    ['UK', 'en', 'United Kingdom'],
    ['KR', 'en', 'Republic of Korea'],
    ['CH', 'de', 'Schweiz'],
    ['CN', 'de', 'China'],
    ['TR', 'de', 'Türkei'],
    ['AE', 'en', 'United Arab Emirates'],
    ['TV', 'de', 'TV'],
    ['zz', 'en', 'zz'],
  ])('%s in %s → %s', (code, lang, want) => {
    expect(countryName(code, lang)).toBe(want);
  });

  it('defaults to English and names every listed entry in both languages', () => {
    expect(countryName('FR')).toBe('France');
    for (const c of COUNTRIES) {
      expect(countryName(c.code, 'en')).toBe(c.name);
      expect(countryName(c.code, 'de')).not.toBe(c.code);
    }
  });
});
