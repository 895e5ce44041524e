import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canaryValues, makeCanaries, type CanarySet } from './canary.ts';
import { requestBodyOf } from '../../observe/browser/request-body.ts';
import { canaryPatterns, normalise } from './encodings.ts';
import { bestPerField, bodyText, buildScanner } from './scan.ts';

const SET: CanarySet = {
  email: 'Ca-qwertzuiop@Shop.Example.DE',
  phone: '+44 7700 900123',
  name: 'Cara Lmnopqrstu',
  text: 'Canary note zyxwvutsrq',
};
const scanner = buildScanner(await canaryPatterns(canaryValues(SET)));
const h = (alg: string, s: string): string => createHash(alg).update(s, 'utf8').digest('hex');
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const b64u = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
const email = SET.email;
const norm = email.toLowerCase();

const ENCODED: Array<[string, string, string, string, boolean]> = [
  ['plain in a query', `https://t.example/c?em=${email}`, 'email', 'plain', false],
  ['lower-case', `{"e":"${norm}"}`, 'email', 'plain', true],
  ['upper-case', `E=${email.toUpperCase()}`, 'email', 'upper-case', false],
  ['URL-encoded', `em=${encodeURIComponent(email)}`, 'email', 'url-encoded', false],
  [
    'URL-encoded, lower-case escapes',
    `em=${encodeURIComponent(email).replace('%40', '%40'.toLowerCase())}`,
    'email',
    'url-encoded',
    false,
  ],
  ['Base64', `d=${b64(email)}`, 'email', 'base64', false],
  ['Base64 inside a larger encoded JSON', b64(`{"user":{"mail":"${email}","x":1}}`), 'email', 'base64', false],
  // The address's own Base64 characters hold no + or /, so the url-safe copy is the same pattern, labelled base64.
  ['Base64 url-safe of a JSON', b64u(`{"m":"${norm}??>"}`), 'email', 'base64', true],
  ['MD5 raw', `h=${h('md5', email)}`, 'email', 'md5', false],
  ['SHA-1 normalised', `h=${h('sha1', norm)}`, 'email', 'sha1', true],
  ['SHA-256 normalised (enhanced conversions)', `{"em":"${h('sha256', norm)}"}`, 'email', 'sha256', true],
  ['SHA-256 raw, upper-case hex', `h=${h('sha256', email).toUpperCase()}`, 'email', 'sha256', false],
  ['SHA-256 of the phone as digits (Meta)', `ph=${h('sha256', '447700900123')}`, 'phone', 'sha256', true],
  ['phone, national form', 'tel=07700900123', 'phone', 'plain', true],
  ['name URL-encoded with +', 'n=Cara+Lmnopqrstu', 'name', 'url-encoded', false],
  ['free text', 'msg=Canary note zyxwvutsrq', 'text', 'plain', false],
];
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('canary scanner: each encoding is found and labelled', () => {
  it.each(ENCODED)('%s', (_label, text, field, encoding, normalised) => {
    const best = bestPerField(scanner.scanText(text, 'body'));
    expect(best).toContainEqual({ field, encoding, normalised, where: 'body' });
  });
});

const NEAR_MISSES: Array<[string, string]> = [
  ['another address', 'em=ca-qwertzuiop@shop.example.com'],
  ['one letter off', `em=${norm.replace('q', 'w')}`],
  ['truncated address', `em=${norm.slice(0, -1)}`],
  ['truncated SHA-256 (7 chars)', `h=${h('sha256', norm).slice(0, 7)}`],
  ['SHA-256 of another address', `h=${h('sha256', 'ca-qwertzuiop@shop.example.com')}`],
  ['MD5 of the address with a trailing space', `h=${h('md5', `${norm}x`)}`],
  ['Base64 of another address', `d=${b64('ca-asdfghjkl@shop.example.de')}`],
  ['the domain alone', 'shop.example.de and Cara and Canary note'],
  ['another phone in the reserved range', 'tel=07700900124'],
  ['empty body', ''],
];

describe('canary scanner: near misses never match', () => {
  it.each(NEAR_MISSES)('%s', (_label, text) => {
    expect(scanner.scanText(text, 'body')).toEqual([]);
  });
});

