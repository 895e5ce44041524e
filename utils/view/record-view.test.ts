import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromCookieChange, fromResponseStarted } from '../observe/browser/adapter.ts';
import type { AuditEvent } from '../observe/events.ts';
import { encodeTc } from '../../test/support/findings.ts';
import type { CookieEntry, PageRecord, RequestEntry, StorageEntry } from '../record/record.ts';
import { buildRecord, newPage } from '../record/record.ts';
import {
  asPortPush,
  auditability, buildView, consentView, cookieConfirmation, cookieFlagParts, cookieFlags, countRecord, describeInitiator, expiryLabel,
  flattenTree, groupRequests, hostKey, initiatorParts, isFiltering, isPageRecordShape, isPhaseFilter, lengthLabel, NO_FILTER,
  pageReportedOnly, relTime, responseDetail, siteKey, statusLabel, statusParts, type PhaseFilter, type ViewFilter, type ViewMarks,
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

  it.each([
    ['chrome://extensions/', 'browser-page', 'chrome'], ['ftp://files.example/', 'scheme', 'ftp'], ['file:///x', 'file', undefined],
    ['https://chromewebstore.google.com/', 'chrome-store', undefined], ['https://microsoftedge.microsoft.com/addons/x', 'edge-store', undefined],
    ['https://addons.mozilla.org/', 'firefox-protected', undefined], ['', 'no-url', undefined], ['not a url', 'invalid-url', undefined],
  ])('%s has the code %s for the popup to word', (url, code, scheme) => {
    const a = auditability(url);
    expect(a.ok ? null : [a.code, a.scheme]).toEqual([code, scheme]);
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

  it.each([
    [2250, '+1,25 s'], [13_000, '+12,0 s'], [1350, '+350 ms'], [1000 + 125_000, '+2 min 05 s'],
  ])('German: relTime(%s, 1000, de) = %s', (t, want) => {
    expect(relTime(t, 1000, 'de')).toBe(want);
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
      phases: {
        requests: { 'before-choice': 6, 'after-reject': 0, 'after-accept': 0 },
        cookies: { 'before-choice': 3, 'after-reject': 0, 'after-accept': 0 },
        storage: { 'before-choice': 2, 'after-reject': 0, 'after-accept': 0 },
      },
    });
  });
});

