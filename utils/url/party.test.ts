import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cases from '../../test/cases/party.json' with { type: 'json' };
import { cookieDomainMatcher, domainMatches, hostInfo, partyOf } from './party.ts';
import { hostOfUrl, parseUrl } from './url.ts';

describe('party classification (test/cases/party.json)', () => {
  for (const c of cases.cases) {
    it(c.name, () => {
      const pageHost = parseUrl(c.page)?.host ?? '';
      const topSite = hostInfo(pageHost).site;
      expect(c.host === '' ? '' : hostInfo(c.host).site).toBe(c.site);
      expect(partyOf(c.host, topSite)).toBe(c.party);
    });
  }
});

describe('domainMatches', () => {
  it.each([
    ['www.example.com', '.example.com', true],
    ['example.com', 'example.com', true],
    ['notexample.com', 'example.com', false],
    ['a.b.example.com', 'b.example.com', true],
    ['example.com', 'www.example.com', false],
  ])('%s ~ %s = %s', (host, domain, want) => {
    expect(domainMatches(host, domain)).toBe(want);
  });

  it('cookieDomainMatcher answers as domainMatches for every host and domain, whatever their case and dots', () => {
    const names = ['example.com', '.example.com', '..example.com', 'Example.COM', 'www.example.com', 'WWW.example.com'];
    const more = ['b.example.com', 'a.b.example.com', 'notexample.com', 'com', '', '.', 'localhost', '10.0.0.1'];
    const all = [...names, ...more];
    for (const domain of all) {
      const matches = cookieDomainMatcher(domain);
      for (const host of all) expect(matches(host), `${host} ~ ${domain}`).toBe(domainMatches(host, domain));
    }
  });
});

describe('hostOfUrl agrees with the full URL parser', () => {
  it.each([
    'https://www.example.com/a?b#c',
    'http://EXAMPLE.com:8080/',
    'https://user:pw@example.com/',
    'https://[2001:db8::1]:443/x',
    'https://xn--bcher-kva.de/',
    'https://bücher.de/',
    'wss://chat.example.com/socket',
    'data:text/plain,hi',
    'blob:https://a.example/uuid',
    'https://example.com',
    'https://example.com?x',
    'https://exa%41mple.com/',
    'https://1.2.3.4/',
    'ftp://files.example.com/',
    'not a url',
    '',
    'https://example.com./',
    'https://.example.com/',
    // Forms where a naive scan of the authority and the URL parser disagree.
    'https://1.2.3.4./',
    'https://a.b.1./',
    'https://a.0x1f/',
    'https://a.1e/',
    'https://xn--a.com/',
    'https://a.xn--/',
    'https://xn--ls8h.la/',
    'https://a.com:/',
    'https://a.com:0080/',
    'https://a.com:65535/',
    'https://a.com:65536/',
    'https://a.com:8a/',
    'https://a.b../',
    'https://a.com\\x',
    'https://exa\tmple.com/',
    'https://a_b.com/',
    'https://-a-.com/',
    'HTTPS://a.com/',
    'https:/a.com/',
    'https://a.com@b.com/',
    'http://' + 'a.'.repeat(126) + 'b/',
    'http://' + 'a.'.repeat(127) + 'b/',
    'ws://a.com:80',
    'wss://a.com?x',
  ])('%s', (url) => {
    expect(hostOfUrl(url)).toBe(parseUrl(url)?.host ?? null);
  });
});

describe('hostOfUrl fast path, property', () => {
  // Authorities from the characters the fast scan decides on, so that most cases reach its edge rules.
  const authority = fc
    .array(
      fc.constantFrom(
        'a',
        'b',
        'x',
        'n',
        '-',
        '--',
        '.',
        '0',
        '1',
        '9',
        '0x',
        ':',
        '@',
        'A',
        '_',
        '%41',
        '[',
        ']',
        '\\',
        '\t',
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join(''));
  const url = fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'ws://', 'wss://', 'HTTP://', 'https:/', 'ftp://'),
      authority,
      fc.constantFrom('', '/', '/p?q', '?q', '#f', ':443/', ':99999/'),
    )
    .map(([scheme, auth, rest]) => scheme + auth + rest);

  it('agrees with the URL parser', () => {
    fc.assert(
      fc.property(url, (u) => {
        expect(hostOfUrl(u)).toBe(parseUrl(u)?.host ?? null);
      }),
      { numRuns: 20_000 },
    );
  });
});
