import { describe, expect, it } from 'vitest';
import { hugeRecord } from '../../test/support/fixtures.ts';
import { overPort, pushRecords } from '../../test/support/port.ts';
import { randomRecord } from '../../test/support/random-record.ts';
import { sample } from '../../test/support/view-records.ts';
import { recordPush } from '../messaging/record-pack.ts';
import { cookieStored, navigation } from '../../test/support/raw-events.ts';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';
import { RecordBuilder, type PageRecord } from '../record/record.ts';
import { consentView } from './consent-view.ts';
import { asFirstScreen, firstScreen, FirstScreenCache, firstScreenPush } from './first-screen.ts';
import { asPortPush } from './message-checks.ts';
import { buildView } from './record-view.ts';

const records = (): Array<[string, PageRecord]> => [
  ...pushRecords(),
  ...Array.from({ length: 30 }, (_, i): [string, PageRecord] => [`random ${i}`, randomRecord(i + 1)]),
];

describe('first screen', () => {
  it.each(records())('%s: after the port, the view and consent the popup builds from the record', (_, record) => {
    // The popup's own computation, on the record as the full push delivers it (packed, over the port, unpacked).
    const full = asPortPush(overPort(recordPush(record)));
    if (!full?.record) throw new Error('the full push carries the record');
    const view = buildView(full.record);
    const screen = asFirstScreen(overPort(firstScreenPush(record)));
    expect(screen?.consent).toEqual(consentView(full.record));
    // Everything but the request entries under each host, which the first screen leaves out (their count stays).
    expect(screen?.view).toEqual({
      ...view,
      sites: view.sites.map((s) => ({ ...s, hosts: s.hosts.map((h) => ({ ...h, requests: [] })) })),
    });
    for (const s of view.sites) for (const h of s.hosts) expect(h.count).toBe(h.requests.length);
  });

  it('carries no request URL of the tree: the 5,000-request record the bench pushes, under a third of the push', () => {
    const r = hugeRecord(5000, 500, 40);
    r.requests = r.requests.filter((q) => q.type !== 'ping'); // the bench's page has no beacons
    const first = JSON.stringify(firstScreenPush(r));
    expect(first).not.toContain('/p?i=1');
    expect(first.length).toBeLessThan(JSON.stringify(recordPush(r)).length / 3);
  });

  it('leaves the record as it was', () => {
    const r = sample();
    const before = JSON.stringify(r);
    firstScreen(r);
    expect(JSON.stringify(r)).toBe(before);
  });

  it('a malformed first screen is dropped, never thrown on', () => {
    const good = overPort(firstScreenPush(sample())) as { screen: { view: Record<string, unknown> } };
    const { view } = good.screen;
    for (const bad of [
      null,
      'x',
      { type: 'record', screen: good.screen },
      { type: 'first-screen' },
      { type: 'first-screen', screen: { view } },
      { type: 'first-screen', screen: { ...good.screen, view: { ...view, counts: null } } },
      { type: 'first-screen', screen: { ...good.screen, view: { ...view, cookies: {} } } },
      { type: 'first-screen', screen: { ...good.screen, view: { ...view, sites: [{ hosts: 1 }] } } },
      { type: 'first-screen', screen: { ...good.screen, consent: { cmps: [] } } },
    ])
      expect(asFirstScreen(bad)).toBeNull();
    expect(asFirstScreen(good)).not.toBeNull();
  });
});

describe('first screen cache', () => {
  const request = (url: string, t: number, requestId: string) =>
    fromBeforeRequest({ requestId, url, type: 'image', tabId: 7, frameId: 0, timeStamp: t });
  const received = (cache: FirstScreenCache, b: RecordBuilder) => asFirstScreen(overPort(cache.push(b)));

  it('the same push while the record is unchanged, a new one after any change, the new page after a navigation', () => {
    const cache = new FirstScreenCache();
    const b = new RecordBuilder(7);
    expect(cache.push(b)).toBeNull();
    expect(cache.push(undefined)).toBeNull();
    for (const ev of navigation('https://www.shop.test/', 7, 1000)) b.apply(ev);
    const first = cache.push(b);
    expect(cache.push(b)).toBe(first);
    for (const ev of request('https://t.adnet.test/p.gif', 1010, 'r1')) b.apply(ev);
    expect(cache.push(b)).not.toBe(first);
    expect(received(cache, b)?.view.counts.requests).toBe(2);
    b.apply(cookieStored('uid', '.adnet.test', 'x', 1020));
    expect(received(cache, b)?.view.cookies.map((c) => c.name)).toEqual(['uid']);
    for (const ev of navigation('https://www.other.test/', 7, 2000, 'main2')) b.apply(ev);
    expect(received(cache, b)?.view).toMatchObject({ url: 'https://www.other.test/', cookies: [], requestCount: 1 });
    const record = b.record;
    if (!record) throw new Error('the builder has a record');
    expect(received(cache, b)).toEqual(overPort(firstScreen(record)));
  });
});
