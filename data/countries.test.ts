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
    expect(adequate.map((c) => c.code).sort()).toEqual([
      'AD',
      'AR',
      'CA',
      'CH',
      'FO',
      'GB',
      'GG',
      'IL',
      'IM',
      'JE',
      'JP',
      'KR',
      'NZ',
      'US',
      'UY',
    ]);
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

  it('cites each adequacy decision on EUR-Lex with the day it was checked and says where a copy was read instead', () => {
    const adequate = COUNTRIES.filter((c) => c.decision !== null);
    expect(adequate).toHaveLength(15);
    for (const c of adequate) {
      const d = c.decision;
      expect(d?.source, c.code).toMatch(
        /^https:\/\/eur-lex\.europa\.eu\/legal-content\/EN\/TXT\/\?uri=CELEX:3\d{4}D\d{4}$/,
      );
      // The CELEX number carries the decision's year and number (e.g. 2002/2/EC -> 32002D0002).
      const [, year, num] = /(\d{4})\/(\d+)/.exec(d?.reference ?? '') ?? [];
      expect(d?.source.endsWith(`3${year}D${String(num).padStart(4, '0')}`), `${c.code} ${d?.reference}`).toBe(true);
      expect(d?.checked, c.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d?.readIn === undefined || d.readIn.trim().length > 0).toBe(true);
    }
    expect(countryLegal('JP')?.decision?.scope).toMatch(/Supplementary Rules/);
    expect(countryLegal('IL')?.decision?.scope).toMatch(/automated/);
    expect(countryLegal('UY')?.decision?.scope).toMatch(/automated/);
  });

  it('keeps the UK renewal "not known" until an official source is read, and says so', () => {
    const gb = countryLegal('GB');
    expect(gb?.decision).toMatchObject({ date: '2021-06-28', reference: expect.stringContaining('2021/1772') });
    expect(gb?.renewal).toMatchObject({ date: null, validUntil: null, source: null });
    expect(gb?.renewal?.note).toMatch(/not known/);
    expect(gb?.note).toMatch(/renewal/);
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
    expect(countryLegal('sg')).toEqual({
      code: 'SG',
      name: 'Singapore',
      status: 'third-country',
      decision: null,
      source: ADEQUACY_SOURCE,
      checked: CHECKED,
    });
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
