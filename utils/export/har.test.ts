import { describe, expect, it } from 'vitest';
import { START, Visit } from '../../test/support/findings.ts';
import { harFileName, harFileText, harHash, recordToHar, withHarIntegrity, type Har } from './har.ts';
import { harBody, sha256Hex, withBody, type IntegrityBase } from './integrity.ts';

/** The fields HAR 1.2 requires (http://www.softwareishard.com/blog/har-12-spec/), by type. */
function harErrors(har: Har): string[] {
  const errors: string[] = [];
  const need = (cond: boolean, what: string): void => {
    if (!cond) errors.push(what);
  };
  const isNameValues = (x: unknown): boolean =>
    Array.isArray(x) && x.every((p) => typeof p?.name === 'string' && typeof p?.value === 'string');
  const log = har.log;
  need(log.version === '1.2', 'log.version');
  need(typeof log.creator.name === 'string' && typeof log.creator.version === 'string', 'log.creator');
  for (const p of log.pages) {
    need(
      !Number.isNaN(Date.parse(p.startedDateTime)) && typeof p.id === 'string' && typeof p.title === 'string',
      `page ${p.id}`,
    );
    need(typeof p.pageTimings === 'object', 'pageTimings');
  }
  for (const [i, e] of log.entries.entries()) {
    need(
      log.pages.some((p) => p.id === e.pageref),
      `entry ${i} pageref`,
    );
    need(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(e.startedDateTime), `entry ${i} startedDateTime`);
    need(typeof e.time === 'number' && e.time >= 0, `entry ${i} time`);
    const q = e.request;
    need(
      typeof q.method === 'string' && typeof q.url === 'string' && typeof q.httpVersion === 'string',
      `entry ${i} request`,
    );
    need(isNameValues(q.cookies) && isNameValues(q.headers) && isNameValues(q.queryString), `entry ${i} request lists`);
    need(Number.isInteger(q.headersSize) && Number.isInteger(q.bodySize), `entry ${i} request sizes`);
    const r = e.response;
    need(
      Number.isInteger(r.status) && typeof r.statusText === 'string' && typeof r.httpVersion === 'string',
      `entry ${i} response`,
    );
    need(isNameValues(r.cookies) && isNameValues(r.headers), `entry ${i} response lists`);
    need(typeof r.content.size === 'number' && typeof r.content.mimeType === 'string', `entry ${i} content`);
    need(
      typeof r.redirectURL === 'string' && Number.isInteger(r.headersSize) && Number.isInteger(r.bodySize),
      `entry ${i} response sizes`,
    );
    need(typeof e.cache === 'object', `entry ${i} cache`);
    const t = e.timings;
    need(
      [t.send, t.wait, t.receive].every((x) => typeof x === 'number' && x >= 0),
      `entry ${i} timings`,
    );
    need(
      [t.blocked, t.dns, t.connect, t.ssl].every((x) => x === -1 || x >= 0),
      `entry ${i} optional timings`,
    );
  }
  return errors;
}

describe('recordToHar', () => {
  const v = new Visit()
    .req('https://px.tracker.example/p.gif?uid=abc&x=1', 100, {
      type: 'image',
      ip: '203.0.113.9',
      setCookie: ['uid=abc; Secure; SameSite=None', 'sid=1'],
    })
    .choice('reject', 1000)
    .req('https://www.shop.example/app.js', 1500, { initiator: 'https://www.shop.example' });
  const har = recordToHar(v.record(), {
    creator: { name: 'consent-auditor', version: '0.1.0' },
    consent: 'reject',
    browser: { name: 'Chromium', version: '156' },
  });

  it('is HAR 1.2 with every required field', () => {
    expect(harErrors(har)).toEqual([]);
    expect(JSON.parse(JSON.stringify(har))).toEqual(har);
  });

  it('has one page and one entry per recorded request, in time order, with server IP, status, Set-Cookie names and phase', () => {
    expect(har.log.pages).toEqual([
      expect.objectContaining({
        id: 'page_1',
        title: 'https://www.shop.example/',
        startedDateTime: new Date(START).toISOString(),
        _consent: 'reject',
      }),
    ]);
    expect(har.log.entries.map((e) => [e.request.url, e.response.status, e.serverIPAddress ?? null, e._phase])).toEqual(
      [
        ['https://www.shop.example/', 200, '81.169.145.1', 'before-choice'],
        ['https://px.tracker.example/p.gif?uid=abc&x=1', 200, '203.0.113.9', 'before-choice'],
        ['https://www.shop.example/app.js', 200, null, 'after-reject'],
      ],
    );
    const px = har.log.entries[1];
    expect(px?.response.cookies).toEqual([
      { name: 'uid', value: '' },
      { name: 'sid', value: '' },
    ]);
    expect(px?.request.queryString).toEqual([
      { name: 'uid', value: 'abc' },
      { name: 'x', value: '1' },
    ]);
    expect(px?._party).toBe('third');
    expect(px?.startedDateTime).toBe(new Date(START + 100).toISOString());
  });

  it('a failed request without a response is still valid: status 0 and the error kept', () => {
    const failing = new Visit();
    failing.events.push({
      k: 'request',
      t: START + 50,
      requestId: 'x1',
      url: 'https://down.example/a.js',
      method: 'GET',
      type: 'script',
      frameId: 0,
      parentFrameId: -1,
    });
    failing.events.push({
      k: 'request-error',
      t: START + 60,
      requestId: 'x1',
      url: 'https://down.example/a.js',
      error: 'net::ERR_CONNECTION_REFUSED',
    });
    const h = recordToHar(failing.record(), { creator: { name: 'c', version: '1' }, consent: 'none' });
    expect(harErrors(h)).toEqual([]);
    expect(h.log.entries[1]?.response).toMatchObject({ status: 0, _error: 'net::ERR_CONNECTION_REFUSED' });
    expect(h.log.entries[1]?.response).not.toHaveProperty('_notSent'); // bytes may have left before a refusal
  });

  it('a request the browser says never left carries _notSent with the reason', () => {
    const v = new Visit();
    v.events.push(
      {
        k: 'request',
        t: START + 50,
        requestId: 'n1',
        url: 'https://nx.example/p.gif',
        method: 'GET',
        type: 'image',
        frameId: 0,
        parentFrameId: -1,
      },
      {
        k: 'request-error',
        t: START + 60,
        requestId: 'n1',
        url: 'https://nx.example/p.gif',
        error: 'net::ERR_NAME_NOT_RESOLVED',
      },
    );
    const h = recordToHar(v.record(), { creator: { name: 'c', version: '1' }, consent: 'none' });
    expect(harErrors(h)).toEqual([]);
    expect(h.log.entries[1]?.response).toMatchObject({ _notSent: 'net::ERR_NAME_NOT_RESOLVED' });
  });
});

