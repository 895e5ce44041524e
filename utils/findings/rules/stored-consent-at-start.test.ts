import { describe, expect, it } from 'vitest';
import { contextOf, encodeTc, Visit } from '../../../test/support/findings.ts';
import { storedConsentAtStart } from './stored-consent-at-start.ts';

const ACCEPTED = "{stamp:'x',necessary:true,preferences:true,statistics:true,marketing:true,method:'explicit',ver:1}";

describe('stored-consent-at-start', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      'CMP cookie with an earlier choice rewritten at load',
      (v) => v.scriptCookie('CookieConsent', ACCEPTED, 200, 'https://consent.cookiebot.com/uc.js'),
      ['stored-consent-at-start:consent:stored-consent'],
    ],
    [
      'TC string with purposes loaded without a banner',
      (v) => v.tcf(encodeTc([1, 2]), 'tcloaded', 300),
      ['stored-consent-at-start:consent:stored-consent'],
    ],
    [
      'near: same, but the audit was started clean',
      (v) => v.clean().scriptCookie('CookieConsent', ACCEPTED, 200, 'https://consent.cookiebot.com/uc.js'),
      [],
    ],
    [
      'near: the banner was shown and answered by automation',
      (v) =>
        v
          .tcf(encodeTc([]), 'cmpuishown', 300)
          .choice('accept', 1500)
          .tcf(encodeTc([1, 2]), 'useractioncomplete', 1550),
      [],
    ],
    [
      'near: a CMP cookie written long after load (a manual answer)',
      (v) => v.scriptCookie('CookieConsent', ACCEPTED, 9000, 'https://consent.cookiebot.com/uc.js'),
      [],
    ],
    [
      'near: a quick manual answer 2.6 s after load',
      (v) => v.scriptCookie('CookieConsent', ACCEPTED, 2600, 'https://consent.cookiebot.com/uc.js'),
      [],
    ],
    [
      'near: TCF useractioncomplete within the first second is an answer given here',
      (v) => v.tcf(encodeTc([1, 2]), 'useractioncomplete', 800),
      [],
    ],
  ])('%s', (_name, build, ids) => {
    expect(storedConsentAtStart.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  // Session 16 red team: the CLI's new profile has no earlier visit, so a "stored" consent there is the page's claim.
  it.each<[string, (v: Visit) => Visit]>([
    ['a TC string with purposes loaded without a banner', (v) => v.tcf(encodeTc([1, 2]), 'tcloaded', 300)],
    [
      'a CMP cookie with a choice written at load',
      (v) => v.scriptCookie('CookieConsent', ACCEPTED, 200, 'https://consent.cookiebot.com/uc.js'),
    ],
  ])('is not claimed in a fresh profile: %s', (_name, build) => {
    expect(storedConsentAtStart.run(contextOf(build(new Visit()), { freshProfile: true }))).toEqual([]);
  });

  it('advises a clean audit', () => {
    const [f] = storedConsentAtStart.run(contextOf(new Visit().tcf(encodeTc([1, 2]), 'tcloaded', 300)));
    expect(f?.severity).toBe('info');
    expect(f?.fix).toContain('Start clean audit');
    expect(f?.explanation).toContain('purposes 1,2');
  });
});
