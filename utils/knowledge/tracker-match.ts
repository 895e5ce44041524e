// Host (+ optional path) -> tracker and company. Runs for every
// request: one Map lookup per host label, memoised per host.
import { COMPANIES, TRACKERS } from '../../data/index.ts';
import type { Company, Tracker } from '../../data/types.ts';

export interface TrackerMatch {
  tracker: Tracker;
  company: Company;
  /** The listed domain that matched (a suffix of the host). */
  domain: string;
}

export interface TrackerMatcher {
  match(host: string, path?: string): TrackerMatch | null;
  /**
   * The host's match with its path overrides, null when the host matches nothing: `matchPath(rules(host), path)` is
   * `match(host, path)`, so an analysis asks once per host and matches each request's path without a host lookup.
   */
  rules(host: string): PathRules | null;
  /** Convenience for a whole URL; null when it does not parse. */
  matchUrl(url: string): TrackerMatch | null;
  /** Number of indexed domains. */
  readonly size: number;
  /** Entries that could not be indexed (unknown company, bad override, duplicate domain). */
  readonly problems: readonly string[];
  /** Hosts remembered right now; never more than the cacheSize option. */
  readonly cachedHosts: number;
}

export interface TrackerMatcherOptions {
  /** Hosts remembered, at most (at least 2); older ones are forgotten first. Default 10 000. */
  cacheSize?: number;
}

interface Override {
  prefix: string;
  result: TrackerMatch;
}

/** A host's match and its path overrides. */
export interface PathRules {
  readonly result: TrackerMatch;
  /** Longest prefix first; null when the tracker has no path overrides. */
  readonly overrides: readonly Override[] | null;
}
type Entry = PathRules;

/** The match of a request to a host with these rules: the longest override prefix of its path, else the host's. */
export function matchPath(rules: PathRules, path: string | undefined): TrackerMatch {
  if (rules.overrides !== null && typeof path === 'string' && path.length > 0) {
    const p = path.charCodeAt(0) === 47 /* '/' */ ? path : '/' + path;
    for (const o of rules.overrides) if (p.startsWith(o.prefix)) return o.result;
  }
  return rules.result;
}

const MAX_HOST_LENGTH = 253;
const HOST_CHARS = /^[a-z0-9._-]+$/;

/** Lower-case, no port, no trailing or leading dot; null for anything that cannot be a DNS name. */
export function normalizeHost(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let host = raw.trim().toLowerCase();
  if (host.length === 0 || host.length > MAX_HOST_LENGTH + 8) return null;
  const colon = host.indexOf(':');
  if (colon >= 0) {
    // One colon = host:port; more (IPv6) never names a tracker.
    if (host.indexOf(':', colon + 1) >= 0) return null;
    host = host.slice(0, colon);
  }
  while (host.endsWith('.')) host = host.slice(0, -1);
  while (host.startsWith('.')) host = host.slice(1);
  if (host.length === 0 || host.length > MAX_HOST_LENGTH || !HOST_CHARS.test(host)) return null;
  return host;
}

export function createTrackerMatcher(
  trackers: readonly Tracker[],
  companies: readonly Company[],
  options: TrackerMatcherOptions = {},
): TrackerMatcher {
  const cacheSize = options.cacheSize !== undefined && Number.isFinite(options.cacheSize) ? options.cacheSize : 10_000;
  const problems: string[] = [];
  const companyById = new Map<string, Company>();
  for (const c of companies) if (!companyById.has(c.id)) companyById.set(c.id, c);
  const trackerById = new Map<string, Tracker>();
  for (const t of trackers) if (!trackerById.has(t.id)) trackerById.set(t.id, t);

  const byDomain = new Map<string, Entry>();
  for (const tracker of trackers) {
    const company = companyById.get(tracker.companyId);
    if (!company) {
      problems.push(`tracker ${tracker.id}: unknown company ${tracker.companyId}`);
      continue;
    }
    for (const raw of tracker.domains) {
      const domain = normalizeHost(raw);
      if (domain === null) {
        problems.push(`tracker ${tracker.id}: invalid domain ${raw}`);
        continue;
      }
      if (byDomain.has(domain)) {
        problems.push(`tracker ${tracker.id}: domain ${domain} already indexed`);
        continue;
      }
      byDomain.set(domain, {
        result: { tracker, company, domain },
        overrides: buildOverrides(tracker, domain, trackerById, companyById, problems),
      });
    }
  }

  // Two generations: a full young map becomes the old one, so memory stays bounded without per-entry eviction.
  const generation = Math.max(1, Math.floor(cacheSize / 2));
  let young = new Map<string, Entry | null>();
  let old = new Map<string, Entry | null>();

  function remember(host: string, entry: Entry | null): void {
    if (young.size >= generation) {
      old = young;
      young = new Map();
    }
    young.set(host, entry);
  }

  function resolve(rawHost: string): Entry | null {
    const host = normalizeHost(rawHost);
    if (host === null) return null;
    // Most specific first: a.b.example.com, b.example.com, example.com, com.
    let suffix = host;
    for (;;) {
      const entry = byDomain.get(suffix);
      if (entry) return entry;
      const dot = suffix.indexOf('.');
      if (dot < 0) return null;
      suffix = suffix.slice(dot + 1);
    }
  }

  function rules(host: string): PathRules | null {
    // Over-long strings are never hosts; refusing them early keeps cache keys small.
    if (typeof host !== 'string' || host.length > MAX_HOST_LENGTH + 8) return null;
    let entry = young.get(host);
    if (entry === undefined) {
      entry = old.get(host);
      if (entry === undefined) entry = resolve(host);
      remember(host, entry);
    }
    return entry;
  }

  function match(host: string, path?: string): TrackerMatch | null {
    const entry = rules(host);
    return entry === null ? null : matchPath(entry, path);
  }

  function matchUrl(url: string): TrackerMatch | null {
    if (typeof url !== 'string') return null;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    return match(parsed.hostname, parsed.pathname);
  }

  return {
    match,
    rules,
    matchUrl,
    size: byDomain.size,
    problems,
    get cachedHosts(): number {
      return young.size + old.size;
    },
  };
}

function buildOverrides(
  tracker: Tracker,
  domain: string,
  trackerById: ReadonlyMap<string, Tracker>,
  companyById: ReadonlyMap<string, Company>,
  problems: string[],
): Override[] | null {
  if (!tracker.paths || tracker.paths.length === 0) return null;
  const out: Override[] = [];
  for (const { pathPrefix, trackerId } of tracker.paths) {
    const target = trackerById.get(trackerId);
    const company = target ? companyById.get(target.companyId) : undefined;
    if (!target || !company || !pathPrefix.startsWith('/')) {
      const msg = `tracker ${tracker.id}: bad path override ${pathPrefix} -> ${trackerId}`;
      // Built once per domain of the tracker; report once.
      if (!problems.includes(msg)) problems.push(msg);
      continue;
    }
    out.push({ prefix: pathPrefix, result: { tracker: target, company, domain } });
  }
  out.sort((a, b) => b.prefix.length - a.prefix.length);
  return out.length > 0 ? out : null;
}

let defaultMatcher: TrackerMatcher | null = null;

/** The matcher over the bundled dataset, built on first use. */
export function defaultTrackerMatcher(): TrackerMatcher {
  defaultMatcher ??= createTrackerMatcher(TRACKERS, COMPANIES);
  return defaultMatcher;
}
