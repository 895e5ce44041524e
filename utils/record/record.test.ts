import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromBeforeRedirect,
  fromBeforeRequest,
  fromErrorOccurred,
  fromResponseStarted,
  type RawCookieChange,
  type RawRequestDetails,
} from '../observe/browser/adapter.ts';
import type { AuditEvent, PageBeacon } from '../observe/events.ts';
import { cookieStored, formLeak, navigation, responseStarted } from '../../test/support/raw-events.ts';
import { buildRecord, cookieDomainFromRaw, RecordBuilder, RequestIndex, type RequestEntry } from './record.ts';

const TAB = 7;
let nextId = 100;
function req(url: string, type = 'script', t = 1000, extra: object = {}): AuditEvent[] {
  return fromBeforeRequest({ requestId: String(nextId++), url, type, tabId: TAB, frameId: 0, timeStamp: t, ...extra });
}
function cookieChange(
  name: string,
  domain: string,
  value = 'v',
  extra: Partial<RawCookieChange['cookie']> = {},
  removed = false,
  cause = 'explicit',
): AuditEvent {
  return cookieStored(name, domain, value, 1500, { sameSite: 'no_restriction', ...extra }, { removed, cause });
}
const nav = (url: string, id = 'main', t = 1000): AuditEvent[] => navigation(url, TAB, t, id);
/** The response of a request of the tab: status 200 unless `extra` says otherwise. */
const responded = (requestId: string, url: string, t: number, extra: Partial<RawRequestDetails> = {}): AuditEvent =>
  responseStarted(requestId, url, TAB, t, extra);
/** A request with its own id, in the top frame. */
const request = (requestId: string, url: string, type: string, t: number): AuditEvent[] =>
  fromBeforeRequest({ requestId, url, type, tabId: TAB, frameId: 0, timeStamp: t });
/** The page's report of a sendBeacon call from the top frame (20 bytes). */
const pageBeacon = (url: string, t: number, o: Partial<PageBeacon> = {}): AuditEvent => ({
  k: 'page-beacon',
  t,
  url,
  bytes: 20,
  frameUrl: 'https://www.shop.example/',
  ...o,
});
/** A sendBeacon's POST as the browser reports it. */
const ping = (requestId: string, url: string, t: number): AuditEvent[] =>
  fromBeforeRequest({ requestId, url, type: 'ping', method: 'POST', tabId: TAB, frameId: 0, timeStamp: t });

