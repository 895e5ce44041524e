// Requests that never left: the browser's word (a webRequest error before sending, a trusted CSP violation) marks them
// not sent; the page's Resource Timing alone never does, and never touches a request the browser saw.
import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromErrorOccurred, fromResponseStarted } from '../observe/browser/adapter.ts';
import type { AuditEvent, PageResource } from '../observe/events.ts';
import { navigation } from '../../test/support/raw-events.ts';
import { buildRecord, type PageRecord } from './record.ts';

const TAB = 7;
const SHOP = 'https://www.shop.example/';
const PIXEL = 'https://tracker.example/pixel.gif?uid=1';
const nav = navigation(SHOP, TAB, 1000, 'main');

/** A Resource Timing entry; `empty`: no time and no response (what a CSP-blocked load shows). */
const timing = (t: number, o: Partial<PageResource> = {}): PageResource => ({
  k: 'page-resource',
  t,
  url: PIXEL,
  initiator: 'img',
  frameUrl: SHOP,
  ...o,
});
const violation = (t: number, csp = 'img-src', o: Partial<PageResource> = {}): PageResource =>
  timing(t, { initiator: 'other', csp, ...o });
const browserRequest = (id: string, t: number, url = PIXEL): AuditEvent[] =>
  fromBeforeRequest({ requestId: id, url, type: 'image', tabId: TAB, frameId: 0, timeStamp: t });
const failed = (id: string, t: number, error: string, url = PIXEL): AuditEvent =>
  fromErrorOccurred({ requestId: id, url, tabId: TAB, timeStamp: t, error });

const recordOf = (events: AuditEvent[]): PageRecord => buildRecord(TAB, [...nav, ...events]).record!;
const rows = (r: PageRecord): Array<[string, string, string | undefined]> =>
  r.requests.slice(1).map((q) => [q.url, q.source, q.notSent]);

