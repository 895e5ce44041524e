// Facts every rule reads, computed once per analysis: per-host tracker matches, IP places, phases, classifications.
import type { CookiePattern, TrackerCategory } from '../../data/types.ts';
import type { CmpChoice, CmpDetection } from '../consent/cmp-detect.ts';
import type { ConsentModeState } from '../consent/consent-mode.ts';
import type { TcDecoded } from '../consent/tcf.ts';
import type { IpCountry } from '../knowledge/ip-country.ts';
import type { Phase } from '../record/phase.ts';
import type { Choice, CookieEntry, PageRecord, RequestEntry, StorageEntry } from '../record/record.ts';
import type { CollectorMatch } from '../knowledge/collector-match.ts';
import type { TrackerMatch } from '../knowledge/tracker-match.ts';
import type { ProfileView } from './profile-compare.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { consentFacts } from './context-consent.ts';
import { createLookups } from './context-lookups.ts';
import { requestFacts } from './context-requests.ts';
import { cookieFacts, storageFacts } from './context-stores.ts';
import type { AnalyzedCookie, AnalyzedRequest, AnalyzedStorage, FormCheckbox, Lang, TrackerInfo } from './types.ts';

export const DEFAULT_MAX_EVIDENCE = 10;

export const EMBED_CATEGORIES: ReadonlySet<TrackerCategory> = new Set<TrackerCategory>(['fonts', 'video', 'maps']);

export interface AnalyzeOptions {
  lang?: Lang;
  /** Evidence items listed per finding; the rest are counted. Default 10. */
  maxEvidence?: number;
  /** Checkboxes from the page's forms (optional; otherwise read from `record.forms` when present). */
  forms?: readonly FormCheckbox[];
  /**
   * The browser started with nothing stored (a CLI scenario's own new profile): no consent can be stored from an
   * earlier visit, so a page that signals one at load is not believed and the before-choice signal checks run.
   */
  freshProfile?: boolean;
  /** The other fresh profiles of this URL (CLI runs of several scenarios): which values differ between visitors */
  profiles?: ProfileView | null;
}

export interface HostFact {
  host: string;
  site: string;
  thirdParty: boolean;
  /** Host-level match (no path); requests carry their path-aware match. */
  match: TrackerMatch | null;
  isCmp: boolean;
}

export interface RequestFact {
  entry: RequestEntry;
  out: AnalyzedRequest;
  match: TrackerMatch | null;
  hostFact: HostFact;
  path: string;
  /** kind 'proxy': the request went through a proxy, the address is the proxy's and no country is read from it */
  place: { ip: string; country: string | null; kind: IpCountry['kind'] | 'proxy' | 'unknown' } | null;
  /** Tracking endpoint recognised by its request signature (path and parameters), on any host. */
  collector: CollectorMatch | null;
  /** Tracker that needs consent and is not a consent manager, or a collector that sends an identifier. */
  consentTracker: boolean;
}

export interface StoreFact {
  /** Why it counts as tracking, in the analysis language; null when it does not. */
  tracking: string | null;
  essential: boolean;
  pattern: CookiePattern | null;
  /** A tracker only a writer name the page chose points to (attribution.ts): not counted as tracking, warned about. */
  claimed: { tracker: string; script: string } | null;
}

export interface CookieFact extends StoreFact {
  entry: CookieEntry;
  out: AnalyzedCookie;
}
export interface StorageFact extends StoreFact {
  entry: StorageEntry;
  out: AnalyzedStorage;
}

export interface TcSnapshot {
  t: number;
  tcString: string;
  decoded: TcDecoded | null;
  error: string | null;
  source: 'tcf-api' | 'cookie';
}

export interface Ctx {
  record: PageRecord;
  knowledge: Knowledge;
  lang: Lang;
  /** The comparison with the other fresh profiles of this URL; null when only one scenario was recorded */
  profiles: ProfileView | null;
  maxEvidence: number;
  forms: readonly FormCheckbox[];
  choice: Choice | null;
  /** Requests that left the browser: what every rule judges */
  requests: RequestFact[];
  /** Requests the browser says never left (RequestEntry.notSent): in the report's rows, judged by no rule as sent */
  notSent: RequestFact[];
  cookies: CookieFact[];
  storage: StorageFact[];
  hosts: Map<string, HostFact>;
  /** Rejection window: from the reject to the visitor's later accept (if any). */
  rejectWindow: { from: number; to: number } | null;
  cmps: CmpDetection[];
  cmpChoices: CmpChoice[];
  /** Distinct TC strings in order of appearance (TCF API first, the euconsent-v2 cookie as fallback). */
  tcStrings: TcSnapshot[];
  consentMode: ConsentModeState | null;
  storedConsentAtStart: { detail: string } | null;
  rel(t: number): number;
  trackerInfo(m: TrackerMatch): TrackerInfo;
  scriptMatch(url: string | undefined): TrackerMatch | null;
}

function isRecordLike(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isFormCheckbox(x: unknown): x is FormCheckbox {
  return (
    isRecordLike(x) &&
    typeof x.t === 'number' &&
    typeof x.label === 'string' &&
    typeof x.checkedByDefault === 'boolean' &&
    typeof x.frameUrl === 'string'
  );
}

/** Optional `forms` on the record (added by a DOM-side collector), validated item by item. */
export function formsOf(record: PageRecord, given: readonly FormCheckbox[] | undefined): FormCheckbox[] {
  const raw: unknown = given ?? ('forms' in record ? record.forms : undefined);
  return Array.isArray(raw) ? raw.slice(0, 2000).filter(isFormCheckbox) : [];
}

/** The facts in pipeline order: requests first (they fill the host facts), then cookies and storage, then consent. */
export function buildContext(record: PageRecord, knowledge: Knowledge, options: AnalyzeOptions = {}): Ctx {
  const lang = options.lang === 'de' ? 'de' : 'en';
  const choice = record.consent?.choice ?? null;
  const start = record.startedAt;
  const lookups = createLookups(knowledge);
  const all = requestFacts(record, knowledge, lookups, choice);
  const requests = all.filter((r) => r.out.notSent === undefined);
  const notSent = requests.length === all.length ? [] : all.filter((r) => r.out.notSent !== undefined);
  const cookies = cookieFacts(record, knowledge, lookups, choice, lang);
  const storage = storageFacts(record, knowledge, lookups, choice, lang);
  return {
    record,
    knowledge,
    lang,
    profiles: options.profiles ?? null,
    maxEvidence: Math.max(1, Math.floor(options.maxEvidence ?? DEFAULT_MAX_EVIDENCE)),
    forms: formsOf(record, options.forms),
    choice,
    requests,
    notSent,
    cookies,
    storage,
    hosts: lookups.hosts,
    ...consentFacts(record, requests, choice, lang, options.freshProfile === true),
    rel: (t) => t - start,
    trackerInfo: lookups.trackerInfo,
    scriptMatch: lookups.scriptMatch,
  };
}

export type { Phase };