describe('RecordBuilder', () => {
  it('keeps the form test (latest fields) and its leaks, capped, and a new page starts without them', () => {
    const leak = formLeak(1300, { url: 'https://t.example/b', host: 't.example' });
    const fields = [{ field: 'email' as const, control: 'email', frameUrl: 'https://www.shop.example/' }];
    const b = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      { k: 'form-test', t: 1200, fields: [] },
      { k: 'form-test', t: 1200, fields },
      ...Array.from({ length: 600 }, () => leak),
    ]);
    expect(b.record!.formTest).toEqual({ t: 1200, fields });
    expect(b.record!.formLeaks).toHaveLength(500);
    // Stored as it came, without the event kind.
    const { k: _k, ...stored } = leak;
    expect(b.record!.formLeaks![0]).toEqual(stored);
    b.apply(nav('https://www.shop.example/next', 'main2', 2000)[0]!);
    expect(b.record!.formTest).toBeUndefined();
    expect(b.record!.formLeaks).toBeUndefined();
  });

  it("keeps each request's own initiator and frame URL, whichever the request before had", () => {
    const [a, b2] = ['https://www.shop.example', 'https://ads.example'];
    const [p, q] = ['https://www.shop.example/', 'https://www.shop.example/frame.html'];
    const order: Array<[string, string]> = [
      [a, p],
      [a, p],
      [b2, q],
      [a, q],
      [b2, p],
      [b2, p],
    ];
    const b = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      ...order.flatMap(([initiator, documentUrl], i) =>
        // Copies of their own, as the browser gives each event.
        req(`https://cdn.example/${i}.js`, 'script', 1001 + i, {
          initiator: [...initiator].join(''),
          documentUrl: [...documentUrl].join(''),
        }),
      ),
    ]);
    const rows = b.record!.requests.filter((r) => r.host === 'cdn.example');
    expect(rows.map((r) => [r.initiator, r.frameUrl])).toEqual(order);
  });

  it('starts a page on navigation and classifies requests by party', () => {
    const b = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      ...req('https://cdn.shop.example/app.js'),
      ...req('https://tracker.example/t.js'),
    ]);
    const r = b.record!;
    expect(r.site).toBe('shop.example');
    expect(r.partial).toBe(false);
    expect(r.requests.map((q) => [q.host, q.party])).toEqual([
      ['www.shop.example', 'first'],
      ['cdn.shop.example', 'first'],
      ['tracker.example', 'third'],
    ]);
  });

  it("gives a host's requests the party of the page's site at the time, across a redirect of the page", () => {
    const events = [
      ...nav('https://shop.example/'),
      ...req('https://cdn.other.example/a.js'),
      ...req('https://cdn.shop.example/a.js'),
      ...fromBeforeRedirect({
        requestId: 'main',
        url: 'https://shop.example/',
        redirectUrl: 'https://www.other.example/',
        statusCode: 302,
        tabId: TAB,
        timeStamp: 1001,
      }),
      ...req('https://cdn.other.example/b.js'),
      ...req('https://cdn.shop.example/b.js'),
    ];
    const r = buildRecord(TAB, events).record!;
    expect(r.site).toBe('other.example');
    expect(r.requests.filter((q) => q.host.startsWith('cdn.')).map((q) => [q.url, q.party])).toEqual([
      ['https://cdn.other.example/a.js', 'third'],
      ['https://cdn.shop.example/a.js', 'first'],
      ['https://cdn.other.example/b.js', 'first'],
      ['https://cdn.shop.example/b.js', 'third'],
    ]);
  });

  it('keeps a main-frame redirect chain in the same page and re-bases the site', () => {
    const events = [
      ...nav('http://shop.example/'),
      ...fromBeforeRedirect({
        requestId: 'main',
        url: 'http://shop.example/',
        redirectUrl: 'https://www.shop.example/de/',
        statusCode: 301,
        tabId: TAB,
        timeStamp: 1001,
      }),
      ...nav('https://www.shop.example/de/', 'main', 1002),
    ];
    const r = buildRecord(TAB, events).record!;
    expect(r.redirects).toEqual([
      { from: 'http://shop.example/', to: 'https://www.shop.example/de/', status: 301, t: 1001 },
    ]);
    expect(r.url).toBe('https://www.shop.example/de/');
    expect(r.requests.map((q) => q.id)).toEqual(['main', 'main#1']);
  });

  it('records each hop of a third-party redirect as its own request', () => {
    const events = [
      ...nav('https://www.shop.example/'),
      ...request('r1', 'https://ads.example/px', 'image', 1100),
      ...fromBeforeRedirect({
        requestId: 'r1',
        url: 'https://ads.example/px',
        redirectUrl: 'https://sync.other.example/px',
        statusCode: 302,
        tabId: TAB,
        timeStamp: 1101,
        responseHeaders: [{ name: 'Set-Cookie', value: 'ad=1; Secure; SameSite=None' }],
      }),
      ...request('r1', 'https://sync.other.example/px', 'image', 1102),
    ];
    const r = buildRecord(TAB, events).record!;
    expect(r.requests.slice(1).map((q) => [q.id, q.host, q.redirectTo ?? null])).toEqual([
      ['r1', 'ads.example', 'https://sync.other.example/px'],
      ['r1#1', 'sync.other.example', null],
    ]);
    expect(r.cookies[0]).toMatchObject({
      name: 'ad',
      domain: 'ads.example',
      setBy: 'http',
      party: 'third',
      setByUrl: 'https://ads.example/px',
    });
  });

  it("lists each response's Set-Cookie names on its own entry; entries without any stay empty", () => {
    const response = (requestId: string, url: string, cookies: string[]) =>
      responded(requestId, url, 1010, {
        responseHeaders: [
          { name: 'content-type', value: 'text/html' },
          ...cookies.map((c) => ({ name: 'Set-Cookie', value: `${c}; Path=/` })),
        ],
      });
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      ...request('2', 'https://ads.example/px', 'image', 1001),
      ...request('3', 'https://cdn.example/a.js', 'script', 1002),
      response('main', 'https://www.shop.example/', []),
      response('2', 'https://ads.example/px', ['uid=1', 'seg=2', 'uid=3']),
      response('3', 'https://cdn.example/a.js', []),
    ]).record!;
    expect(r.requests.map((e) => e.setCookies)).toEqual([[], ['uid', 'seg'], []]);
    expect(JSON.parse(JSON.stringify(r.requests.map((e) => e.setCookies)))).toEqual([[], ['uid', 'seg'], []]);
  });

  it('makes request entries of plain data in the key order the record always had (JSON and for...in alike)', () => {
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      ...request('2', 'https://ads.example/px', 'image', 1001),
      fromResponseStarted({
        requestId: '2',
        url: 'https://ads.example/px',
        statusCode: 200,
        ip: '8.8.8.8',
        tabId: TAB,
      }),
    ]).record!;
    const entry = r.requests[1]!;
    const keys = ['id', 'url', 'host', 'site', 'party', 'type', 'method', 't', 'frameId', 'setCookies', 'source'];
    expect(Object.keys(entry)).toEqual([...keys, 'status', 'fromCache', 'ip']);
    const forIn: string[] = [];
    for (const k in entry) forIn.push(k);
    expect(forIn).toEqual(Object.keys(entry));
    expect(JSON.stringify(entry)).toBe(JSON.stringify({ ...entry }));
    expect(JSON.parse(JSON.stringify(entry))).toStrictEqual({ ...entry, setCookies: [] });
  });

  it('joins a Set-Cookie header and the stored cookie into one http cookie written once', () => {
    const events = [
      ...nav('https://www.shop.example/'),
      responded('main', 'https://www.shop.example/', 1010, {
        ip: '203.0.113.5',
        responseHeaders: [{ name: 'set-cookie', value: 'sid=abc; Path=/; HttpOnly; Secure' }],
      }),
      cookieChange('sid', 'www.shop.example', 'abc', { httpOnly: true }),
    ];
    const r = buildRecord(TAB, events).record!;
    expect(r.requests[0]).toMatchObject({ ip: '203.0.113.5', status: 200, setCookies: ['sid'] });
    expect(r.cookies).toHaveLength(1);
    expect(r.cookies[0]).toMatchObject({
      name: 'sid',
      setBy: 'http',
      party: 'first',
      writes: 1,
      confirmedBy: ['browser'],
      httpOnly: true,
    });
  });

  it('counts one http write once whatever the order of header and cookies.onChanged', () => {
    const events = [
      ...nav('https://www.shop.example/'),
      ...request('px', 'https://px.tracker.example/p.gif', 'image', 1005),
      cookieChange('uid', 'px.tracker.example', 'u1'),
      responded('px', 'https://px.tracker.example/p.gif', 1501, {
        responseHeaders: [{ name: 'set-cookie', value: 'uid=u1; Secure; SameSite=None' }],
      }),
    ];
    const c = buildRecord(TAB, events).record!.cookies;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({
      name: 'uid',
      setBy: 'http',
      writes: 1,
      confirmedBy: ['browser'],
      setByUrl: 'https://px.tracker.example/p.gif',
    });
  });

  it('keeps a request whose start was lost, from its response, and says so', () => {
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      responded('lost', 'https://www.shop.example/live_16', 1784, { ip: '127.0.0.1' }),
    ]).record!;
    expect(r.requests[1]).toMatchObject({
      url: 'https://www.shop.example/live_16',
      status: 200,
      ip: '127.0.0.1',
      type: 'other',
    });
    expect(r.errors[0]!.message).toContain('request start not recorded');
  });

  it('a late report of an older write neither overwrites the value nor moves the choice back in time', () => {
    const ot = (groups: string) => `isGpcEnabled=0&version=1&groups=${encodeURIComponent(groups)}`;
    const events: AuditEvent[] = [
      ...nav('https://www.shop.example/'),
      { ...cookieChange('OptanonConsent', 'www.shop.example', ot('C0001:1,C0002:0')), t: 1040 },
      // The visitor accepts at 1100 (a trusted click just before): the CMP rewrites its cookie and sets the answered marker.
      { k: 'gesture', t: 1095, top: true },
      { ...cookieChange('OptanonConsent', 'www.shop.example', ot('C0001:1,C0002:1')), t: 1100 },
      { ...cookieChange('OptanonAlertBoxClosed', 'www.shop.example', '2026-11-29T10:00:00Z'), t: 1101 },
      // The page's own report of the load-time write arrives last (parsed in idle time).
      {
        k: 'page-cookie',
        t: 1040,
        api: 'document.cookie',
        name: 'OptanonConsent',
        value: ot('C0001:1,C0002:0'),
        raw: `OptanonConsent=${ot('C0001:1,C0002:0')}`,
        frameUrl: 'https://www.shop.example/',
      },
    ];
    const r = buildRecord(TAB, events).record!;
    expect(r.cookies.find((c) => c.name === 'OptanonConsent')!.value).toContain('C0002%3A1');
    expect(r.consent.choice).toMatchObject({ action: 'accept', at: 1100, source: 'signal' });
  });

  it('the CMP cookies written together with the answer are all after the choice', () => {
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      { k: 'gesture', t: 3600, top: true },
      { ...cookieChange('cmplz_statistics', 'www.shop.example', 'deny'), t: 3630 },
      { ...cookieChange('cmplz_marketing', 'www.shop.example', 'deny'), t: 3631 },
      { ...cookieChange('cmplz_functional', 'www.shop.example', 'allow'), t: 3632 },
      { ...cookieChange('cmplz_banner-status', 'www.shop.example', 'dismissed'), t: 3633 },
    ]).record!;
    expect(r.consent.choice).toMatchObject({ action: 'reject', at: 3630 });
  });

  it('joins a page-reported script write and the stored cookie, keeping the script', () => {
    const events: AuditEvent[] = [
      ...nav('https://www.shop.example/'),
      {
        k: 'page-cookie',
        t: 1200,
        api: 'document.cookie',
        name: '_ad_id',
        value: 'x1',
        raw: '_ad_id=x1; domain=.shop.example; path=/',
        frameUrl: 'https://www.shop.example/',
        script: 'https://tracker.example/t.js',
      },
      cookieChange('_ad_id', '.shop.example', 'x1'),
    ];
    const c = buildRecord(TAB, events).record!.cookies;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({
      name: '_ad_id',
      domain: 'shop.example',
      setBy: 'script',
      script: 'https://tracker.example/t.js',
      party: 'first',
      writes: 1,
    });
    expect(c[0]!.confirmedBy.sort()).toEqual(['browser', 'page']);
  });

  it('a cookie seen only by the browser is "unknown" unless HttpOnly proves a header', () => {
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      cookieChange('a', 'tracker.example'),
      cookieChange('b', 'tracker.example', 'v', { httpOnly: true }),
    ]).record!;
    expect(r.cookies.map((c) => [c.name, c.setBy, c.party])).toEqual([
      ['a', 'unknown', 'third'],
      ['b', 'http', 'third'],
    ]);
  });

  it('counts rewrites and marks removals (but not overwrite removals)', () => {
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      cookieChange('n', 'www.shop.example', '1'),
      cookieChange('n', 'www.shop.example', '1', {}, true, 'overwrite'),
      { ...cookieChange('n', 'www.shop.example', '2'), t: 5000 },
    ]).record!;
    expect(r.cookies[0]).toMatchObject({ writes: 2, value: '2', removed: false });
    const r2 = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      cookieChange('n', 'www.shop.example'),
      cookieChange('n', 'www.shop.example', 'v', {}, true, 'explicit'),
    ]).record!;
    expect(r2.cookies[0]!.removed).toBe(true);
  });

  it('records storage writes per origin and key with the writing script', () => {
    const w = (key: string, t: number, origin = 'https://www.shop.example'): AuditEvent => ({
      k: 'page-storage',
      t,
      api: 'localStorage',
      origin,
      key,
      value: 'v'.repeat(10),
      valueLength: 10,
      frameUrl: origin + '/',
      script: 'https://tracker.example/t.js',
    });
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      w('uid', 1100),
      w('uid', 1200),
      w('x', 1300, 'https://widget.example'),
    ]).record!;
    expect(r.storage.map((s) => [s.key, s.party, s.writes])).toEqual([
      ['uid', 'first', 2],
      ['x', 'third', 1],
    ]);
  });

  it('says how the writes of a storage key were seen (hook, poll), each way once', () => {
    const w = (t: number, seenBy?: 'hook' | 'poll'): AuditEvent => ({
      k: 'page-storage',
      t,
      api: 'indexedDB',
      origin: 'https://www.shop.example',
      key: 'db',
      value: '',
      valueLength: 0,
      frameUrl: 'blob:https://www.shop.example/1',
      ...(seenBy ? { seenBy } : {}),
    });
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      w(1100, 'poll'),
      w(1200),
      w(1300, 'hook'),
      w(1400, 'poll'),
    ]).record!;
    expect(r.storage[0]).toMatchObject({
      writes: 4,
      seenBy: ['poll', 'hook'],
      frameUrl: 'blob:https://www.shop.example/1',
    });
  });

  it('adds the script of a beacon to the browser ping request instead of a second entry', () => {
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      ...ping('b1', 'https://tracker.example/beacon', 1300),
      pageBeacon('https://tracker.example/beacon', 1299, { script: 'https://tracker.example/t.js' }),
      pageBeacon('https://tracker.example/other', 1400),
    ]).record!;
    expect(
      r.requests
        .filter((q) => q.type === 'ping' || q.type === 'beacon')
        .map((q) => [q.url, q.source, q.initiator ?? null]),
    ).toEqual([
      ['https://tracker.example/beacon', 'browser', 'script:https://tracker.example/t.js'],
      ['https://tracker.example/other', 'page', null],
    ]);
  });

  it("a beacon keeps how far its script is trusted, on the browser's ping, on a page-only entry and in Firefox order", () => {
    const beacon = (url: string, t: number, attribution: 'named-by-page' | 'confident'): AuditEvent =>
      pageBeacon(url, t, { script: 'https://www.googletagmanager.com/gtag/js', attribution });
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      ...ping('b1', 'https://tracker.example/twin', 1300),
      beacon('https://tracker.example/twin', 1301, 'named-by-page'),
      beacon('https://tracker.example/page-only', 1400, 'confident'),
      beacon('https://tracker.example/early', 1450, 'named-by-page'),
      ...ping('b2', 'https://tracker.example/early', 1460),
    ]).record!;
    expect(
      r.requests.filter((q) => q.initiator?.startsWith('script:')).map((q) => [q.url, q.source, q.attribution]),
    ).toEqual([
      ['https://tracker.example/twin', 'browser', 'named-by-page'],
      ['https://tracker.example/page-only', 'page', 'confident'],
      ['https://tracker.example/early', 'browser', 'named-by-page'],
    ]);
  });

  it("a beacon the page reports before the browser sees its ping (Firefox order) is one request, the browser's", () => {
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      pageBeacon('https://tracker.example/beacon', 1299, { script: 'https://tracker.example/t.js' }),
      ...ping('b1', 'https://tracker.example/beacon', 1300),
      responded('b1', 'https://tracker.example/beacon', 1310, { statusCode: 204, ip: '127.0.0.1' }),
      ...ping('b2', 'https://tracker.example/beacon', 1500),
    ]).record!;
    const pings = r.requests.filter((q) => q.type === 'ping' || q.type === 'beacon');
    expect(pings.map((q) => [q.id, q.type, q.source, q.initiator ?? null, q.status ?? null, q.t])).toEqual([
      ['b1', 'ping', 'browser', 'script:https://tracker.example/t.js', 204, 1299],
      ['b2', 'ping', 'browser', null, null, 1500],
    ]);
  });

  it('two page beacons to one URL are claimed by two pings, each once', () => {
    const url = 'https://tracker.example/beacon';
    const beacon = (t: number): AuditEvent => pageBeacon(url, t, { script: 'https://tracker.example/t.js' });
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/'),
      beacon(1200),
      beacon(1250),
      ...ping('b1', url, 1300),
      ...ping('b2', url, 1310),
      ...ping('b3', url, 1320),
    ]).record!;
    expect(r.requests.filter((q) => q.url === url).map((q) => [q.id, q.source, q.initiator ?? null])).toEqual([
      ['b1', 'browser', 'script:https://tracker.example/t.js'],
      ['b2', 'browser', 'script:https://tracker.example/t.js'],
      ['b3', 'browser', null],
    ]);
  });

  it("a page report written before the navigation started belongs to the previous document and is not this page's", () => {
    const late = (t: number, key: string): AuditEvent => ({
      k: 'page-storage',
      t,
      api: 'localStorage',
      origin: 'https://www.shop.example',
      key,
      value: 'v',
      valueLength: 1,
      frameUrl: 'https://www.shop.example/',
    });
    // The old document's report (written at 900) arrives after the new navigation (started at 1000), as at its pagehide.
    const r = buildRecord(TAB, [
      ...nav('https://www.shop.example/next'),
      late(900, 'old_page'),
      late(1100, 'this_page'),
    ]).record!;
    expect(r.storage.map((x) => x.key)).toEqual(['this_page']);
    // Without a navigation (extension installed while the page was open) there is no boundary: all is kept.
    const partial = buildRecord(TAB, [...req('https://x.example/a.js', 'script', 1000), late(900, 'kept')]).record!;
    expect(partial.storage.map((x) => x.key)).toEqual(['kept']);
  });

  it('a new navigation starts a new record; events before any navigation make a partial one', () => {
    const b = buildRecord(TAB, [
      ...req('https://x.example/a.js'),
      ...nav('https://www.shop.example/', 'n2'),
      ...req('https://y.example/b.js'),
    ]);
    expect(b.record!.requests.map((q) => q.host)).toEqual(['www.shop.example', 'y.example']);
    const partial = buildRecord(TAB, req('https://x.example/a.js')).record!;
    expect(partial.partial).toBe(true);
  });

  it("a new navigation keeps the replaced document's record as the previous one (one only; never a partial one)", () => {
    const b = buildRecord(TAB, [
      ...req('https://x.example/a.js', 'script', 900),
      ...nav('https://www.shop.example/', 'n1', 1000),
      ...req('https://t.example/first.js', 'script', 1100),
      ...nav('https://www.shop.example/', 'n2', 2000),
      ...req('https://t.example/second.js', 'script', 2100),
    ]);
    // The partial record (a.js, before any navigation) is not a previous record of its own.
    expect(b.previous!.requests.map((q) => q.url)).toEqual(['https://www.shop.example/', 'https://t.example/first.js']);
    expect(b.record!.requests.map((q) => q.url)).toEqual(['https://www.shop.example/', 'https://t.example/second.js']);
    b.apply(nav('https://www.shop.example/', 'n3', 3000)[0]!);
    expect(b.previous!.requests.map((q) => q.url)).toEqual([
      'https://www.shop.example/',
      'https://t.example/second.js',
    ]);
    expect(buildRecord(TAB, nav('https://www.shop.example/')).previous).toBeNull();
  });

  it("a new tab's page report and cookie change that come before its navigation's request are that page's", () => {
    // Seen in Firefox under load: the twin's document.cookie report and the browser's change reached the worker before
    // the webRequest event of the twin's navigation (stamped earlier), which then reset the record they had started.
    const twinWrite: AuditEvent = {
      k: 'page-cookie',
      t: 1_103,
      api: 'document.cookie',
      name: 'twin_only',
      value: '5',
      raw: 'twin_only=5; path=/',
      frameUrl: 'https://www.shop.example/twin.html',
    };
    const b = buildRecord(TAB, [
      ...req('https://old.example/left.js', 'script', 990), // the tab's earlier document: not the new page's
      twinWrite,
      { ...cookieChange('twin_only', 'www.shop.example', '5'), t: 1_200 },
      ...nav('https://www.shop.example/twin.html', 'twin', 1_000),
      ...req('https://www.shop.example/index.html', 'xmlhttprequest', 1_300),
    ]);
    const r = b.record!;
    expect(r.partial).toBe(false);
    expect(r.startedAt).toBe(1_000);
    expect(r.requests.map((q) => q.host)).toEqual(['www.shop.example', 'www.shop.example']);
    expect(r.cookies.map((c) => [c.name, c.value, c.confirmedBy.includes('browser'), c.setBy])).toEqual([
      ['twin_only', '5', true, 'script'],
    ]);
    // A later navigation starts clean: nothing carried twice.
    b.apply(nav('https://www.shop.example/next.html', 'next', 2_000)[0]!);
    expect(b.record!.cookies).toEqual([]);
  });

  it('keeps unparseable URLs and says so', () => {
    const r = buildRecord(TAB, [...nav('https://www.shop.example/'), ...req('not a url')]).record!;
    expect(r.requests[1]).toMatchObject({ url: 'not a url', host: '', party: 'first' });
    expect(r.errors[0]!.message).toContain('unparseable URL');
  });

  it('concernsCookieDomain: the page site and hosts it talked to', () => {
    const b = buildRecord(TAB, [...nav('https://www.shop.example/'), ...req('https://px.tracker.example/p.gif')]);
    expect(b.concernsCookieDomain('.shop.example')).toBe(true);
    expect(b.concernsCookieDomain('tracker.example')).toBe(true);
    expect(b.concernsCookieDomain('unrelated.example')).toBe(false);
  });
});

