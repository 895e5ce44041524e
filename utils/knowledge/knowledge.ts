// Everything the rules look things up in, built once and shared across analyses.
import { CMPS } from '../../data/cmps.ts';
import { countryLegal, countryName } from '../../data/countries.ts';
import { COMPANIES, DATASET_VERSION, TRACKERS } from '../../data/index.ts';
import type { Company, Tracker } from '../../data/types.ts';
import { defaultCollectorMatcher, type CollectorMatcher } from './collector-match.ts';
import { defaultCookieKnowledge, type CookieKnowledge } from './cookie-knowledge.ts';
import type { IpCountry, IpTable } from './ip-country.ts';
import { defaultHostNamer, type HostNamer } from './entity-naming.ts';
import { defaultTrackerMatcher, type TrackerMatcher } from './tracker-match.ts';
import { transferStatus } from './transfer-status.ts';
import { DEFAULT_EVIDENCE, recipientIndex, type EvidenceTables, type RecipientModel } from './recipients.ts';

export interface Knowledge {
  trackers: TrackerMatcher;
  /**
   * Names any host: own trackers first, then third-party-web (+ data/entities.ts). Consent verdicts never use it; a
   * transfer's company does when no own tracker matches and cited data knows the seat (findings/transfer-company.ts).
   */
  names: HostNamer;
  /** Tracking endpoints by request signature (first-party and proxied collectors). */
  collectors: CollectorMatcher;
  cookies: CookieKnowledge;
  /** Registry country of an IP; null when the IP table is not loaded. */
  ipLookup: ((ip: string) => IpCountry) | null;
  countries: { legal: typeof countryLegal; name: typeof countryName };
  transferStatus: typeof transferStatus;
  /** Recipients and destinations of a company's data, from the cited evidence tables (memoised). */
  recipients: (company: Company) => RecipientModel;
  trackerById: ReadonlyMap<string, Tracker>;
  companyById: ReadonlyMap<string, Company>;
  /** Hosts (and parent domains) CMP scripts are served from. */
  cmpHosts: readonly string[];
  datasetVersion: string;
}

/** `evidence` replaces data/dpf-evidence.ts and data/transfer-evidence.ts (tests pass their own tables). */
export function createKnowledge(options: { ipTable?: IpTable | null; evidence?: EvidenceTables } = {}): Knowledge {
  const table = options.ipTable ?? null;
  return {
    trackers: defaultTrackerMatcher(),
    // Built on first use: the third-party-web table costs start-up time only when a host is actually named.
    get names(): HostNamer {
      return defaultHostNamer();
    },
    collectors: defaultCollectorMatcher(),
    cookies: defaultCookieKnowledge(),
    ipLookup: table ? (ip: string) => table.lookup(ip) : null,
    countries: { legal: countryLegal, name: countryName },
    transferStatus,
    recipients: recipientIndex(options.evidence ?? DEFAULT_EVIDENCE),
    trackerById: new Map(TRACKERS.map((t) => [t.id, t])),
    companyById: new Map(COMPANIES.map((c) => [c.id, c])),
    cmpHosts: Array.from(new Set(CMPS.flatMap((c) => c.scriptHosts))),
    datasetVersion: DATASET_VERSION,
  };
}
