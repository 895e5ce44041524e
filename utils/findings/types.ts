// Output of the findings engine: enriched items, third parties, findings and a summary, as plain JSON-safe data.
// Items are in item-types.ts, third parties in third-party-types.ts; this file is the one to import.
import type { CmpChoice, CmpDetection } from '../consent/cmp-detect.ts';
import type { ConsentModeState } from '../consent/consent-mode.ts';
import type { Mismatch } from '../consent/signals.ts';
import type { TcDecoded } from '../consent/tcf.ts';
import type { Phase, PhaseCounts } from '../record/phase.ts';
import type { Attribution } from '../observe/events.ts';
import type { Choice, CookieSetter } from '../record/record.ts';
import type { CookiePurpose } from '../../data/types.ts';
import type { AnalyzedCookie, AnalyzedRequest, AnalyzedStorage } from './item-types.ts';
import type { ServerSideCollector, ThirdParty } from './third-party-types.ts';

export type RuleId =
  | 'tracking-request-before-choice'
  | 'tracking-storage-before-choice'
  | 'tracking-after-reject'
  | 'consent-signal-before-action'
  | 'consent-signal-contradicts-behaviour'
  | 'third-country-transfer'
  | 'server-side-collector-transfer'
  | 'embed-before-consent'
  | 'prechecked-consent-checkbox'
  | 'unknown-third-party-tracking'
  | 'essential-cookie'
  | 'no-consent-manager'
  | 'stored-consent-at-start'
  | 'form-data-leak'
  | 'form-data-to-non-eu'
  | 'session-replay-before-consent'
  | 'blocked-tracker-attempt'
  | 'double-opt-in-hint';

export type Severity = 'violation' | 'warning' | 'info';
export type { Lang } from '../i18n/lang.ts';
export type { PhaseCounts };
export type * from './item-types.ts';
export type * from './third-party-types.ts';
export type SubjectKind = 'request' | 'cookie' | 'storage' | 'consent' | 'page' | 'transfer';

export type EvidenceItem =
  | {
      kind: 'request';
      url: string;
      host: string;
      t: number;
      phase: Phase;
      type: string;
      method: string;
      serverIp: string | null;
      serverCountry: string | null;
      /** Present when the request went through a proxy: `serverIp` is the proxy's, the location not known */
      viaProxy?: true;
      script: string | null;
      attribution?: Attribution;
    }
  | {
      kind: 'cookie';
      name: string;
      domain: string;
      valueLength: number;
      t: number;
      lastT: number;
      phase: Phase;
      setBy: CookieSetter;
      writes: number;
      script: string | null;
      setByUrl: string | null;
      purpose: CookiePurpose | null;
      /** How far `script` can be trusted, when the page reported it (see Attribution) */
      attribution?: Attribution;
    }
  | {
      kind: 'storage';
      storageKind: string;
      origin: string;
      key: string;
      valueLength: number;
      t: number;
      lastT: number;
      phase: Phase;
      writes: number;
      script: string | null;
      attribution?: Attribution;
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
  tcf: {
    t: number | null;
    source: 'tcf-api' | 'cookie';
    tcString: string;
    decoded: TcDecoded | null;
    error: string | null;
  } | null;
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
  /** Collectors recognised by request signature on hosts no tracker list names, with their onward recipients. */
  serverSideCollectors: ServerSideCollector[];
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
