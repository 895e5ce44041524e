import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseConsentCommand, replayConsentMode } from './consent-mode.ts';
import { consentFromGoogleHit, parseGcd, parseGcs } from './google-hit-consent.ts';
import type { ConsentCommand } from './consent-mode.ts';

const DENY_ALL = {
  ad_storage: 'denied',
  analytics_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
};
const GRANT_ALL = {
  ad_storage: 'granted',
  analytics_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
};

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
    const c = cmd([
      'consent',
      'update',
      { analytics_storage: 'granted', ad_storage: 'yes', wait_for_update: -1, my_custom: 'granted', region: [1] },
    ]);
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
    const evil = Object.defineProperty({}, 'ad_storage', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
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
      {
        t: 10,
        cmd: cmd([
          'consent',
          'default',
          { ad_storage: 'denied', analytics_storage: 'granted', ad_user_data: 'granted' },
        ]),
      },
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
    expect(s).toMatchObject({
      defaults: {},
      current: {},
      history: [],
      firstDefaultAt: null,
      firstUpdateAt: null,
      updateBeforeDefault: false,
    });
  });
});

describe('never throws', () => {
  it('on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.string(), fc.string(), (a, b, c, s1, s2) => {
        const parsed = parseConsentCommand([a, b, c]);
        parseConsentCommand(['consent', 'update', c]);
        parseGcs(s1);
        parseGcd(s1);
        consentFromGoogleHit(s1, s2);
        consentFromGoogleHit(`https://www.google-analytics.com/g/collect?gcs=${s1}&gcd=${s2}`, s2);
        if (parsed) replayConsentMode([{ t: 1, cmd: parsed }]);
      }),
      { numRuns: 500 },
    );
  });
});
