import { describe, expect, it } from 'vitest';
import type { CookieEntry, PageRecord, RequestEntry, StorageEntry } from './record.ts';
import { newPage } from './record.ts';
import {
  auditability, buildView, cookieConfirmation, cookieFlags, countRecord, describeInitiator, expiryLabel, flattenTree, groupRequests,
  hostKey, isFiltering, isPageRecordShape, lengthLabel, pageReportedOnly, relTime, siteKey, statusLabel, type ViewFilter,
} from './record-view.ts';

function req(over: Partial<RequestEntry> & { url: string; host: string; site: string }): RequestEntry {
  return { id: over.url, party: 'third', type: 'script', method: 'GET', t: 1000, frameId: 0, setCookies: [], source: 'browser', ...over };
}

function cookie(over: Partial<CookieEntry> & { name: string; domain: string }): CookieEntry {
  return {
    path: '/', party: 'third', setBy: 'unknown', t: 1000, lastT: 1000, writes: 1, value: 'v', valueLength: 1,
    removed: false, confirmedBy: ['browser'], ...over,
  };
}

function store(over: Partial<StorageEntry> & { key: string; origin: string; host: string }): StorageEntry {
  return { kind: 'localStorage', party: 'first', value: 'x', valueLength: 1, t: 1000, lastT: 1000, writes: 1, frameUrl: over.origin, source: 'page', ...over };
}

function sample(): PageRecord {
  const r = newPage(7, 'https://www.shop.example/', 1000);
  r.requests = [
    req({ url: 'https://www.shop.example/', host: 'www.shop.example', site: 'shop.example', party: 'first', type: 'main_frame', t: 1000 }),
    req({ url: 'https://cdn.shop.example/app.js', host: 'cdn.shop.example', site: 'shop.example', party: 'first', t: 1100 }),
    req({ url: 'https://www.google-analytics.com/g/collect?v=2', host: 'www.google-analytics.com', site: 'google-analytics.com', type: 'ping', t: 1500 }),
    req({ url: 'https://www.google-analytics.com/analytics.js', host: 'www.google-analytics.com', site: 'google-analytics.com', t: 1200 }),
    req({ url: 'https://region1.google-analytics.com/g/collect', host: 'region1.google-analytics.com', site: 'google-analytics.com', type: 'beacon', t: 1600, source: 'page' }),
    req({ url: 'https://td.doubleclick.net/td/rul/1', host: 'td.doubleclick.net', site: 'doubleclick.net', type: 'sub_frame', t: 1700, frameUrl: 'https://www.shop.example/' }),
  ];
  r.cookies = [
    cookie({ name: '_ga', domain: 'shop.example', party: 'first', setBy: 'script', t: 1300 }),
    cookie({ name: 'IDE', domain: 'doubleclick.net', setBy: 'http', t: 1800, confirmedBy: ['browser'] }),
    cookie({ name: 'tmp', domain: 'shop.example', party: 'first', setBy: 'script', t: 1250, confirmedBy: ['page'] }),
  ];
  r.storage = [
    store({ key: '_hjSession', origin: 'https://www.shop.example', host: 'www.shop.example', t: 1400 }),
    store({ key: 'ads', origin: 'https://td.doubleclick.net', host: 'td.doubleclick.net', party: 'third', t: 1900 }),
  ];
  return r;
}

describe('auditability', () => {
  const cases: Array<[unknown, boolean, RegExp?]> = [
    ['https://www.example.com/', true],
    ['http://127.0.0.1:8080/x', true],
    ['HTTPS://EXAMPLE.org', true],
    ['chrome://extensions/', false, /browser or extension page/],
    ['chrome://newtab/', false, /chrome:/],
    ['about:blank', false, /about:/],
    ['about:debugging', false, /browser/],
    ['edge://settings', false, /browser/],
    ['chrome-extension://abc/popup.html', false, /extension page/],
    ['moz-extension://abc/popup.html', false, /extension page/],
    ['view-source:https://a.example/', false, /browser/],
    ['file:///home/u/index.html', false, /Local files/],
    ['data:text/html,<p>hi', false, /data: scheme/],
    ['ftp://files.example/', false, /ftp: scheme/],
    ['https://chromewebstore.google.com/detail/abc', false, /Chrome Web Store/],
    ['https://chrome.google.com/webstore/category/extensions', false, /Chrome Web Store/],
    ['https://chrome.google.com/webstore', false, /Chrome Web Store/],
    ['https://chrome.google.com/intl/en/chrome/', true],
    ['https://chrome.google.com/webstoreX', true],
    ['https://addons.mozilla.org/en-US/firefox/', false, /Firefox protects/],
    ['https://support.mozilla.org/', false, /Firefox protects/],
    ['https://www.mozilla.org/', true],
    ['https://microsoftedge.microsoft.com/addons/detail/x', false, /Edge Add-ons/],
    ['', false, /not available/],
    ['   ', false, /not available/],
    [undefined, false, /not available/],
    [42, false, /not available/],
    ['not a url', false, /not a valid URL/],
    ['http://', false, /not a valid URL/],
  ];
  it.each(cases)('%s -> ok=%s', (url, ok, reason) => {
    const a = auditability(url);
    expect(a.ok).toBe(ok);
    if (!a.ok && reason) expect(a.reason).toMatch(reason);
  });
});

