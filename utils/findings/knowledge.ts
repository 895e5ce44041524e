// Everything the rules look things up in, built once and shared across analyses.
import { CMPS } from '../../data/cmps.ts';
import { countryLegal, countryName } from '../../data/countries.ts';
import { COMPANIES, DATASET_VERSION, TRACKERS } from '../../data/index.ts';
import type { Company, Tracker } from '../../data/types.ts';
import { defaultCookieKnowledge, type CookieKnowledge } from '../knowledge/cookie-knowledge.ts';
import type { IpCountry, IpTable } from '../knowledge/ip-country.ts';
import { defaultHostNamer, type HostNamer } from '../knowledge/entity-naming.ts';
import { defaultTrackerMatcher, type TrackerMatcher } from '../knowledge/tracker-match.ts';
import { transferStatus } from '../knowledge/transfer-status.ts';

export interface Knowledge {
  trackers: TrackerMatcher;
  /** Names any host: own trackers first, then third-party-web (+ data/entities.ts); for display only, never for verdicts. */
  names: HostNamer;
  cookies: CookieKnowledge;
  /** Registry country of an IP; null when the IP table is not loaded. */
  ipLookup: ((ip: string) => IpCountry) | null;
  countries: { legal: typeof countryLegal; name: typeof countryName };
  transferStatus: typeof transferStatus;
  trackerById: ReadonlyMap<string, Tracker>;
  companyById: ReadonlyMap<string, Company>;
  /** Hosts (and parent domains) CMP scripts are served from. */
  cmpHosts: readonly string[];
  datasetVersion: string;
}

export function createKnowledge(options: { ipTable?: IpTable | null } = {}): Knowledge {
  const table = options.ipTable ?? null;
  return {
    trackers: defaultTrackerMatcher(),
    // Built on first use: the third-party-web table costs start-up time only when a host is actually named.
    get names(): HostNamer {
      return defaultHostNamer();
    },
    cookies: defaultCookieKnowledge(),
    ipLookup: table ? (ip: string) => table.lookup(ip) : null,
    countries: { legal: countryLegal, name: countryName },
    transferStatus,
    trackerById: new Map(TRACKERS.map((t) => [t.id, t])),
    companyById: new Map(COMPANIES.map((c) => [c.id, c])),
    cmpHosts: Array.from(new Set(CMPS.flatMap((c) => c.scriptHosts))),
    datasetVersion: DATASET_VERSION,
  };
}
