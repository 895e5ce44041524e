// The corpus the identifier heuristic is decided by: does a beacon carrying this one parameter read as carrying an id?
import { describe, expect, it } from 'vitest';
import { contextOf, Visit } from '../../test/support/findings.ts';
import { idParams, isIdLike } from './identifiers.ts';
import { isIdName } from './named-ids.ts';
import { unknownTracking } from './unknown-tracking.ts';

const carriesId = (name: string, value: string): boolean => idParams([{ name, value }], false).length > 0;

/** [parameter, value, is it an id]. The comment says which rule decides where it is not obvious. */
const CORPUS: [string, string, boolean][] = [
  // Identifiers.
  ['uid', 'pre-laokds', true], // the demo's letters-only draw: named, not a placeholder
  ['uid', 'pre-k3x9qa', true],
  ['uid', 'post-accept-qwmzrt', true],
  ['uid', 'laokdsqm', true],
  ['visitor_id', 'xkqvbz', true],
  ['visitorId', 'ZkPqWr', true],
  ['cid', '1839402291.1716281432', true], // GA client id
  ['x', '1839402291.1716281432', true],
  ['_ga', 'GA1.1.1839402291.1716281432', true],
  ['fbp', 'fb.1.1716281432123.1839402291', true],
  ['x', '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', true], // UUID
  ['x', 'b7e2c91f04a6d3e8f215', true], // hex
  ['x', 'Zk3pQ9wR2tY7uI1oP5aS8dF4', true], // base64url
  ['x', 'ZkpQwRtYuIoPaSdFgHjK', true], // base64url that drew no digit
  ['x', 'kqzvxwplmbrtyhgdnc', true], // lower-case letters only
  ['x', '1716281432123-k3x9qa7b2m', true], // timestamp + random
  ['sid', '1716281432', true], // GA4 session id
  ['user_id', 'u-48213', true],
  ['anon_id', 'uid-7f3a9c', true],
  ['device_id', 'dev_94kq2m', true],
  ['cid', 'summer-sale', true], // false positive: a campaign id under "cid" reads as a client id (a warning)
  ['client_id', 'jane@example.com', true],
  // Not identifiers.
  ['lang', 'en', false],
  ['page', 'home', false],
  ['q', 'running shoes', false],
  ['v', '2', false],
  ['format', 'webp', false],
  ['w', '1200', false],
  ['theme', 'dark', false],
  ['colour', 'fff', false],
  ['date', '2024-05-01', false],
  ['ts', '2024-05-01T10:00:00.000Z', false],
  ['x', 'summer-collection-shoes', false],
  ['x', 'internationalization', false],
  ['x', 'datenschutzgrundverordnung', false],
  ['x', 'kraftfahrzeughaftpflicht', false],
  ['x', 'handschuhschneeballwerfer', false],
  ['x', 'newslettersubscription', false],
  ['x', 'photosynthesization', false],
  ['ref', 'https://www.shop.example/a1b2c3d4e5', false],
  ['v', '9f8e7d6c5b4a39281726', false], // cache-buster
  ['uid', 'anonymous', false],
  ['uid', 'opt-out', false],
  ['cid', '(not set)', false],
  ['uid', 'undefined', false],
  ['uid', '000000', false],
  ['uid', '00000000-0000-0000-0000-000000000000', false],
  ['uid', 'err', false],
  ['sid', '12345', false],
  ['user_agent', 'Mozilla/5.0 (X11; Linux x86_64)', false],
  ['session_count', '3', false],
  ['client_version', '4.12.0-beta', false],
  ['session_start', '1716281432', false],
  ['id', 'summer', false],
  ['device', 'mobile', false],
  ['visitor', 'returning', false],
  ['client', 'android', false],
  ['user', 'logged-in', false],
];

