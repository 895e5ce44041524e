// Property tests: no parser of page or network data may throw out of the core, whatever it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromBeforeRedirect,
  fromBeforeRequest,
  fromCookieChange,
  fromResponseStarted,
} from '../../utils/observe/browser/adapter.ts';
import type { AuditEvent } from '../../utils/observe/events.ts';
import { cookieStored } from '../support/raw-events.ts';
import { fromMainWorld, parseCookieString } from '../../utils/observe/page/from-main-world.ts';
import { validatePageEvent } from '../../utils/observe/page/page-events.ts';
import { analyze, createKnowledge } from '../../utils/findings/index.ts';
import { hostInfo, partyOf } from '../../utils/url/party.ts';
import { RecordBuilder } from '../../utils/record/record.ts';
import { parseSetCookie, setCookiesFromHeaders } from '../../utils/observe/browser/set-cookie.ts';
import { hostOfUrl, parseUrl } from '../../utils/url/url.ts';

const urlish = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    'data:text/html,<b>x</b>',
    'blob:https://a.example/1-2',
    'about:blank',
    'javascript:alert(1)',
    'chrome://settings',
    'http://[::1]:8080/',
    'https://[2001:db8::1]/',
    'https://xn--bcher-kva.de/',
    'https://bücher.de/',
    'http://192.168.0.1/',
    'ws://a/',
    'https://' + 'a'.repeat(300) + '.com/',
    'https://example.com/' + 'x'.repeat(100_000),
    'https://user:pw@host.example/',
    '//no-scheme',
    'https:',
  ),
  fc
    .tuple(fc.constantFrom('https://', 'http://', 'wss://', 'ftp://', ''), fc.string({ maxLength: 80 }))
    .map(([a, b]) => a + b),
);

