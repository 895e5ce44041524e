// The JSON report shared by the CLI and the extension's export: record + analysis in, plain JSON-safe data out.
// Documented by schema/report.schema.json; field names are part of the format, change them only with formatVersion.
import { tcfCmpIdsOf } from '../consent/cmp-detect.ts';
import { nameCmp } from '../consent/cmp-name.ts';
import type {
  Analysis, AnalyzedCookie, AnalyzedRequest, AnalyzedStorage, Finding, RequestTracker, Severity, ThirdParty, ThirdPartyCompany,
} from '../findings/index.ts';
import type { Phase } from '../record/phase.ts';
import type { Attribution } from '../observe/events.ts';
import type { CookieSetter, PageRecord, RequestEntry } from '../record/record.ts';

export const REPORT_FORMAT = 'consent-auditor-report';
export const REPORT_FORMAT_VERSION = 1;

export type ScenarioConsent = 'none' | 'reject' | 'accept';
export const SCENARIOS: readonly ScenarioConsent[] = ['none', 'reject', 'accept'];
export type FailOn = 'violation' | 'warning' | 'never';
export const FAIL_ON: readonly FailOn[] = ['violation', 'warning', 'never'];

export interface IpTableInfo { source: string; version: string; built: string }
export interface ToolInfo {
  name: string;
  version: string;
  data: { trackers: string; ipTable: IpTableInfo | null };
  /** sandbox: false when the browser ran without its sandbox (--no-sandbox, asked for explicitly); absent = on */
  browser?: { name: string; version: string; sandbox?: false };
}

export interface ReportRequest {
  url: string;
  host: string;
  thirdParty: boolean;
  tracker: RequestTracker | null;
  serverIp: string | null;
  serverCountry: string | null;
  phase: Phase;
  /** ms since page start */
  t: number;
  type: string;
  method: string;
  status: number | null;
  error: string | null;
  script: string | null;
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
  /** 'browser': the cookies API saw it stored; 'page': the page reported the write (page-only = attempted, not stored) */
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
}

export interface ReportThirdParty {
  site: string;
  hosts: string[];
  tracker: RequestTracker | null;
  /** Whose hosts these are, also when only third-party-web names them (country null = not known); null when no layer does. */
  company: ThirdPartyCompany | null;
  serverCountries: string[];
  transfer: string;
  requests: number;
  cookies: string[];
}

export interface ReportAutomation { at: string; status: string; action: string | null; cmp: string | null; detail: string | null }
export interface ReportChoice { action: 'accept' | 'reject'; at: string; source: string; via: string }

/** A finding accepted by a waiver of the run's config: kept in the report, not counted towards failOn. */
export interface FindingWaiver { reason: string; expires: string }
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
export interface SettleWait { settled: boolean; lastActivityAt: string | null; waitedMs: number }
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

const SEVERITIES: readonly Severity[] = ['violation', 'warning', 'info'];