describe('harFileName', () => {
  it.each<[number, string, string, string]>([
    [0, 'https://www.shop.example/a?b', 'none', '001-www.shop.example-a-none.har'],
    [0, 'https://www.shop.example/', 'none', '001-www.shop.example-none.har'],
    [41, 'https://[::1]:8080/', 'reject', '042-___1_-reject.har'],
    [2, 'not a url', 'accept', '003-page-accept.har'],
    [0, 'https://xn--mnchen-3ya.example/', '../x', '001-xn--mnchen-3ya.example-x.har'],
    [4, 'https://www.shop.example/shop/item.html?id=1#top', 'none', '005-www.shop.example-shop_item.html-none.har'],
    [0, 'https://a.example/../../etc/passwd', 'none', '001-a.example-etc_passwd-none.har'],
    [0, 'https://a.example/.hidden/%2e%2e/x', 'none', '001-a.example-x-none.har'],
    [0, `https://a.example/${'p'.repeat(500)}`, 'none', `001-a.example-${'p'.repeat(80)}-none.har`],
  ])('%i %s %s', (i, url, consent, name) => {
    expect(harFileName(i, url, consent)).toBe(name);
  });
});

describe('HAR integrity', () => {
  const har = recordToHar(new Visit().req('https://px.tracker.example/p.gif', 100).record(), {
    creator: { name: 'consent-auditor', version: '0.1.0' },
    consent: 'none',
  });
  const base: IntegrityBase = {
    algorithm: 'SHA-256',
    report: 'b'.repeat(64),
    har: 'c'.repeat(64),
    url: 'https://www.shop.example/',
    startedAt: new Date(START).toISOString(),
    finishedAt: new Date(START + 1000).toISOString(),
    tool: { name: 'consent-auditor', version: '0.1.0' },
    data: { trackers: '2026.11.29', ipTable: null },
  };

  it('harHash is the SHA-256 of the compact HAR without log._integrity', async () => {
    const hash = await harHash(har);
    expect(hash).toBe(await sha256Hex(JSON.stringify(har)));
    expect(await harHash(withHarIntegrity(har, withBody(base, hash)))).toBe(hash);
  });

  it('the file keeps every HAR field, adds log._integrity last, and is still HAR 1.2', async () => {
    const hash = await harHash(har);
    const text = harFileText(har, withBody(base, hash));
    const parsed: Har = JSON.parse(text);
    expect(harErrors(parsed)).toEqual([]);
    expect(Object.keys(parsed.log).at(-1)).toBe('_integrity');
    expect(parsed.log._integrity).toMatchObject({ algorithm: 'SHA-256', body: hash, report: base.report });
    expect(await sha256Hex(harBody(parsed))).toBe(hash);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('sealing twice replaces the old integrity instead of nesting it', () => {
    const once = withHarIntegrity(har, withBody(base, 'd'.repeat(64)));
    const twice = withHarIntegrity(once, withBody(base, 'e'.repeat(64)));
    expect(twice.log._integrity?.body).toBe('e'.repeat(64));
    expect(JSON.stringify(twice).match(/_integrity/g)).toHaveLength(1);
  });
});
