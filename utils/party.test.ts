import { describe, expect, it } from 'vitest';
import cases from '../test/cases/party.json' with { type: 'json' };
import { domainMatches, hostInfo, partyOf } from './party.ts';
import { parseUrl } from './url.ts';

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
