// How much of the web's third-party traffic the naming layers cover, weighted by third-party-web's totalOccurrences
// (how many HTTP Archive pages load each entity). `npm run coverage` prints it; the README quotes it.
import type { HostNamer } from './entity-naming.ts';

/** An entity as third-party-web ships it in dist/entities.json (only the fields read here). */
export interface RawEntity {
  name: string;
  category: string;
  domains: readonly string[];
  examples?: readonly string[];
  totalOccurrences?: number;
}

export interface CoverageFigures {
  entities: number;
  occurrences: number;
  /** Percent of occurrences named with a company by the project's own trackers alone. */
  ownNamed: number;
  /** Percent of occurrences whose company country is known from the own trackers alone. */
  ownCountry: number;
  /** Percent named with a company by own trackers + third-party-web. */
  named: number;
  /** Percent whose company country is known with own trackers + data/entities.ts. */
  country: number;
  /** Entities whose every host has a known company country (own layer / all layers). */
  entitiesOwnCountry: number;
  entitiesCountry: number;
}

export interface CoverageReport {
  total: CoverageFigures;
  byCategory: ReadonlyArray<{ category: string } & CoverageFigures>;
  /** Heaviest entities still without a country: where the next research is worth most. */
  missing: ReadonlyArray<{ name: string; category: string; occurrences: number }>;
}

/** "host", "host/path" or "https://host/path" -> host. */
function exampleHost(ex: string): string {
  const scheme = ex.indexOf('://');
  return (scheme >= 0 ? ex.slice(scheme + 3) : ex).split('/')[0] ?? '';
}

/**
 * The hosts an entity is seen on: HTTP Archive's examples (some
 * carry a path), else its domain rules ("*.x" stands for x).
 */
export function entityHosts(e: RawEntity): string[] {
  const ex = (e.examples ?? [])
    .filter((h) => typeof h === 'string' && h.length > 0)
    .map(exampleHost)
    .filter((h) => h !== '');
  const list = ex.length > 0 ? ex : e.domains.map((d) => (d.startsWith('*.') ? d.slice(2) : d));
  return Array.from(new Set(list));
}

interface Acc {
  entities: number;
  occ: number;
  ownNamed: number;
  ownCountry: number;
  named: number;
  country: number;
  eOwn: number;
  eAll: number;
}
const empty = (): Acc => ({ entities: 0, occ: 0, ownNamed: 0, ownCountry: 0, named: 0, country: 0, eOwn: 0, eAll: 0 });
const pct = (part: number, whole: number): number => (whole > 0 ? (100 * part) / whole : 0);

function figures(a: Acc): CoverageFigures {
  return {
    entities: a.entities,
    occurrences: a.occ,
    ownNamed: pct(a.ownNamed, a.occ),
    ownCountry: pct(a.ownCountry, a.occ),
    named: pct(a.named, a.occ),
    country: pct(a.country, a.occ),
    entitiesOwnCountry: a.eOwn,
    entitiesCountry: a.eAll,
  };
}

/**
 * Each entity's occurrences are split evenly over its hosts; a host counts as covered when the layer names it.
 * A host data/entities.ts moves to another company (HOST_ENTITIES) counts with that company's country, and its share
 * of a missing country is listed under that company ("TrustedSite (via Tencent)"), not the entity it came from.
 * `missingCategory` keeps only that category's entities in `missing` (the research list for one category).
 */
export function computeCoverage(
  raw: readonly RawEntity[],
  namer: HostNamer,
  missingTop = 25,
  missingCategory?: string,
): CoverageReport {
  const total = empty();
  const cats = new Map<string, Acc>();
  const missing = new Map<string, { name: string; category: string; occurrences: number }>();
  for (const e of raw) {
    const occ = Number.isFinite(e.totalOccurrences) ? Math.max(0, e.totalOccurrences ?? 0) : 0;
    const hosts = entityHosts(e);
    let ownNamed = 0,
      ownCountry = 0,
      named = 0,
      country = 0;
    const k = hosts.length > 0 ? occ / hosts.length : 0;
    const wanted = occ > 0 && (missingCategory === undefined || e.category === missingCategory);
    for (const h of hosts) {
      const o = namer.own(h);
      const n = namer.name(h);
      if (o) ownNamed++;
      if (o?.country) ownCountry++;
      if (n) named++;
      if (n?.country) country++;
      else if (wanted) {
        // The research is owed by the company that runs the host, which a host move can make another one.
        const name =
          n && n.layer === 'third-party-web' && n.service !== e.name ? `${n.service} (via ${e.name})` : e.name;
        const m = missing.get(name) ?? { name, category: e.category, occurrences: 0 };
        m.occurrences += k;
        missing.set(name, m);
      }
    }
    let c = cats.get(e.category);
    if (!c) cats.set(e.category, (c = empty()));
    for (const a of [total, c]) {
      a.entities++;
      a.occ += occ;
      a.ownNamed += k * ownNamed;
      a.ownCountry += k * ownCountry;
      a.named += k * named;
      a.country += k * country;
      if (hosts.length > 0 && ownCountry === hosts.length) a.eOwn++;
      if (hosts.length > 0 && country === hosts.length) a.eAll++;
    }
  }
  const list = Array.from(missing.values(), (m) => ({ ...m, occurrences: Math.round(m.occurrences) })).sort(
    (a, b) => b.occurrences - a.occurrences,
  );
  return {
    total: figures(total),
    byCategory: Array.from(cats, ([category, a]) => ({ category, ...figures(a) })).sort(
      (a, b) => b.occurrences - a.occurrences,
    ),
    missing: list.slice(0, Math.max(0, missingTop)),
  };
}
