import { describe, expect, it } from 'vitest';
import type { BodyFacts, PageBody } from '../observe/events.ts';
import type { RawRequestBody } from '../observe/browser/request-body.ts';
import { bodyFactsOf, pageBodyIds } from './body-ids.ts';
import { pathIdSegments, pathWithout, splitIds, unwrapParam } from './hidden-ids.ts';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('pathIdSegments', () => {
  it('finds the id segment and its place; a file name counts without its extension', () => {
    expect(pathIdSegments('/c/3f2a9b7c1d5e4f60a8b2/p.gif')).toEqual([{ segment: '3f2a9b7c1d5e4f60a8b2', index: 2 }]);
    expect(pathIdSegments('/3f2a9b7c1d5e4f60a8b2.gif')).toEqual([{ segment: '3f2a9b7c1d5e4f60a8b2', index: 1 }]);
    expect(pathIdSegments('/u/%41bCdEfGhIjKlMnOp/')).toEqual([{ segment: 'AbCdEfGhIjKlMnOp', index: 2 }]);
  });

  it('skips build hashes, static folders and option lists', () => {
    expect(pathIdSegments('/hero.3f9a8b1c4d5e6f7a.gif')).toEqual([]);
    expect(pathIdSegments('/assets/3f2a9b7c1d5e4f60a8b2/p.gif')).toEqual([]);
    expect(pathIdSegments('/w_1200,h_800,c_fill,q_auto/p.gif')).toEqual([]);
    expect(pathIdSegments('/a=3f2a9b7c1d5e4f60a8b2/p.gif')).toEqual([]);
  });

  it('pathWithout keeps the extension of an id file name, so `/<id>.gif` still reads as a pixel', () => {
    expect(pathWithout('/3f2a9b7c1d5e4f60a8b2.gif', ['3f2a9b7c1d5e4f60a8b2'])).toBe('/.gif');
    expect(pathWithout('/c/3f2a9b7c1d5e4f60a8b2/p.gif', ['3f2a9b7c1d5e4f60a8b2'])).toBe('/c//p.gif');
  });
});

describe('splitIds', () => {
  const q = (s: string) => [...new URLSearchParams(s)].map(([name, value]) => ({ name, value }));
  it('joins a run of equal-length parts and leaves the rest', () => {
    expect(splitIds(q('e=view&a=3f2a9b&b=7c1d5e&c=4f60a8&w=1200'))).toEqual([
      { names: ['a', 'b', 'c'], value: '3f2a9b7c1d5e4f60a8' },
    ]);
  });
  it('two parts, unequal parts or parts without a digit are no split id', () => {
    expect(splitIds(q('a=3f2a9b7c&b=1d5e4f60'))).toEqual([]);
    expect(splitIds(q('a=3f2a9b&b=7c1d5e4f&c=4f60a8'))).toEqual([]);
    expect(splitIds(q('a=abcdef&b=fedcba&c=abcabc'))).toEqual([]);
  });
});

describe('unwrapParam', () => {
  it('plain values, binary base64 and broken JSON give nothing', () => {
    expect(unwrapParam({ name: 'x', value: 'b7e2c91f04a6d3e8f215' })).toEqual([]);
    expect(
      unwrapParam({ name: 'x', value: Buffer.from([0, 1, 2, 250, 251, 252, 3, 4, 5]).toString('base64') }),
    ).toEqual([]);
    expect(unwrapParam({ name: 'x', value: '{"uid":"abc' })).toEqual([]);
  });
  it('JSON leaves are named by their key and labelled by their place', () => {
    expect(unwrapParam({ name: 'd', value: b64('{"u":{"uid":"x1"},"n":[1,"a"]}') })).toEqual([
      { name: 'uid', value: 'x1', label: 'd (base64).u.uid' },
      { name: 'n', value: '1', label: 'd (base64).n' },
      { name: 'n', value: 'a', label: 'd (base64).n' },
    ]);
  });
  it('takes at most 50 leaves, and nothing from a value over 4096 characters', () => {
    const many = JSON.stringify(Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, i])));
    expect(unwrapParam({ name: 'd', value: many })).toHaveLength(50);
    expect(unwrapParam({ name: 'd', value: `{"uid":"${'a'.repeat(4100)}"}` })).toEqual([]);
  });
});

