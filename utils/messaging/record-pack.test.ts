import { describe, expect, it } from 'vitest';
import { hugeRecord, smallRecord } from '../../test/support/fixtures.ts';
import { overPort, pushRecords } from '../../test/support/port.ts';
import { cookieStored, navigation } from '../../test/support/raw-events.ts';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';
import { RecordBuilder } from '../record/record.ts';
import { asPortPush } from '../view/message-checks.ts';
import { packRecord, PushCache, recordPush, unpackRecord } from './record-pack.ts';

const records = pushRecords;

describe('record pack', () => {
  it.each(records())('%s: unpacked after the port is the record after the port, key order included', (_, record) => {
    const got = unpackRecord(overPort(packRecord(record)));
    // Same text: same keys, values and key order as the record the port would have carried before.
    expect(JSON.stringify(got)).toBe(JSON.stringify(record));
    expect(asPortPush(overPort(recordPush(record)))).toEqual({ type: 'record', record: overPort(record) });
  });

  it('drops undefined values as JSON does, and keeps a column with a non-string value as values', () => {
    const r = smallRecord();
    const [a, b] = r.requests;
    if (!a || !b) throw new Error('fixture has requests');
    Object.assign(a, { ip: undefined });
    Object.assign(b, { ip: 42 });
    const got = unpackRecord(overPort(packRecord(r)));
    expect(JSON.stringify(got)).toBe(JSON.stringify(r));
    expect(got?.requests).toEqual(overPort(r.requests));
  });

  it('is smaller: the 5,000-request record the bench pushes', () => {
    const r = hugeRecord(5000, 500, 40);
    const packed = JSON.stringify(packRecord(r)).length;
    const plain = JSON.stringify(r).length;
    expect(packed).toBeLessThan(plain * 0.6);
  });

  it('a null record goes as it was', () => {
    expect(recordPush(null)).toEqual({ type: 'record', record: null });
    expect(asPortPush(overPort(recordPush(null)))).toEqual({ type: 'record', record: null });
  });

  it('a malformed packed push is dropped, never thrown on', () => {
    const good = overPort(packRecord(smallRecord())) as Record<string, unknown>;
    const rows = (good.requests as { rows: unknown[][] }).rows;
    const shapes = (good.requests as { shapes: unknown[] }).shapes;
    for (const bad of [
      null,
      'x',
      [],
      { ...good, strings: 'x' },
      { ...good, strings: [1] },
      { ...good, rest: null },
      { ...good, requests: { shapes, rows: [[99]] } },
      { ...good, requests: { shapes, rows: [rows[0]?.slice(0, 2)] } },
      { ...good, requests: { shapes: [{ keys: ['__proto__'], interned: [] }], rows: [[0, {}]] } },
      { ...good, requests: { shapes: [{ keys: ['url'], interned: [0] }], rows: [[0, 1e9]] } },
      { ...good, requests: { shapes: [{ keys: [1], interned: [] }], rows: [] } },
      { ...good, cookies: undefined },
    ]) {
      expect(unpackRecord(bad)).toBeNull();
      expect(asPortPush({ type: 'record', packed: bad })).toBeNull();
    }
    // The good one still passes (so the cases above fail for their own fault).
    expect(asPortPush({ type: 'record', packed: good })).not.toBeNull();
  });
});

describe('push cache', () => {
  const request = (url: string, t: number, requestId: string) =>
    fromBeforeRequest({ requestId, url, type: 'image', tabId: 7, frameId: 0, timeStamp: t });
  /** What the popup gets from a push: the record after the port. */
  const received = (cache: PushCache, b: RecordBuilder) => asPortPush(overPort(cache.push(b)))?.record;

  it('posts the same push while the record is unchanged, and a new one after any change', () => {
    const cache = new PushCache();
    const b = new RecordBuilder(7);
    for (const ev of navigation('https://www.shop.test/', 7, 1000)) b.apply(ev);
    const first = cache.push(b);
    expect(cache.push(b)).toBe(first);
    for (const ev of request('https://t.adnet.test/p.gif', 1010, 'r1')) b.apply(ev);
    expect(cache.push(b)).not.toBe(first);
    expect(received(cache, b)?.requests.map((r) => r.url)).toEqual([
      'https://www.shop.test/',
      'https://t.adnet.test/p.gif',
    ]);
    b.apply(cookieStored('uid', '.adnet.test', 'x', 1020));
    expect(received(cache, b)?.cookies.map((c) => c.name)).toEqual(['uid']);
    // A navigation starts a new record: the next push is that record's, never the last page's pack.
    for (const ev of navigation('https://www.other.test/', 7, 2000, 'main2')) b.apply(ev);
    expect(received(cache, b)).toMatchObject({ url: 'https://www.other.test/', cookies: [] });
    expect(received(cache, b)?.requests.map((r) => r.url)).toEqual(['https://www.other.test/']);
    expect(JSON.stringify(received(cache, b))).toBe(JSON.stringify(b.record));
  });

  it('keeps builders apart, and a missing builder is a null record', () => {
    const cache = new PushCache();
    const [a, b] = [new RecordBuilder(1), new RecordBuilder(2)];
    for (const ev of navigation('https://a.test/', 1, 1000)) a.apply(ev);
    for (const ev of navigation('https://b.test/', 2, 1000)) b.apply(ev);
    expect(received(cache, a)?.url).toBe('https://a.test/');
    expect(received(cache, b)?.url).toBe('https://b.test/');
    expect(received(cache, a)?.url).toBe('https://a.test/');
    expect(cache.push(undefined)).toEqual({ type: 'record', record: null });
  });
});
