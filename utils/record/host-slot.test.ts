import { describe, expect, it } from 'vitest';
import { fromBeforeRequest, fromResponseStarted } from '../observe/browser/adapter.ts';
import type { AuditEvent } from '../observe/events.ts';
import { navigation } from '../../test/support/raw-events.ts';
import { buildRecord, RecordBuilder } from './record.ts';

const TAB = 3;
const start = (requestId: string, url: string, t = 1100): AuditEvent[] =>
  fromBeforeRequest({ requestId, url, type: 'script', tabId: TAB, frameId: 0, timeStamp: t });
const response = (requestId: string, url: string, t = 1101): AuditEvent =>
  fromResponseStarted({ requestId, url, statusCode: 200, ip: '192.0.2.1', tabId: TAB, timeStamp: t });

function applyAll(b: RecordBuilder, events: readonly AuditEvent[]): void {
  for (const ev of events) b.apply(ev);
}

describe('the host slot of the request entry made last', () => {
  it('is one slot per host and page, with the entry’s host and site', () => {
    const b = new RecordBuilder(TAB);
    applyAll(b, navigation('https://www.shop.example/', TAB, 1000));
    applyAll(b, start('1', 'https://cdn.tracker.example/a.js'));
    const first = b.lastHost;
    applyAll(b, start('2', 'https://www.shop.example/b.js'));
    const own = b.lastHost;
    applyAll(b, start('3', 'https://cdn.tracker.example/c.js'));
    const again = b.lastHost;
    expect(first).not.toBeNull();
    expect(again).toBe(first);
    expect(own).not.toBe(first);
    const [, a, , c] = b.record!.requests;
    expect(first!.host).toBe(a!.host);
    expect(first!.site).toBe('tracker.example');
    expect(c!.host).toBe(first!.host);
    expect(own!.site).toBe('shop.example');
  });

  it('starts empty on a new page: a memo never carries over to the next document', () => {
    const b = new RecordBuilder(TAB);
    applyAll(b, navigation('https://www.shop.example/', TAB, 1000));
    applyAll(b, start('1', 'https://cdn.tracker.example/a.js'));
    b.lastHost!.memo = 'known on page one';
    applyAll(b, navigation('https://www.other.example/', TAB, 2000, 'main2'));
    expect(b.lastHost?.host).toBe('www.other.example');
    applyAll(b, start('5', 'https://cdn.tracker.example/a.js', 2100));
    expect(b.lastHost?.memo).toBeNull();
  });

  it('is null when the last request has no host, and follows an entry kept from its response alone', () => {
    const b = new RecordBuilder(TAB);
    applyAll(b, navigation('https://www.shop.example/', TAB, 1000));
    applyAll(b, start('1', 'https://cdn.tracker.example/a.js'));
    applyAll(b, start('2', 'data:image/png;base64,AAAA'));
    expect(b.lastHost).toBeNull();
    // A response for a request already recorded makes no entry: the slot stays.
    applyAll(b, start('3', 'https://px.ads.example/p.gif'));
    const slot = b.lastHost;
    b.apply(response('3', 'https://px.ads.example/p.gif'));
    expect(b.lastHost).toBe(slot);
    // A response whose start was lost makes an entry: the slot is that entry's host.
    b.apply(response('9', 'https://late.cdn.example/x.js'));
    expect(b.lastHost?.host).toBe('late.cdn.example');
    expect(b.record!.requests.at(-1)!.host).toBe('late.cdn.example');
  });

  it('is never read by the record: memos change nothing that is recorded', () => {
    const events: AuditEvent[] = [
      ...navigation('https://www.shop.example/', TAB, 1000),
      ...start('1', 'https://cdn.tracker.example/a.js'),
      response('1', 'https://cdn.tracker.example/a.js'),
      ...start('2', 'https://www.shop.example/b.js'),
      ...start('3', 'https://cdn.tracker.example/c.js'),
      response('3', 'https://cdn.tracker.example/c.js'),
    ];
    const plain = buildRecord(TAB, events).record;
    const b = new RecordBuilder(TAB);
    for (const ev of events) {
      b.apply(ev);
      if (b.lastHost) b.lastHost.memo = { hostile: true, site: 'elsewhere.example' };
    }
    expect(JSON.stringify(b.record)).toBe(JSON.stringify(plain));
    expect(b.record!.requests.map((r) => [r.host, r.site, r.party])).toEqual([
      ['www.shop.example', 'shop.example', 'first'],
      ['cdn.tracker.example', 'tracker.example', 'third'],
      ['www.shop.example', 'shop.example', 'first'],
      ['cdn.tracker.example', 'tracker.example', 'third'],
    ]);
  });
});