describe('buildView filters', () => {
  const cases: Array<{ name: string; f: ViewFilter; sites: string[]; cookies: string[]; storage: string[]; beacons: number; frames: number }> = [
    { name: 'no filter', f: { thirdPartyOnly: false, query: '', phase: 'all' }, sites: ['shop.example', 'google-analytics.com', 'doubleclick.net'], cookies: ['tmp', '_ga', 'IDE'], storage: ['_hjSession', 'ads'], beacons: 2, frames: 1 },
    { name: 'third party only', f: { thirdPartyOnly: true, query: '', phase: 'all' }, sites: ['google-analytics.com', 'doubleclick.net'], cookies: ['IDE'], storage: ['ads'], beacons: 2, frames: 1 },
    { name: 'query on host', f: { thirdPartyOnly: false, query: 'DOUBLECLICK', phase: 'all' }, sites: ['doubleclick.net'], cookies: ['IDE'], storage: ['ads'], beacons: 0, frames: 1 },
    { name: 'query on cookie name', f: { thirdPartyOnly: false, query: '_ga', phase: 'all' }, sites: [], cookies: ['_ga'], storage: [], beacons: 0, frames: 0 },
    { name: 'query on URL path', f: { thirdPartyOnly: false, query: '/g/collect', phase: 'all' }, sites: ['google-analytics.com'], cookies: [], storage: [], beacons: 2, frames: 0 },
    { name: 'query plus third party', f: { thirdPartyOnly: true, query: 'shop.example', phase: 'all' }, sites: [], cookies: [], storage: [], beacons: 0, frames: 0 },
    { name: 'blank query', f: { thirdPartyOnly: false, query: '   ', phase: 'all' }, sites: ['shop.example', 'google-analytics.com', 'doubleclick.net'], cookies: ['tmp', '_ga', 'IDE'], storage: ['_hjSession', 'ads'], beacons: 2, frames: 1 },
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

  it('non-EU and tracker flags keep only marked items, and do nothing without marks', () => {
    const r = sample();
    const [, , ping, ga, beacon, frame] = r.requests;
    const ide = r.cookies[1];
    const ads = r.storage[1];
    if (!ping || !ga || !beacon || !frame || !ide || !ads) throw new Error('sample');
    const marks: ViewMarks = {
      nonEu: { requests: new Set([frame]), cookies: new Set([ide]), storage: new Set([ads]) },
      trackers: { requests: new Set([ping, ga, frame]), cookies: new Set([ide]), storage: new Set() },
    };
    const nonEu = buildView(r, { ...NO_FILTER, nonEuOnly: true }, marks);
    expect([nonEu.sites.map((s) => s.site), nonEu.cookies.map((c) => c.name), nonEu.storage.map((s) => s.key)]).toEqual([['doubleclick.net'], ['IDE'], ['ads']]);
    const trackers = buildView(r, { ...NO_FILTER, trackersOnly: true }, marks);
    expect(trackers.requestCount).toBe(3);
    expect(trackers.beacons).toHaveLength(1);
    expect(trackers.storage).toHaveLength(0);
    const both = buildView(r, { ...NO_FILTER, trackersOnly: true, nonEuOnly: true, query: 'td.' }, marks);
    expect(both.frames.map((q) => q.host)).toEqual(['td.doubleclick.net']);
    expect(buildView(r, { ...NO_FILTER, nonEuOnly: true, trackersOnly: true }).requestCount).toBe(6);
    expect(buildView(r, { ...NO_FILTER, nonEuOnly: true }, marks).counts.requests).toBe(6);
  });

  it('isFiltering', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, nonEuOnly: true })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, trackersOnly: true })).toBe(true);
    expect(isFiltering({ thirdPartyOnly: false, query: ' ', phase: 'all' })).toBe(false);
    expect(isFiltering({ thirdPartyOnly: true, query: '', phase: 'all' })).toBe(true);
    expect(isFiltering({ thirdPartyOnly: false, query: 'a', phase: 'all' })).toBe(true);
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

  it('structured parts behind the English labels, for the popup to word in its language', () => {
    const r = req({ url: 'https://a/', host: 'a', site: 'a', initiator: 'script:https://cdn/x.js', viaWorker: true, status: 302, redirectTo: 'https://b/' });
    expect(initiatorParts(r)).toEqual([{ kind: 'script', url: 'https://cdn/x.js' }, { kind: 'worker' }]);
    expect(statusParts(r)).toEqual({ kind: 'redirect', status: 302 });
    expect(statusParts(req({ url: 'https://a/', host: 'a', site: 'a', status: 200, fromCache: true }))).toEqual({ kind: 'status', status: 200, fromCache: true });
    expect(cookieFlagParts(cookie({ name: 'a', domain: 'a', secure: true, expires: Date.UTC(2030, 0, 2), removed: true }))).toEqual([
      { kind: 'attr', text: 'Secure' }, { kind: 'expires', date: '2030-01-02' }, { kind: 'removed' },
    ]);
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

  it('asPortPush passes a record or null push and drops anything else', () => {
    const r = sample();
    expect(asPortPush({ type: 'record', record: r })).toEqual({ type: 'record', record: r });
    expect(asPortPush({ type: 'record', record: null })).toEqual({ type: 'record', record: null });
    for (const bad of [null, 'record', { type: 'record' }, { type: 'other', record: r }, { type: 'record', record: { url: 'x' } }]) expect(asPortPush(bad)).toBeNull();
  });
});

// ---------------------------------------------------------------- phases and consent, through the real adapter and reducer

const T0 = 1_700_000_000_000;
const PAGE = 'https://www.shop.example/';

