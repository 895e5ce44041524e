// The rows of a scenario in the JSON report (requests, cookies, storage, third parties, automation, findings, waivers):
// part of the format documented by schema/report.schema.json, re-exported by report.ts.
import type { AnalyzedRequest, Finding, RequestTracker, ThirdPartyCompany } from '../findings/index.ts';
import type { Phase } from '../record/phase.ts';
import type { Attribution } from '../observe/events.ts';
import type { CookieSetter } from '../record/record.ts';
import type { ReportDelivery } from '../record/page-record.ts';

/** A request as the JSON report lists it: the analysed request's fields (without its id and site), and how it ended. */
export interface ReportRequest extends Pick<
  AnalyzedRequest,
  | 'url'
  | 'host'
  | 'thirdParty'
  | 'tracker'
  | 'serverIp'
  | 'serverCountry'
  | 'viaProxy'
  | 'notSent'
  | 'phase'
  | 't'
  | 'type'
  | 'method'
  | 'script'
> {
  status: number | null;
  error: string | null;
  /** How far `script` can be trusted, as for cookies; null without a script or in older records */
  attribution: Attribution | null;
  /** The page reloaded itself or opened windows: the index in the scenario's `documents` of the sending document */
  document?: number;
  /**
   * A Reporting API report (type `report`, headless Chromium runs): its type, the document whose report it is, and
   * how far its upload got when the audit ended (`sent`, `sending`, `failed`: tried and not delivered, `queued`: not
   * yet sent)
   */
  report?: { type: string; document: string; delivery: ReportDelivery };
}

/** What a cookie row and a storage row share: party, phase, what the known name says, the writer and the writes. */
export interface ReportWrite {
  thirdParty: boolean;
  phase: Phase;
  purpose: string | null;
  owner: string | null;
  needsConsent: boolean | null;
  script: string | null;
  /** How far `script` can be trusted: confident, named-by-page (//# sourceURL), unverified (engine text), unknown */
  attribution: Attribution | null;
  t: number;
  writes: number;
  valueLength: number;
  /** The page reloaded itself or opened windows: the index in `documents` of the document of the first write */
  document?: number;
  /**
   * The CLI compared the fresh profiles of the URL's scenarios (utils/findings/profile-compare.ts): the value differs
   * between them (a confirmed per-visitor id), is the same in all, or was not compared (one profile recorded it, or it
   * changed within one). Absent where no comparison ran (one scenario, the extension)
   */
  acrossProfiles?: AcrossProfiles;
}

export type AcrossProfiles = 'per-visitor' | 'same' | 'not-compared';

export interface ReportCookie extends ReportWrite {
  name: string;
  domain: string;
  setBy: CookieSetter;
  setByUrl: string | null;
  removed: boolean;
  /**
   * 'browser': the cookies API saw it stored; 'page': the page reported the write (page-only = attempted, not stored)
   */
  confirmedBy: Array<'browser' | 'page'>;
  stored: boolean;
}

export interface ReportStorage extends ReportWrite {
  kind: string;
  origin: string;
  key: string;
  /** Storage is read by the page's own realm (hooks and our storage poll): always 'page' */
  confirmedBy: Array<'browser' | 'page'>;
  /**
   * The frame of the first write (blob:, about:srcdoc frames too); null in reports of records made before it was kept
   */
  frameUrl: string | null;
  /**
   * 'hook': a hooked call reported it; 'poll': our comparison of the storage found it (a write past the hooks, a
   * worker)
   */
  seenBy: Array<'hook' | 'poll'>;
}

export interface ReportThirdParty {
  site: string;
  hosts: string[];
  tracker: RequestTracker | null;
  /**
   * Whose hosts these are, also when only third-party-web names
   * them (country null = not known); null when no layer does.
   */
  company: ThirdPartyCompany | null;
  serverCountries: string[];
  transfer: string;
  requests: number;
  cookies: string[];
}

/**
 * A collector recognised by request signature on a host no tracker list names (sGTM on a site subdomain, a proxy): the
 * server the browser talked to, and the onward recipient as the vendor documents the set-up ("likely", or not known).
 */
export interface ReportServerSideCollector {
  host: string;
  thirdParty: boolean;
  service: string;
  /** data/collectors.ts signature ids that matched */
  signatures: string[];
  servers: Array<{ ip: string; country: string | null }>;
  serverCountries: string[];
  onward: {
    /** 'forwards': the vendor's set-up sends the hits on to `recipient`; 'not-known': recipients not known */
    kind: 'forwards' | 'not-known';
    recipient: RequestTracker | null;
    how: string;
    source: string;
    checked: string;
  };
  /** 'unknown' (undecided) when the onward recipients are not known or a forwarded transfer would leave the EU/EEA */
  transfer: string;
  /** The statement in words, in the report's language */
  statement: string;
  requests: number;
}

export interface ReportAutomation {
  at: string;
  status: string;
  action: string | null;
  cmp: string | null;
  detail: string | null;
}
export interface ReportChoice {
  action: 'accept' | 'reject';
  at: string;
  source: string;
  via: string;
}

/** A finding accepted by a waiver of the run's config: kept in the report, not counted towards failOn. */
export interface FindingWaiver {
  reason: string;
  expires: string;
}
export type ReportFinding = Finding & { waived?: FindingWaiver };

/** A waiver of the run's config and what it did: expired waivers waive nothing and fail the run. */
export interface WaiverStatus {
  finding: string;
  url: string | null;
  reason: string;
  expires: string;
  status: 'active' | 'expired';
  /** Findings it matches (an expired waiver: would match) */
  matched: number;
}