describe('canary scanner: a body delivered as bytes is read as its decoded text', () => {
  // What webRequest's raw chunks and the CLI's postDataBuffer() hand over: the hits must be those of the text.
  it.each(ENCODED)('%s, as bytes, alone and inside a 2 kB beacon', (_label, text) => {
    const want = scanner.scanRequest({ url: 'https://t.example/c', body: text });
    expect(want.length).toBeGreaterThan(0);
    expect(scanner.scanRequest({ url: 'https://t.example/c', body: utf8(text) })).toEqual(want);
    const pad = 'k_1=zq9x0&'.repeat(100);
    const big = `${pad}${text}&${pad}`;
    expect(scanner.scanRequest({ url: 'https://t.example/c', body: utf8(big) })).toEqual(
      scanner.scanRequest({ url: 'https://t.example/c', body: big }),
    );
  });

  it.each(NEAR_MISSES)('%s, as bytes, is no hit', (_label, text) => {
    expect(scanner.scanRequest({ url: '', body: utf8(text) })).toEqual([]);
  });

  it.each(ENCODED)('%s, split over two raw chunks at every position, is still found', (_label, text) => {
    const want = scanner.scanRequest({ url: '', body: text });
    const all = utf8(`{"batch":"${text}"}`);
    for (let at = 0; at <= all.length; at++) {
      const body = requestBodyOf({ raw: [{ bytes: all.slice(0, at).buffer }, { bytes: all.slice(at).buffer }] }).body;
      expect(scanner.scanRequest({ url: '', body }), `split at ${at}`).toEqual(want);
    }
  });

  it('finds a copy after broken UTF-8, multi-byte and astral characters, and in a body over 64 kB', () => {
    const copy = utf8(`em=${h('sha256', norm)}`);
    for (const lead of [
      [0xff],
      [0xe2, 0x82],
      [0xf0, 0x9f, 0x98],
      [0xc3, 0xa4],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xef, 0xbb, 0xbf],
    ]) {
      const body = new Uint8Array([...lead, ...copy, ...lead]);
      expect(bestPerField(scanner.scanRequest({ url: '', body }))).toEqual([
        { field: 'email', encoding: 'sha256', normalised: true, where: 'body' },
      ]);
    }
    const big = new Uint8Array(5_000_000 + copy.length).fill(0x61);
    big.set(copy, 5_000_000);
    expect(scanner.scanRequest({ url: '', body: big }).map((x) => x.field)).toEqual(['email']);
    expect(scanner.scanRequest({ url: '', body: big.subarray(0, 5_000_000) })).toEqual([]);
  });

  it('an empty or short body, and a Node Buffer (the CLI), are read as well', () => {
    expect(scanner.scanRequest({ url: '', body: new Uint8Array(0) })).toEqual([]);
    expect(scanner.scanRequest({ url: '', body: utf8('tel=0770090') })).toEqual([]);
    expect(scanner.scanRequest({ url: '', body: Buffer.from('tel=07700900123') }).map((x) => x.field)).toEqual([
      'phone',
    ]);
  });
});

describe('canary scanner: requests, bytes and canaries', () => {
  it('says where in a request the copy was', () => {
    const hits = scanner.scanRequest({
      url: 'https://t.example/p?x=1',
      headers: [{ name: 'X-Em', value: h('sha256', norm) }],
      body: `n=${encodeURIComponent(SET.name)}`,
    });
    expect(hits.map((x) => `${x.field}:${x.where}`).sort()).toEqual(['email:header', 'name:body']);
  });

  it('decodes body bytes, invalid UTF-8 included, without throwing', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode(`em=${norm}`)]);
    expect(scanner.scanText(bodyText(bytes), 'body').map((x) => x.field)).toEqual(['email']);
    expect(bodyText(null)).toBe('');
  });

  it('finds a copy at the end of a 5 MB body (one pass, no size limit that hides data)', () => {
    const big = 'a'.repeat(5_000_000) + h('md5', norm);
    expect(bestPerField(scanner.scanText(big, 'body'))).toEqual([
      { field: 'email', encoding: 'md5', normalised: true, where: 'body' },
    ]);
  });

  it('makes unique canaries on the audited domain and falls back for odd sites', () => {
    const a = makeCanaries('shop.example.de');
    const b = makeCanaries('shop.example.de');
    expect(a.email).toMatch(/^ca-[a-z]{10}@shop\.example\.de$/);
    expect(a.email).not.toBe(b.email);
    expect(a.phone).toMatch(/^\+44 7700 900\d{3}$/);
    expect(makeCanaries('192.168.0.1').email).toMatch(/@example\.invalid$/);
    expect(makeCanaries('<script>').email).toMatch(/@example\.invalid$/);
  });

  it('labels url-safe Base64 when its characters differ from standard Base64', async () => {
    const s = buildScanner(await canaryPatterns([{ field: 'text', value: 'note ??>>??>> end' }]));
    expect(bestPerField(s.scanText(b64u('note ??>>??>> end'), 'body'))[0]?.encoding).toBe('base64url');
    expect(bestPerField(s.scanText(b64('note ??>>??>> end'), 'body'))[0]?.encoding).toBe('base64');
  });

  it('normalises a phone to the forms trackers hash', () => {
    expect(normalise('phone', ' +44 7700 900123 ')).toEqual(['447700900123', '+447700900123', '07700900123']);
  });

  it('drops empty values and too-short patterns instead of matching everything', async () => {
    const p = await canaryPatterns([
      { field: 'name', value: '' },
      { field: 'name', value: 'Al' },
    ]);
    expect(p.every((x) => x.pattern.length >= 8)).toBe(true);
    expect(buildScanner(p).scanText('Al was here', 'body')).toEqual([]);
  });
});
