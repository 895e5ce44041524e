import { describe, it, expect } from 'vitest';
import { encodeTc } from '../../test/support/findings.ts';
import {
  checkConsentModeDefaults,
  checkGoogleHitVsCmp,
  checkTcBeforeAction,
  checkTrackingAfterReject,
} from './signals.ts';
import { decodeTcString, isTcError } from './tcf.ts';
import type { TcDecoded } from './tcf.ts';
import { parseConsentCommand, replayConsentMode } from './consent-mode.ts';
import type { ConsentCommand } from './consent-mode.ts';
import { consentFromGoogleHit, type GoogleHitConsent } from './google-hit-consent.ts';
import type { CmpChoice } from './cmp-detect.ts';

function tc(purposes: number[]): TcDecoded {
  const d = decodeTcString(encodeTc(purposes, [], 7));
  if (isTcError(d)) throw new Error(d.error);
  return d;
}

function cmd(args: unknown[]): ConsentCommand {
  const c = parseConsentCommand(args);
  if (!c) throw new Error('bad command');
  return c;
}

function hit(url: string): GoogleHitConsent {
  const h = consentFromGoogleHit(url);
  if (!h) throw new Error('not a Google hit');
  return h;
}

const choice = (state: CmpChoice['state']): CmpChoice => ({
  cmpId: 'onetrust',
  state,
  categories: {},
  necessary: [],
  evidence: 'cookie OptanonConsent=groups=…',
  answered: true,
});

describe('checkTcBeforeAction', () => {
  it.each([
    ['purposes stored, no action', [1, 2], 100, null, true],
    ['purposes stored before action', [1], 100, 500, true],
    ['purposes stored after action (near)', [1, 2], 600, 500, false],
    ['purposes stored at the action instant (near)', [1], 500, 500, false],
    ['empty TC string before action (near)', [], 100, null, false],
  ])('%s', (_n, purposes, storedAt, userActionAt, fires) => {
    const r = checkTcBeforeAction({ tc: tc(purposes), storedAt, userActionAt });
    expect(r.map((m) => m.id)).toEqual(fires ? ['tcf-consent-before-action'] : []);
    if (fires) expect(r[0]?.message).toContain(purposes.join(', '));
  });
});

describe('checkConsentModeDefaults', () => {
  const defaultGranted = replayConsentMode([
    { t: 10, cmd: cmd(['consent', 'default', { ad_storage: 'granted', analytics_storage: 'denied' }]) },
  ]);
  const defaultDenied = replayConsentMode([
    {
      t: 10,
      cmd: cmd([
        'consent',
        'default',
        {
          ad_storage: 'denied',
          analytics_storage: 'denied',
          functionality_storage: 'granted',
          security_storage: 'granted',
        },
      ]),
    },
  ]);
  const updateFirst = replayConsentMode([
    { t: 5, cmd: cmd(['consent', 'update', { ad_storage: 'denied' }]) },
    { t: 10, cmd: cmd(['consent', 'default', { ad_storage: 'denied' }]) },
  ]);

  it.each([
    ['granted default, banner never answered', defaultGranted, null, ['consent-mode-default-granted']],
    ['granted default before the answer', defaultGranted, 3000, ['consent-mode-default-granted']],
    ['granted default set after the answer (near)', defaultGranted, 5, []],
    ['only functionality/security granted (near)', defaultDenied, null, []],
    ['update before default', updateFirst, null, ['consent-mode-update-before-default']],
  ])('%s', (_n, state, answeredAt, ids) => {
    expect(checkConsentModeDefaults(state, answeredAt).map((m) => m.id)).toEqual(ids);
  });

  it('names the granted signal', () => {
    expect(checkConsentModeDefaults(defaultGranted, null)[0]?.message).toContain('ad_storage');
  });
});

describe('checkGoogleHitVsCmp', () => {
  it.each([
    ['gcs granted after reject', 'https://region1.google-analytics.com/g/collect?gcs=G111', 'rejected', true],
    [
      'gcd granted by update after reject',
      'https://region1.google-analytics.com/g/collect?gcs=G100&gcd=13p3p3r3p5l1',
      'rejected',
      true,
    ],
    [
      'denied hit after reject (near)',
      'https://region1.google-analytics.com/g/collect?gcs=G100&gcd=13q3q3q3q5l1',
      'rejected',
      false,
    ],
    ['granted hit after accept (near)', 'https://region1.google-analytics.com/g/collect?gcs=G111', 'accepted', false],
    ['granted hit with no CMP choice (near)', 'https://region1.google-analytics.com/g/collect?gcs=G111', 'none', false],
    ['hit without consent params (near)', 'https://www.google-analytics.com/g/collect?v=2', 'rejected', false],
  ] as const)('%s', (_n, url, state, fires) => {
    const r = checkGoogleHitVsCmp(hit(url), choice(state), url);
    expect(r.map((m) => m.id)).toEqual(fires ? ['google-hit-granted-after-reject'] : []);
    if (fires) expect(r[0]?.evidence).toContain(url);
  });
});

describe('checkTrackingAfterReject', () => {
  it.each([
    ['requests well after the reject', 'rejected', [1500, 5000], 1, true],
    ['only in-flight requests within the grace period (near)', 'rejected', [1200, 1900], 0, false],
    ['requests before the reject (near)', 'rejected', [100, 900], 0, false],
    ['requests after an accept (near)', 'accepted', [5000], 0, false],
  ] as const)('%s', (_n, state, times, _x, fires) => {
    const r = checkTrackingAfterReject({
      choice: choice(state),
      rejectedAt: 1000,
      trackerRequests: times.map((t) => ({ t, url: `https://tracker.example/p?t=${t}` })),
    });
    expect(r.map((m) => m.id)).toEqual(fires ? ['tracking-after-reject'] : []);
    if (fires) expect(r[0]?.evidence.some((e) => e.startsWith('+4000 ms https://tracker.example/p?t=5000'))).toBe(true);
  });

  it('counts every late request', () => {
    const r = checkTrackingAfterReject({
      choice: choice('rejected'),
      rejectedAt: 0,
      trackerRequests: [{ t: 2000 }, { t: 3000 }, { t: Number.NaN }],
      graceMs: 500,
    });
    expect(r[0]?.message).toMatch(/^2 tracker requests/);
  });
});