describe('relTime', () => {
  it.each([
    [1000, 1000, '+0 ms'],
    [1350, 1000, '+350 ms'],
    [2250, 1000, '+1.25 s'],
    [13_000, 1000, '+12.0 s'],
    [1000 + 125_000, 1000, '+2 min 05 s'],
    [1000 + 3_780_000, 1000, '+1 h 03 min'],
    [500, 1000, '−500 ms'],
    [Number.NaN, 1000, '?'],
    [Number.POSITIVE_INFINITY, 0, '?'],
  ])('relTime(%s, %s) = %s', (t, start, want) => {
    expect(relTime(t, start)).toBe(want);
  });
});

describe('lengthLabel', () => {
  it.each([[0, '0 chars'], [1, '1 char'], [999, '999 chars'], [4096, '4.1k chars'], [2_500_000, '2.5M chars'], [-1, '?'], [Number.NaN, '?']])(
    '%s -> %s', (n, want) => expect(lengthLabel(n)).toBe(want),
  );
});

describe('groupRequests', () => {
  it('groups by site then host, first party first, then by count', () => {
    const g = groupRequests(sample().requests);
    expect(g.map((s) => [s.site, s.party, s.count])).toEqual([
      ['shop.example', 'first', 2], ['google-analytics.com', 'third', 3], ['doubleclick.net', 'third', 1],
    ]);
    const ga = g[1];
    expect(ga?.hosts.map((h) => [h.host, h.count])).toEqual([['www.google-analytics.com', 2], ['region1.google-analytics.com', 1]]);
    expect(ga?.types).toEqual([{ type: 'beacon', count: 1 }, { type: 'ping', count: 1 }, { type: 'script', count: 1 }]);
    expect(ga?.hosts[0]?.requests.map((r) => r.type)).toEqual(['ping', 'script']);
  });

  it('keeps hostless requests in a named group instead of dropping them', () => {
    const g = groupRequests([req({ url: 'data:image/png;base64,xx', host: '', site: '', party: 'first', type: 'image' })]);
    expect(g).toHaveLength(1);
    expect(g[0]?.site).toBe('(no host)');
    expect(g[0]?.hosts[0]?.host).toBe('(no host)');
  });

  it('is empty for no requests', () => {
    expect(groupRequests([])).toEqual([]);
  });
});

describe('countRecord', () => {
  it('counts the whole record', () => {
    expect(countRecord(sample())).toEqual({
      requests: 6, thirdPartyRequests: 4, sites: 3, thirdPartySites: 2, cookies: 3, thirdPartyCookies: 1,
      storage: 2, beacons: 2, frames: 1,
    });
  });
});

describe('buildView filters', () => {
  const cases: Array<{ name: string; f: ViewFilter; sites: string[]; cookies: string[]; storage: string[]; beacons: number; frames: number }> = [
    { name: 'no filter', f: { thirdPartyOnly: false, query: '' }, sites: ['shop.example', 'google-analytics.com', 'doubleclick.net'], cookies: ['tmp', '_ga', 'IDE'], storage: ['_hjSession', 'ads'], beacons: 2, frames: 1 },
    { name: 'third party only', f: { thirdPartyOnly: true, query: '' }, sites: ['google-analytics.com', 'doubleclick.net'], cookies: ['IDE'], storage: ['ads'], beacons: 2, frames: 1 },
    { name: 'query on host', f: { thirdPartyOnly: false, query: 'DOUBLECLICK' }, sites: ['doubleclick.net'], cookies: ['IDE'], storage: ['ads'], beacons: 0, frames: 1 },
    { name: 'query on cookie name', f: { thirdPartyOnly: false, query: '_ga' }, sites: [], cookies: ['_ga'], storage: [], beacons: 0, frames: 0 },
    { name: 'query on URL path', f: { thirdPartyOnly: false, query: '/g/collect' }, sites: ['google-analytics.com'], cookies: [], storage: [], beacons: 2, frames: 0 },
    { name: 'query plus third party', f: { thirdPartyOnly: true, query: 'shop.example' }, sites: [], cookies: [], storage: [], beacons: 0, frames: 0 },
    { name: 'blank query', f: { thirdPartyOnly: false, query: '   ' }, sites: ['shop.example', 'google-analytics.com', 'doubleclick.net'], cookies: ['tmp', '_ga', 'IDE'], storage: ['_hjSession', 'ads'], beacons: 2, frames: 1 },
  ];
  it.each(cases)('$name', ({ f, sites, cookies, storage, beacons, frames }) => {
    const v = buildView(sample(), f);
    expect(v.sites.map((s) => s.site)).toEqual(sites);
    expect(v.cookies.map((c) => c.name)).toEqual(cookies);
    expect(v.storage.map((s) => s.key)).toEqual(storage);
    expect(v.beacons).toHaveLength(beacons);
    expect(v.frames).toHaveLength(frames);
    expect(v.counts.requests).toBe(6);
  });

  it('isFiltering', () => {
    expect(isFiltering({ thirdPartyOnly: false, query: ' ' })).toBe(false);
    expect(isFiltering({ thirdPartyOnly: true, query: '' })).toBe(true);
    expect(isFiltering({ thirdPartyOnly: false, query: 'a' })).toBe(true);
  });

  it('does not reorder the record it was given', () => {
    const r = sample();
    const before = r.cookies.map((c) => c.name);
    buildView(r);
    expect(r.cookies.map((c) => c.name)).toEqual(before);
  });
});

