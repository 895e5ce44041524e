import { describe, expect, it } from 'vitest';
import type { CmpChoice } from '../consent/cmp-detect.ts';
import { parseConsentCommand, replayConsentMode, type ConsentCommand } from '../consent/consent-mode.ts';
import { consentFromGoogleHit } from '../consent/google-hit-consent.ts';
import {
  checkConsentModeDefaults,
  checkGoogleHitVsCmp,
  checkTcBeforeAction,
  checkTrackingAfterReject,
} from '../consent/signals.ts';
import { decodeTcString, isTcError, type TcDecoded } from '../consent/tcf.ts';
import {
  consentModeDefaultMismatch,
  googleHitMismatch,
  tcBeforeActionMismatch,
  trackingAfterRejectMismatch,
} from './mismatch-text.ts';
import { encodeTc } from '../../test/support/findings.ts';

function tc(purposes: number[], vendors: number[] = []): TcDecoded {
  const d = decodeTcString(encodeTc(purposes, vendors));
  if (isTcError(d)) throw new Error(d.error);
  return d;
}

function command(args: unknown[]): ConsentCommand {
  const c = parseConsentCommand(args);
  if (!c) throw new Error('not a consent command');
  return c;
}

const rejected = (evidence: string): CmpChoice => ({
  cmpId: 'cookiebot',
  state: 'rejected',
  categories: {},
  necessary: [],
  evidence,
  answered: true,
});
const HIT = 'https://region1.google-analytics.com/g/collect?v=2&tid=G-1&gcs=G111&gcd=13r3r3r3r5l1&en=page_view';

// The English rendering must equal the consent module's own wording, so English reports do not change.
describe('mismatch texts', () => {
  it.each<[string, number | null]>([
    ['with a later action', 5000],
    ['without any action', null],
  ])('TC string before action, %s', (_n, actionAt) => {
    const d = tc([1, 2, 3], [10, 20]);
    for (const m of checkTcBeforeAction({ tc: d, storedAt: 1200, userActionAt: actionAt })) {
      expect(tcBeforeActionMismatch(m, 'en', d, 1200, actionAt)).toEqual(m);
      const de = tcBeforeActionMismatch(m, 'de', d, 1200, actionAt);
      expect(de.id).toBe(m.id);
      expect(de.evidence).toHaveLength(m.evidence.length);
      expect(de.message).toBe(
        actionAt === null
          ? 'Ein TCF-Consent-String mit den Zwecken 1, 2, 3 wurde ohne jede Aktion des Besuchers gespeichert.'
          : 'Ein TCF-Consent-String mit den Zwecken 1, 2, 3 wurde 3.800 ms vor der Aktion des Besuchers gespeichert.',
      );
    }
  });

  it.each<[string, number | null]>([
    ['banner answered', 9000],
    ['banner not answered', null],
  ])('Consent Mode default granted, %s', (_n, answeredAt) => {
    const state = replayConsentMode([
      {
        t: 100,
        cmd: command([
          'consent',
          'default',
          { ad_storage: 'granted', analytics_storage: 'granted', functionality_storage: 'granted' },
        ]),
      },
    ]);
    const ms = checkConsentModeDefaults(state, answeredAt).filter((m) => m.id === 'consent-mode-default-granted');
    expect(ms).toHaveLength(1);
    for (const m of ms) {
      expect(consentModeDefaultMismatch(m, 'en', state, answeredAt)).toEqual(m);
      expect(consentModeDefaultMismatch(m, 'de', state, answeredAt)).toMatchObject({
        message:
          'Der Standardwert von Google Consent Mode erteilt ad_storage, analytics_storage, bevor das Consent-Banner beantwortet wurde.',
        evidence: [
          'Standardwert gesetzt bei 100: ad_storage=granted, analytics_storage=granted',
          answeredAt === null ? 'Banner nicht beantwortet' : 'Banner beantwortet bei 9000',
        ],
      });
    }
  });

  it.each<[string, string]>([
    ['one signal', HIT.replace('gcs=G111&gcd=13r3r3r3r5l1&', 'gcs=G101&')],
    ['several signals', HIT],
  ])('Google hit says granted, %s', (_n, url) => {
    const hit = consentFromGoogleHit(url);
    if (!hit) throw new Error('not a Google hit');
    const choice = rejected('CookieConsent=marketing:false');
    const ms = checkGoogleHitVsCmp(hit, choice, url);
    expect(ms).toHaveLength(1);
    for (const m of ms) {
      expect(googleHitMismatch(m, 'en', hit.host, choice, choice.cmpId, url)).toEqual(m);
      const de = googleHitMismatch(m, 'de', hit.host, choice, choice.cmpId, url);
      expect(de.message).toMatch(
        /^Eine Google-Anfrage an region1\.google-analytics\.com meldet die Einwilligung als erteilt \((1 Signal|\d+ Signale)\), obwohl der Besucher in cookiebot abgelehnt hat\.$/,
      );
      expect(de.evidence).toEqual([...m.evidence.slice(0, -2), 'CMP-Entscheidung: CookieConsent=marketing:false', url]);
    }
  });

  it.each<[string, number[]]>([
    ['one request', [5000]],
    ['many requests', [900, 5000, 4000, 7000]],
  ])('tracking after reject, %s', (_n, times) => {
    const requests = times.map((t, i) => ({ t, url: `https://tracker.example/p?i=${i}` }));
    for (const evidence of ['CookieConsent=marketing:false', '']) {
      const choice = rejected(evidence);
      const ms = checkTrackingAfterReject({ choice, rejectedAt: 1000, graceMs: 1000, trackerRequests: requests });
      expect(ms).toHaveLength(1);
      for (const m of ms) {
        expect(trackingAfterRejectMismatch(m, 'en', choice, choice.cmpId, 1000, 1000, requests)).toEqual(m);
        const de = trackingAfterRejectMismatch(m, 'de', choice, choice.cmpId, 1000, 1000, requests);
        expect(de.message).toBe(
          times.length === 1
            ? '1 Tracker-Anfrage, nachdem der Besucher in cookiebot abgelehnt hat.'
            : '3 Tracker-Anfragen, nachdem der Besucher in cookiebot abgelehnt hat.',
        );
        expect(de.evidence[0]).toBe(`abgelehnt bei 1000 (${evidence || 'kein gespeicherter Wert'})`);
        expect(de.evidence[1]).toBe(
          times.length === 1 ? '+4.000 ms https://tracker.example/p?i=0' : '+3.000 ms https://tracker.example/p?i=2',
        );
      }
    }
  });
});