/** ISO time from epoch ms; invalid times become the epoch rather than throwing. */
export function isoTime(t: number | Date): string {
  const d = typeof t === 'number' ? new Date(t) : t;
  return Number.isFinite(d.getTime()) ? d.toISOString() : new Date(0).toISOString();
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function requestOut(r: AnalyzedRequest, byId: ReadonlyMap<string, RequestEntry>): ReportRequest {
  // Status and error are not in the analysis: joined back from the record by request id.
  const entry = byId.get(r.id);
  return {
    url: r.url, host: r.host, thirdParty: r.thirdParty, tracker: r.tracker, serverIp: r.serverIp, serverCountry: r.serverCountry,
    phase: r.phase, t: r.t, type: r.type, method: r.method, status: entry?.status ?? null, error: entry?.error ?? null, script: r.script,
  };
}

function cookieOut(c: AnalyzedCookie): ReportCookie {
  return {
    name: c.name, domain: c.domain, thirdParty: c.thirdParty, setBy: c.setBy, phase: c.phase, purpose: c.purpose, owner: c.ownerName ?? c.owner,
    needsConsent: c.needsConsent, script: c.script, attribution: c.attribution ?? null, setByUrl: c.setByUrl, t: c.t, writes: c.writes, valueLength: c.valueLength, removed: c.removed,
    confirmedBy: [...c.confirmedBy], stored: c.stored,
  };
}

function storageOut(s: AnalyzedStorage): ReportStorage {
  return {
    kind: s.kind, origin: s.origin, key: s.key, thirdParty: s.thirdParty, phase: s.phase, purpose: s.purpose, owner: s.ownerName ?? s.owner,
    needsConsent: s.needsConsent, script: s.script, attribution: s.attribution ?? null, t: s.t, writes: s.writes, valueLength: s.valueLength, confirmedBy: ['page'],
  };
}

function thirdPartyOut(t: ThirdParty): ReportThirdParty {
  const tr = t.tracker;
  return {
    site: t.site, hosts: [...t.hosts],
    tracker: tr
      ? {
        name: tr.name, company: tr.company, companyCountry: tr.companyCountry, category: tr.category,
        parent: tr.parent, parentCountry: tr.parentCountry, transferCountries: [...tr.transferCountries], dpf: tr.dpf,
      }
      : null,
    company: t.company ? { ...t.company } : null,
    serverCountries: [...t.serverCountries], transfer: t.transfer.verdict, requests: t.requests.total, cookies: [...t.cookies],
  };
}

function cmpOf(record: PageRecord | null, analysis: Analysis | null): { id: string; name: string } | null {
  // The project's CMP data first, then the TCF CMP id, then the banner rule said as such (never as the CMP's name).
  const named = nameCmp({
    detections: analysis?.summary.consent.cmps ?? [],
    tcfCmpIds: tcfCmpIdsOf(record?.consent.tcf),
    bannerRules: (record?.consent.automation ?? []).flatMap((a) => (typeof a.cmp === 'string' ? [a.cmp] : [])),
  });
  return named ? { id: named.id, name: named.name } : null;
}

function verdictOf(error: string | null, answered: boolean | null, bySeverity: Record<Severity, number>): ScenarioVerdict {
  if (error) return 'error';
  if (answered === false) return 'not-answered';
  if (bySeverity.violation > 0) return 'violations';
  return bySeverity.warning > 0 ? 'warnings' : 'clean';
}

/** Whether a scenario passes under a fail-on threshold; errors and unanswered banners never pass. */
export function scenarioPassed(
  s: Pick<ScenarioReport, 'error' | 'answered'> & { summary: Pick<ScenarioSummary, 'bySeverity' | 'waived'> }, failOn: FailOn,
): boolean {
  if (failOn === 'never') return s.error === null;
  if (s.error !== null || s.answered === false) return false;
  const b = s.summary.bySeverity;
  const w = s.summary.waived;
  const violations = b.violation - (w?.violation ?? 0);
  const warnings = b.warning - (w?.warning ?? 0);
  return failOn === 'violation' ? violations <= 0 : violations <= 0 && warnings <= 0;
}

/** One URL under one consent scenario. Never throws: bad input becomes an entry in `errors`. */
export function buildScenarioReport(input: ScenarioInput): ScenarioReport {
  const { consent, record, analysis } = input;
  const errors: string[] = [...(input.notes ?? [])];
  let error = input.error ?? null;
  if (!error && !record) error = 'the extension recorded nothing for this page';
  const answered = consent === 'none' ? null : input.answered?.started === true && record?.consent.choice?.action === consent;
  let answerDetail: string | null = input.answered?.detail ?? null;
  if (consent !== 'none' && !answered && !error) {
    const choice = record?.consent.choice;
    const why = choice && choice.action !== consent ? `the recorded choice is "${choice.action}", not "${consent}"` : 'no choice was recorded';
    answerDetail = `banner could not be answered: ${answerDetail ? `${answerDetail} ` : ''}(${why})`;
  }
  const byId = new Map((record?.requests ?? []).map((q) => [q.id, q]));
  let requests: ReportRequest[] = [];
  let cookies: ReportCookie[] = [];
  let storage: ReportStorage[] = [];
  let thirdParties: ReportThirdParty[] = [];
  let findings: Finding[] = [];
  try {
    if (analysis) {
      requests = analysis.requests.map((r) => requestOut(r, byId));
      cookies = analysis.cookies.map(cookieOut);
      storage = analysis.storage.map(storageOut);
      thirdParties = analysis.thirdParties.map(thirdPartyOut);
      findings = analysis.findings.map((f) => ({ ...f }));
      errors.push(...analysis.errors.map((e) => `analysis: ${e}`));
    } else if (record && !error) {
      errors.push('analysis: not run');
    }
    for (const e of record?.errors ?? []) errors.push(`recording (${e.where}): ${e.message}`);
  } catch (e) {
    errors.push(`report: ${message(e)}`);
  }
  const choice = record?.consent.choice ?? null;
  const bySeverity: Record<Severity, number> = { violation: 0, warning: 0, info: 0 };
  for (const f of findings) if (SEVERITIES.includes(f.severity)) bySeverity[f.severity]++;
  if (error) error = error.slice(0, 2000);
  const out: ScenarioReport = {
    url: input.url ?? record?.url ?? '',
    pageUrl: record?.url ?? null,
    consent,
    answered,
    answerDetail,
    startedAt: isoTime(input.startedAt),
    finishedAt: isoTime(input.finishedAt),
    automation: (record?.consent.automation ?? []).map((a) => ({
      at: isoTime(a.t), status: a.status, action: a.action ?? null, cmp: a.cmp ?? null, detail: a.detail ?? null,
    })),
    cmp: cmpOf(record, analysis),
    choice: choice ? { action: choice.action, at: isoTime(choice.at), source: choice.source, via: choice.via } : null,
    requests, cookies, storage, thirdParties, findings, errors, error,
    summary: {
      verdict: verdictOf(error, answered, bySeverity),
      passed: false,
      bySeverity,
      requests: requests.length,
      thirdPartyRequests: requests.filter((r) => r.thirdParty).length,
      trackerRequests: requests.filter((r) => r.tracker !== null).length,
      cookies: cookies.length,
      thirdPartyCookies: cookies.filter((c) => c.thirdParty).length,
      storage: storage.length,
      thirdParties: thirdParties.length,
    },
  };
  if (input.httpStatus !== undefined) out.httpStatus = input.httpStatus;
  if (input.settle) out.settle = input.settle;
  out.summary.passed = scenarioPassed(out, 'violation');
  return out;
}

/** Summary over scenarios under a fail-on threshold. */
export function summarizeReport(scenarios: readonly ScenarioReport[], failOn: FailOn, waivers: readonly WaiverStatus[] = []): ReportSummary {
  const bySeverity: Record<Severity, number> = { violation: 0, warning: 0, info: 0 };
  let notAnswered = 0;
  let errors = 0;
  for (const s of scenarios) {
    for (const k of SEVERITIES) bySeverity[k] += s.summary.bySeverity[k];
    if (s.error !== null) errors++;
    else if (s.answered === false) notAnswered++;
  }
  // An expired waiver fails the run: someone has to look at the finding again.
  const failed = scenarios.some((s) => !scenarioPassed(s, failOn)) || waivers.some((w) => w.status === 'expired');
  return { scenarios: scenarios.length, bySeverity, notAnswered, errors, failOn, verdict: errors > 0 ? 'error' : failed ? 'fail' : 'pass' };
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

export function buildReport(input: ReportInput): Report {
  const failOn = input.failOn ?? 'violation';
  const scenarios = input.scenarios.map((s) => ({ ...s, summary: { ...s.summary, passed: scenarioPassed(s, failOn) } }));
  const consent = input.consent ? [...input.consent] : Array.from(new Set(scenarios.map((s) => s.consent)));
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    tool: input.tool,
    url: input.urls.length === 1 ? (input.urls[0] ?? null) : null,
    urls: [...input.urls],
    startedAt: isoTime(input.startedAt),
    finishedAt: isoTime(input.finishedAt),
    options: { consent, waitMs: input.waitMs ?? null, failOn, ...(input.settle ? { settle: { ...input.settle } } : {}) },
    scenarios,
    summary: summarizeReport(scenarios, failOn, input.waivers),
    ...(input.waivers?.length ? { waivers: input.waivers.map((w) => ({ ...w })) } : {}),
  };
}

/** The consent state a single live record stands for (the extension's export of what the visitor did). */
export function consentOfRecord(record: PageRecord): ScenarioConsent {
  return record.consent.choice?.action ?? 'none';
}

function field(o: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(o, key)?.value;
}

/** The report's view of public/data/ip-country.meta.json; null when the file is missing or not the expected shape. */
export function ipTableInfoFrom(meta: unknown): IpTableInfo | null {
  if (typeof meta !== 'object' || meta === null) return null;
  const source = field(meta, 'source');
  const built = field(meta, 'built');
  if (typeof source !== 'object' || source === null || typeof built !== 'string') return null;
  const pkg = field(source, 'package');
  const version = field(source, 'version');
  if (typeof pkg !== 'string' || typeof version !== 'string') return null;
  return { source: pkg, version, built };
}
