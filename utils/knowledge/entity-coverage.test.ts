import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { computeCoverage, entityHosts, type RawEntity } from './entity-coverage.ts';
import { createEntityMatcher } from './entity-table.ts';
import { createHostNamer, defaultHostNamer, hostEntityMatcher } from './entity-naming.ts';
import { createTrackerMatcher } from './tracker-match.ts';

const require = createRequire(import.meta.url);
const RAW = JSON.parse(readFileSync(require.resolve('third-party-web/dist/entities.json'), 'utf8')) as RawEntity[];

describe('coverage over the real third-party-web data', () => {
  const report = computeCoverage(RAW, defaultHostNamer());
  const t = report.total;

  it('weighs every entity of the package by its totalOccurrences', () => {
    expect(t.entities).toBe(RAW.length);
    expect(t.occurrences).toBe(RAW.reduce((s, e) => s + (e.totalOccurrences ?? 0), 0));
    expect(t.occurrences).toBeGreaterThan(1_000_000);
  });

  it('has one row per third-party-web category, adding up to the total', () => {
    const cats = new Set(RAW.map((e) => e.category));
    expect(new Set(report.byCategory.map((c) => c.category))).toEqual(cats);
    expect(report.byCategory.reduce((s, c) => s + c.occurrences, 0)).toBe(t.occurrences);
    expect(report.byCategory.reduce((s, c) => s + c.entities, 0)).toBe(t.entities);
  });

  it('gives percentages in [0, 100], each layer adding to the one below', () => {
    for (const f of [t, ...report.byCategory]) {
      for (const v of [f.ownNamed, f.ownCountry, f.named, f.country]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100.000001);
      }
      expect(f.ownCountry).toBeLessThanOrEqual(f.ownNamed + 1e-9);
      expect(f.named).toBeGreaterThanOrEqual(f.ownNamed - 1e-9);
      expect(f.country).toBeGreaterThanOrEqual(f.ownCountry - 1e-9);
      expect(f.country).toBeLessThanOrEqual(f.named + 1e-9);
    }
    // third-party-web names every host it lists: the base layer alone meets the 99.5 % goal.
    expect(t.named).toBeGreaterThanOrEqual(99.5);
    expect(t.entitiesCountry).toBeGreaterThanOrEqual(t.entitiesOwnCountry);
  });

  it('lists the heaviest entities still without a country, heaviest first', () => {
    const occ = report.missing.map((m) => m.occurrences);
    expect(occ).toEqual([...occ].sort((a, b) => b - a));
  });
});

describe('coverage arithmetic (fixture)', () => {
  const own = createTrackerMatcher(
    [
      {
        id: 'a',
        name: 'A',
        companyId: 'co',
        category: 'analytics',
        needsConsent: true,
        domains: ['a.test'],
        source: 'https://x.test',
        checked: '2026-12-06',
      },
    ],
    [{ id: 'co', name: 'Co', brand: 'Co', country: 'DE', source: 'https://x.test', checked: '2026-12-06' }],
  );
  const raw: RawEntity[] = [
    // Half of A's hosts are ours: half of its 100 occurrences count for the own layer.
    { name: 'A', category: 'analytics', domains: ['*.a.test', '*.a2.test'], totalOccurrences: 100 },
    {
      name: 'B',
      category: 'ad',
      domains: ['*.b.test'],
      examples: ['https://x.b.test/path', 'y.b.test/p'],
      totalOccurrences: 300,
    },
    { name: 'C', category: 'ad', domains: ['*.c.test'], totalOccurrences: 600 },
  ];
  const namer = createHostNamer(
    own,
    createEntityMatcher(raw.map((e) => ({ ...e, company: e.name, totalOccurrences: e.totalOccurrences ?? 0 }))),
    { C: { country: 'FR', source: 'https://c.test/imprint', checked: '2026-12-06' } },
    [],
    { package: 'fixture', version: '0' },
  );
  const r = computeCoverage(raw, namer);

  it('splits an entity evenly over its hosts and weighs by occurrences', () => {
    expect(entityHosts(raw[1]!)).toEqual(['x.b.test', 'y.b.test']);
    expect(r.total.ownNamed).toBeCloseTo(5);
    expect(r.total.named).toBeCloseTo(100);
    expect(r.total.country).toBeCloseTo(65);
    expect(r.byCategory.find((c) => c.category === 'ad')).toMatchObject({ occurrences: 900, entities: 2 });
    expect(r.byCategory.find((c) => c.category === 'ad')!.country).toBeCloseTo((600 / 900) * 100);
    expect(r.missing.map((m) => [m.name, m.occurrences])).toEqual([
      ['B', 300],
      ['A', 50],
    ]);
    expect(r.total.entitiesCountry).toBe(1);
  });

  it("lists one category's entities without a country when asked, the figures unchanged", () => {
    const ad = computeCoverage(raw, namer, 25, 'ad');
    expect(ad.missing.map((m) => [m.name, m.occurrences])).toEqual([['B', 300]]);
    expect(computeCoverage(raw, namer, 25, 'analytics').missing.map((m) => m.name)).toEqual(['A']);
    expect(computeCoverage(raw, namer, 25, 'video').missing).toEqual([]);
    expect(ad.total).toEqual(r.total);
  });
});

describe('coverage with a host moved to another company (fixture)', () => {
  // D's two hosts: d.test is D's (country known), m.test is run by another company, M, whose country is not known.
  const raw: RawEntity[] = [
    { name: 'D', category: 'content', domains: ['*.d.test', '*.m.test'], totalOccurrences: 100 },
  ];
  const entities = createEntityMatcher([{ ...raw[0]!, company: 'D Co', totalOccurrences: 100 }]);
  const facts = { D: { country: 'CN', source: 'https://d.test/privacy', checked: '2026-12-06' } };
  const own = createTrackerMatcher([], []);
  const moved = hostEntityMatcher([
    {
      name: 'M',
      company: 'M Co',
      category: 'utility',
      domains: ['*.m.test'],
      source: 'https://m.test/plugin',
      checked: '2026-12-06',
      notes: 'fixture',
    },
  ]);
  const fixture = { package: 'fixture', version: '0' };

  it("counts the moved host with its own company's country, and lists its share under that company", () => {
    const r = computeCoverage(raw, createHostNamer(own, entities, facts, [], fixture, moved));
    expect(r.total.named).toBeCloseTo(100);
    expect(r.total.country).toBeCloseTo(50);
    expect(r.total.entitiesCountry).toBe(0);
    expect(r.missing).toEqual([{ name: 'M (via D)', category: 'content', occurrences: 50 }]);
  });

  it("covers the whole entity once the moved host's company has a country", () => {
    const withM = { ...facts, M: { country: 'US', source: 'https://m.test/imprint', checked: '2026-12-06' } };
    const r = computeCoverage(raw, createHostNamer(own, entities, withM, [], fixture, moved));
    expect(r.total.country).toBeCloseTo(100);
    expect(r.total.entitiesCountry).toBe(1);
    expect(r.missing).toEqual([]);
  });

  it("never lends D's country to the moved host: without the move D's fact would cover both", () => {
    const r = computeCoverage(raw, createHostNamer(own, entities, facts, [], fixture));
    expect(r.total.country).toBeCloseTo(100);
  });
});
