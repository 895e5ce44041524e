import { describe, expect, it } from 'vitest';
import { thirdParties } from '../third-parties.ts';
import { contextOf, Visit } from '../../../test/support/findings.ts';
import { unknownThirdPartyTracking } from './unknown-third-party-tracking.ts';

const VISITOR_ID = '7f3a9c2e1b8d4f60a5e7';

describe('unknown-third-party-tracking', () => {
  it.each<[string, (v: Visit) => Visit, string[], RegExp | null]>([
    [
      'first-party id echoed to an unknown party',
      (v) =>
        v
          .scriptCookie('vid', VISITOR_ID, 100, 'https://www.shop.example/app.js')
          .req(`https://api.metricsly.example/v1/e?site=shop&visitor=${VISITOR_ID}`, 300, { type: 'xmlhttprequest' }),
      ['unknown-third-party-tracking:request:metricsly.example'],
      /receives the value of cookie vid \(shop\.example\) in parameter "visitor"/,
    ],
    [
      'pixel image with an id parameter',
      (v) =>
        v.req('https://px.adnet-unknown.example/pixel.gif?uid=b7e2c91f04a6d3e8f215&e=view', 300, { type: 'image' }),
      ['unknown-third-party-tracking:request:adnet-unknown.example'],
      /pixel-like image request with identifier parameter\(s\) "uid"/,
    ],
    [
      'beacon with an id',
      (v) =>
        v.beacon(
          'https://collect.beaconly.example/b?sid=9d8c7b6a5f4e3d2c1b0a99&ev=leave',
          800,
          'https://cdn.beaconly.example/b.js',
        ),
      ['unknown-third-party-tracking:request:beaconly.example'],
      /beacon\/ping with identifier parameter\(s\) "sid"/,
    ],
    [
      'third-party cookie with a random value',
      (v) =>
        v.req('https://sync.idfarm.example/match', 300, {
          type: 'image',
          setCookie: ['xid=Zk3pQ9wR2tY7uI1oP5aS8dF4; Domain=.idfarm.example; Secure; SameSite=None'],
        }),
      ['unknown-third-party-tracking:request:idfarm.example'],
      /third-party cookie xid holds a 24-character random-looking value/,
    ],
    [
      'pixel with a short letters-only id the parameter names (the demo banner draw)',
      (v) => v.req('https://tracker.adnet-unknown.example/pixel.gif?uid=pre-laokds', 300, { type: 'image' }),
      ['unknown-third-party-tracking:request:adnet-unknown.example'],
      /pixel-like image request with identifier parameter\(s\) "uid"/,
    ],
    [
      'third-party cookie whose name says id, with a short value',
      (v) =>
        v.req('https://sync.idfarm.example/match', 300, {
          type: 'image',
          setCookie: ['adnet_uid=pre-laokds; Domain=.idfarm.example; Secure; SameSite=None'],
        }),
      ['unknown-third-party-tracking:request:idfarm.example'],
      /third-party cookie adnet_uid, named as an identifier, holds a 10-character value/,
    ],
    [
      'near: a placeholder where the id would be',
      (v) => v.req('https://px.adnet-unknown.example/pixel.gif?uid=anonymous&cid=opt-out', 300, { type: 'image' }),
      [],
      null,
    ],
    [
      'near: CDN image with a cache-busting hash',
      (v) => v.req('https://img.cdn-unknown.example/p/shoe.jpg?v=9f8e7d6c5b4a39281726', 300, { type: 'image' }),
      [],
      null,
    ],
    [
      'near: known tracker (dataset match) is not "unknown"',
      (v) => v.req('https://tr.snapchat.com/p?u_c=b7e2c91f04a6d3e8f215', 300, { type: 'image' }),
      [],
      null,
    ],
    [
      'near: short, low-entropy values',
      (v) => v.req('https://px.adnet-unknown.example/pixel.gif?uid=1111111111111111', 300, { type: 'image' }),
      [],
      null,
    ],
    // Ids posted in the body (body-ids.ts), judged as URL parameters are.
    [
      'fetch POST with a JSON id in its body',
      (v) =>
        v.req('https://api.metricsly.example/v1/data', 300, {
          type: 'xmlhttprequest',
          method: 'POST',
          body: `{"user":{"uid":"${VISITOR_ID}"},"e":"view"}`,
        }),
      ['unknown-third-party-tracking:request:metricsly.example'],
      /xmlhttprequest request with identifier\(s\) in its body: "body\.user\.uid"/,
    ],
    [
      'sendBeacon with a form body',
      (v) =>
        v.req('https://c.beaconly.example/b', 300, { type: 'ping', method: 'POST', body: `cid=${VISITOR_ID}&e=1` }),
      ['unknown-third-party-tracking:request:beaconly.example'],
      /ping request with identifier\(s\) in its body: "body\.cid"/,
    ],
    [
      'first-party id echoed in a POST body',
      (v) =>
        v
          .scriptCookie('vid', VISITOR_ID, 100, 'https://www.shop.example/app.js')
          .req('https://api.metricsly.example/v1/data', 300, {
            type: 'xmlhttprequest',
            method: 'POST',
            body: `{"v":"${VISITOR_ID}"}`,
          }),
      ['unknown-third-party-tracking:request:metricsly.example'],
      /receives the value of cookie vid \(shop\.example\) in its request body \(body\.v\)/,
    ],
    [
      'a binary body to a party with a finding is said as not scanned',
      (v) =>
        v
          .req(`https://c.beaconly.example/b?sid=${VISITOR_ID}`, 300, { type: 'ping', method: 'POST' })
          .req('https://c.beaconly.example/p', 310, { type: 'ping', method: 'POST', body: '\u0000\u0001\u0002x' }),
      ['unknown-third-party-tracking:request:beaconly.example'],
      /a ping request body to it is binary, not scanned/,
    ],
    [
      'near: a random value under no id name in an API call body',
      (v) =>
        v.req('https://api.shopapi.example/v1/products', 300, {
          type: 'xmlhttprequest',
          method: 'POST',
          body: `{"sku":"${VISITOR_ID}","qty":2}`,
        }),
      [],
      null,
    ],
    [
      'near: a beacon body of counters, enums and the page URL',
      (v) =>
        v.req('https://c.beaconly.example/b', 300, {
          type: 'ping',
          method: 'POST',
          body: '{"ts":1733600000000,"n":3,"ev":"leave","url":"https://www.shop.example/p/shoes?id=12345"}',
        }),
      [],
      null,
    ],
  ])('%s', (_name, build, ids, reason) => {
    const ctx = contextOf(build(new Visit()));
    const fs = unknownThirdPartyTracking.run(ctx);
    expect(fs.map((f) => f.id)).toEqual(ids);
    if (reason) {
      expect(fs[0]?.explanation).toMatch(reason);
      const tp = thirdParties(ctx).find((t) => t.site === fs[0]?.subject.host);
      expect(tp?.unknownTracking?.reasons.join('; ')).toMatch(reason);
      expect(tp?.tracker).toBeNull();
    }
  });
});
