// Hand-made record entries and a sample page record for the view tests.
import { newPage, type CookieEntry, type PageRecord, type RequestEntry, type StorageEntry } from '../../utils/record/record.ts';

/** A request entry with sensible defaults. */
export function req(over: Partial<RequestEntry> & { url: string; host: string; site: string }): RequestEntry {
  return { id: over.url, party: 'third', type: 'script', method: 'GET', t: 1000, frameId: 0, setCookies: [], source: 'browser', ...over };
}

/** A cookie entry with sensible defaults. */
export function cookie(over: Partial<CookieEntry> & { name: string; domain: string }): CookieEntry {
  return {
    path: '/', party: 'third', setBy: 'unknown', t: 1000, lastT: 1000, writes: 1, value: 'v', valueLength: 1,
    removed: false, confirmedBy: ['browser'], ...over,
  };
}

/** A storage entry with sensible defaults. */
export function store(over: Partial<StorageEntry> & { key: string; origin: string; host: string }): StorageEntry {
  return { kind: 'localStorage', party: 'first', value: 'x', valueLength: 1, t: 1000, lastT: 1000, writes: 1, frameUrl: over.origin, source: 'page', ...over };
}

/** A shop page with first-party, analytics, beacon and frame requests, cookies and storage. */
export function sample(): PageRecord {
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