describe('URL and party parsing never throw', () => {
  it('parseUrl / hostOfUrl / hostInfo / partyOf', () => {
    fc.assert(
      fc.property(urlish, fc.string({ maxLength: 60 }), (url, site) => {
        const p = parseUrl(url);
        const h = hostOfUrl(url);
        expect(h).toBe(p?.host ?? null);
        if (h) expect(typeof hostInfo(h).site).toBe('string');
        expect(['first', 'third']).toContain(partyOf(h ?? '', site));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('Set-Cookie parsing never throws', () => {
  it('parseSetCookie / setCookiesFromHeaders', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 500 }),
        fc.array(
          fc.record({
            name: fc.constantFrom('Set-Cookie', 'set-cookie', 'X'),
            value: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
          }),
        ),
        (h, headers) => {
          const c = parseSetCookie(h);
          if (c) expect(typeof c.name).toBe('string');
          expect(Array.isArray(setCookiesFromHeaders(headers))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the reducer takes any sequence of adapter and page events without throwing', () => {
  const raw = fc.record({
    requestId: fc.constantFrom('1', '2', '3', 'main'),
    url: urlish,
    type: fc.constantFrom('main_frame', 'sub_frame', 'script', 'image', 'ping', 'beacon', 'weird', undefined),
    tabId: fc.constant(1),
    frameId: fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined }),
    timeStamp: fc.option(fc.double(), { nil: undefined }),
    statusCode: fc.option(fc.integer(), { nil: undefined }),
    ip: fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 })), { nil: undefined }),
    redirectUrl: fc.option(urlish, { nil: undefined }),
    responseHeaders: fc.option(
      fc.array(fc.record({ name: fc.constant('set-cookie'), value: fc.string({ maxLength: 100 }) }), { maxLength: 3 }),
      { nil: undefined },
    ),
  });
  const cookie = fc.record({
    removed: fc.boolean(),
    cause: fc.constantFrom('explicit', 'overwrite', 'expired', 'evicted', 'weird'),
    cookie: fc.record({
      name: fc.string({ maxLength: 30 }),
      value: fc.string({ maxLength: 200 }),
      domain: fc.oneof(fc.domain(), fc.string({ maxLength: 20 })),
      path: fc.string({ maxLength: 10 }),
      hostOnly: fc.boolean(),
      secure: fc.boolean(),
      httpOnly: fc.boolean(),
      sameSite: fc.constantFrom('lax', 'strict', 'no_restriction', 'unspecified'),
      session: fc.boolean(),
      expirationDate: fc.option(fc.double(), { nil: undefined }),
    }),
  });
  const step = fc.oneof(
    raw.map((d) => fromBeforeRequest(d)),
    raw.map((d) => [fromResponseStarted(d)]),
    raw.map((d) => fromBeforeRedirect(d)),
    cookie.map((c) => [fromCookieChange(c, 5)]),
    fc.anything().map((x) => {
      const ev = validatePageEvent(x, 'https://www.shop.example/', 10_000);
      return ev ? [ev] : [];
    }),
    fc
      .record({
        k: fc.constantFrom('page-cookie', 'page-storage', 'page-beacon'),
        t: fc.integer(),
        api: fc.constantFrom('document.cookie', 'localStorage', 'indexedDB'),
        name: fc.string(),
        key: fc.string(),
        value: fc.string(),
        raw: fc.string(),
        valueLength: fc.nat(),
        url: urlish,
        origin: urlish,
        bytes: fc.nat(),
        frameUrl: urlish,
      })
      .map((x) => {
        const ev = validatePageEvent(x, 'https://www.shop.example/', 10_000);
        return ev ? [ev] : [];
      }),
  );
  it('RecordBuilder.apply', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const b = new RecordBuilder(1);
        for (const evs of steps) for (const ev of evs as AuditEvent[]) b.apply(ev);
        if (b.record) JSON.stringify(b.record);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('cookie strings and main-world reports never throw', () => {
  it('parseCookieString / fromMainWorld', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.anything(), (raw, x) => {
        parseCookieString(raw);
        const ev = fromMainWorld(x, ['https://self.example/'], 'https://www.shop.example');
        validatePageEvent(ev, 'https://www.shop.example/', Date.now());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the findings engine takes any record the reducer can produce', () => {
  it('analyze never throws and always returns a verdict', () => {
    const knowledge = createKnowledge();
    const cookieNames = fc.constantFrom(
      '_ga',
      'OptanonConsent',
      'OptanonAlertBoxClosed',
      'euconsent-v2',
      'cmplz_marketing',
      'cmplz_banner-status',
      'didomi_token',
      'x',
    );
    const hosts = fc.constantFrom(
      'www.google-analytics.com',
      'connect.facebook.net',
      'fonts.googleapis.com',
      'px.unknown.example',
      'www.shop.example',
    );
    const ev = fc.oneof(
      fc.tuple(hosts, fc.string({ maxLength: 40 }), fc.integer({ min: 1000, max: 9000 })).map(([h, p, t]) =>
        fromBeforeRequest({
          requestId: String(t),
          url: `https://${h}/${encodeURIComponent(p)}?cid=${p}`,
          type: 'image',
          tabId: 1,
          timeStamp: t,
        }),
      ),
      fc
        .tuple(cookieNames, fc.string({ maxLength: 300 }), fc.integer({ min: 1000, max: 9000 }), fc.boolean())
        .map(([name, value, t, removed]) => [
          cookieStored(name, '.shop.example', value, t, { session: true }, { removed }),
        ]),
      fc
        .tuple(
          fc.constantFrom('accept', 'reject') as fc.Arbitrary<'accept' | 'reject'>,
          fc.integer({ min: 1000, max: 9000 }),
        )
        .map(([action, t]) => [{ k: 'choice' as const, t, action, source: 'user' as const, via: 'test' }]),
      fc
        .tuple(fc.string({ maxLength: 200 }), fc.constantFrom('tcloaded', 'useractioncomplete', 'cmpuishown'))
        .map(([tcString, eventStatus]) => [
          { k: 'page-tcf' as const, t: 2000, tcString, eventStatus, frameUrl: 'https://www.shop.example/' },
        ]),
      fc.array(fc.anything(), { maxLength: 4 }).map((args) => [
        {
          k: 'page-consent-mode' as const,
          t: 2500,
          args: ['consent', 'default', ...args],
          frameUrl: 'https://www.shop.example/',
        },
      ]),
    );
    fc.assert(
      fc.property(fc.array(ev, { maxLength: 30 }), (steps) => {
        const b = new RecordBuilder(1);
        for (const e of fromBeforeRequest({
          requestId: 'm',
          url: 'https://www.shop.example/',
          type: 'main_frame',
          tabId: 1,
          timeStamp: 999,
        }))
          b.apply(e);
        for (const evs of steps) for (const e of evs as AuditEvent[]) b.apply(e);
        const a = analyze(b.record!, knowledge);
        expect(['violations', 'warnings', 'clean']).toContain(a.summary.verdict);
        expect(a.errors).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
