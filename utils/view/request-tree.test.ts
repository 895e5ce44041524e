import { describe, expect, it } from 'vitest';
import { req, sample } from '../../test/support/view-records.ts';
import { flattenTree, groupRequests, hostKey, siteKey } from './request-tree.ts';

describe('groupRequests', () => {
  it('groups by site then host, first party first, then by count', () => {
    const g = groupRequests(sample().requests);
    expect(g.map((s) => [s.site, s.party, s.count])).toEqual([
      ['shop.example', 'first', 2],
      ['google-analytics.com', 'third', 3],
      ['doubleclick.net', 'third', 1],
    ]);
    const ga = g[1];
    expect(ga?.hosts.map((h) => [h.host, h.count])).toEqual([
      ['www.google-analytics.com', 2],
      ['region1.google-analytics.com', 1],
    ]);
    expect(ga?.types).toEqual([
      { type: 'beacon', count: 1 },
      { type: 'ping', count: 1 },
      { type: 'script', count: 1 },
    ]);
    expect(ga?.hosts[0]?.requests.map((r) => r.type)).toEqual(['ping', 'script']);
  });

  it('keeps hostless requests in a named group instead of dropping them', () => {
    const g = groupRequests([
      req({ url: 'data:image/png;base64,xx', host: '', site: '', party: 'first', type: 'image' }),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]?.site).toBe('(no host)');
    expect(g[0]?.hosts[0]?.host).toBe('(no host)');
  });

  it('is empty for no requests', () => {
    expect(groupRequests([])).toEqual([]);
  });
});

describe('flattenTree', () => {
  const groups = groupRequests(sample().requests);
  it('shows only site rows when nothing is expanded', () => {
    expect(flattenTree(groups, new Set()).map((r) => r.kind)).toEqual(['site', 'site', 'site']);
  });
  it('expands a site into hosts and a host into its requests', () => {
    const ga = groups[1];
    const host = ga?.hosts[0];
    if (!ga || !host) throw new Error('fixture');
    const rows = flattenTree(groups, new Set([siteKey(ga), hostKey(host)]));
    expect(rows.map((r) => r.kind)).toEqual(['site', 'site', 'host', 'request', 'request', 'host', 'site']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
  it('ignores an expanded host whose site is collapsed', () => {
    const host = groups[1]?.hosts[0];
    if (!host) throw new Error('fixture');
    expect(flattenTree(groups, new Set([hostKey(host)]))).toHaveLength(3);
  });
});
