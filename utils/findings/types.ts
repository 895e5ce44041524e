// Output of the findings engine: enriched items, third parties, findings and a summary, as plain JSON-safe data.
import type { CmpChoice, CmpDetection } from '../consent/cmp-detect.ts';
import type { ConsentModeState } from '../consent/consent-mode.ts';
import type { Mismatch } from '../consent/signals.ts';
import type { TcDecoded } from '../consent/tcf.ts';
import type { IpKind } from '../knowledge/ip-country.ts';
import type { Phase, PhaseCounts } from '../record/phase.ts';
import type { Attribution } from '../observe/events.ts';
import type { Choice, CookieSetter } from '../record/record.ts';
import type { TransferAssessment } from '../knowledge/transfer-status.ts';
import type { Destination } from '../knowledge/recipients.ts';
import type { CookiePurpose, TrackerCategory } from '../../data/types.ts';

export type RuleId =
  | 'tracking-request-before-choice'
  | 'tracking-storage-before-choice'
  | 'tracking-after-reject'
  | 'consent-signal-before-action'
  | 'consent-signal-contradicts-behaviour'
  | 'third-country-transfer'
  | 'embed-before-consent'
  | 'prechecked-consent-checkbox'
  | 'unknown-third-party-tracking'
  | 'essential-cookie'
  | 'no-consent-manager'
  | 'stored-consent-at-start'
  | 'form-data-leak'
  | 'form-data-to-non-eu'
  | 'session-replay-before-consent'
  | 'double-opt-in-hint';

export type Severity = 'violation' | 'warning' | 'info';
export type { Lang } from '../i18n/lang.ts';
export type SubjectKind = 'request' | 'cookie' | 'storage' | 'consent' | 'page' | 'transfer';

/** Tracker as shown on one request (field names fixed by the JSON report format). */
export interface RequestTracker {
  name: string;
  company: string;
  companyCountry: string;
  category: TrackerCategory;
  /** Parent that receives or controls the data; null when none is recorded. */
  parent: string | null;
  parentCountry: string | null;
  /** Countries outside the EU/EEA the data goes to (adequacy countries included), sorted ISO codes. */
  transferCountries: string[];
  /** EU-US DPF status of the US recipients from data/dpf-evidence.ts; null = not known (or no US recipient). */
  dpf: boolean | null;
}

export interface AnalyzedRequest {
  id: string;
  url: string;
  host: string;
  site: string;
  thirdParty: boolean;
  tracker: RequestTracker | null;
  serverIp: string | null;
  serverCountry: string | null;
  phase: Phase;
  /** ms since page start */
  t: number;
  type: string;
  method: string;
  /** Script that sent it, when the page reported one (beacons). */
  script: string | null;
  /** How far `script` can be trusted (see Attribution); absent in records made before it existed */
  attribution?: Attribution | null;
}

export interface AnalyzedCookie {
  name: string;
  domain: string;
  thirdParty: boolean;
  /** 'unknown' = only cookies.onChanged saw it: neither a Set-Cookie header nor a page write was recorded. */
  setBy: CookieSetter;
  phase: Phase;
  /** Phase of the latest write. */
  lastPhase: Phase;
  purpose: CookiePurpose | null;
  /** Tracker id of the cookie's owner from cookie knowledge; null for generic or unknown cookies. */
  owner: string | null;
  ownerName: string | null;
  needsConsent: boolean | null;
  description: string | null;
  script: string | null;
  /** How far `script` can be trusted (see Attribution); absent in records made before it existed */
  attribution?: Attribution | null;
  setByUrl: string | null;
  t: number;
  lastT: number;
  writes: number;
  valueLength: number;
  removed: boolean;
  /** Who saw it: 'browser' (cookies API: stored), 'page' (the page's own report) */
  confirmedBy: Array<'browser' | 'page'>;
  /** False for a write only the page reported (or one the browser refuses): attempted, not stored, never a violation */
  stored: boolean;
  /** Why the browser refuses the write (RFC 6265bis), when it does */
  refused: string | null;
}

export interface AnalyzedStorage {
  kind: string;
  origin: string;
  host: string;
  key: string;
  thirdParty: boolean;
  phase: Phase;
  lastPhase: Phase;
  purpose: CookiePurpose | null;
  owner: string | null;
  ownerName: string | null;
  needsConsent: boolean | null;
  script: string | null;
  attribution?: Attribution | null;
  t: number;
  lastT: number;
  writes: number;
  valueLength: number;
}

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

