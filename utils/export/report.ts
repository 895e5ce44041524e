// The JSON report shared by the CLI and the extension's export:
// its types and format constants (built by report-build.ts).
// Documented by schema/report.schema.json; field names are part of the format, change them only with formatVersion.
import type { Analysis, Severity } from '../findings/index.ts';
import type { PageRecord } from '../record/record.ts';
import type {
  ReportAutomation,
  ReportChoice,
  ReportCookie,
  ReportFinding,
  ReportRequest,
  ReportServerSideCollector,
  ReportStorage,
  ReportThirdParty,
  WaiverStatus,
} from './report-rows.ts';

// The rows are part of the format: importers take them from here.
export type * from './report-rows.ts';

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
  /** Headless runs: the proxy settings the browser may have followed and what that makes of the server locations */
  network?: NetworkInfo;
}

export interface NetworkInfo {
  /** `arg:<switch>`, `desktop:<name>`, `env:<variable>`, comma-separated; null when none was seen */
  proxy: string | null;
  /** 'not known': every request may have gone through the proxy; 'per request': Firefox marks each one */
  serverLocations: 'not known' | 'direct' | 'per request';
  /** --direct: the browser was told to use no proxy */
  direct?: true;
}

export type ScenarioVerdict = 'error' | 'not-answered' | 'violations' | 'incomplete' | 'warnings' | 'clean';

export interface ScenarioSummary {
  verdict: ScenarioVerdict;
  /** Set by buildReport from the run's fail-on threshold. */
  passed: boolean;
  bySeverity: Record<Severity, number>;
  /** Of bySeverity, the findings waived by the config (headless runs with waivers): they do not count towards failOn */
  waived?: Record<Severity, number>;
  /**
   * Why the record lacks events (utils/record/record-gaps.ts); absent when none is known. Such a scenario never passes
   * (unless failOn is never), and without violations its verdict is 'incomplete', not 'clean' or 'warnings'.
   */
  incomplete?: string[];
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
  /**
   * The page reloaded itself (a consent tool after the answer) or opened windows (`window`: a tab of its own, whose
   * rows are "in a window the page opened"): the documents this audit joins, in order; the rows' `document` is an
   * index into it. Absent for an audit of one document
   */
  documents?: Array<{ url: string; startedAt: string; window?: true }>;
  consent: ScenarioConsent;
  /** Whether the banner was answered as asked; null for 'none' (nothing to answer) */
  answered: boolean | null;
  /** The background's own words on the answer (or why there was none) */
  answerDetail: string | null;
  /**
   * CLI: how the banner answer's clicks were made: trusted input (DevTools, isTrusted true) or a script's click (the
   * page can tell). Absent when no answer started, and in the extension's own reports
   */
  answerClicks?: { trusted: number; script: number };
  startedAt: string;
  finishedAt: string;
  automation: ReportAutomation[];
  cmp: { id: string; name: string } | null;
  choice: ReportChoice | null;
  requests: ReportRequest[];
  cookies: ReportCookie[];
  storage: ReportStorage[];
  thirdParties: ReportThirdParty[];
  /** Collectors recognised by request signature on hosts no tracker list names; absent when there are none */
  serverSideCollectors?: ReportServerSideCollector[];
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
