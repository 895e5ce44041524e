// The JSON report shared by the CLI and the extension's export:
// its types and format constants (built by report-build.ts).
// Documented by schema/report.schema.json; field names are part of the format, change them only with formatVersion.
import type {
  AnalyzedRequest,
  Analysis,
  Finding,
  RequestTracker,
  Severity,
  ThirdPartyCompany,
} from '../findings/index.ts';
import type { Phase } from '../record/phase.ts';
import type { Attribution } from '../observe/events.ts';
import type { CookieSetter, PageRecord } from '../record/record.ts';

export const REPORT_FORMAT = 'consent-auditor-report';
export const REPORT_FORMAT_VERSION = 1;

export type ScenarioConsent = 'none' | 'reject' | 'accept';
export const SCENARIOS: readonly ScenarioConsent[] = ['none', 'reject', 'accept'];
export type FailOn = 'violation' | 'warning' | 'never';
export const FAIL_ON: readonly FailOn[] = ['violation', 'warning', 'never'];

export interface IpTableInfo {
  source: string;
  version: string;
  built: string;
}
export interface ToolInfo {
  name: string;
  version: string;
  data: { trackers: string; ipTable: IpTableInfo | null };
  /** sandbox: false when the browser ran without its sandbox (--no-sandbox, asked for explicitly); absent = on */
  browser?: { name: string; version: string; sandbox?: false };
}

/** A request as the JSON report lists it: the analysed request's fields (without its id and site), and how it ended. */
export interface ReportRequest extends Pick<
  AnalyzedRequest,
  | 'url'
  | 'host'
  | 'thirdParty'
  | 'tracker'
  | 'serverIp'
  | 'serverCountry'
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
}

export interface ReportCookie {
  name: string;
  domain: string;
  thirdParty: boolean;
  setBy: CookieSetter;
  phase: Phase;
  purpose: string | null;
  owner: string | null;
  needsConsent: boolean | null;
  script: string | null;
  /** How far `script` can be trusted: confident, named-by-page (//# sourceURL), unverified (engine text), unknown */
  attribution: Attribution | null;
  setByUrl: string | null;
  t: number;
  writes: number;
  valueLength: number;
  removed: boolean;
  /**
   * 'browser': the cookies API saw it stored; 'page': the page reported the write (page-only = attempted, not stored)
   */
  confirmedBy: Array<'browser' | 'page'>;
  stored: boolean;
}

export interface ReportStorage {
  kind: string;
  origin: string;
  key: string;
  thirdParty: boolean;
  phase: Phase;
  purpose: string | null;
  owner: string | null;
  needsConsent: boolean | null;
  script: string | null;
  attribution: Attribution | null;
  t: number;
  writes: number;
  valueLength: number;
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

export type ScenarioVerdict = 'error' | 'not-answered' | 'violations' | 'warnings' | 'clean';

export interface ScenarioSummary {
  verdict: ScenarioVerdict;
  /** Set by buildReport from the run's fail-on threshold. */
  passed: boolean;
  bySeverity: Record<Severity, number>;
  /** Of bySeverity, the findings waived by the config (headless runs with waivers): they do not count towards failOn */
  waived?: Record<Severity, number>;
  requests: number;
  thirdPartyRequests: number;
  trackerRequests: number;
  cookies: number;
  thirdPartyCookies: number;
  storage: number;
  thirdParties: number;
}

export interface ScenarioReport {
  /** The URL asked for */
  url: string;
  /** The page as recorded (after redirects); null when nothing was recorded */
  pageUrl: string | null;
  consent: ScenarioConsent;
  /** Whether the banner was answered as asked; null for 'none' (nothing to answer) */
  answered: boolean | null;
  /** The background's own words on the answer (or why there was none) */
  answerDetail: string | null;
  startedAt: string;
  finishedAt: string;
  automation: ReportAutomation[];
  cmp: { id: string; name: string } | null;
  choice: ReportChoice | null;
  requests: ReportRequest[];
  cookies: ReportCookie[];
  storage: ReportStorage[];
  thirdParties: ReportThirdParty[];
  findings: ReportFinding[];
  /** Recording notes and analysis errors: the report is complete only when this is empty */
  errors: string[];
  /** Set when the scenario could not be audited at all (page did not load, browser failed) */
  error: string | null;
  summary: ScenarioSummary;
  /** HTTP status of the main document (headless runs; absent in the extension's export) */
  httpStatus?: number | null;
  /** How the waits ended (headless runs): false when the maximum wait cut off a page that was still active */
  settle?: ScenarioSettle;
}

/** One wait of the settle rule: did the page go quiet, and when did it last do something. */
export interface SettleWait {
  settled: boolean;
  lastActivityAt: string | null;
  waitedMs: number;
}
export interface ScenarioSettle {
  settled: boolean;
  afterLoad: SettleWait | null;
  afterAnswer: SettleWait | null;
}

export interface ReportSummary {
  scenarios: number;
  bySeverity: Record<Severity, number>;
  /** reject/accept scenarios whose banner could not be answered */
  notAnswered: number;
  /** scenarios that could not be audited */
  errors: number;
  failOn: FailOn;
  /** 'error': some scenario could not be audited; 'fail': a finding at or above failOn, or a banner not answered */
  verdict: 'pass' | 'fail' | 'error';
}

export interface ReportOptions {
  consent: ScenarioConsent[];
  /** The longest wait after the load event and after answering (headless runs; ms) */
  waitMs: number | null;
  failOn: FailOn;
  /** The settle rule of a headless run: quiet period and minimum wait (ms) */
  settle?: { quietMs: number; minMs: number };
}

/** One page of a crawled site over all its scenarios (the worst verdict counts). */
export interface SitePage {
  url: string;
  /** Hosts of known trackers contacted in any scenario */
  trackers: string[];
  violations: number;
  warnings: number;
  verdict: ScenarioVerdict;
}

/** A crawl's site summary (headless `--crawl` runs). */
export interface SiteSummary {
  crawl: { limit: number; fromSitemaps: number; sitemaps: string[] } | null;
  pages: SitePage[];
  /** Pages clean in every scenario */
  clean: string[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  formatVersion: typeof REPORT_FORMAT_VERSION;
  tool: ToolInfo;
  /** The audited URL; null when several were audited (see urls) */
  url: string | null;
  urls: string[];
  startedAt: string;
  finishedAt: string;
  options: ReportOptions;
  scenarios: ScenarioReport[];
  summary: ReportSummary;
  /** Site summary of a crawl (headless --crawl runs and their merges) */
  site?: SiteSummary;
  /** The config's waivers (headless runs with waivers) */
  waivers?: WaiverStatus[];
}

export interface ScenarioInput {
  consent: ScenarioConsent;
  /** The URL asked for (defaults to the record's) */
  url?: string;
  record: PageRecord | null;
  analysis: Analysis | null;
  /** Did the background start answering the banner; null for 'none' or when not asked */
  answered?: { started: boolean; detail: string } | null;
  startedAt: number | Date;
  finishedAt: number | Date;
  /** The scenario could not be audited */
  error?: string | null;
  /** Run notes (e.g. an HTTP error status), listed first in `errors` */
  notes?: readonly string[];
  httpStatus?: number | null;
  settle?: ScenarioSettle;
}

export interface ReportInput {
  tool: ToolInfo;
  urls: readonly string[];
  scenarios: readonly ScenarioReport[];
  startedAt: number | Date;
  finishedAt: number | Date;
  consent?: readonly ScenarioConsent[];
  waitMs?: number | null;
  failOn?: FailOn;
  settle?: { quietMs: number; minMs: number };
  waivers?: readonly WaiverStatus[];
}
