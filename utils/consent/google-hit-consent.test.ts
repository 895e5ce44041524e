import { describe, it, expect } from 'vitest';
import { consentFromGoogleHit, parseGcd, parseGcs } from './google-hit-consent.ts';

describe('parseGcs', () => {
  it.each([
    ['G100', 'denied', 'denied'],
    ['G101', 'denied', 'granted'],
    ['G110', 'granted', 'denied'],
    ['G111', 'granted', 'granted'],
    ['G1--', 'not-set', 'not-set'],
    ['G1-1', 'not-set', 'granted'],
  ])('%s', (v, ad, an) => {
    expect(parseGcs(v)).toEqual({ adStorage: ad, analyticsStorage: an });
  });

  it.each(['', 'G1', 'G2', 'G1111', 'G12x', 'g111', '111'])('%j -> null', (v) => {
    expect(parseGcs(v)).toBeNull();
  });
});

describe('parseGcd', () => {
  it.each([
    ['11p1p1p1p5', ['p', 'denied', null, 'denied']],
    ['11l1l1l1l5', ['l', null, null, 'not-set']],
    ['11q1q1q1q5', ['q', 'denied', 'denied', 'denied']],
    ['11t1t1t1t5', ['t', 'granted', null, 'granted']],
    ['13r3r3r3r5l1', ['r', 'denied', 'granted', 'granted']],
    ['11m1m1m1m5', ['m', null, 'denied', 'denied']],
    ['11n1n1n1n5', ['n', null, 'granted', 'granted']],
    ['11u1u1u1u5', ['u', 'granted', 'denied', 'denied']],
    ['11v1v1v1v5', ['v', 'granted', 'granted', 'granted']],
  ])('%s', (v, [letter, def, upd, eff]) => {
    const g = parseGcd(v);
    expect(g?.adPersonalization).toEqual({ letter, default: def, update: upd, effective: eff });
  });

  it('reads each signal by position', () => {
    const g = parseGcd('13r3p3t3l5l1');
    expect(g?.adStorage.effective).toBe('granted');
    expect(g?.analyticsStorage.effective).toBe('denied');
    expect(g?.adUserData.effective).toBe('granted');
    expect(g?.adPersonalization.effective).toBe('not-set');
    expect(g?.rest).toBe('5l1');
  });

  it('unknown letters are kept as unknown', () => {
    expect(parseGcd('11z1p1p1p5')?.adStorage).toEqual({
      letter: 'z',
      default: null,
      update: null,
      effective: 'unknown',
    });
  });

  it.each(['', '11', '11p1p1p', 'pp1p1p1p5', 'x'.repeat(100), '11P1P1P1P5'])('%j -> null', (v) => {
    expect(parseGcd(v)).toBeNull();
  });
});

describe('consentFromGoogleHit', () => {
  it.each([
    ['https://region1.google-analytics.com/g/collect?v=2&tid=G-X&gcs=G100&gcd=13p3p3p3p5l1', 'G100', '13p3p3p3p5l1'],
    ['https://www.google-analytics.com/g/collect?v=2&gcs=G111', 'G111', null],
    ['https://region1.analytics.google.com/g/collect?gcd=11r1r1r1r5', null, '11r1r1r1r5'],
    ['https://www.googleadservices.com/pagead/conversion/123/?gcs=G101&gcd=11t1t1t1t5', 'G101', '11t1t1t1t5'],
    ['https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/?gcd=11p1p1p1p5', null, '11p1p1p1p5'],
    ['https://www.google.com/ccm/collect?gcs=G100', 'G100', null],
    ['https://www.google.de/pagead/1p-conversion/1/?gcs=G110', 'G110', null],
  ])('%s', (url, gcs, gcd) => {
    const r = consentFromGoogleHit(url);
    expect(r?.gcsRaw).toBe(gcs);
    expect(r?.gcdRaw).toBe(gcd);
    if (gcs) expect(r?.gcs).toEqual(parseGcs(gcs));
    if (gcd) expect(r?.gcd).toEqual(parseGcd(gcd));
  });

  it('reads the POST body of a GA4 batch', () => {
    const r = consentFromGoogleHit(
      'https://region1.google-analytics.com/g/collect?v=2&tid=G-X',
      'en=page_view&_et=1\nen=scroll&gcs=G111&gcd=13v3v3v3v5l1',
    );
    expect(r?.gcs).toEqual({ adStorage: 'granted', analyticsStorage: 'granted' });
    expect(r?.gcd?.analyticsStorage.letter).toBe('v');
  });

  it('a Google hit without consent parameters still returns, with nulls', () => {
    expect(consentFromGoogleHit('https://www.google-analytics.com/g/collect?v=2')).toMatchObject({
      gcs: null,
      gcd: null,
      gcsRaw: null,
    });
  });

  it.each([
    'https://www.google.com/search?q=gcs&gcs=G111',
    'https://example.com/g/collect?gcs=G111',
    'https://google-analytics.com.evil.example/g/collect?gcs=G111',
    'not a url',
    '',
  ])('%j -> null', (url) => {
    expect(consentFromGoogleHit(url)).toBeNull();
  });

  it('garbage consent values parse to null without throwing', () => {
    const r = consentFromGoogleHit('https://www.google-analytics.com/g/collect?gcs=%E0%A4%A&gcd=zzz');
    expect(r?.gcs).toBeNull();
    expect(r?.gcd).toBeNull();
  });
});