/** Who a third party's hosts belong to, from the project's trackers or, failing them, third-party-web (display only). */
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
  kind: IpKind | 'unknown';
}

export type { PhaseCounts };

export interface ThirdParty {
  /** Registrable domain */
  site: string;
  hosts: string[];
  /** The tracker with most requests in this group; null when no host matched. */
  tracker: TrackerInfo | null;
  /** Every distinct tracker seen on the group's hosts. */
  trackers: TrackerInfo[];
  /** The company the group's hosts belong to; set from third-party-web when no own tracker matched, null when no layer names a host. */
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

export type EvidenceItem =
  | {
    kind: 'request'; url: string; host: string; t: number; phase: Phase; type: string; method: string;
    serverIp: string | null; serverCountry: string | null; script: string | null; attribution?: Attribution;
  }
  | {
    kind: 'cookie'; name: string; domain: string; valueLength: number; t: number; lastT: number; phase: Phase; setBy: CookieSetter;
    writes: number; script: string | null; setByUrl: string | null; purpose: CookiePurpose | null;
    /** How far `script` can be trusted, when the page reported it (see Attribution) */
    attribution?: Attribution;
  }
  | {
    kind: 'storage'; storageKind: string; origin: string; key: string; valueLength: number; t: number; lastT: number; phase: Phase;
    writes: number; script: string | null; attribution?: Attribution;
  }
  | { kind: 'signal'; detail: string; t: number | null }
  | { kind: 'form'; label: string; name: string | null; frameUrl: string; t: number };

export interface Evidence {
  items: EvidenceItem[];
  /** Matching items in total; `items` holds at most the evidence limit. */
  total: number;
  /** total - items.length */
  more: number;
  /** First and last time (ms since page start) over all matching items. */
  times: { first: number; last: number } | null;
  scripts: string[];
  notes: string[];
  /** Form-leak findings: how the canary value was encoded in what the recipient got (plain, sha256...). */
  encoding?: string;
}

export interface FindingSubject {
  kind: SubjectKind;
  host?: string;
  name?: string;
  /** Form elements: the element's id attribute and the label text the visitor reads. */
  id?: string;
  label?: string;
}

export interface Finding {
  id: string;
  rule: RuleId;
  severity: Severity;
  title: string;
  explanation: string;
  fix: string;
  subject: FindingSubject;
  evidence: Evidence;
  phase?: Phase;
}

export interface ConsentSummary {
  cmps: CmpDetection[];
  cmpChoices: CmpChoice[];
  choice: Choice | null;
  changes: Choice[];
  tcf: { t: number | null; source: 'tcf-api' | 'cookie'; tcString: string; decoded: TcDecoded | null; error: string | null } | null;
  consentMode: ConsentModeState | null;
  mismatches: Mismatch[];
  /** The page was loaded with a consent stored earlier: the before-choice phase was not observed. */
  storedConsentAtStart: boolean;
  cleanStart: boolean;
}

export interface AnalysisSummary {
  verdict: 'violations' | 'warnings' | 'clean';
  bySeverity: Record<Severity, number>;
  /** Findings per phase (findings without a phase are not counted here). */
  findingsByPhase: PhaseCounts;
  requestsByPhase: PhaseCounts;
  cookiesByPhase: PhaseCounts;
  storageByPhase: PhaseCounts;
  consent: ConsentSummary;
}

export interface Analysis {
  url: string;
  site: string;
  startedAt: number;
  datasetVersion: string;
  thirdParties: ThirdParty[];
  requests: AnalyzedRequest[];
  cookies: AnalyzedCookie[];
  storage: AnalyzedStorage[];
  findings: Finding[];
  summary: AnalysisSummary;
  /** Rules that failed on this record (never thrown out of analyze). */
  errors: string[];
}

/**
 * Checkboxes seen in the page's forms (optional input; added later by a DOM-side collector).
 * `checkedByDefault` is the state before any user interaction (the `checked` attribute / defaultChecked).
 */
/** Same shape as the record's forms (utils/record/record.ts). */
export interface FormCheckbox {
  /** When it was seen, same clock as the record (ms since epoch). */
  t: number;
  label: string;
  checkedByDefault: boolean;
  frameUrl: string;
  name?: string;
  /** The element's id attribute. */
  id?: string;
  formAction?: string;
}