/** A page visit as the background would log it; times are ms after page start. */
class Log {
  readonly events: AuditEvent[] = [];
  private n = 0;

  constructor() {
    this.events.push(...fromBeforeRequest({ requestId: 'main', url: PAGE, type: 'main_frame', tabId: 7, frameId: 0, timeStamp: T0 }));
    this.events.push(fromResponseStarted({ requestId: 'main', url: PAGE, statusCode: 200, tabId: 7, timeStamp: T0 + 5, ip: '192.0.2.1' }));
  }

  req(url: string, t: number, type = 'script'): this {
    const requestId = `r${++this.n}`;
    this.events.push(...fromBeforeRequest({ requestId, url, type, tabId: 7, frameId: 0, timeStamp: T0 + t, initiator: 'https://www.shop.example' }));
    this.events.push(fromResponseStarted({ requestId, url, statusCode: 200, tabId: 7, timeStamp: T0 + t + 1 }));
    return this;
  }

  cookie(name: string, domain: string, value: string, t: number): this {
    this.events.push(fromCookieChange({
      removed: false, cause: 'explicit',
      cookie: { name, value, domain, path: '/', hostOnly: false, secure: true, httpOnly: false, sameSite: 'lax', session: false },
    }, T0 + t));
    return this;
  }

  add(ev: AuditEvent): this {
    this.events.push(ev);
    return this;
  }

  at(t: number): number {
    return T0 + t;
  }

  record(): PageRecord {
    const r = buildRecord(7, this.events).record;
    if (!r) throw new Error('no record');
    return r;
  }
}

/** Cookiebot page: tracking before the banner, the extension rejects at +2.3 s, the visitor accepts later. */
function rejectedVisit(): Log {
  const log = new Log();
  log.add({ k: 'pgcm', t: log.at(40), args: ['consent', 'default', { ad_storage: 'denied', analytics_storage: 'granted', wait_for_update: 500 }], frameUrl: PAGE });
  log.req('https://consent.cookiebot.com/uc.js', 50);
  log.req('https://www.google-analytics.com/analytics.js', 200);
  log.cookie('_ga', '.shop.example', 'GA1.1.1.2', 300);
  log.add({ k: 'pstorage', t: log.at(400), api: 'localStorage', origin: 'https://www.shop.example', key: '_hjSession', value: '{}', valueLength: 2, frameUrl: PAGE });
  log.add({ k: 'pcmp', t: log.at(500), globals: ['Cookiebot'], frameUrl: PAGE });
  log.add({ k: 'auto', t: log.at(1000), status: 'cmp-detected', cmp: 'Cookiebot' });
  log.add({ k: 'auto', t: log.at(1100), status: 'started', action: 'reject', cmp: 'Cookiebot' });
  log.add({ k: 'choice', t: log.at(2300), action: 'reject', source: 'automation', via: 'autoconsent Cookiebot' });
  log.add({ k: 'auto', t: log.at(2310), status: 'done', action: 'reject', cmp: 'Cookiebot' });
  log.add({ k: 'pgcm', t: log.at(2320), args: ['consent', 'update', { ad_storage: 'denied', analytics_storage: 'denied' }], frameUrl: PAGE });
  log.req('https://www.google-analytics.com/g/collect?v=2', 2500, 'ping');
  log.cookie('_gid', '.shop.example', 'GA1.1.3', 2600);
  log.add({ k: 'choice', t: log.at(9000), action: 'accept', source: 'user', via: 'Cookiebot: cookie CookieConsent' });
  return log;
}