describe('a load the page’s CSP blocked (trusted violation)', () => {
  it('violation first: one not-sent row, which the preload scanner’s and the parser’s empty timings join', () => {
    const r = recordOf([violation(1210), timing(1200, { empty: true }), timing(1205, { empty: true })]);
    expect(rows(r)).toEqual([[PIXEL, 'page', 'csp:img-src']]);
    expect(r.requests[1]!.type).toBe('image');
    expect(r.errors).toEqual([]);
  });

  it('timing first: its page-only row becomes the not-sent row and its "browser events lost" note goes', () => {
    const before = recordOf([timing(1200, { empty: true })]);
    expect(rows(before)).toEqual([[PIXEL, 'page', undefined]]);
    expect(before.errors).toHaveLength(1);
    const r = recordOf([timing(1200, { empty: true }), violation(1210)]);
    expect(rows(r)).toEqual([[PIXEL, 'page', 'csp:img-src']]);
    expect(r.errors).toEqual([]);
  });

  it('both tries’ empty timings before the violation: still one row, marked not sent, no note', () => {
    const r = recordOf([timing(1200, { empty: true }), timing(1205, { empty: true }), violation(1210)]);
    expect(rows(r)).toEqual([[PIXEL, 'page', 'csp:img-src']]);
    expect(r.errors).toEqual([]);
    // No violation: the two empty entries are one request kept as sent, with its note.
    const unconfirmed = recordOf([timing(1200, { empty: true }), timing(1205, { empty: true })]);
    expect(rows(unconfirmed)).toEqual([[PIXEL, 'page', undefined]]);
    expect(unconfirmed.errors).toHaveLength(1);
    // Of another kind, or far apart: two loads.
    const other = recordOf([timing(1200, { empty: true }), timing(1205, { empty: true, initiator: 'script' })]);
    expect(rows(other)).toHaveLength(2);
    const far = recordOf([timing(1200, { empty: true }), timing(9000, { empty: true })]);
    expect(rows(far)).toHaveLength(2);
  });

  it('a blocked fetch (no timing entry at all) is a not-sent row of its own', () => {
    const r = recordOf([violation(1210, 'connect-src')]);
    expect(rows(r)).toEqual([[PIXEL, 'page', 'csp:connect-src']]);
    expect(r.requests[1]!.type).toBe('xmlhttprequest');
  });

  it('never marks a timing entry with time or a response: the request the browser’s events missed stays sent', () => {
    const r = recordOf([violation(1210), timing(1200)]);
    expect(rows(r)).toEqual([
      [PIXEL, 'page', 'csp:img-src'],
      [PIXEL, 'page', undefined],
    ]);
    // Timing first, then the violation: the same.
    const late = recordOf([timing(1200), violation(1210)]);
    expect(rows(late).map((x) => x[2])).toEqual([undefined, 'csp:img-src']);
  });

  it('never marks an empty timing of another kind (the directive decides), nor one far from the violation', () => {
    const kind = recordOf([violation(1210, 'connect-src'), timing(1200, { empty: true })]);
    expect(rows(kind).map((x) => x[2])).toEqual(['csp:connect-src', undefined]);
    const far = recordOf([violation(9000), timing(1200, { empty: true })]);
    expect(rows(far).map((x) => x[2])).toEqual(['csp:img-src', undefined]);
    const frame = recordOf([
      violation(1210, 'img-src', { frameUrl: 'https://ads.example/f' }),
      timing(1200, { empty: true }),
    ]);
    expect(rows(frame).map((x) => x[2])).toEqual(['csp:img-src', undefined]);
  });

  it('only a fetch directive: a frame-ancestors violation names a document that was loaded', () => {
    const r = recordOf([violation(1210, 'frame-ancestors'), violation(1210, 'form-action')]);
    expect(rows(r)).toEqual([]);
  });

  it('never touches the browser’s own request of that URL: a violation only adds a blocked attempt', () => {
    const r = recordOf([...browserRequest('b1', 1200), timing(1200, { empty: true }), violation(1210)]);
    expect(rows(r)).toEqual([
      [PIXEL, 'browser', undefined],
      [PIXEL, 'page', 'csp:img-src'],
    ]);
  });

  it('a browser request after the blocked row is a request of its own, sent', () => {
    const r = recordOf([timing(1200, { empty: true }), violation(1210), ...browserRequest('b2', 1300)]);
    expect(rows(r)).toEqual([
      [PIXEL, 'page', 'csp:img-src'],
      [PIXEL, 'browser', undefined],
    ]);
  });
});

describe('a webRequest error before sending', () => {
  it('marks the request not sent with the error (no address for the name: Chromium and Firefox)', () => {
    for (const error of ['net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST', 'net::ERR_BLOCKED_BY_CSP']) {
      const r = recordOf([...browserRequest('d1', 1200), failed('d1', 1210, error)]);
      expect(rows(r), error).toEqual([[PIXEL, 'browser', error]]);
      expect(r.requests[1]!.error).toBe(error);
    }
  });

  it('not for errors that can come after the request left (client block at the headers, abort, reset)', () => {
    for (const error of [
      'net::ERR_BLOCKED_BY_CLIENT',
      'net::ERR_ABORTED',
      'NS_BINDING_ABORTED',
      'net::ERR_CONNECTION_RESET',
    ]) {
      const r = recordOf([...browserRequest('d2', 1200), failed('d2', 1210, error)]);
      expect(rows(r), error).toEqual([[PIXEL, 'browser', undefined]]);
    }
  });

  it('not once a response came (a redirect hop or headers were received: that request was sent)', () => {
    const response = fromResponseStarted({ requestId: 'd3', url: PIXEL, statusCode: 200, tabId: TAB, timeStamp: 1205 });
    const r = recordOf([...browserRequest('d3', 1200), response, failed('d3', 1210, 'net::ERR_NAME_NOT_RESOLVED')]);
    expect(rows(r)).toEqual([[PIXEL, 'browser', undefined]]);
  });
});
