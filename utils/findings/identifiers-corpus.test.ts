// The corpus the identifier heuristic is decided by: does a beacon carrying this one parameter read as carrying an id?
import { describe, expect, it } from 'vitest';
import { idParams, isIdLike } from './identifiers.ts';
import { isIdName } from './named-ids.ts';

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
