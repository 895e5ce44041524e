// Small and huge page records for component tests.
import {
  newPage,
  type CookieEntry,
  type PageRecord,
  type RequestEntry,
  type StorageEntry,
} from '../../utils/record/record.ts';

export function req(over: Partial<RequestEntry> & { url: string; host: string; site: string }): RequestEntry {
  return {
    id: over.url,
    party: 'third',
    type: 'script',
    method: 'GET',
    t: 1000,
    frameId: 0,
    setCookies: [],
    source: 'browser',
    ...over,
  };
}

export function cookie(over: Partial<CookieEntry> & { name: string; domain: string }): CookieEntry {
  return {
    path: '/',
    party: 'third',
    setBy: 'unknown',
    t: 1000,
    lastT: 1000,
    writes: 1,
    value: 'v',
    valueLength: 1,
    removed: false,
    confirmedBy: ['browser'],
    ...over,
  };
}

export function storageEntry(
  over: Partial<StorageEntry> & { key: string; origin: string; host: string },
): StorageEntry {
  return {
    kind: 'localStorage',
    party: 'first',
    value: 'x',
    valueLength: 1,
    t: 1000,
    lastT: 1000,
    writes: 1,
    frameUrl: over.origin,
    source: 'page',
    ...over,
  };
}

export function smallRecord(): PageRecord {
  const r = newPage(7, 'https://www.shop.example/', 1000);
  r.requests = [
    req({
      id: '1',
      url: 'https://www.shop.example/',
      host: 'www.shop.example',
      site: 'shop.example',
      party: 'first',
      type: 'main_frame',
      status: 200,
      ip: '192.0.2.1',
    }),
    req({
      id: '2',
      url: 'https://www.shop.example/app.js',
      host: 'www.shop.example',
      site: 'shop.example',
      party: 'first',
      t: 1100,
      status: 200,
    }),
    req({
      id: '3',
      url: 'https://www.google-analytics.com/analytics.js',
      host: 'www.google-analytics.com',
      site: 'google-analytics.com',
      t: 1200,
      status: 200,
      ip: '142.250.1.1',
    }),
    req({
      id: '4',
      url: 'https://www.google-analytics.com/g/collect?v=2',
      host: 'www.google-analytics.com',
      site: 'google-analytics.com',
      type: 'ping',
      t: 1500,
      status: 204,
    }),
    req({
      id: '5',
      url: 'https://td.doubleclick.net/td/rul/1',
      host: 'td.doubleclick.net',
      site: 'doubleclick.net',
      type: 'sub_frame',
      t: 1700,
      frameUrl: 'https://www.shop.example/',
    }),
  ];
  r.cookies = [
    cookie({
      name: '_ga',
      domain: 'shop.example',
      party: 'first',
      setBy: 'script',
      t: 1300,
      script: 'https://www.google-analytics.com/analytics.js',
      confirmedBy: ['page', 'browser'],
    }),
    cookie({
      name: 'IDE',
      domain: 'doubleclick.net',
      setBy: 'http',
      t: 1800,
      httpOnly: true,
      secure: true,
      sameSite: 'no_restriction',
      setByUrl: 'https://td.doubleclick.net/td/rul/1',
    }),
    cookie({
      name: 'pending_only',
      domain: 'shop.example',
      party: 'first',
      setBy: 'script',
      t: 1250,
      confirmedBy: ['page'],
    }),
  ];
  r.storage = [
    storageEntry({
      key: '_hjSession',
      origin: 'https://www.shop.example',
      host: 'www.shop.example',
      t: 1400,
      script: 'https://static.hotjar.com/c/hotjar.js',
    }),
  ];
  r.errors = [{ t: 1600, where: 'page-events', message: 'dropped 2 malformed events' }];
  return r;
}

/** `requests` spread over `sites` third-party sites, `cookies` cookies. */
export function hugeRecord(requests: number, cookies: number, sites: number): PageRecord {
  const r = newPage(9, 'https://big.example/', 0);
  for (let i = 0; i < requests; i++) {
    const s = i % sites;
    r.requests.push(
      req({
        id: String(i),
        url: `https://t${s}.tracker${s}.example/p?i=${i}`,
        host: `t${s}.tracker${s}.example`,
        site: `tracker${s}.example`,
        t: i,
        type: i % 7 === 0 ? 'ping' : 'image',
      }),
    );
  }
  for (let i = 0; i < cookies; i++)
    r.cookies.push(cookie({ name: `c${i}`, domain: `tracker${i % sites}.example`, t: i }));
  return r;
}
