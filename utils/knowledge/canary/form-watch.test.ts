import { describe, expect, it } from 'vitest';
import type { CookieEvent, PageStorageWrite } from '../../observe/events.ts';
import { cookieStored } from '../../../test/support/raw-events.ts';
import { canaryValues, makeCanaries } from './canary.ts';
import { canaryPatterns } from './encodings.ts';
import { FormWatch, MAX_LEAK_EVENTS } from './form-watch.ts';
import { md5Hex } from './md5.ts';
import { buildScanner } from './scan.ts';

const canaries = makeCanaries('shop.test', (n = 10) => 'k'.repeat(n));
const START = 1_000;
const watch = async (): Promise<FormWatch> =>
  new FormWatch(buildScanner(await canaryPatterns(canaryValues(canaries))), START);
const req = (o: { url?: string; body?: string; headers?: Array<{ name: string; value?: string }>; t?: number }) => ({
  requestId: '1',
  url: 'https://tracker.adnet.test/b',
  method: 'POST',
  type: 'ping',
  t: 2_000,
  ...o,
});
const cookie = (value: string, o: Partial<CookieEvent> = {}): CookieEvent => ({
  ...cookieStored('_em', '.adnet.test', value, 2_000, { session: true }),
  ...o,
});
const store = (value: string, o: Partial<PageStorageWrite> = {}): PageStorageWrite => ({
  k: 'page-storage',
  t: 2_000,
  api: 'localStorage',
  origin: 'https://www.shop.test',
  key: '_adnet_em',
  value,
  valueLength: value.length,
  frameUrl: 'https://www.shop.test/',
  script: 'https://tracker.adnet.test/form-store.js',
  ...o,
});

describe('FormWatch', () => {
  it('finds a copy in a URL, a body and a header, each once per request and encoding', async () => {
    const w = await watch();
    const [u] = w.request(req({ url: `https://tracker.adnet.test/p?e=${encodeURIComponent(canaries.email)}` }));
    expect(u).toMatchObject({
      k: 'form-leak',
      host: 'tracker.adnet.test',
      field: 'email',
      encoding: 'url-encoded',
      where: 'url',
    });
    const body = req({ body: `{"em":"${md5Hex(canaries.email)}"}` });
    expect(w.request(body).map((e) => `${e.where}:${e.encoding}`)).toEqual(['body:md5']);
    expect(w.request(body)).toEqual([]); // the same beacon again is no new copy
    expect(
      w.request(req({ headers: [{ name: 'X-Name', value: canaries.name }] })).map((e) => `${e.where}:${e.field}`),
    ).toEqual(['header:name']);
  });

  it('near misses and what came before the fill are not copies', async () => {
    const w = await watch();
    expect(w.request(req({ body: canaries.email.slice(0, -1) + 'x' }))).toEqual([]);
    expect(w.request(req({ body: canaries.email, t: START - 1 }))).toEqual([]);
    expect(w.cookie(cookie(canaries.email, { removed: true }))).toEqual([]);
    expect(w.storage(store('nothing here'))).toEqual([]);
  });

  it('a cookie holding a Base64 copy is kind cookie, with its name', async () => {
    const w = await watch();
    const [c] = w.cookie(cookie(btoa(canaries.email)));
    expect(c).toMatchObject({
      type: 'cookie',
      where: 'cookie',
      host: 'adnet.test',
      key: '_em',
      encoding: 'base64',
      method: 'SET',
    });
  });

  it('a storage write keeps its API, origin, key and writing script', async () => {
    const w = await watch();
    const hex = Array.from(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canaries.email))),
      (b) => b.toString(16).padStart(2, '0'),
    ).join('');
    const [s] = w.storage(store(JSON.stringify({ h: hex })));
    expect(s).toMatchObject({
      type: 'storage',
      where: 'storage',
      method: 'localStorage',
      url: 'https://www.shop.test',
      host: 'www.shop.test',
      key: '_adnet_em',
      encoding: 'sha256',
      script: 'https://tracker.adnet.test/form-store.js',
    });
  });

  it('stops at the cap: a page echoing the canary into every request cannot flood the record', async () => {
    const w = await watch();
    let n = 0;
    for (let i = 0; i < MAX_LEAK_EVENTS + 50; i++)
      n += w.request(req({ url: `https://t.test/${i}?e=${canaries.email}` })).length;
    expect(n).toBe(MAX_LEAK_EVENTS);
    expect(w.leaks).toBe(MAX_LEAK_EVENTS);
  });
});