describe('Resource Timing backup (page-reported resources)', () => {
  const SHOP = 'https://www.shop.example/';
  const pres = (url: string, t = 1200, initiator = 'fetch'): AuditEvent => ({
    k: 'page-resource',
    t,
    url,
    initiator,
    frameUrl: SHOP,
  });
  const resp = (requestId: string, url: string, t = 1100): AuditEvent =>
    fromResponseStarted({ requestId, url, statusCode: 200, tabId: TAB, timeStamp: t, ip: '203.0.113.9' });

  it('a report of a request the browser recorded adds nothing', () => {
    const r = buildRecord(TAB, [...nav(SHOP), ...req('https://api.example/a'), pres('https://api.example/a')]).record!;
    expect(r.requests.map((q) => [q.url, q.source])).toEqual([
      [SHOP, 'browser'],
      ['https://api.example/a', 'browser'],
    ]);
    expect(r.errors).toEqual([]);
  });

  it('keeps a request only the page saw, marked page-reported, and says so', () => {
    const r = buildRecord(TAB, [...nav(SHOP), pres('https://api.example/lost', 1200, 'img')]).record!;
    expect(r.requests[1]).toMatchObject({
      url: 'https://api.example/lost',
      source: 'page',
      type: 'image',
      host: 'api.example',
      party: 'third',
      t: 1200,
    });
    expect(r.errors.map((e) => e.message)).toEqual([
      "request seen only by the page's Resource Timing, its browser events were not received: https://api.example/lost",
    ]);
  });

  it('counts repeats: two loads of one URL, one browser request, one page-only entry', () => {
    const u = 'https://api.example/poll';
    const r = buildRecord(TAB, [...nav(SHOP), ...req(u), pres(u), pres(u, 1300)]).record!;
    expect(r.requests.filter((q) => q.url === u).map((q) => q.source)).toEqual(['browser', 'page']);
    expect(r.errors).toHaveLength(1);
  });

  it('a request start delivered after its response (worker restart) completes the kept entry (sw-restart)', () => {
    const u = 'https://www.shop.example/api/live_26';
    const r = buildRecord(TAB, [
      ...nav(SHOP),
      resp('39', u, 1100),
      ...req(u, 'xmlhttprequest', 1078, { requestId: '39', initiator: 'https://www.shop.example' }),
    ]).record!;
    expect(r.requests.filter((q) => q.url === u)).toEqual([
      expect.objectContaining({ id: '39', source: 'browser', type: 'xmlhttprequest', t: 1078, status: 200 }),
    ]);
    expect(r.errors).toEqual([]);
  });

  it('the browser events arriving after the page report take over its entry and withdraw the note', () => {
    const u = 'https://api.example/late';
    const r = buildRecord(TAB, [
      ...nav(SHOP),
      pres(u, 1200),
      ...req(u, 'xmlhttprequest', 1150, { requestId: 'r9' }),
      resp('r9', u, 1180),
    ]).record!;
    expect(r.requests.filter((q) => q.url === u)).toEqual([
      expect.objectContaining({
        id: 'r9',
        source: 'browser',
        type: 'xmlhttprequest',
        t: 1150,
        status: 200,
        ip: '203.0.113.9',
      }),
    ]);
    expect(r.errors).toEqual([]);
  });

  it('a response whose start was lost claims the page-only entry instead of adding an orphan', () => {
    const u = 'https://api.example/half';
    const r = buildRecord(TAB, [...nav(SHOP), pres(u), resp('r10', u)]).record!;
    expect(r.requests.filter((q) => q.url === u)).toEqual([
      expect.objectContaining({ id: 'r10', source: 'browser', status: 200 }),
    ]);
    expect(r.errors).toEqual([]);
  });

  it('matches by the first URL of a redirected request, not by its hops', () => {
    const a = 'https://t.example/a';
    const b = 'https://t.example/b';
    const events = [
      ...nav(SHOP),
      pres('https://x.example/first'),
      ...req(a, 'image', 1100, { requestId: 'r11' }),
      ...fromBeforeRedirect({ requestId: 'r11', url: a, redirectUrl: b, statusCode: 302, tabId: TAB, timeStamp: 1101 }),
      ...req(b, 'image', 1102, { requestId: 'r11' }),
      pres(a, 1300, 'img'),
    ];
    const r = buildRecord(TAB, events).record!;
    expect(r.requests.filter((q) => q.url === a || q.url === b).map((q) => [q.url, q.source])).toEqual([
      [a, 'browser'],
      [b, 'browser'],
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining('https://x.example/first')]);
  });
});

