// One beacon is seen up to three times: the browser's ping (webRequest), our sendBeacon hook (page-beacon) and the
// page's Resource Timing backup (page-resource, initiatorType "beacon"). Page reports travel in batches and the worker
// can be slow under load, so every arrival order must give one request, the browser's, with the hook's script.
import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromResponseStarted } from '../observe/browser/adapter.ts';
import type { AuditEvent } from '../observe/events.ts';
import { buildRecord } from './record.ts';

const TAB = 7;
const SHOP = 'https://www.shop.example/';
const URL_B = 'https://tracker.example/collect?v=1';
const APP = 'https://www.shop.example/app.js';
// The page and one earlier resource that both the browser and Resource Timing saw: the backup's matching is running.
const nav: AuditEvent[] = [
  ...fromBeforeRequest({ requestId: 'm', url: SHOP, type: 'main_frame', tabId: TAB, frameId: 0, timeStamp: 1000 }),
  ...fromBeforeRequest({ requestId: 'a', url: APP, type: 'script', tabId: TAB, frameId: 0, timeStamp: 1100 }),
  { k: 'page-resource', t: 1100, url: APP, initiator: 'script', frameUrl: SHOP },
];

type Part = 'browser' | 'hook' | 'timing';
/** sendBeacon: a 'ping' (Resource Timing "beacon"); a keepalive fetch: an 'xmlhttprequest' (Resource Timing "fetch"). */
const API = {
  sendBeacon: { type: 'ping', initiator: 'beacon', api: {} },
  fetch: { type: 'xmlhttprequest', initiator: 'fetch', api: { api: 'fetch' } },
} as const;

function partsOf(api: keyof typeof API): Record<Part, AuditEvent[]> {
  const a = API[api];
  return {
    browser: [
      ...fromBeforeRequest({
        requestId: 'b1',
        url: URL_B,
        type: a.type,
        method: 'POST',
        tabId: TAB,
        frameId: 0,
        timeStamp: 1300,
      }),
      fromResponseStarted({
        requestId: 'b1',
        url: URL_B,
        statusCode: 204,
        tabId: TAB,
        timeStamp: 1310,
        ip: '127.0.0.1',
      }),
    ],
    hook: [
      {
        k: 'page-beacon',
        t: 1299,
        url: URL_B,
        bytes: 20,
        frameUrl: SHOP,
        script: 'https://tracker.example/t.js',
        attribution: 'confident',
        ...a.api,
      },
    ],
    timing: [{ k: 'page-resource', t: 1300, url: URL_B, initiator: a.initiator, frameUrl: SHOP }],
  };
}

function orders<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe.each(Object.keys(API) as Array<keyof typeof API>)(
  'a %s seen by the browser, the hook and Resource Timing',
  (api) => {
    const parts = partsOf(api);
    const type = API[api].type;
    it.each(orders(['browser', 'hook', 'timing'] as const).map((o) => [o.join(' → '), o] as const))(
      '%s: one request, the browser’s, with the script and no page-only note',
      (_name, order) => {
        const r = buildRecord(TAB, [...nav, ...order.flatMap((p) => parts[p])]).record!;
        const hits = r.requests.filter((q) => q.url === URL_B);
        expect(
          hits.map((q) => [q.source, q.type, q.initiator ?? null, q.attribution ?? null, q.status ?? null]),
        ).toEqual([['browser', type, 'script:https://tracker.example/t.js', 'confident', 204]]);
        expect(r.errors).toEqual([]);
      },
    );

    it('two beacons to one URL, each seen three times, stay two requests in any interleaving of the two sources', () => {
      const second = (evs: AuditEvent[]): AuditEvent[] =>
        evs.map(
          (e) => ('requestId' in e ? { ...e, requestId: 'b2', t: e.t + 100 } : { ...e, t: e.t + 100 }) as AuditEvent,
        );
      for (const order of orders(['browser', 'hook', 'timing'] as const)) {
        const evs = order.flatMap((p) => [...parts[p], ...second(parts[p])]);
        const r = buildRecord(TAB, [...nav, ...evs]).record!;
        expect(
          r.requests.filter((q) => q.url === URL_B).map((q) => q.source),
          order.join(' → '),
        ).toEqual(['browser', 'browser']);
      }
    });
  },
);

describe('a batch of page reports sent again (the worker stopped while storing it, no answer came)', () => {
  const live = 'https://www.shop.example/api/live_18';
  const browser: AuditEvent[] = [
    ...fromBeforeRequest({
      requestId: 'l',
      url: live,
      type: 'xmlhttprequest',
      tabId: TAB,
      frameId: 0,
      timeStamp: 1500,
    }),
    fromResponseStarted({ requestId: 'l', url: live, statusCode: 200, tabId: TAB, timeStamp: 1510, ip: '127.0.0.1' }),
  ];
  const report: AuditEvent = { k: 'page-resource', t: 1500.3, url: live, initiator: 'fetch', frameUrl: SHOP };

  it('adds the load once, whether the browser events came or were lost; another load of the URL still counts', () => {
    const withBrowser = buildRecord(TAB, [...nav, ...browser, report, report]).record!;
    expect(withBrowser.requests.filter((q) => q.url === live).map((q) => q.source)).toEqual(['browser']);
    expect(withBrowser.errors).toEqual([]);
    const pageOnly = buildRecord(TAB, [...nav, report, report]).record!;
    expect(pageOnly.requests.filter((q) => q.url === live).map((q) => q.source)).toEqual(['page']);
    expect(pageOnly.errors).toHaveLength(1);
    const again = buildRecord(TAB, [...nav, report, { ...report, t: 1700.1 }, report]).record!;
    expect(again.requests.filter((q) => q.url === live).map((q) => q.source)).toEqual(['page', 'page']);
  });
});