describe('flattenTree', () => {
  const groups = groupRequests(sample().requests);
  it('shows only site rows when nothing is expanded', () => {
    expect(flattenTree(groups, new Set()).map((r) => r.kind)).toEqual(['site', 'site', 'site']);
  });
  it('expands a site into hosts and a host into its requests', () => {
    const ga = groups[1];
    const host = ga?.hosts[0];
    if (!ga || !host) throw new Error('fixture');
    const rows = flattenTree(groups, new Set([siteKey(ga), hostKey(host)]));
    expect(rows.map((r) => r.kind)).toEqual(['site', 'site', 'host', 'request', 'request', 'host', 'site']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
  it('ignores an expanded host whose site is collapsed', () => {
    const host = groups[1]?.hosts[0];
    if (!host) throw new Error('fixture');
    expect(flattenTree(groups, new Set([hostKey(host)]))).toHaveLength(3);
  });
});

describe('row labels', () => {
  it.each([
    [{ status: 200 }, '200'],
    [{ status: 304, fromCache: true }, '304 (cache)'],
    [{ status: 302, redirectTo: 'https://b/' }, '302 redirect'],
    [{ error: 'net::ERR_BLOCKED_BY_CLIENT', status: 200 }, 'net::ERR_BLOCKED_BY_CLIENT'],
    [{}, 'pending'],
  ])('statusLabel %j', (over, want) => {
    expect(statusLabel(req({ url: 'https://a/', host: 'a', site: 'a', ...over }))).toBe(want);
  });

  it.each([
    [{ initiator: 'https://www.shop.example' }, 'from https://www.shop.example'],
    [{ initiator: 'script:https://cdn/x.js' }, 'by script https://cdn/x.js'],
    [{ frameId: 3, frameUrl: 'https://f.example/' }, 'in frame https://f.example/'],
    [{ type: 'sub_frame' as const, frameId: 3, frameUrl: 'https://top/' }, 'inside https://top/'],
    [{ viaWorker: true }, 'via service worker'],
    [{}, ''],
  ])('describeInitiator %j', (over, want) => {
    expect(describeInitiator(req({ url: 'https://a/', host: 'a', site: 'a', ...over }))).toBe(want);
  });

  it.each([
    [{ httpOnly: true, secure: true, sameSite: 'no_restriction', session: true }, ['HttpOnly', 'Secure', 'SameSite=no_restriction', 'session']],
    [{ sameSite: 'unspecified', session: false, expires: Date.UTC(2030, 0, 2) }, ['expires 2030-01-02']],
    [{ removed: true }, ['removed']],
    [{}, []],
  ])('cookieFlags %j', (over, want) => {
    expect(cookieFlags(cookie({ name: 'a', domain: 'a', ...over }))).toEqual(want);
  });

  it('expiryLabel survives absurd values', () => {
    expect(expiryLabel(1e20)).toBe('?');
    expect(expiryLabel(0)).toBe('1970-01-01');
  });

  it.each([
    [['browser'], 'browser'], [['page', 'browser'], 'browser'], [['page'], 'page'], [[], 'header'],
  ] as const)('cookieConfirmation %j -> %s', (confirmedBy, want) => {
    expect(cookieConfirmation(cookie({ name: 'a', domain: 'a', confirmedBy: [...confirmedBy] }))).toBe(want);
  });

  it('pageReportedOnly', () => {
    expect(pageReportedOnly(cookie({ name: 'a', domain: 'a', confirmedBy: ['page'] }))).toBe(true);
    expect(pageReportedOnly(cookie({ name: 'a', domain: 'a', confirmedBy: [] }))).toBe(true);
    expect(pageReportedOnly(cookie({ name: 'a', domain: 'a', confirmedBy: ['page', 'browser'] }))).toBe(false);
  });
});

describe('isPageRecordShape', () => {
  it.each([
    [sample(), true],
    [newPage(1, 'https://a.example/', 0), true],
    [null, false],
    ['record', false],
    [{ ...sample(), requests: 'x' }, false],
    [{ ...sample(), startedAt: '0' }, false],
    [{ url: 'https://a/' }, false],
  ])('%#', (x, want) => {
    expect(isPageRecordShape(x)).toBe(want);
  });
});
