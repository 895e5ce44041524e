// A Blob body's ids from the page's hook join the browser's request whose body Chrome did not show (request-reducer).
import { describe, expect, it } from 'vitest';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';
import type { AuditEvent, BodyFacts, PageBody } from '../observe/events.ts';
import { navigation } from '../../test/support/raw-events.ts';
import { buildRecord } from './record.ts';

const TAB = 3;
const PAGE = 'https://www.shop.test/';
const URL_B = 'https://b.blobbeacon.test/e';
const IDS = [{ name: 'client_id', value: 'b7e2c91f04a6d3e8f215', label: 'body.client_id' }];
const ping = (id: string, t: number, body: BodyFacts | undefined, url = URL_B, type = 'ping'): AuditEvent[] =>
  fromBeforeRequest(
    { requestId: id, url, type, method: 'POST', tabId: TAB, frameId: 0, timeStamp: t, initiator: PAGE.slice(0, -1) },
    false,
    body,
  );
const pageBody = (t: number, over: Partial<PageBody> = {}): PageBody => ({
  k: 'page-body',
  t,
  url: URL_B,
  api: 'sendBeacon',
  bytes: 40,
  body: { ids: IDS, page: true },
  frameUrl: PAGE,
  ...over,
});
const bodies = (events: AuditEvent[]) =>
  buildRecord(TAB, [...navigation(PAGE, TAB, 1000, 'n1'), ...events]).record!.requests.map((r) => [r.id, r.body]);

describe('page-body joins', () => {
  it('the hidden ping of its URL, nearest in time, after or before the browser’s event', () => {
    const hidden = { hidden: true as const };
    const joined = { hidden: true, ids: IDS, page: true };
    expect(bodies([...ping('r1', 1100, hidden), ...ping('r2', 5000, hidden), pageBody(1101)]).slice(1)).toEqual([
      ['r1', joined],
      ['r2', hidden],
    ]);
    expect(bodies([pageBody(1101), ...ping('r1', 1100, hidden)]).slice(1)).toEqual([['r1', joined]]);
  });

  it('never a body the browser showed, another URL or kind, or a request far apart in time', () => {
    const shown = { cut: true as const };
    expect(
      bodies([
        ...ping('r1', 1100, shown),
        ...ping('r2', 1100, { hidden: true }, 'https://other.test/e'),
        ...ping('r3', 1100, { hidden: true }, URL_B, 'xmlhttprequest'),
        ...ping('r4', 30_000, { hidden: true }),
        ...ping('r5', 1100, undefined),
        pageBody(1100),
      ]).slice(1),
    ).toEqual([
      ['r1', shown],
      ['r2', { hidden: true }],
      ['r3', { hidden: true }],
      ['r4', { hidden: true }],
      ['r5', undefined],
    ]);
  });

  it('fetch and XHR Blobs join the xmlhttprequest of their URL', () => {
    const events = [...ping('r1', 1100, { hidden: true }, URL_B, 'xmlhttprequest'), pageBody(1100, { api: 'xhr' })];
    expect(bodies(events).slice(1)).toEqual([['r1', { hidden: true, ids: IDS, page: true }]]);
  });

  it('a beacon the page reported before the browser (Firefox order) keeps the browser’s body facts', () => {
    const beacon: AuditEvent = { k: 'page-beacon', t: 1100, url: URL_B, bytes: 40, frameUrl: PAGE };
    const ids = { ids: IDS };
    expect(bodies([beacon, ...ping('r1', 1101, ids)]).slice(1)).toEqual([['r1', ids]]);
  });
});
