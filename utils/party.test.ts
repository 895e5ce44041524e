import { describe, expect, it } from 'vitest';
import cases from '../test/cases/party.json' with { type: 'json' };
import { domainMatches, hostInfo, partyOf } from './party.ts';
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
});

describe('hostOfUrl agrees with the full URL parser', () => {
  it.each([
    'https://www.example.com/a?b#c', 'http://EXAMPLE.com:8080/', 'https://user:pw@example.com/', 'https://[2001:db8::1]:443/x',
    'https://xn--bcher-kva.de/', 'https://bücher.de/', 'wss://chat.example.com/socket', 'data:text/plain,hi', 'blob:https://a.example/uuid',
    'https://example.com', 'https://example.com?x', 'https://exa%41mple.com/', 'https://1.2.3.4/', 'ftp://files.example.com/', 'not a url', '',
    'https://example.com./', 'https://.example.com/',
  ])('%s', (url) => {
    expect(hostOfUrl(url)).toBe(parseUrl(url)?.host ?? null);
  });
});
