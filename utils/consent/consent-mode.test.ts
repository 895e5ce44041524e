import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  consentFromGoogleHit, parseConsentCommand, parseGcd, parseGcs, replayConsentMode,
} from './consent-mode.ts';
import type { ConsentCommand } from './consent-mode.ts';

const DENY_ALL = { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' };
const GRANT_ALL = { ad_storage: 'granted', analytics_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' };

function cmd(args: unknown[]): ConsentCommand {
  const c = parseConsentCommand(args);
  if (!c) throw new Error(`not a consent command: ${JSON.stringify(args)}`);
  return c;
}

describe('parseConsentCommand', () => {
  it('parses a default with options', () => {
    const c = cmd(['consent', 'default', { ...DENY_ALL, wait_for_update: 500, region: ['DE', 'AT'] }]);
    expect(c.action).toBe('default');
    expect(c.signals).toEqual(DENY_ALL);
    expect(c.waitForUpdate).toBe(500);
    expect(c.region).toEqual(['DE', 'AT']);
    expect(c.unknown).toEqual({});
    expect(c.invalid).toEqual([]);
  });

  it('keeps unknown keys apart and reports invalid values', () => {
    const c = cmd(['consent', 'update', { analytics_storage: 'granted', ad_storage: 'yes', wait_for_update: -1, my_custom: 'granted', region: [1] }]);
    expect(c.signals).toEqual({ analytics_storage: 'granted' });
    expect(c.unknown).toEqual({ my_custom: 'granted' });
    expect(c.invalid).toEqual(['ad_storage: "yes"', 'wait_for_update: number', 'region: array']);
  });

  it('accepts a single region string', () => {
    expect(cmd(['consent', 'default', { ad_storage: 'denied', region: 'US-CA' }]).region).toEqual(['US-CA']);
  });

  it.each([
    [[]],
    [['consent']],
    [['consent', 'default']],
    [['consent', 'default', null]],
    [['consent', 'default', ['ad_storage']]],
    [['consent', 'revoke', DENY_ALL]],
    [['config', 'G-XXXX', {}]],
    [['event', 'page_view']],
  ])('malformed %j -> null', (args) => {
    expect(parseConsentCommand(args)).toBeNull();
  });

  it('survives objects with throwing getters', () => {
    const evil = Object.defineProperty({}, 'ad_storage', { enumerable: true, get() { throw new Error('boom'); } });
    expect(cmd(['consent', 'default', evil]).invalid).toEqual(['ad_storage: undefined']);
  });
});

describe('replayConsentMode', () => {
  it('default denied, then update granted', () => {
    const s = replayConsentMode([
      { t: 100, cmd: cmd(['consent', 'default', { ...DENY_ALL, wait_for_update: 500 }]) },
      { t: 2500, cmd: cmd(['consent', 'update', GRANT_ALL]) },
    ]);
    expect(s.defaults).toEqual(DENY_ALL);
    expect(s.current).toEqual(GRANT_ALL);
    expect(s.firstDefaultAt).toBe(100);
    expect(s.firstUpdateAt).toBe(2500);
    expect(s.defaultGrantedBeforeUpdate).toEqual([]);
    expect(s.updateBeforeDefault).toBe(false);
    expect(s.history.map((h) => h.current.ad_storage)).toEqual(['denied', 'granted']);
  });

  it('default granted is reported', () => {
    const s = replayConsentMode([
      { t: 10, cmd: cmd(['consent', 'default', { ad_storage: 'denied', analytics_storage: 'granted', ad_user_data: 'granted' }]) },
    ]);
    expect(s.defaultGrantedBeforeUpdate).toEqual(['analytics_storage', 'ad_user_data']);
    expect(s.firstUpdateAt).toBeNull();
  });

  it('update before default is flagged, and the late default does not override the update', () => {
    const s = replayConsentMode([
      { t: 50, cmd: cmd(['consent', 'default', DENY_ALL]) },
      { t: 5, cmd: cmd(['consent', 'update', { analytics_storage: 'granted' }]) },
    ]);
    expect(s.updateBeforeDefault).toBe(true);
    expect(s.current.analytics_storage).toBe('granted');
    expect(s.current.ad_storage).toBe('denied');
    expect(s.history[1]?.applied).toBe(false);
  });

  it('regional defaults: matched, skipped, or assumed when the region is unknown', () => {
    const cmds = [
      { t: 1, cmd: cmd(['consent', 'default', GRANT_ALL]) },
      { t: 2, cmd: cmd(['consent', 'default', { ...DENY_ALL, region: ['DE', 'FR'] }]) },
    ];
    expect(replayConsentMode(cmds, { visitorRegion: 'DE' }).defaultGrantedBeforeUpdate).toEqual([]);
    const us = replayConsentMode(cmds, { visitorRegion: 'US-CA' });
    expect(us.defaultGrantedBeforeUpdate).toHaveLength(4);
    expect(us.regionalDefaultsSkipped).toHaveLength(1);
    expect(replayConsentMode(cmds).defaults.ad_storage).toBe('denied');
  });

  it('empty input', () => {
    const s = replayConsentMode([]);
    expect(s).toMatchObject({ defaults: {}, current: {}, history: [], firstDefaultAt: null, firstUpdateAt: null, updateBeforeDefault: false });
  });
});

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
    expect(parseGcd('11z1p1p1p5')?.adStorage).toEqual({ letter: 'z', default: null, update: null, effective: 'unknown' });
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
    const r = consentFromGoogleHit('https://region1.google-analytics.com/g/collect?v=2&tid=G-X', 'en=page_view&_et=1\nen=scroll&gcs=G111&gcd=13v3v3v3v5l1');
    expect(r?.gcs).toEqual({ adStorage: 'granted', analyticsStorage: 'granted' });
    expect(r?.gcd?.analyticsStorage.letter).toBe('v');
  });

  it('a Google hit without consent parameters still returns, with nulls', () => {
    expect(consentFromGoogleHit('https://www.google-analytics.com/g/collect?v=2')).toMatchObject({ gcs: null, gcd: null, gcsRaw: null });
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

describe('never throws', () => {
  it('on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), fc.string(), fc.string(), (a, b, c, s1, s2) => {
      const parsed = parseConsentCommand([a, b, c]);
      parseConsentCommand(['consent', 'update', c]);
      parseGcs(s1);
      parseGcd(s1);
      consentFromGoogleHit(s1, s2);
      consentFromGoogleHit(`https://www.google-analytics.com/g/collect?gcs=${s1}&gcd=${s2}`, s2);
      if (parsed) replayConsentMode([{ t: 1, cmd: parsed }]);
    }), { numRuns: 500 });
  });
});
