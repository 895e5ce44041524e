import { describe, expect, it } from 'vitest';
import { encodeTc } from '../../test/support/findings.ts';
import { Log, PAGE, rejectedVisit, T0 } from '../../test/support/visit-log.ts';
import { consentView } from './consent-view.ts';

describe('consentView', () => {
  it('names the CMP, the choice, later changes, Consent Mode and the automation steps', () => {
    const c = consentView(rejectedVisit().record());
    expect(c.cmps.map((x) => [x.id, x.confidence])).toEqual([['cookiebot', 'high']]);
    expect(c.cmps[0]?.evidence).toContain('script: https://consent.cookiebot.com/uc.js');
    expect(c.choice).toEqual({ action: 'reject', at: T0 + 2300, source: 'automation', via: 'autoconsent Cookiebot' });
    expect(c.changes).toEqual([
      { action: 'accept', at: T0 + 9000, source: 'user', via: 'Cookiebot: cookie CookieConsent' },
    ]);
    expect(c.consentMode).toEqual({
      updated: true,
      rows: [
        { signal: 'ad_storage', initial: 'denied', current: 'denied' },
        { signal: 'analytics_storage', initial: 'granted', current: 'denied' },
      ],
    });
    expect(c.automation.map((a) => a.status)).toEqual(['cmp-detected', 'started', 'done']);
    expect(c.tcf).toBeNull();
    expect(c.clean).toBeNull();
    expect(c.storedConsentHint).toBe(false);
  });

  it('reads an accept and the CMP id from TCF useractioncomplete', () => {
    const log = new Log();
    const tc = encodeTc([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [755]);
    log.add({ k: 'page-tcf', t: log.at(300), tcString: tc, eventStatus: 'cmpuishown', frameUrl: PAGE, top: true });
    log.add({ k: 'gesture', t: log.at(1750), top: true });
    log.add({
      k: 'page-tcf',
      t: log.at(1800),
      tcString: tc,
      eventStatus: 'useractioncomplete',
      frameUrl: PAGE,
      top: true,
    });
    const c = consentView(log.record());
    expect(c.choice).toMatchObject({ action: 'accept', at: T0 + 1800, source: 'signal' });
    expect(c.choice?.via).toMatch(/^tcf:useractioncomplete/);
    expect(c.tcf).toEqual({
      cmpId: 10,
      cmpVersion: 1,
      cmpName: 'Quantcast Choice / InMobi CMP',
      eventStatus: 'useractioncomplete',
      t: T0 + 1800,
    });
    expect(c.storedConsentHint).toBe(false);
    expect(c.consentMode).toBeNull();
  });

  it('falls back to the reported CMP id when the TC string does not decode', () => {
    const log = new Log();
    log.add({
      k: 'page-tcf',
      t: log.at(300),
      tcString: 'garbage!',
      eventStatus: 'tcloaded',
      cmpId: 134,
      cmpVersion: 3,
      frameUrl: PAGE,
    });
    expect(consentView(log.record()).tcf).toMatchObject({ cmpId: 134, cmpVersion: 3, cmpName: 'Cookiebot' });
  });

  it('hints at stored consent when a signalled answer is there from the very start (a claim, not the choice)', () => {
    const log = new Log();
    log.add({
      k: 'page-tcf',
      t: log.at(20),
      tcString: encodeTc([1, 2, 3]),
      eventStatus: 'useractioncomplete',
      frameUrl: PAGE,
      top: true,
    });
    const c = consentView(log.record());
    expect(c.choice).toBeNull();
    expect(c.storedConsentHint).toBe(true);
  });

  it('reports what a clean audit found stored instead of hinting', () => {
    const log = new Log();
    log.add({
      k: 'clean',
      t: log.at(-400),
      clearedCookies: 12,
      clearedOrigins: ['https://www.shop.example'],
      storedConsent: ['Cookiebot: accepted (cookie CookieConsent)'],
    });
    log.add({
      k: 'page-tcf',
      t: log.at(20),
      tcString: encodeTc([1, 2, 3]),
      eventStatus: 'useractioncomplete',
      frameUrl: PAGE,
    });
    const c = consentView(log.record());
    expect(c.clean).toEqual({
      at: T0 - 400,
      clearedCookies: 12,
      storedConsent: ['Cookiebot: accepted (cookie CookieConsent)'],
    });
    expect(c.storedConsentHint).toBe(false);
  });

  it('has nothing to say about a page without consent data', () => {
    expect(consentView(new Log().req('https://cdn.shop.example/app.js', 10).record())).toEqual({
      cmps: [],
      tcf: null,
      choice: null,
      changes: [],
      consentMode: null,
      clean: null,
      storedConsentHint: false,
      automation: [],
    });
  });

  it('ignores malformed Consent Mode commands', () => {
    const log = new Log();
    log.add({ k: 'page-consent-mode', t: log.at(10), args: ['consent', 'default', 'nope'], frameUrl: PAGE });
    log.add({ k: 'page-consent-mode', t: log.at(11), args: ['config', 'G-1'], frameUrl: PAGE });
    expect(consentView(log.record()).consentMode).toBeNull();
  });
});
