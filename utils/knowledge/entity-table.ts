// third-party-web's entities (compiled by scripts/build-entity-table.mjs)
// as a host -> entity matcher, the base naming layer.
import type { TrackerCategory } from '../../data/types.ts';
import { normalizeHost } from './tracker-match.ts';

/** third-party-web's own category codes. */
export type TpwCategory = string;

export interface TpwEntity {
  name: string;
  /** The company third-party-web names; equals `name` when it names none separately. */
  company: string;
  category: TpwCategory;
  domains: readonly string[];
  totalOccurrences: number;
}

export interface EntityTable {
  package: string;
  version: string;
  entities: readonly TpwEntity[];
}

// third-party-web category -> the project's closest category ("customer-success" is live chat and help desks).
const CATEGORY_MAP: Readonly<Record<string, TrackerCategory>> = {
  ad: 'advertising',
  analytics: 'analytics',
  social: 'social',
  cdn: 'cdn',
  utility: 'other',
  'tag-manager': 'tag-manager',
  video: 'video',
  hosting: 'hosting',
  'customer-success': 'chat',
  marketing: 'marketing-automation',
  content: 'other',
  other: 'other',
  'consent-provider': 'consent-manager',
};

export function projectCategory(category: TpwCategory): TrackerCategory {
  return CATEGORY_MAP[category] ?? 'other';
}

const isStr = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/** Decodes the compact table; throws on a malformed file so a broken build is noticed, never half-loaded. */
export function decodeEntityTable(raw: unknown): EntityTable {
  const t = raw as { package?: unknown; version?: unknown; categories?: unknown; entities?: unknown } | null;
  if (!t || !isStr(t.package) || !isStr(t.version) || !Array.isArray(t.categories) || !Array.isArray(t.entities)) {
    throw new Error('entity table: missing package, version, categories or entities');
  }
  const cats = t.categories as unknown[];
  const entities: TpwEntity[] = [];
  for (const row of t.entities as unknown[]) {
    if (!Array.isArray(row) || row.length !== 5)
      throw new Error(`entity table: bad row ${JSON.stringify(row)?.slice(0, 80)}`);
    const [name, company, cat, domains, occ] = row as [unknown, unknown, unknown, unknown, unknown];
    const category = typeof cat === 'number' ? cats[cat] : undefined;
    if (
      !isStr(name) ||
      !(company === 0 || isStr(company)) ||
      !isStr(category) ||
      !Array.isArray(domains) ||
      typeof occ !== 'number'
    ) {
      throw new Error(`entity table: bad row for ${String(name)}`);
    }
    entities.push({
      name,
      company: company === 0 ? name : company,
      category,
      domains: domains.filter(isStr),
      totalOccurrences: occ,
    });
  }
  return { package: t.package, version: t.version, entities };
}

export interface EntityMatcher {
  /** The entity a host belongs to; null when third-party-web does not list it. */
  match(host: string): TpwEntity | null;
  byName(name: string): TpwEntity | null;
  readonly size: number;
}

/**
 * third-party-web's domain rules: "*.example.com" covers example.com and every subdomain, a plain entry only that host.
 * The most specific rule wins (the longest matching suffix).
 */
export function createEntityMatcher(entities: readonly TpwEntity[]): EntityMatcher {
  const exact = new Map<string, TpwEntity>();
  const wildcard = new Map<string, TpwEntity>();
  const names = new Map<string, TpwEntity>();
  for (const e of entities) {
    if (!names.has(e.name)) names.set(e.name, e);
    for (const raw of e.domains) {
      const star = raw.startsWith('*.');
      const host = normalizeHost(star ? raw.slice(2) : raw);
      if (host === null) continue;
      const map = star ? wildcard : exact;
      // First listed wins; the package itself rejects duplicates.
      if (!map.has(host)) map.set(host, e);
    }
  }
  function match(rawHost: string): TpwEntity | null {
    const host = normalizeHost(rawHost);
    if (host === null) return null;
    const hit = exact.get(host);
    if (hit) return hit;
    let suffix = host;
    for (;;) {
      const w = wildcard.get(suffix);
      if (w) return w;
      const dot = suffix.indexOf('.');
      if (dot < 0) return null;
      suffix = suffix.slice(dot + 1);
    }
  }
  return { match, byName: (n) => names.get(n) ?? null, size: exact.size + wildcard.size };
}
