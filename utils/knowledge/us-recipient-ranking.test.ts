import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DPF_EVIDENCE } from '../../data/dpf-evidence.ts';
import type { RawEntity } from './entity-coverage.ts';
import { createEntityMatcher } from './entity-table.ts';
import { createHostNamer, defaultHostNamer } from './entity-naming.ts';
import { createTrackerMatcher } from './tracker-match.ts';
import { rankUsRecipients } from './us-recipient-ranking.ts';

const require = createRequire(import.meta.url);
const RAW = JSON.parse(readFileSync(require.resolve('third-party-web/dist/entities.json'), 'utf8')) as RawEntity[];

describe('US recipients ranked by third-party-web occurrences (fixture)', () => {
  const src = { source: 'https://x.test', checked: '2026-12-06' };
  const own = createTrackerMatcher(
    [
      {
        id: 'eu-sub',
        name: 'EuSub',
        companyId: 'ie',
        category: 'analytics',
        needsConsent: true,
        domains: ['ie.test'],
        ...src,
      },
      {
        id: 'us',
        name: 'Us',
        companyId: 'us',
        category: 'advertising',
        needsConsent: true,
        domains: ['us.test'],
        ...src,
      },
      {
        id: 'de',
        name: 'De',
        companyId: 'de',
        category: 'analytics',
        needsConsent: true,
        domains: ['de.test'],
        ...src,
      },
    ],
    [
      {
        id: 'ie',
        name: 'Sub Ireland Ltd',
        brand: 'Sub',
        country: 'IE',
        parent: 'Parent Inc.',
        parentCountry: 'US',
        ...src,
      },
      { id: 'us', name: 'Direct Inc.', brand: 'Direct', country: 'US', ...src },
      { id: 'de', name: 'Euro GmbH', brand: 'Euro', country: 'DE', ...src },
    ],
  );
  const raw: RawEntity[] = [
    { name: 'EuSub', category: 'analytics', domains: ['*.ie.test'], totalOccurrences: 500 },
    // Half of this entity's hosts belong to the US company: 200 of its 400 occurrences count.
    { name: 'Us', category: 'ad', domains: ['*.us.test', '*.other.test'], totalOccurrences: 400 },
    { name: 'De', category: 'analytics', domains: ['*.de.test'], totalOccurrences: 900 },
  ];
  const namer = createHostNamer(
    own,
    createEntityMatcher(raw.map((e) => ({ ...e, company: e.name, totalOccurrences: e.totalOccurrences ?? 0 }))),
    {},
    [],
    { package: 'fixture', version: '0' },
  );
  const dpf = { 'Parent Inc.': { entity: 'Parent Inc.', certified: true, ...src } };

  it('counts an EU subsidiary under its US parent, skips EU-only companies and reads DPF only from the table', () => {
    const r = rankUsRecipients(raw, namer, dpf, 10);
    expect(r.top).toEqual([
      { entity: 'Parent Inc.', occurrences: 500, dpf: true },
      { entity: 'Direct Inc.', occurrences: 200, dpf: null },
    ]);
    expect([r.certified, r.notCertified, r.notKnown]).toEqual([1, 0, 1]);
    expect(rankUsRecipients(raw, namer, dpf, 1).top.map((t) => t.entity)).toEqual(['Parent Inc.']);
  });
});

describe('US recipients over the real data', () => {
  const r = rankUsRecipients(RAW, defaultHostNamer(), DPF_EVIDENCE, 100);

  it('ranks 100 US or US-parent entities, heaviest first, Google LLC on top and certified', () => {
    expect(r.top).toHaveLength(100);
    const occ = r.top.map((t) => t.occurrences);
    expect(occ).toEqual([...occ].sort((a, b) => b - a));
    expect(r.top[0]).toMatchObject({ entity: 'Google LLC', dpf: true });
    expect(r.certified + r.notCertified + r.notKnown).toBe(100);
    // Every known status in the ranking is a cited entry of data/dpf-evidence.ts.
    for (const t of r.top.filter((x) => x.dpf !== null)) expect(DPF_EVIDENCE[t.entity]?.certified).toBe(t.dpf);
  });
});