describe('phases', () => {
  const r = rejectedVisit().record();

  it('the reducer put the automation reject first and the later accept in changes', () => {
    expect(r.consent.choice).toMatchObject({ action: 'reject', source: 'automation', at: T0 + 2300 });
    expect(r.consent.changes.map((c) => c.action)).toEqual(['accept']);
  });

  it('counts items per phase over the whole record', () => {
    const c = countRecord(r);
    expect(c.phases.requests).toEqual({ 'before-choice': 3, 'after-reject': 1, 'after-accept': 0 });
    expect(c.phases.cookies).toEqual({ 'before-choice': 1, 'after-reject': 1, 'after-accept': 0 });
    expect(c.phases.storage).toEqual({ 'before-choice': 1, 'after-reject': 0, 'after-accept': 0 });
  });

  const cases: Array<{ phase: PhaseFilter; urls: string[]; cookies: string[]; storage: string[] }> = [
    {
      phase: 'all', cookies: ['_ga', '_gid'], storage: ['_hjSession'],
      urls: [PAGE, 'https://consent.cookiebot.com/uc.js', 'https://www.google-analytics.com/analytics.js', 'https://www.google-analytics.com/g/collect?v=2'],
    },
    {
      phase: 'before-choice', cookies: ['_ga'], storage: ['_hjSession'],
      urls: [PAGE, 'https://consent.cookiebot.com/uc.js', 'https://www.google-analytics.com/analytics.js'],
    },
    { phase: 'after-reject', cookies: ['_gid'], storage: [], urls: ['https://www.google-analytics.com/g/collect?v=2'] },
    { phase: 'after-accept', cookies: [], storage: [], urls: [] },
  ];
  it.each(cases)('phase filter $phase', ({ phase, urls, cookies, storage }) => {
    const v = buildView(r, { thirdPartyOnly: false, query: '', phase });
    expect(v.sites.flatMap((s) => s.hosts.flatMap((h) => h.requests.map((q) => q.url))).sort()).toEqual([...urls].sort());
    expect(v.requestCount).toBe(urls.length);
    expect(v.cookies.map((c) => c.name)).toEqual(cookies);
    expect(v.storage.map((s) => s.key)).toEqual(storage);
    expect(v.counts.requests).toBe(4);
  });

  it('combines the phase with the third-party toggle and the query', () => {
    const v = buildView(r, { thirdPartyOnly: true, query: 'google', phase: 'before-choice' });
    expect(v.sites.map((s) => s.site)).toEqual(['google-analytics.com']);
    expect(v.requestCount).toBe(1);
    expect(isFiltering({ thirdPartyOnly: false, query: '', phase: 'after-reject' })).toBe(true);
  });

  it('groups carry per-phase counts', () => {
    const ga = buildView(r).sites.find((s) => s.site === 'google-analytics.com');
    expect(ga?.phases).toEqual({ 'before-choice': 1, 'after-reject': 1, 'after-accept': 0 });
    expect(ga?.hosts[0]?.phases).toEqual({ 'before-choice': 1, 'after-reject': 1, 'after-accept': 0 });
  });

  it('an accept makes later items "after accept"', () => {
    const log = new Log().req('https://a.tracker.example/x.js', 100);
    log.add({ k: 'choice', t: log.at(500), action: 'accept', source: 'automation', via: 'autoconsent OneTrust' });
    log.req('https://b.tracker.example/y.js', 600);
    const v = buildView(log.record(), { thirdPartyOnly: true, query: '', phase: 'after-accept' });
    expect(v.sites.map((s) => s.site)).toEqual(['tracker.example']);
    expect(v.sites[0]?.hosts.map((h) => h.host)).toEqual(['b.tracker.example']);
  });

  it('isPhaseFilter', () => {
    expect(['all', 'before-choice', 'after-reject', 'after-accept'].every(isPhaseFilter)).toBe(true);
    expect([null, 'before', 3, {}].some(isPhaseFilter)).toBe(false);
  });
});

