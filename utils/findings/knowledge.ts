// Everything the rules look things up in, built once and shared across analyses.
import { CMPS } from '../../data/cmps.ts';
import { countryLegal, countryName } from '../../data/countries.ts';
import { COMPANIES, DATASET_VERSION, TRACKERS } from '../../data/index.ts';
import type { Company, Tracker } from '../../data/types.ts';
import { defaultCookieKnowledge, type CookieKnowledge } from '../knowledge/cookie-knowledge.ts';
import type { IpCountry, IpTable } from '../knowledge/ip-country.ts';
import { defaultTrackerMatcher, type TrackerMatcher } from '../knowledge/tracker-match.ts';
import { transferStatus } from '../knowledge/transfer-status.ts';
import { DEFAULT_EVIDENCE, recipientIndex, type EvidenceTables, type RecipientModel } from '../knowledge/recipients.ts';

export interface Knowledge {
  trackers: TrackerMatcher;
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