// Request bodies (body-ids.ts): what the worker keeps of a body posted to another origin, read as URLs are.
describe('bodyFactsOf', () => {
  const ID = 'b7e2c91f04a6d3e8f215';
  const raw = (s: string | Uint8Array) => ({
    raw: [{ bytes: typeof s === 'string' ? new TextEncoder().encode(s) : s }],
  });
  const req = (requestBody: RawRequestBody, type = 'xmlhttprequest', url = 'https://c.metricsly.test/v1/e') => ({
    url,
    type,
    initiator: 'https://www.shop.test',
    requestBody,
  });
  const multipart = (parts: Record<string, string>): string =>
    Object.entries(parts)
      .map(([k, v]) => `--XyZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('') + '--XyZ--\r\n';
  /** An event batch of about `kb` kB whose id comes after all its events (hundreds of short fields). */
  const batch = (kb: number): string => {
    const n = Math.ceil((kb * 1024) / 40);
    return JSON.stringify({
      events: Array.from({ length: n }, (_, i) => ({ n: i, e: 'view', ts: 1733600000000 + i })),
      uid: ID,
    });
  };
  it.each<[string, RawRequestBody, string, BodyFacts | undefined]>([
    [
      'JSON, named id',
      raw(`{"uid":"${ID}","e":"view"}`),
      'xmlhttprequest',
      { ids: [{ name: 'uid', value: ID, label: 'body.uid' }] },
    ],
    [
      'JSON nested one level, a random value under any name',
      raw(`{"ctx":{"visitor":"${ID}"},"ts":1733600000000}`),
      'xmlhttprequest',
      { ids: [{ name: 'visitor', value: ID, label: 'body.ctx.visitor' }] },
    ],
    [
      'JSON cut by the 64 kB sample: its pairs read one by one',
      raw(`{"uid":"${ID}","pad":"${'x'.repeat(70_000)}"}`),
      'xmlhttprequest',
      { ids: [{ name: 'uid', value: ID, label: 'body.uid' }], cut: true },
    ],
    [
      'an id after 5 kB of a batch (past the former 4 kB bound and its first 50 fields)',
      raw(batch(5)),
      'xmlhttprequest',
      { ids: [{ name: 'uid', value: ID, label: 'body.uid' }] },
    ],
    [
      'an id after 20 kB of a batch',
      raw(batch(20)),
      'xmlhttprequest',
      { ids: [{ name: 'uid', value: ID, label: 'body.uid' }] },
    ],
    ['an id after the first 64 kB is not seen (said as cut)', raw(batch(70)), 'xmlhttprequest', { cut: true }],
    [
      'a JSON cut at 64 kB: an id among its pairs after hundreds of short ones',
      raw(
        `{"events":[${Array.from({ length: 400 }, (_, i) => `{"n":${i},"e":"view"}`).join(',')},{"uid":"${ID}"}],"pad":"${'x'.repeat(70_000)}"}`,
      ),
      'xmlhttprequest',
      { ids: [{ name: 'uid', value: ID, label: 'body.uid' }], cut: true },
    ],
    [
      'form-encoded (raw)',
      raw(`v=2&cid=${ID}&ev=click`),
      'ping',
      { ids: [{ name: 'cid', value: ID, label: 'body.cid' }] },
    ],
    [
      'form fields as the browser parsed them',
      { formData: { cid: [ID], ev: ['click'] } },
      'ping',
      { ids: [{ name: 'cid', value: ID, label: 'body.cid' }] },
    ],
    [
      'multipart parts sent raw',
      raw(multipart({ ev: 'leave', sid: ID })),
      'ping',
      { ids: [{ name: 'sid', value: ID, label: 'body.sid' }] },
    ],
    ['a text/plain beacon that is one id', raw(ID), 'ping', { ids: [{ name: 'body', value: ID, label: 'body' }] }],
    [
      'base64 JSON inside a field, one level down',
      raw(`d=${b64(`{"uid":"${ID}"}`)}`),
      'ping',
      {
        ids: [
          { name: 'd', value: b64(`{"uid":"${ID}"}`), label: 'body.d' },
          { name: 'uid', value: ID, label: 'body.d (base64).uid' },
        ],
      },
    ],
    [
      'a Blob body Chrome does not show (only an error) is said as hidden',
      { error: 'Unknown error.' },
      'ping',
      { hidden: true },
    ],
    [
      'binary (protobuf-like) is not scanned',
      raw(new Uint8Array([10, 3, 0, 1, 2, 18, 250, 251])),
      'ping',
      { binary: true },
    ],
    [
      'controls: timestamps, counters, short enums, the page URL',
      raw(`{"ts":1733600000000,"n":3,"ev":"view","lang":"de","page":"https://www.shop.test/p/shoes?id=12345"}`),
      'xmlhttprequest',
      undefined,
    ],
    ['control: a placeholder under an id name', raw('{"uid":"anonymous","cid":"opt-out"}'), 'ping', undefined],
    ['control: a password or token is never kept', raw(`{"password":"${ID}","csrf_token":"${ID}"}`), 'ping', undefined],
    ['not read: a form post in a frame', raw(`uid=${ID}`), 'sub_frame', undefined],
  ])('%s', (_name, body, type, expected) => {
    expect(bodyFactsOf(req(body, type))).toEqual(expected);
  });

  it('does not read a body sent to the page’s own origin (never an unknown third party)', () => {
    expect(bodyFactsOf(req(raw(`{"uid":"${ID}"}`), 'xmlhttprequest', 'https://www.shop.test/api/cart'))).toBe(
      undefined,
    );
  });
  it('keeps at most 8 fields, none over 256 characters', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`uid${i}`, `${ID}${i}`]));
    expect(bodyFactsOf(req(raw(JSON.stringify({ ...many, big: `${ID}${'a1'.repeat(200)}` }))))?.ids).toHaveLength(8);
    expect(bodyFactsOf(req(raw(JSON.stringify({ big: `${ID}${'a1'.repeat(200)}` }))))).toBe(undefined);
  });
});

// A Blob body as the page's hook read it (blob-bodies.ts): the worker keeps the fields that may be an id, not the text.
describe('pageBodyIds', () => {
  const ID = 'b7e2c91f04a6d3e8f215';
  const ev = (text: string, bytes = text.length): PageBody => ({
    k: 'page-body',
    t: 1000,
    url: 'https://b.blobbeacon.test/e',
    api: 'sendBeacon',
    bytes,
    text,
    frameUrl: 'https://www.shop.test/',
  });
  it('keeps the ids, marked as the page’s word, and drops the text', () => {
    expect(pageBodyIds(ev(`{"client_id":"${ID}","ev":"view"}`))).toEqual({
      k: 'page-body',
      t: 1000,
      url: 'https://b.blobbeacon.test/e',
      api: 'sendBeacon',
      bytes: 48,
      body: { ids: [{ name: 'client_id', value: ID, label: 'body.client_id' }], page: true },
      frameUrl: 'https://www.shop.test/',
    });
  });
  it('says a Blob over 64 kB was cut, and reads a JSON cut there by its pairs', () => {
    expect(pageBodyIds(ev(`{"uid":"${ID}","pad":"${'x'.repeat(70_000)}`, 90_000))?.body).toEqual({
      ids: [{ name: 'uid', value: ID, label: 'body.uid' }],
      cut: true,
      page: true,
    });
  });
  it('keeps nothing of a body without an id, a binary one or one without text', () => {
    expect(pageBodyIds(ev('{"ev":"leave","n":3,"ts":1733600000000}'))).toBe(undefined);
    expect(pageBodyIds(ev(`\u0001\u0002${ID}\ufffd`))).toBe(undefined);
    expect(pageBodyIds({ ...ev(''), text: undefined })).toBe(undefined);
  });
});
