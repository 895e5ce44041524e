import { describe, expect, it } from 'vitest';
import { cookieRefusal, parseSetCookie, setCookiesFromHeaders } from './set-cookie.ts';

const NOW = Date.UTC(2026, 10, 29);

describe('parseSetCookie', () => {
  it.each([
    ['plain', 'sid=abc', { name: 'sid', value: 'abc', secure: false, httpOnly: false, partitioned: false }],
    [
      'attributes',
      'uid=42; Domain=.Tracker.example; Path=/x; Secure; HttpOnly; SameSite=None; Partitioned',
      {
        name: 'uid',
        value: '42',
        domain: 'tracker.example',
        path: '/x',
        secure: true,
        httpOnly: true,
        sameSite: 'none',
        partitioned: true,
      },
    ],
    ['max-age wins as absolute time', 'a=1; Max-Age=60', { name: 'a', value: '1', maxAge: 60, expires: NOW + 60_000 }],
    ['expires date', 'a=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT', { expires: Date.UTC(2037, 9, 21, 7, 28) }],
    ['value with =', 'tok=a=b=c', { name: 'tok', value: 'a=b=c' }],
    ['nameless cookie', 'justavalue', { name: '', value: 'justavalue' }],
    ['spaces trimmed', '  a  =  1  ;  secure ', { name: 'a', value: '1', secure: true }],
  ])('%s', (_name, header, want) => {
    expect(parseSetCookie(header, NOW)).toMatchObject(want);
  });

  it.each([
    ['bad expires ignored', 'a=1; Expires=never', 'expires'],
    ['bad max-age ignored', 'a=1; Max-Age=1e3', 'maxAge'],
    ['path must start with /', 'a=1; Path=relative', 'path'],
    ['empty domain ignored', 'a=1; Domain=', 'domain'],
  ])('%s', (_name, header, absent) => {
    const c = parseSetCookie(header, NOW);
    expect(c?.name).toBe('a');
    expect(c).not.toHaveProperty(absent);
  });

  it.each([[''], [';'], ['=']])('nothing to store: %j', (header) => {
    expect(parseSetCookie(header, NOW)).toBeNull();
  });

  it.each([
    ['a=1; Domain=.münchen.de', 'xn--mnchen-3ya.de'],
    ['a=1; Domain=MÜNCHEN.DE', 'xn--mnchen-3ya.de'],
    ['a=1; Domain=.xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['a=1; Domain=.Example.COM', 'example.com'],
    // Not a host: kept as written (lower case) rather than cut at the slash or dropped.
    ['a=1; Domain=bü/cher.de', 'bü/cher.de'],
    ['a=1; Domain=.ab\u00ad.de', 'ab.de'],
  ])('IDN Domain= to punycode (RFC 6265 §5.1.2): %s', (header, domain) => {
    expect(parseSetCookie(header, NOW)?.domain).toBe(domain);
  });

  it('a huge Unicode Domain= does not throw', () => {
    expect(parseSetCookie(`a=1; Domain=${'ü'.repeat(5000)}.de`, NOW)?.name).toBe('a');
  });

  it('a 1 MB header is capped, not thrown', () => {
    const c = parseSetCookie(`big=${'x'.repeat(1_000_000)}`, NOW);
    expect(c?.name).toBe('big');
    expect(c?.value.length).toBeLessThan(20_000);
  });
});

describe('setCookiesFromHeaders', () => {
  it('reads every Set-Cookie header, case-insensitively, and Firefox newline-joined values', () => {
    const got = setCookiesFromHeaders(
      [
        { name: 'Content-Type', value: 'text/html' },
        { name: 'set-cookie', value: 'a=1' },
        { name: 'Set-Cookie', value: 'b=2; Secure\nc=3' },
        { name: 'Set-Cookie' },
      ],
      NOW,
    );
    expect(got.map((c) => c.name)).toEqual(['a', 'b', 'c']);
  });
  it('no headers', () => {
    expect(setCookiesFromHeaders(undefined)).toEqual([]);
  });

  it('takes only names that lower-case to set-cookie, whatever their case, and no longer or shorter name', () => {
    const got = setCookiesFromHeaders(
      [
        { name: 'SET-COOKIE', value: 'a=1' },
        { name: 'sEt-CoOkIe', value: 'b=2' },
        { name: 'set-cookie2', value: 'c=3' },
        { name: 'x-set-cookie', value: 'd=4' },
        { name: 'set-cooki', value: 'e=5' },
        { name: 'set-cookİe', value: 'f=6' },
        { name: ' set-cookie', value: 'g=7' },
      ],
      NOW,
    );
    expect(got.map((c) => c.name)).toEqual(['a', 'b']);
  });
});

describe('RFC 6265bis: last attribute wins, refusals', () => {
  it('takes the last Domain and Path, ignores an empty Domain, and a bad Path resets to the default', () => {
    expect(parseSetCookie('_ga=; Domain=site.test; SameSite=None; Domain=nope.example', NOW)).toMatchObject({
      domain: 'nope.example',
      sameSite: 'none',
    });
    expect(parseSetCookie('a=1; Domain=a.example; Domain=', NOW)?.domain).toBe('a.example');
    expect(parseSetCookie('a=1; Path=/x; Path=y', NOW)?.path).toBeUndefined();
  });

  it.each<[string, string, string, boolean, RegExp | null]>([
    [
      "the issue's write: last Domain elsewhere",
      '_ga=; Domain=site.test; SameSite=None; Domain=nope.example',
      'https://www.site.test/',
      true,
      /does not match/,
    ],
    [
      'SameSite=None without Secure',
      'a=1; SameSite=None',
      'https://www.site.test/',
      true,
      /SameSite=None without Secure/,
    ],
    ['SameSite=None with Secure', 'a=1; SameSite=None; Secure', 'https://www.site.test/', true, null],
    ['__Secure- without Secure', '__Secure-id=1', 'https://www.site.test/', true, /__Secure-/],
    ['__secure- is matched without regard to case', '__secure-id=1', 'https://www.site.test/', true, /__Secure-/],
    [
      '__Host- with a Domain',
      '__Host-id=1; Secure; Path=/; Domain=site.test',
      'https://www.site.test/',
      true,
      /__Host-/,
    ],
    ['__Host- without Path=/', '__Host-id=1; Secure', 'https://www.site.test/', true, /__Host-/],
    ['__Host- done right', '__Host-id=1; Secure; Path=/', 'https://www.site.test/', true, null],
    ['HttpOnly from a script', 'a=1; HttpOnly', 'https://www.site.test/', true, /HttpOnly/],
    ['HttpOnly from a header', 'a=1; HttpOnly', 'https://www.site.test/', false, null],
    ['Secure from http:', 'a=1; Secure', 'http://www.site.test/', false, /insecure/],
    ['a parent domain is fine', 'a=1; Domain=.site.test', 'https://www.site.test/', true, null],
    ['a look-alike suffix is not a parent', 'a=1; Domain=te.test', 'https://www.site.test/', true, /does not match/],
  ])('%s', (_name, raw, url, fromScript, want) => {
    const refusal = cookieRefusal(parseSetCookie(raw, NOW)!, url, fromScript);
    if (want === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(want);
  });
});