describe('consentView', () => {
  it('names the CMP, the choice, later changes, Consent Mode and the automation steps', () => {
    const c = consentView(rejectedVisit().record());
    expect(c.cmps.map((x) => [x.id, x.confidence])).toEqual([['cookiebot', 'high']]);
    expect(c.cmps[0]?.evidence).toContain('script: https://consent.cookiebot.com/uc.js');
    expect(c.choice).toEqual({ action: 'reject', at: T0 + 2300, source: 'automation', via: 'autoconsent Cookiebot' });
    expect(c.changes).toEqual([{ action: 'accept', at: T0 + 9000, source: 'user', via: 'Cookiebot: cookie CookieConsent' }]);
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
    log.add({ k: 'ptcf', t: log.at(300), tcString: tc, eventStatus: 'cmpuishown', frameUrl: PAGE, top: true });
    log.add({ k: 'gesture', t: log.at(1750), top: true });
    log.add({ k: 'ptcf', t: log.at(1800), tcString: tc, eventStatus: 'useractioncomplete', frameUrl: PAGE, top: true });
    const c = consentView(log.record());
    expect(c.choice).toMatchObject({ action: 'accept', at: T0 + 1800, source: 'signal' });
    expect(c.choice?.via).toMatch(/^tcf:useractioncomplete/);
    expect(c.tcf).toEqual({ cmpId: 10, cmpVersion: 1, cmpName: 'Quantcast Choice / InMobi CMP', eventStatus: 'useractioncomplete', t: T0 + 1800 });
    expect(c.storedConsentHint).toBe(false);
    expect(c.consentMode).toBeNull();
  });

  it('falls back to the reported CMP id when the TC string does not decode', () => {
    const log = new Log();
    log.add({ k: 'ptcf', t: log.at(300), tcString: 'garbage!', eventStatus: 'tcloaded', cmpId: 134, cmpVersion: 3, frameUrl: PAGE });
    expect(consentView(log.record()).tcf).toMatchObject({ cmpId: 134, cmpVersion: 3, cmpName: 'Cookiebot' });
  });

  it('hints at stored consent when a signalled answer is there from the very start (a claim, not the choice)', () => {
    const log = new Log();
    log.add({ k: 'ptcf', t: log.at(20), tcString: encodeTc([1, 2, 3]), eventStatus: 'useractioncomplete', frameUrl: PAGE, top: true });
    const c = consentView(log.record());
    expect(c.choice).toBeNull();
    expect(c.storedConsentHint).toBe(true);
  });

  it('reports what a clean audit found stored instead of hinting', () => {
    const log = new Log();
    log.add({ k: 'clean', t: log.at(-400), clearedCookies: 12, clearedOrigins: ['https://www.shop.example'], storedConsent: ['Cookiebot: accepted (cookie CookieConsent)'] });
    log.add({ k: 'ptcf', t: log.at(20), tcString: encodeTc([1, 2, 3]), eventStatus: 'useractioncomplete', frameUrl: PAGE });
    const c = consentView(log.record());
    expect(c.clean).toEqual({ at: T0 - 400, clearedCookies: 12, storedConsent: ['Cookiebot: accepted (cookie CookieConsent)'] });
    expect(c.storedConsentHint).toBe(false);
  });

  it('has nothing to say about a page without consent data', () => {
    expect(consentView(new Log().req('https://cdn.shop.example/app.js', 10).record())).toEqual({
      cmps: [], tcf: null, choice: null, changes: [], consentMode: null, clean: null, storedConsentHint: false, automation: [],
    });
  });

  it('ignores malformed Consent Mode commands', () => {
    const log = new Log();
    log.add({ k: 'pgcm', t: log.at(10), args: ['consent', 'default', 'nope'], frameUrl: PAGE });
    log.add({ k: 'pgcm', t: log.at(11), args: ['config', 'G-1'], frameUrl: PAGE });
    expect(consentView(log.record()).consentMode).toBeNull();
  });
});

describe('responseDetail', () => {
  it.each([
    [{ started: false, detail: 'banner automation is not available yet' }, 'banner automation is not available yet'],
    [{ cleared: true, detail: 'cleared 3 cookies' }, 'cleared 3 cookies'],
    [{ detail: 5 }, null],
    [undefined, null],
    ['detail', null],
  ])('%j', (x, want) => {
    expect(responseDetail(x)).toBe(want);
  });
});
