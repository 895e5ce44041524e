// Hand-made record entries and a sample page record for the view tests.
import { newPage, type PageRecord } from '../../utils/record/record.ts';
import { cookie, req, storageEntry as store } from './fixtures.ts';

export { cookie, req, store };

/** A shop page with first-party, analytics, beacon and frame requests, cookies and storage. */
export function sample(): PageRecord {
  const r = newPage(7, 'https://www.shop.example/', 1000);
  r.requests = [
    req({
      url: 'https://www.shop.example/',
      host: 'www.shop.example',
      site: 'shop.example',
      party: 'first',
      type: 'main_frame',
      t: 1000,
    }),
    req({
      url: 'https://cdn.shop.example/app.js',
      host: 'cdn.shop.example',
      site: 'shop.example',
      party: 'first',
      t: 1100,
    }),
    req({
      url: 'https://www.google-analytics.com/g/collect?v=2',
      host: 'www.google-analytics.com',
      site: 'google-analytics.com',
      type: 'ping',
      t: 1500,
    }),
    req({
      url: 'https://www.google-analytics.com/analytics.js',
      host: 'www.google-analytics.com',
      site: 'google-analytics.com',
      t: 1200,
    }),
    req({
      url: 'https://region1.google-analytics.com/g/collect',
      host: 'region1.google-analytics.com',
      site: 'google-analytics.com',
      type: 'beacon',
      t: 1600,
      source: 'page',
    }),
    req({
      url: 'https://td.doubleclick.net/td/rul/1',
      host: 'td.doubleclick.net',
      site: 'doubleclick.net',
      type: 'sub_frame',
      t: 1700,
      frameUrl: 'https://www.shop.example/',
    }),
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
