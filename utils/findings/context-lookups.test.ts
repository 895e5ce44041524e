import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIpTable } from '../knowledge/ip-country.ts';
import { createKnowledge, type Knowledge } from '../knowledge/knowledge.ts';
import { TRACKERS } from '../../data/trackers.ts';
import { createLookups, isConsentTracker } from './context-lookups.ts';
import { requestFact, requestTracker } from './context-requests.ts';
import { pathOf } from './identifiers.ts';
import type { RequestTracker as RT } from './types.ts';
import { buildRecord } from '../record/record.ts';
import { fromBeforeRequest } from '../observe/browser/adapter.ts';

const withTable = (): Knowledge =>
  createKnowledge({ ipTable: loadIpTable(readFileSync('public/data/ip-country.bin')) });

describe('per-host entry of the analysis', () => {
  it("gives each request the place ipPlace gives for its address, whatever the host's requests asked before", () => {
    const knowledge = withTable();
    const memo = createLookups(knowledge);
    const plain = createLookups(knowledge);
    const hf = memo.hostFact('www.google-analytics.com', true, 'google-analytics.com');
    const asked = ['8.8.8.8', '8.8.8.8', '2a00:1450:4001::1', undefined, '', '8.8.8.8', 'not an ip', '81.2.69.160'];
    for (const ip of asked) expect(memo.hostPlace(hf, ip)).toEqual(plain.ipPlace(ip));
    expect(memo.hostPlace(hf, '8.8.8.8')?.country).toBe('US');
    // More addresses than the host remembers, in turn and back again.
    const many = ['8.8.8.8', '81.2.69.160', '1.1.1.1', '2a00:1450:4001::1', '9.9.9.9', '8.8.4.4'];
    for (const ip of [...many, ...[...many].reverse(), ...many])
      expect(memo.hostPlace(hf, ip)).toEqual(plain.ipPlace(ip));
  });

  it('keeps the place of an address when there is no IP table, and when the lookup throws', () => {
    const none = createLookups(createKnowledge());
    const hf = none.hostFact('cdn.example', true, 'example');
    expect(none.hostPlace(hf, '1.2.3.4')).toEqual({ ip: '1.2.3.4', country: null, kind: 'unknown' });
    const throwing = createLookups({
      ...createKnowledge(),
      ipLookup: () => {
        throw new Error('broken table');
      },
    });
    const hf2 = throwing.hostFact('cdn.example', true, 'example');
    expect(throwing.hostPlace(hf2, '1.2.3.4')).toEqual({ ip: '1.2.3.4', country: null, kind: 'unknown' });
  });

  it("gives the host-level match's tracker info on the entry, and a path match's own", () => {
    const knowledge = withTable();
    const lookups = createLookups(knowledge);
    const hf = lookups.hostFact('www.google-analytics.com', true, 'google-analytics.com');
    expect(hf.match).not.toBeNull();
    const info = lookups.hostTracker(hf, hf.match!);
    expect(info).toBe(lookups.trackerInfo(hf.match!));
    expect(lookups.hostTracker(hf, hf.match!)).toBe(info);
    const other = knowledge.trackers.match('connect.facebook.net')!;
    expect(lookups.hostTracker(hf, other)).toEqual(lookups.trackerInfo(other));
    expect(lookups.hostTracker(hf, other).id).not.toBe(info.id);
  });

  it("gives a host's request rows one copy of its tracker, never the knowledge's array; a path match one of its own", () => {
    const knowledge = withTable();
    const lookups = createLookups(knowledge);
    const urls = [
      'https://www.shop.example/',
      'https://www.google-analytics.com/analytics.js',
      'https://www.google-analytics.com/r/collect?v=1',
      'https://www.google-analytics.com/g/collect?v=2',
      'https://www.google-analytics.com/g/collect?v=2&en=page_view',
      'https://cdn.example.org/app.js',
    ];
    const b = buildRecord(
      1,
      urls.flatMap((url, i) =>
        fromBeforeRequest({ requestId: String(i), url, type: i ? 'script' : 'main_frame', tabId: 1, timeStamp: i }),
      ),
    );
    const facts = b.record!.requests.map((e) => requestFact(e, lookups, null, 0));
    const [ua1, ua2, ga4a, ga4b] = [1, 2, 3, 4].map((i) => facts[i]!.out.tracker!) as [RT, RT, RT, RT];
    expect(facts[1]!.match).toBe(facts[1]!.hostFact.match);
    const info = lookups.trackerInfo(facts[1]!.match!);
    expect(ua1).toEqual({
      name: info.name,
      company: info.company,
      companyCountry: info.companyCountry,
      category: info.category,
      parent: info.parent,
      parentCountry: info.parentCountry,
      transferCountries: info.transferCountries,
      dpf: info.dpf,
    });
    expect(ua1.transferCountries).not.toBe(info.transferCountries);
    expect(ua2).toBe(ua1);
    // /g/collect is Google Analytics 4 by a path override: one copy of its own tracker, shared by its rows.
    expect(ga4a.name).toBe('Google Analytics 4');
    expect(ga4a).toEqual(requestTracker(lookups.trackerInfo(facts[3]!.match!)));
    expect(ga4b).toBe(ga4a);
    expect(ga4a).not.toBe(ua1);
    expect(ga4a.transferCountries).not.toBe(lookups.trackerInfo(facts[3]!.match!).transferCountries);
    expect(facts[5]!.out.tracker).toBeNull();
  });

  it('calls a host a CMP host exactly when it is one of the CMP hosts or a subdomain of one', () => {
    const knowledge = createKnowledge();
    const { isCmpHost } = createLookups(knowledge);
    const listed = (host: string): boolean => knowledge.cmpHosts.some((h) => host === h || host.endsWith(`.${h}`));
    const hosts = knowledge.cmpHosts.flatMap((h) => [
      h,
      `cdn.${h}`,
      `a.b.${h}`,
      `x${h}`,
      h.slice(1),
      `${h}.evil.example`,
    ]);
    hosts.push('', '.', 'example', 'www.shop.example', `.${knowledge.cmpHosts[0]}`, `..${knowledge.cmpHosts[0]}`);
    expect(hosts.filter(isCmpHost)).toEqual(hosts.filter(listed));
    expect(hosts.filter(isCmpHost).length).toBeGreaterThan(knowledge.cmpHosts.length * 2);
  });

  it("gives every request the match and consent need the tracker's own objects give, on every tracker host", () => {
    const knowledge = createKnowledge();
    const lookups = createLookups(knowledge);
    const urls = ['https://www.shop.example/', 'https://cdn.example.org/app.js?x=1'];
    for (const t of TRACKERS)
      for (const d of t.domains) {
        urls.push(`https://${d}/a.js`, `https://sub.${d}/collect?v=1#x`);
        for (const p of t.paths ?? []) urls.push(`https://${d}${p.pathPrefix}?v=2`, `https://${d}${p.pathPrefix}x/y`);
      }
    for (const h of knowledge.cmpHosts) urls.push(`https://${h}/cmp.js`, `https://cdn.${h}/g/collect?v=2`);
    const events = urls.flatMap((url, i) =>
      fromBeforeRequest({ requestId: String(i), url, type: i ? 'script' : 'main_frame', tabId: 1, timeStamp: i }),
    );
    const b = buildRecord(1, events);
    let paths = 0;
    let consent = 0;
    for (const e of b.record!.requests) {
      const f = requestFact(e, lookups, null, 0);
      // As requestFact read them before the host entry kept them: from the host-level match's tracker, per request.
      const hostMatch = knowledge.trackers.match(e.host);
      const match = hostMatch && hostMatch.tracker.paths ? knowledge.trackers.match(e.host, pathOf(e.url)) : hostMatch;
      const isCmp = lookups.isCmpHost(e.host);
      const collector = lookups.collectorOf(e.url, pathOf(e.url), e.method);
      const needs = isConsentTracker(match, isCmp) || (match === null && collector?.needsConsent === true);
      expect([e.url, f.match]).toEqual([e.url, match]);
      expect([e.url, f.consentTracker]).toEqual([e.url, needs]);
      if (match !== hostMatch) paths++;
      if (needs) consent++;
    }
    // The corpus has path matches, consent trackers and CMP hosts (whose trackers need no consent) in it.
    expect(paths).toBeGreaterThan(0);
    expect(consent).toBeGreaterThan(100);
    expect(b.record!.requests.filter((e) => lookups.isCmpHost(e.host)).length).toBeGreaterThan(0);
  });
});
