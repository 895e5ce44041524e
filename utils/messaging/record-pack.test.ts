import { describe, expect, it } from 'vitest';
import { hugeRecord, smallRecord } from '../../test/support/fixtures.ts';
import { richFixtures } from '../../test/support/rich-fixtures.ts';
import { sample } from '../../test/support/view-records.ts';
import type { PageRecord } from '../record/record.ts';
import { asPortPush } from '../view/message-checks.ts';
import { packRecord, recordPush, unpackRecord } from './record-pack.ts';

/** What the port does to a message: JSON out and in. */
const overPort = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

const records = (): Array<[string, PageRecord]> => [
  ['small', smallRecord()],
  ['sample', sample()],
  ['huge', hugeRecord(3000, 300, 40)],
  ...richFixtures().map((f): [string, PageRecord] => [f.name, f.record]),
];

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
