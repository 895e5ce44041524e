// CNAME cloaking: a first-party subdomain that is a DNS alias of a tracker (metrics.shop.example → *.omtrdc.net) is the
// tracker in disguise. Browser-free: the CLI feeds it Node's resolver (cli/cname.ts), the Firefox popup
// browser.dns.resolve (canonicalNameLookup); the analysis then
// sees a record and a matcher that treat such a host as the
// tracker it points to. Chrome has no DNS API, so its popup cannot see cloaking.
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { PathRules, TrackerMatch, TrackerMatcher } from '../knowledge/tracker-match.ts';
import type { PageRecord } from '../record/record.ts';

export interface CnameCloak {
  /** The host as the page used it: first party, or a third-party host no tracker matches. */
  host: string;
  /** CNAME chain from the host (exclusive) to the last alias, as DNS answered. */
  chain: string[];
  /** The alias in the chain that matched a tracker. */
  target: string;
  trackerId: string;
  tracker: string;
  company: string;
}

export interface CnameLookup {
  resolveCname(host: string): Promise<string[]>;
}

/** Firefox's browser.dns.resolve names only the end of the chain: that canonical name is the chain. */
export function canonicalNameLookup(
  resolve: (host: string) => Promise<{ canonicalName?: string | null } | null | undefined>,
): CnameLookup {
  return {
    async resolveCname(host: string): Promise<string[]> {
      const name = (await resolve(host))?.canonicalName?.toLowerCase().replace(/\.$/, '');
      // Asked again for the canonical name itself, DNS answers with that name: the chain ends there.
      return name && name !== host.toLowerCase() ? [name] : [];
    },
  };
}

const MAX_HOSTS = 200;
const MAX_DEPTH = 8;
// Aliases to these are ordinary hosting, not a tracker in disguise.
const NOT_CLOAKING = new Set(['cdn', 'hosting', 'consent-manager', 'fonts']);

/**
 * The CNAME chain of `host` (without it); stops at a loop, at MAX_DEPTH or when DNS has no further alias. Never throws.
 */
export async function cnameChain(host: string, dns: CnameLookup): Promise<string[]> {
  const chain: string[] = [];
  let name = host;
  for (let i = 0; i < MAX_DEPTH; i++) {
    let next: string | undefined;
    try {
      next = (await dns.resolveCname(name))[0];
    } catch {
      break;
    }
    const alias = next?.toLowerCase().replace(/\.$/, '');
    if (!alias || alias === host || chain.includes(alias)) break;
    chain.push(alias);
    name = alias;
  }
  return chain;
}

function isIpLiteral(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
}

/**
 * Cloaked hosts among the record's request hosts, in record order: first-party hosts first, then third-party hosts no
 * tracker matches (a tracker's alias on another domain of the operator, e.g. an Adobe tracking server on the group's
 * .com for its .de shop, is otherwise a company no list knows, and its EEA-registered server reads as no transfer).
 */
export async function findCnameCloaks(
  record: PageRecord,
  matcher: TrackerMatcher,
  dns: CnameLookup,
): Promise<CnameCloak[]> {
  const named = (r: PageRecord['requests'][number]): boolean => r.host !== '' && !isIpLiteral(r.host);
  const first = record.requests.filter((r) => r.party === 'first' && named(r)).map((r) => r.host);
  const third = record.requests
    .filter((r) => r.party === 'third' && named(r) && matcher.match(r.host) === null)
    .map((r) => r.host);
  const hosts = Array.from(new Set([...first, ...third])).slice(0, MAX_HOSTS);
  const found = await Promise.all(
    hosts.map(async (host): Promise<CnameCloak | null> => {
      const chain = await cnameChain(host, dns);
      for (const alias of chain) {
        const m = matcher.match(alias);
        if (m && m.tracker.needsConsent && !NOT_CLOAKING.has(m.tracker.category)) {
          return {
            host,
            chain,
            target: alias,
            trackerId: m.tracker.id,
            tracker: m.tracker.name,
            company: m.company.name,
          };
        }
      }
      return null;
    }),
  );
  return found.filter((c): c is CnameCloak => c !== null);
}

/**
 * The record and knowledge the analysis should see: requests to a cloaked host count as third party, and the matcher
 * answers for the host what it answers for its tracker alias, so every rule treats it like the tracker itself.
 * The record passed in is not changed (the HAR and the raw record keep what the browser saw).
 */
export function applyCnameCloaks(
  record: PageRecord,
  knowledge: Knowledge,
  cloaks: readonly CnameCloak[],
): { record: PageRecord; knowledge: Knowledge } {
  if (cloaks.length === 0) return { record, knowledge };
  const byHost = new Map(cloaks.map((c) => [c.host, c]));
  const base = knowledge.trackers;
  const trackers: TrackerMatcher = {
    match(host: string, path?: string): TrackerMatch | null {
      const c = byHost.get(host);
      return base.match(c ? c.target : host, path);
    },
    rules(host: string): PathRules | null {
      const c = byHost.get(host);
      return base.rules(c ? c.target : host);
    },
    matchUrl(url: string): TrackerMatch | null {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return null;
      }
      const c = byHost.get(u.hostname);
      return c ? base.match(c.target, u.pathname) : base.matchUrl(url);
    },
    get size() {
      return base.size;
    },
    get problems() {
      return base.problems;
    },
    get cachedHosts() {
      return base.cachedHosts;
    },
  };
  return {
    record: {
      ...record,
      requests: record.requests.map((r) => (byHost.has(r.host) ? { ...r, party: 'third' as const } : r)),
    },
    knowledge: { ...knowledge, trackers },
  };
}

/** One recording note per cloaked host, for the report. */
export function cnameNotes(cloaks: readonly CnameCloak[]): string[] {
  return cloaks.map(
    (c) =>
      `CNAME cloaking: ${c.host} is an alias of ${c.chain.join(' → ')} (${c.tracker}, ${c.company}); analysed as that tracker.`,
  );
}
