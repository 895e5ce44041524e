// Names a host: the project's own tracker data first, then data/entities.ts's host moves, then third-party-web's entity
// (with data/entities.ts's country).
// A host third-party-web knows is never "unknown": it gets its
// company, and "country not known" when nobody verified it.
import { COMPANIES } from '../../data/index.ts';
import { ENTITIES, HOST_ENTITIES, type EntityFacts, type HostEntity } from '../../data/entities.ts';
import TABLE from '../../data/generated/third-party-web.json';
import type { Company, TrackerCategory } from '../../data/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { createEntityMatcher, decodeEntityTable, projectCategory, type EntityMatcher } from './entity-table.ts';
import { defaultTrackerMatcher, type TrackerMatch, type TrackerMatcher } from './tracker-match.ts';

export interface HostName {
  /** Which layer named the host: the project's own trackers, or third-party-web alone. */
  layer: 'own' | 'third-party-web';
  /** Service name (own tracker) or third-party-web entity name. */
  service: string;
  company: string;
  /** ISO code of the company's seat; null = not known. */
  country: string | null;
  /** A parent the data can also reach, and its country (null when none is known). */
  parent: string | null;
  parentCountry: string | null;
  category: TrackerCategory;
  /** data/companies.ts id, when the company is one the project describes. */
  companyId: string | null;
  /** The own-data match, when the own layer named the host. */
  match: TrackerMatch | null;
}

export interface HostNamer {
  name(host: string, path?: string): HostName | null;
  /** Only the project's own layer (for coverage comparisons). */
  own(host: string, path?: string): HostName | null;
  readonly entities: EntityMatcher;
  /** Hosts moved out of third-party-web's grouping (data/entities.ts HOST_ENTITIES). */
  readonly moved: EntityMatcher;
  readonly source: { package: string; version: string };
}

/** data/entities.ts host moves as matcher entities (they carry no occurrences of their own). */
export function hostEntityMatcher(moves: readonly HostEntity[]): EntityMatcher {
  return createEntityMatcher(
    moves.map((m) => ({
      name: m.name,
      company: m.company,
      category: m.category,
      domains: m.domains,
      totalOccurrences: 0,
    })),
  );
}

const NO_MOVES = createEntityMatcher([]);

export function createHostNamer(
  own: TrackerMatcher,
  entities: EntityMatcher,
  facts: Readonly<Record<string, EntityFacts>>,
  companies: readonly Company[],
  source: { package: string; version: string },
  moved: EntityMatcher = NO_MOVES,
): HostNamer {
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const fromOwn = (host: string, path?: string): HostName | null => {
    const m = own.match(host, path);
    if (!m) return null;
    return {
      layer: 'own',
      service: m.tracker.name,
      company: m.company.name,
      country: m.company.country,
      parent: m.company.parent ?? null,
      parentCountry: m.company.parentCountry ?? null,
      category: m.tracker.category,
      companyId: m.company.id,
      match: m,
    };
  };
  return {
    own: fromOwn,
    name(host, path) {
      // The project's own data always wins: it has the legal entity, the consent need and the recipients.
      const o = fromOwn(host, path);
      if (o) return o;
      // A moved host belongs to the company that runs it, not to the entity third-party-web filed it under.
      const e = moved.match(host) ?? entities.match(host);
      if (!e) return null;
      const f = Object.hasOwn(facts, e.name) ? facts[e.name] : undefined;
      const known = f?.companyId ? companyById.get(f.companyId) : undefined;
      return {
        layer: 'third-party-web',
        service: e.name,
        company: known?.name ?? f?.legalName ?? e.company,
        country: known?.country ?? f?.country ?? null,
        parent: known?.parent ?? f?.parent ?? null,
        parentCountry: known?.parentCountry ?? f?.parentCountry ?? null,
        category: projectCategory(e.category),
        companyId: known?.id ?? null,
        match: null,
      };
    },
    entities,
    moved,
    source,
  };
}

const TEXT: Readonly<Record<Lang, { company: string; country: string; unknown: string }>> = {
  en: { company: 'company', country: 'country', unknown: 'country not known' },
  de: { company: 'Unternehmen', country: 'Land', unknown: 'Land nicht bekannt' },
};

/** "company: Hotjar Ltd, country: MT" or "company: Foo, country not known". */
export function describeHostName(n: HostName, lang: Lang = 'en'): string {
  const t = TEXT[lang];
  return `${t.company}: ${n.company}, ${n.country ? `${t.country}: ${n.country}` : t.unknown}`;
}

let defaultNamer: HostNamer | null = null;

/** Own trackers, then data/entities.ts host moves, then the bundled third-party-web table (+ data/entities.ts). */
export function defaultHostNamer(): HostNamer {
  if (!defaultNamer) {
    const table = decodeEntityTable(TABLE);
    defaultNamer = createHostNamer(
      defaultTrackerMatcher(),
      createEntityMatcher(table.entities),
      ENTITIES,
      COMPANIES,
      { package: table.package, version: table.version },
      hostEntityMatcher(HOST_ENTITIES),
    );
  }
  return defaultNamer;
}
