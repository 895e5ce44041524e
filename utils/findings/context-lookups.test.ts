import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIpTable } from '../knowledge/ip-country.ts';
import { createKnowledge, type Knowledge } from '../knowledge/knowledge.ts';
import { createLookups } from './context-lookups.ts';

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
});
