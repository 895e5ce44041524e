import { describe, expect, it } from 'vitest';
import { contextOf, Visit } from '../../../test/support/findings.ts';
import { noConsentManager } from './no-consent-manager.ts';

const GA = 'https://www.google-analytics.com/analytics.js';

describe('no-consent-manager', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    ['trackers, no CMP anywhere', (v) => v.req(GA, 100).req('https://connect.facebook.net/en_US/fbevents.js', 120), ['no-consent-manager:page:page']],
    ['near: Cookiebot script loaded', (v) => v.req('https://consent.cookiebot.com/uc.js', 50).req(GA, 100), []],
    ['near: only a CMP global reported', (v) => v.globals(['OneTrust'], 30).req(GA, 100), []],
    ['near: only a TCF signal', (v) => v.tcf('CP99LpAP99LpAAKACBENAyEAAP_AAAAAAAAAF5wAoAAgAEAvMAAAAAAA.IF5wAoAAgAEAvMAA', 'cmpuishown', 30).req(GA, 100), []],
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
