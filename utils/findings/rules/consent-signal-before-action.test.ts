import { describe, expect, it } from 'vitest';
import { contextOf, encodeTc, Visit } from '../../../test/support/findings.ts';
import { consentSignalBeforeAction } from './consent-signal-before-action.ts';

const GRANTED = {
  ad_storage: 'granted',
  analytics_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
};
const DENIED = {
  ad_storage: 'denied',
  analytics_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
};

describe('consent-signal-before-action', () => {
  // Session 16 red team: a page's consenting TC string at load passed for a consent stored by an earlier visit, and
  // that skipped this check, also in the CLI's new profile where no earlier visit exists.
  it('checks a "stored" TC string in a fresh profile, not otherwise', () => {
    const stored = (): Visit => new Visit().tcf(encodeTc([1, 2, 3]), 'tcloaded', 400);
    expect(consentSignalBeforeAction.run(contextOf(stored())).map((f) => f.id)).toEqual([]);
    expect(consentSignalBeforeAction.run(contextOf(stored(), { freshProfile: true })).map((f) => f.id)).toEqual([
      'consent-signal-before-action:consent:tcf',
    ]);
  });

  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      'clean start, TC string with purposes before any action',
      (v) => v.clean().tcf(encodeTc([1, 2, 3]), 'tcloaded', 400),
      ['consent-signal-before-action:consent:tcf'],
    ],
    [
      'Consent Mode default granted before the banner was answered',
      (v) => v.gtag(['consent', 'default', GRANTED], 50).choice('accept', 3000),
      ['consent-signal-before-action:consent:consent-mode'],
    ],
    ['near: TC string granting nothing', (v) => v.clean().tcf(encodeTc([]), 'tcloaded', 400), []],
    [
      'near: TC string with purposes after the accept click',
      (v) =>
        v
          .clean()
          .choice('accept', 2000)
          .tcf(encodeTc([1, 2, 3]), 'useractioncomplete', 2100),
      [],
    ],
    [
      'near: Consent Mode default denied, update granted after accept',
      (v) =>
        v.gtag(['consent', 'default', DENIED], 50).choice('accept', 3000).gtag(['consent', 'update', GRANTED], 3010),
      [],
    ],
    [
      'near: not started clean, consent stored earlier (stored-consent-at-start instead)',
      (v) => v.tcf(encodeTc([1, 2, 3]), 'tcloaded', 400),
      [],
    ],
  ])('%s', (_name, build, ids) => {
    expect(consentSignalBeforeAction.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('names the granted signals and shows the default command', () => {
    const v = new Visit().gtag(
      ['consent', 'default', { ad_storage: 'granted', analytics_storage: 'granted', functionality_storage: 'granted' }],
      50,
    );
    const [f] = consentSignalBeforeAction.run(contextOf(v));
    expect(f?.title).toContain('ad_storage, analytics_storage');
    expect(f?.title).not.toContain('functionality_storage');
    expect(f?.evidence.items[0]).toMatchObject({ kind: 'signal', t: 50 });
    expect(f?.evidence.notes).toContain('No visitor choice was recorded.');
  });
});
