import { describe, expect, it } from 'vitest';
import { contextOf, encodeTc, Visit } from '../../../test/support/findings.ts';
import { consentSignalContradictsBehaviour } from './consent-signal-contradicts-behaviour.ts';

const hit = (gcs: string): string =>
  `https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&gcs=${gcs}&en=page_view`;
const cookiebot = (all: boolean): string =>
  `{stamp:'x',necessary:true,preferences:${all},statistics:${all},marketing:${all},method:'explicit',ver:1}`;
const PIXEL = 'https://connect.facebook.net/en_US/fbevents.js';

describe('consent-signal-contradicts-behaviour', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      'Google hit says granted after the reject',
      (v) => v.choice('reject', 2000).req(hit('G111'), 4000, { type: 'ping' }),
      ['consent-signal-contradicts-behaviour:consent:google-hit@region1.google-analytics.com'],
    ],
    [
      'near: Google hit says denied after the reject',
      (v) => v.choice('reject', 2000).req(hit('G100'), 4000, { type: 'ping' }),
      [],
    ],
    [
      'CMP cookie says rejected (visitor changed their mind), tracking continues',
      (v) =>
        v
          .choice('accept', 1500)
          .scriptCookie('CookieConsent', cookiebot(false), 3000, 'https://consent.cookiebot.com/uc.js')
          .req(PIXEL, 6000),
      ['consent-signal-contradicts-behaviour:consent:cmp-reject@cookiebot'],
    ],
    [
      'near: CMP cookie says accepted',
      (v) =>
        v
          .choice('accept', 1500)
          .scriptCookie('CookieConsent', cookiebot(true), 3000, 'https://consent.cookiebot.com/uc.js')
          .req(PIXEL, 6000),
      [],
    ],
    [
      'reject, but the TC string grants purposes',
      (v) => v.choice('reject', 2000).tcf(encodeTc([1, 2, 3, 4]), 'useractioncomplete', 2100),
      ['consent-signal-contradicts-behaviour:consent:tcf'],
    ],
    [
      'near: reject with an empty TC string',
      (v) => v.choice('reject', 2000).tcf(encodeTc([]), 'useractioncomplete', 2100),
      [],
    ],
  ])('%s', (_name, build, ids) => {
    expect(consentSignalContradictsBehaviour.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('quotes the gcs value and the TC purposes', () => {
    const v = new Visit()
      .choice('reject', 2000)
      .req(hit('G111'), 4000, { type: 'ping' })
      .tcf(encodeTc([1, 3]), 'useractioncomplete', 2100);
    const fs = consentSignalContradictsBehaviour.run(contextOf(v));
    expect(fs[0]?.evidence.notes.join(' ')).toContain('gcs ad_storage (G111)');
    expect(fs[1]?.title).toContain('TCF');
    expect(fs[1]?.explanation).toContain('purposes 1, 3');
  });
});
