import { describe, expect, it } from 'vitest';
import { contextOf, START, Visit } from '../../../test/support/findings.ts';
import { noConsentManager } from './no-consent-manager.ts';

const GA = 'https://www.google-analytics.com/analytics.js';

describe('no-consent-manager', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      'trackers, no CMP anywhere',
      (v) => v.req(GA, 100).req('https://connect.facebook.net/en_US/fbevents.js', 120),
      ['no-consent-manager:page:page'],
    ],
    ['near: Cookiebot script loaded', (v) => v.req('https://consent.cookiebot.com/uc.js', 50).req(GA, 100), []],
    ['near: only a CMP global reported', (v) => v.globals(['OneTrust'], 30).req(GA, 100), []],
    [
      'near: only a TCF signal',
      (v) =>
        v
          .tcf('CP99LpAP99LpAAKACBENAyEAAP_AAAAAAAAAF5wAoAAgAEAvMAAAAAAA.IF5wAoAAgAEAvMAA', 'cmpuishown', 30)
          .req(GA, 100),
      [],
    ],
    [
      'a first-party Matomo collector and no CMP',
      (v) => v.req('https://stats.shop.example/matomo.php?idsite=1&rec=1&_id=0123456789abcdef', 100, { type: 'image' }),
      ['no-consent-manager:page:page'],
    ],
    [
      'near: a banner the automation found but the data cannot name',
      (v) => {
        v.events.push({
          k: 'automation',
          t: START + 900,
          status: 'popup-found',
          cmp: 'Complianz optin',
          detail: 'open banner found',
        });
        return v.req(GA, 1000);
      },
      [],
    ],
    [
      'near: a banner answered by the visitor (a recorded choice), CMP unknown',
      (v) => v.req(GA, 100).choice('reject', 2000),
      [],
    ],
    [
      'near: the automation looked and found no banner',
      (v) => {
        v.events.push({ k: 'automation', t: START + 900, status: 'no-banner', detail: 'no known button text' });
        return v.req(GA, 1000);
      },
      ['no-consent-manager:page:page'],
    ],
    ['near: no trackers', (v) => v.req('https://www.shop.example/app.js', 100), []],
  ])('%s', (_name, build, ids) => {
    expect(noConsentManager.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('names the trackers', () => {
    const [f] = noConsentManager.run(contextOf(new Visit().req(GA, 100)));
    expect(f?.severity).toBe('warning');
    expect(f?.explanation).toContain('Google Analytics (Universal Analytics)');
  });
});