describe('cookieDomainFromRaw', () => {
  it.each([
    ['a=1; domain=.Example.com; path=/', 'example.com'],
    ['a=1;Domain=example.com', 'example.com'],
    ['a=1; path=/', null],
    // RFC 6265 §5.1.2: a Unicode Domain= is compared in its A-label (punycode) form.
    ['a=1; domain=.münchen.de; path=/', 'xn--mnchen-3ya.de'],
    ['a=1; domain=.MÜNCHEN.de', 'xn--mnchen-3ya.de'],
    ['a=1; domain=bücher.example', 'xn--bcher-kva.example'],
    ['a=1; domain=.xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
  ])('%s', (raw, want) => expect(cookieDomainFromRaw(raw)).toBe(want));
});

describe('IDN cookie domains', () => {
  const PAGE = 'https://www.xn--mnchen-3ya.de/';
  it("a script cookie with a Unicode Domain= on the punycode site is first party and one entry with the browser's record of it", () => {
    const r = buildRecord(TAB, [
      ...nav(PAGE),
      {
        k: 'page-cookie',
        t: 1200,
        api: 'document.cookie',
        name: 'pref',
        value: 'x1',
        raw: 'pref=x1; domain=.münchen.de; path=/',
        frameUrl: PAGE,
      },
      cookieChange('pref', '.xn--mnchen-3ya.de', 'x1', { hostOnly: false }),
    ]).record!;
    expect(r.cookies.map((c) => [c.name, c.domain, c.party])).toEqual([['pref', 'xn--mnchen-3ya.de', 'first']]);
  });

  it('a Set-Cookie header with a Unicode Domain= joins the stored cookie (no false third party, no duplicate)', () => {
    const r = buildRecord(TAB, [
      ...nav(PAGE),
      responded('main', PAGE, 1010, {
        responseHeaders: [{ name: 'set-cookie', value: 'sid=abc; Domain=.münchen.de; Path=/; Secure' }],
      }),
      cookieChange('sid', '.xn--mnchen-3ya.de', 'abc', { hostOnly: false }),
    ]).record!;
    expect(r.cookies).toHaveLength(1);
    expect(r.cookies[0]).toMatchObject({
      name: 'sid',
      domain: 'xn--mnchen-3ya.de',
      party: 'first',
      setBy: 'http',
      writes: 1,
    });
  });
});

describe('request index (bounded, with a scan for older requests)', () => {
  const entry = (id: string, extra: Partial<RequestEntry> = {}): RequestEntry => ({
    id,
    url: `https://a.example/${id}`,
    host: 'a.example',
    site: 'a.example',
    party: 'third',
    type: 'script',
    method: 'GET',
    t: 1,
    frameId: 0,
    setCookies: [],
    source: 'browser',
    ...extra,
  });

  it('holds at most twice its generation, and still finds forgotten ids by scanning', () => {
    const index = new RequestIndex(4);
    const requests: RequestEntry[] = [];
    let most = 0;
    for (let i = 0; i < 100; i++) {
      const e = entry(String(i));
      requests.push(e);
      index.set(String(i), e, requests);
      most = Math.max(most, index.size);
    }
    expect(most).toBe(8);
    expect(index.get('99', 0, requests)).toBe(requests[99]);
    expect(index.get('3', 0, requests)).toBe(requests[3]);
    expect(index.get('nope', 0, requests)).toBeUndefined();
  });

  it('the scan finds the latest hop, skips page-reported entries, and treats a redirected entry as closed', () => {
    const index = new RequestIndex(1);
    const requests = [
      entry('7', { redirectTo: 'https://b.example/' }),
      entry('7#1'),
      entry('7', { source: 'page' }),
      entry('8'),
      entry('9'),
    ];
    expect(index.get('7', 1, requests)).toBe(requests[1]);
    requests[1]!.redirectTo = '';
    expect(index.get('7', 1, requests)).toBeUndefined();
  });

  it('finds what a map of every id set and not deleted holds, with appended entries set by their raw id', () => {
    // The reducer appends a request's entry without indexing it (the index compares the newest ids, then takes them
    // into its maps); claims set an earlier entry, redirects close one and delete its id. Reference: a plain Map.
    const id = fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8');
    const op = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constant('append' as const), id, fc.boolean()) },
      { weight: 1, arbitrary: fc.tuple(fc.constant('claim' as const), id, fc.boolean()) },
      { weight: 1, arbitrary: fc.tuple(fc.constant('redirect' as const), id, fc.boolean()) },
      { weight: 3, arbitrary: fc.tuple(fc.constant('respond' as const), id, fc.boolean()) },
      { weight: 4, arbitrary: fc.tuple(fc.constant('get' as const), id, fc.boolean()) },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const index = new RequestIndex(Number.MAX_SAFE_INTEGER);
        const ref = new Map<string, RequestEntry>();
        const hops = new Map<string, number>();
        const requests: RequestEntry[] = [];
        for (const [k, rid, flag] of ops) {
          const hop = hops.get(rid) ?? 0;
          if (k === 'append') {
            // flag: a page-reported entry (Resource Timing), which nothing indexes until a claim.
            const e = entry(hop ? `${rid}#${hop}` : rid, flag ? { source: 'page', id: `res:${requests.length}` } : {});
            requests.push(e);
            if (!flag) ref.set(rid, e);
          } else if (k === 'claim') {
            const e = requests.findLast((r) => r.source === 'page');
            if (!e) continue;
            e.id = rid;
            e.source = 'browser';
            index.set(rid, e, requests);
            ref.set(rid, e);
          } else if (k === 'redirect') {
            const e = ref.get(rid);
            if (e) e.redirectTo = 'https://b.example/';
            hops.set(rid, hop + 1);
            index.delete(rid, requests);
            ref.delete(rid);
          } else if (k === 'respond') {
            // A response is in: the index leaves such an entry to its scan (no map write), with the same answers.
            const e = ref.get(rid);
            if (e) e.status = 200;
          } else {
            expect(index.get(rid, hop, requests)).toBe(ref.get(rid));
          }
        }
        for (const rid of ['1', '2', '3', '4', '5', '6', '7', '8'])
          expect(index.get(rid, hops.get(rid) ?? 0, requests)).toBe(ref.get(rid));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('takes no map slot for a request whose response is in, and still finds it', () => {
    const index = new RequestIndex(Number.MAX_SAFE_INTEGER);
    const requests: RequestEntry[] = [];
    for (let i = 0; i < 40; i++) requests.push(entry(String(i), { status: 200 }));
    requests.push(entry('40'));
    expect(index.get('40', 0, requests)).toBe(requests[40]);
    // Only the request still waiting for its response is in the maps.
    expect(index.size).toBe(1);
    expect(index.get('3', 0, requests)).toBe(requests[3]);
    expect(index.get('0', 0, requests)).toBe(requests[0]);
  });

  it('does not find an entry a claim replaced once a redirect closed the id (fast-check counterexample)', () => {
    const index = new RequestIndex(Number.MAX_SAFE_INTEGER);
    const page = entry('res:0', { source: 'page' });
    const requests: RequestEntry[] = [page, entry('3')];
    page.id = '3';
    page.source = 'browser';
    index.set('3', page, requests);
    page.redirectTo = 'https://b.example/';
    index.delete('3', requests);
    expect(index.get('3', 1, requests)).toBeUndefined();
    expect(index.get('3', 0, requests)).toBeUndefined();
  });

  it('a late error for a request made long ago lands on its entry, not on an orphan', () => {
    const b = new RecordBuilder(TAB, 4);
    for (const ev of nav('https://www.shop.example/')) b.apply(ev);
    for (let i = 0; i < 50; i++) {
      for (const ev of request(`r${i}`, `https://cdn.example/${i}.js`, 'script', 1000 + i)) b.apply(ev);
      b.apply(responded(`r${i}`, `https://cdn.example/${i}.js`, 1000 + i));
    }
    b.apply(
      fromErrorOccurred({
        requestId: 'r2',
        url: 'https://cdn.example/2.js',
        error: 'net::ERR_ABORTED',
        tabId: TAB,
        timeStamp: 2000,
      }),
    );
    const r = b.record!;
    expect(r.requests).toHaveLength(51);
    expect(r.requests[3]).toMatchObject({ id: 'r2', status: 200, error: 'net::ERR_ABORTED' });
    expect(r.errors).toEqual([]);
  });

  it('builds the same record as an index that never forgets, for any order of request events', () => {
    const id = fc.constantFrom('1', '2', '3', '4', '5', '6', 'main');
    const url = fc.constantFrom(
      'https://www.shop.example/',
      'https://cdn.example/a.js',
      'https://px.tracker.example/p',
      'not a url',
    );
    const step = fc.oneof(
      fc
        .tuple(id, url, fc.constantFrom('script', 'image', 'main_frame'))
        .map(([requestId, u, type]) =>
          fromBeforeRequest({ requestId, url: u, type, tabId: TAB, frameId: 0, timeStamp: 1 }),
        ),
      fc
        .tuple(id, url)
        .map(([requestId, u]) => [
          fromResponseStarted({ requestId, url: u, statusCode: 200, ip: '8.8.8.8', tabId: TAB, timeStamp: 2 }),
        ]),
      fc
        .tuple(id, url, url)
        .map(([requestId, u, to]) =>
          fromBeforeRedirect({ requestId, url: u, redirectUrl: to, statusCode: 302, tabId: TAB, timeStamp: 3 }),
        ),
      fc
        .tuple(id, url)
        .map(([requestId, u]) => [
          fromErrorOccurred({ requestId, url: u, error: 'net::ERR_FAILED', tabId: TAB, timeStamp: 4 }),
        ]),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const small = new RecordBuilder(TAB, 2);
        const full = new RecordBuilder(TAB, Number.MAX_SAFE_INTEGER);
        for (const evs of steps) {
          for (const ev of evs) {
            small.apply(ev);
            full.apply(ev);
          }
        }
        expect(small.record).toEqual(full.record);
      }),
      { numRuns: 2000 },
    );
  });
});