describe('the identifier corpus', () => {
  it.each(CORPUS)('%s=%s: %s', (name, value, want) => {
    expect(carriesId(name, value)).toBe(want);
  });

  it('names: tokens of the name, not substrings', () => {
    expect(['adnet_uid', 'visitorId', 'x-client-id', 'SESSIONID', '_uid'].map(isIdName)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['squid', 'guide', 'video', 'user_agent', 'lang', 'id'].map(isIdName)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('random draws', () => {
  let seed = 7;
  const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
  const draw = (alphabet: string, n: number): string =>
    Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';

  it("every draw of the demo banner's six-character run id is read as an id, letters-only ones included", () => {
    const missed: string[] = [];
    let lettersOnly = 0;
    for (let i = 0; i < 10_000; i++) {
      const run = draw(BASE36, 6);
      if (!/\d/.test(run)) lettersOnly++;
      if (!carriesId('uid', `pre-${run}`) || !carriesId('uid', `post-accept-${run}`)) missed.push(run);
    }
    expect(lettersOnly).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it('without a name that says id: 20 random letters read as an id in at least 95 draws of 100', () => {
    let hit = 0;
    for (let i = 0; i < 10_000; i++) if (isIdLike(draw(LOWER, 20))) hit++;
    expect(hit).toBeGreaterThanOrEqual(9500);
  });
});

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const b64url = (s: string): string => Buffer.from(s).toString('base64url');
const json = (o: object): string => encodeURIComponent(JSON.stringify(o));

/** Whole requests to an unknown third party: [webRequest type, URL, what the reasons say (null: no id read)]. */
const REQUESTS: [string, string, string | null][] = [
  // Ids in a path segment.
  ['image', 'https://px.unknown.test/c/3f2a9b7c1d5e4f60a8b2/p.gif', 'path segment 2'],
  ['image', 'https://px.unknown.test/u/AbCdEfGhIjKlMnOp/px.gif', 'path segment 2'],
  ['image', 'https://px.unknown.test/3f2a9b7c1d5e4f60a8b2.gif', 'path segment 1'],
  ['image', 'https://px.unknown.test/track/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', 'path segment 2'],
  ['ping', 'https://px.unknown.test/u/AbCdEfGhIjKlMnOp/', 'path segment 2'],
  ['ping', 'https://px.unknown.test/e/Zk3pQ9wR2tY7uI1oP5aS8dF4', 'path segment 2'],
  ['xmlhttprequest', 'https://api.unknown.test/collect/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', 'path segment 2'],
  ['xmlhttprequest', 'https://api.unknown.test/v1/event/1716281432123-k3x9qa7b2m/view', 'path segment 3'],
  // Ids split over parameters, or wrapped in base64, URL-encoding or JSON one level down.
  ['image', 'https://px.unknown.test/pixel.gif?a=3f2a9b&b=7c1d5e&c=4f60a8', '"a+b+c"'],
  ['image', 'https://px.unknown.test/pixel.gif?a=3f2b8c1e&b=9a4d&c=4e6f&d=8b7a&e=1c2d3e4f5a6b', '"a+b+c+d+e"'], // a UUID
  ['image', `https://px.unknown.test/pixel.gif?d=${b64('{"uid":"3f2a9b7c1d5e4f60a8b2"}')}`, '"d (base64).uid"'],
  [
    'image',
    `https://px.unknown.test/pixel.gif?d=${b64url('{"user":{"visitorId":"pre-laokds"}}')}`,
    '"d (base64).user.visitorId"',
  ],
  [
    'image',
    `https://px.unknown.test/img.png?d=${b64('{"visitor_id":"xkqvbz","page":"home"}')}`,
    '"d (base64).visitor_id"',
  ], // named
  ['image', `https://px.unknown.test/pixel.gif?data=${json({ uid: 'b7e2c91f04a6d3e8f215' })}`, '"data.uid"'],
  ['image', `https://px.unknown.test/pixel.gif?data=${encodeURIComponent(json({ cid: 'dev_94kq2m' }))}`, '"data.cid"'],
  ['image', `https://px.unknown.test/pixel.gif?p=${encodeURIComponent('uid=b7e2c91f04a6d3e8f215&e=view')}`, '"p.uid"'],
  ['image', `https://px.unknown.test/pixel.gif?x=${b64('kqzvxwplmbrtyhgdncsw')}`, '"x (base64)"'], // base64 of a bare id
  [
    'ping',
    `https://px.unknown.test/b?e=${b64('{"events":[{"n":"pv","vid":"Zk3pQ9wR2tY7uI1oP5aS8dF4"}]}')}`,
    '"e (base64).events.vid"',
  ],
  // XHR or fetch: named ids anywhere, any random-looking value on a collector path.
  ['xmlhttprequest', 'https://api.unknown.test/v1/collect?cid=3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b&e=pv', '"cid"'],
  ['xmlhttprequest', 'https://chat.unknown.test/api/messages?visitor_id=pre-laokds', '"visitor_id"'],
  ['xmlhttprequest', 'https://api.unknown.test/v1/track?e=pv&k=Zk3pQ9wR2tY7uI1oP5aS8dF4', '"k"'],
  ['xmlhttprequest', `https://api.unknown.test/v1/track?d=${b64('{"uid":"pre-laokds"}')}`, '"d (base64).uid"'],
  // Known false positive: three colours of six hex digits, each with a digit, read as one id split in three.
  ['image', 'https://px.unknown.test/pixel.gif?c1=1a2b3c&c2=4d5e6f&c3=7a8b9c', '"c1+c2+c3"'],
  // Not ids: build hashes, content hashes, site keys, options, dates, sizes (the demo's own requests first).
  ['image', 'https://cdn.shop.test/logo.svg?r=k3x9qa&i=4', null],
  ['script', 'https://cdn.shop.test/app.js', null],
  ['script', 'https://cdn.unknown.test/assets/app.3f9a8b1c.js', null],
  ['script', 'https://cdn.unknown.test/_next/static/chunks/pages/index-3f9a8b1c4d5e6f7a.js', null],
  ['script', 'https://cdn.unknown.test/_next/static/V1StGXR8Z5jdHi6BmyT2k/_buildManifest.js', null],
  ['script', 'https://widget.unknown.test/widget/3f2a9b7c1d5e4f60a8b2/loader.js', null], // a site key
  ['stylesheet', 'https://cdn.unknown.test/css/3f2a9b7c1d5e4f60a8b2/main.css', null],
  ['font', 'https://fonts.unknown.test/s/3f2a9b7c1d5e4f60a8b2/inter.woff2', null],
  ['image', 'https://cdn.unknown.test/static/media/3f9a8b1c4d5e6f7a8b9c.gif', null],
  ['image', 'https://cdn.unknown.test/hero.3f9a8b1c4d5e6f7a.gif', null],
  ['image', 'https://images.ctf.test/x1y2z3/4f60a8b2c1d5e3f7a9b0/3f2a9b7c1d5e4f60a8b23f2a9b7c1d5e/hero.jpg', null],
  ['image', 'https://res.unknown.test/demo/image/upload/w_1200,h_800,c_fill,q_auto/v1716281432/sample.jpg', null],
  ['image', 'https://px.unknown.test/2024/05/01/1200x800/pixel.gif', null],
  ['image', 'https://avatars.unknown.test/u/1839402291?v=4', null],
  ['xmlhttprequest', 'https://api.unknown.test/v1/sites/3f2a9b7c1d5e4f60a8b2/config', null], // a site key
  ['xmlhttprequest', 'https://chat.unknown.test/api/conversations/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', null],
  ['xmlhttprequest', 'https://api.unknown.test/v1/products?sku=3f2a9b7c1d5e4f60a8b2', null],
  ['xmlhttprequest', 'https://search.unknown.test/v2/query?q=running%20shoes&key=3f2a9b7c1d5e4f60a8b2', null],
  ['xmlhttprequest', 'https://api.unknown.test/v1/collect?v=9f8e7d6c5b4a39281726&e=pv', null],
  ['xmlhttprequest', 'https://api.unknown.test/v1/events?client_version=4.12.0-beta&session_count=3', null],
  ['image', 'https://px.unknown.test/pixel.gif?w=1200&h=800&q=80', null],
  ['image', 'https://px.unknown.test/pixel.gif?bg=ffffff&fg=000000&ac=333333', null],
  ['image', 'https://px.unknown.test/pixel.gif?utm_source=newsletter&utm_medium=email&utm_campaign=spring2024', null],
  // Wrapped values an image outside a pixel path sends: only what is named an id counts there, decoded or not.
  // (On a pixel path any random-looking value counts, as before: a base64 wrapper itself reads as one.)
  ['image', `https://img.unknown.test/hero.png?d=${b64('{"page":"home","lang":"en","w":1200}')}`, null],
  ['image', `https://img.unknown.test/hero.png?url=${b64('https://www.shop.test/products/1.html')}`, null],
  ['image', `https://img.unknown.test/hero.png?ctx=${json({ consent: 'denied', uid: 'anonymous' })}`, null],
  ['image', `https://img.unknown.test/hero.png?d=${b64('{"uid":"00000000-0000-0000-0000-000000000000"}')}`, null],
  ['image', `https://img.unknown.test/hero.png?ev=${b64('newsletter-subscription')}`, null],
  ['image', `https://img.unknown.test/hero.png?${'user=logged-in&device=mobile&cid=(not%20set)'}`, null],
];

describe('the request corpus: ids in paths, split over parameters, wrapped', () => {
  it.each(REQUESTS)('%s %s: %s', (type, url, want) => {
    const v = new Visit();
    if (type === 'beacon') v.beacon(url, 300);
    else v.req(url, 300, { type });
    const u = [...unknownTracking(contextOf(v)).values()].filter((x) => x.requests.length > 0);
    if (want === null) expect(u.map((x) => x.reasons)).toEqual([]);
    else expect(u[0]?.reasons.join('; ')).toContain(want);
  });
});
