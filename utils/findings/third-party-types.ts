// Third parties as the findings engine groups them: trackers, the companies behind hosts, servers and transfers.
import type { TrackerCategory } from '../../data/types.ts';
import type { IpKind } from '../knowledge/ip-country.ts';
import type { Destination } from '../knowledge/recipients.ts';
import type { TransferAssessment } from '../knowledge/transfer-status.ts';
import type { PhaseCounts } from '../record/phase.ts';

export interface TrackerInfo {
  id: string;
  name: string;
  /** Legal name of the receiving entity. */
  company: string;
  companyCountry: string;
  parent: string | null;
  parentCountry: string | null;
  /** EU-US DPF status of the US recipients (data/dpf-evidence.ts); null = not known, or no US recipient. */
  dpf: boolean | null;
  transferCountries: string[];
  /** Per destination outside the EEA: recipients and Chapter V basis. */
  destinations: Destination[];
  /** Whether data/transfer-evidence.ts has researched this company's recipients. */
  recipientsResearched: boolean;
  category: TrackerCategory;
  needsConsent: boolean;
}

/**
 * Who a third party's hosts belong to, from the project's trackers or, failing them, third-party-web (the transfer uses
 * the latter only where the seat is cited: transfer-company.ts).
 */
export interface ThirdPartyCompany {
  /** Legal name (own data, data/entities.ts) or the company third-party-web names. */
  name: string;
  /** ISO code of the company's seat; null = not known (never read as EU/EEA). */
  country: string | null;
  parent: string | null;
  parentCountry: string | null;
  /** Service (own tracker) or third-party-web entity name. */
  service: string;
  /** Which layer named it: 'own' = data/trackers.ts, 'third-party-web' = the base layer (+ data/entities.ts). */
  source: 'own' | 'third-party-web';
}

export interface ServerPlace {
  ip: string;
  country: string | null;
  /** 'proxy': a proxy's address (the request went through one), never read as the server's country */
  kind: IpKind | 'proxy' | 'unknown';
}

export interface ThirdParty {
  /** Registrable domain */
  site: string;
  hosts: string[];
  /** The tracker with most requests in this group; null when no host matched. */
  tracker: TrackerInfo | null;
  /** Every distinct tracker seen on the group's hosts. */
  trackers: TrackerInfo[];
  /**
   * The company the group's hosts belong to; set from third-party-web
   * when no own tracker matched, null when no layer names a host.
   */
  company: ThirdPartyCompany | null;
  servers: ServerPlace[];
  serverCountries: string[];
  /** Worst assessment over the group's company × server-country pairs; company side = the tracker's company. */
  transfer: TransferAssessment;
  /** Set when the company is in the EEA but its parent is not (reachable by the parent country's law). */
  parentNote: string | null;
  requests: PhaseCounts & { total: number };
  cookies: string[];
  unknownTracking: { reasons: string[] } | null;
}

/** Where a server-side collector's hits go after the server the browser sent them to (data/collectors.ts `onward`). */
export interface CollectorOnwardView {
  /** 'forwards': the vendor's documented set-up sends the hits on to `company`; 'not-known': recipients not known. */
  kind: 'forwards' | 'not-known';
  /** The vendor's service and company receiving forwarded hits; null when not known. */
  tracker: TrackerInfo | null;
  /** How the data travels on, or why the recipients cannot be told (from the cited page), in the analysis language. */
  how: string;
  source: string;
  checked: string;
}

/**
 * Hits of a collector recognised by its request signature on a host no tracker list names (sGTM on a subdomain, a
 * proxy): the browser sees only the first server; what it forwards is stated from the vendor's documentation.
 */
export interface ServerSideCollector {
  host: string;
  site: string;
  thirdParty: boolean;
  /** Collector service (data/collectors.ts `name`) and the signature ids and evidence sentences that matched. */
  service: string;
  signatures: string[];
  evidence: string[];
  /** The servers the browser talked to, with their registry country. */
  servers: ServerPlace[];
  serverCountries: string[];
  onward: CollectorOnwardView;
  /**
   * 'unknown' when the onward recipients are not known or a forwarded transfer would leave the EU/EEA (undecided: the
   * browser cannot see it); else the server side's verdict.
   */
  transfer: TransferAssessment['verdict'];
  /** The whole statement in words, in the analysis language: server, onward recipient, what cannot be seen. */
  statement: string;
  requests: PhaseCounts & { total: number };
}
