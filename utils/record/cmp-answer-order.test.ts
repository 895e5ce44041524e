// A hand-answered banner is read from several CMP writes (the choice cookie, then the "answered" marker). The page's
// reports and the browser's cookie changes reach the worker in any order; every order must give the same answer.
// Found under load in e2e (consent fixture onetrust, accept): the marker, new, was taken from the page's report while
// the updated choice cookie waited for the browser, so an accept was read as the load-time reject.
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../observe/events.ts';
import { cookieStored, navigation } from '../../test/support/raw-events.ts';
import { buildRecord } from './record.ts';

const TAB = 3;
const PAGE = 'https://www.shop.example/';
const groups = (on: 0 | 1): string =>
  `isGpcEnabled=0&version=202411.1.0&groups=${encodeURIComponent(`C0001:1,C0002:${on},C0003:${on}`)}`;
const stored = (name: string, value: string, t: number): AuditEvent =>
  cookieStored(name, 'www.shop.example', value, t, { hostOnly: true, session: false });
const pageWrite = (name: string, value: string, t: number): AuditEvent => ({
  k: 'page-cookie',
  t,
  api: 'document.cookie',
  name,
  value,
  raw: `${name}=${value}; path=/`,
  frameUrl: PAGE,
});

/** Every interleaving of the sequences, each kept in its own order. */
function interleavings<T>(a: T[], b: T[], c: T[]): T[][] {
  const out: T[][] = [];
  const walk = (i: number, j: number, k: number, acc: T[]): void => {
    if (i === a.length && j === b.length && k === c.length) out.push(acc);
    if (i < a.length) walk(i + 1, j, k, [...acc, a[i]!]);
    if (j < b.length) walk(i, j + 1, k, [...acc, b[j]!]);
    if (k < c.length) walk(i, j, k + 1, [...acc, c[k]!]);
  };
  walk(0, 0, 0, []);
  return out;
}

describe.each([
  { atLoad: 0, answer: 1, action: 'accept' },
  { atLoad: 1, answer: 0, action: 'reject' },
] as const)('a CMP answer written as two cookies ($action)', ({ atLoad, answer, action }) => {
  // The defaults at load, 4 s before the click: not part of the answer's burst.
  const before = [...navigation(PAGE, TAB, 1000), pageWrite('OptanonConsent', groups(atLoad), 1100)];
  const loadConfirmed = stored('OptanonConsent', groups(atLoad), 1105);
  const page = [pageWrite('OptanonConsent', groups(answer), 5010), pageWrite('OptanonAlertBoxClosed', 'x', 5011)];
  const browser = [stored('OptanonConsent', groups(answer), 5030), stored('OptanonAlertBoxClosed', 'x', 5031)];
  const gesture: AuditEvent = { k: 'gesture', t: 5000, top: true };
  const orders = interleavings(page, browser, [gesture]);

  it(`is one ${action} at the answer's first write, whichever report comes first (${orders.length} orders)`, () => {
    expect(orders).toHaveLength(30);
    for (const order of orders) {
      const r = buildRecord(TAB, [...before, loadConfirmed, ...order]).record!;
      const seen = order.map((e) => `${e.k}:${'name' in e ? e.name : ''}@${e.t}`).join(' ');
      expect(r.consent.choice, seen).toMatchObject({ action, source: 'signal' });
      expect(r.consent.choice!.at, seen).toBeGreaterThanOrEqual(5010);
      expect(r.consent.choice!.at, seen).toBeLessThanOrEqual(5031);
      expect(r.consent.changes, seen).toEqual([]);
    }
  });

  it('a page write the browser never confirms does not outlive a later browser change', () => {
    const r = buildRecord(TAB, [
      ...before,
      loadConfirmed,
      gesture,
      pageWrite('OptanonConsent', groups(answer), 5010),
      stored('OptanonConsent', groups(atLoad), 5020), // the browser kept (or got back) the load-time value
      pageWrite('OptanonAlertBoxClosed', 'x', 5021),
      stored('OptanonAlertBoxClosed', 'x', 5022),
    ]).record!;
    expect(r.consent.choice).toMatchObject({ action: action === 'accept' ? 'reject' : 'accept' });
    expect(r.cookies.find((c) => c.name === 'OptanonConsent')?.value).toBe(groups(atLoad));
  });

  it('a page write the browser has not confirmed for 5 s was not stored: a later answer reads the stored value', () => {
    const r = buildRecord(TAB, [
      ...before,
      loadConfirmed,
      gesture,
      pageWrite('OptanonConsent', groups(answer), 5010), // dropped by the browser without a trace
      { k: 'gesture', t: 15_000, top: true },
      pageWrite('OptanonAlertBoxClosed', 'x', 15_010),
      stored('OptanonAlertBoxClosed', 'x', 15_020),
    ]).record!;
    expect(r.consent.choice).toMatchObject({ action: action === 'accept' ? 'reject' : 'accept', at: 15_010 });
    expect(r.consent.changes).toEqual([]);
  });
});
