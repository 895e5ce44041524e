// Issue 15.1: the page's own signals cannot set the moment of choice without a trusted visitor gesture.
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../observe/events.ts';
import { cookieStored, navigation } from '../../test/support/raw-events.ts';
import { buildRecord } from './record.ts';

const TAB = 3;
const PAGE = 'https://www.shop.example/';
// A TC string with purpose consents (accept) and one without (reject), as in the demo's TCF fixture.
const ACCEPT = 'CQud6xAQud6xAAKACBENAyEAAP_gAAAAAAAAF5wAoAAgAEAvMAAAAAAA.IF5wAoAAgAEAvMAA';
const REJECT = 'CQud6xAQud6xAAKACBENAyEAAAAAAAAAAAAAAAAAAAAA.IF5wAoAAgAEAvMAA';
const nav = navigation(PAGE, TAB, 1000);
const tcf = (t: number, tcString: string, top = true, frameUrl = PAGE): AuditEvent => ({
  k: 'page-tcf',
  t,
  tcString,
  eventStatus: 'useractioncomplete',
  cmpId: 10,
  frameUrl,
  top,
});
const cookie = (name: string, domain: string, value: string, t: number): AuditEvent =>
  cookieStored(name, domain, value, t, { hostOnly: true, session: true });

describe('choice gate', () => {
  it('a TCF "useractioncomplete" before any gesture is a claim, not the choice', () => {
    const r = buildRecord(TAB, [...nav, tcf(1200, ACCEPT)]).record!;
    expect(r.consent.choice).toBeNull();
    expect(r.consent.unconfirmed).toEqual([
      expect.objectContaining({ action: 'accept', at: 1200, reason: 'no-gesture' }),
    ]);
  });

  it('the same signal after a trusted gesture is the choice', () => {
    const r = buildRecord(TAB, [...nav, { k: 'gesture', t: 1900, top: true }, tcf(1950, ACCEPT)]).record!;
    expect(r.consent.choice).toMatchObject({ action: 'accept', at: 1950, source: 'signal' });
    expect(r.consent.unconfirmed).toEqual([]);
  });

  it('a gesture whose message arrives after the signal it caused still admits it, but not signals before it', () => {
    const r = buildRecord(TAB, [
      ...nav,
      tcf(1200, REJECT),
      tcf(1950, ACCEPT),
      { k: 'gesture', t: 1900, top: true },
    ]).record!;
    expect(r.consent.choice).toMatchObject({ action: 'accept', at: 1950 });
    expect(r.consent.unconfirmed).toEqual([
      expect.objectContaining({ action: 'reject', at: 1200, reason: 'no-gesture' }),
    ]);
  });

  it('a sub-frame (an ad iframe) never answers for the top page, even after a gesture', () => {
    const r = buildRecord(TAB, [
      ...nav,
      { k: 'gesture', t: 1100, top: true },
      tcf(1200, REJECT, false, 'https://ads.example/frame.html'),
    ]).record!;
    expect(r.consent.choice).toBeNull();
    expect(r.consent.unconfirmed).toEqual([expect.objectContaining({ action: 'reject', reason: 'not-top-frame' })]);
  });

  it("an event without the background's top flag (forged or from an old log) counts as a sub-frame", () => {
    const { top: _top, ...noFlag } = tcf(1200, ACCEPT) as Extract<AuditEvent, { k: 'page-tcf' }>;
    const r = buildRecord(TAB, [...nav, { k: 'gesture', t: 1100, top: true }, noFlag]).record!;
    expect(r.consent.choice).toBeNull();
  });

  it("a CMP cookie written at load without a gesture is a claim; a third party's CMP cookie is not even that", () => {
    const ot = 'isGpcEnabled=0&version=1&groups=C0001%3A1%2CC0002%3A1';
    const atLoad = buildRecord(TAB, [
      ...nav,
      cookie('OptanonConsent', 'www.shop.example', ot, 1100),
      cookie('OptanonAlertBoxClosed', 'www.shop.example', 'x', 1101),
    ]).record!;
    expect(atLoad.consent.choice).toBeNull();
    expect(atLoad.consent.unconfirmed).toHaveLength(1);
    const thirdParty = buildRecord(TAB, [
      ...nav,
      { k: 'gesture', t: 1050, top: true },
      cookie('OptanonConsent', 'ads.example', ot, 1100),
      cookie('OptanonAlertBoxClosed', 'ads.example', 'x', 1101),
    ]).record!;
    expect(thirdParty.consent.choice).toBeNull();
    expect(thirdParty.consent.unconfirmed).toEqual([]);
  });

  it('an automation answer needs no gesture (the product itself clicked)', () => {
    const r = buildRecord(TAB, [
      ...nav,
      { k: 'choice', t: 1500, action: 'reject', source: 'automation', via: 'autoconsent' },
    ]).record!;
    expect(r.consent.choice).toMatchObject({ action: 'reject', source: 'automation' });
  });
});
