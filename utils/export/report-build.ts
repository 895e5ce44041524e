// Builds the JSON report (types in report.ts): record + analysis in, plain JSON-safe data out. Never throws.
import { tcfCmpIdsOf } from '../consent/cmp-detect.ts';
import { nameCmp } from '../consent/cmp-name.ts';
import type {
  Analysis,
  AnalyzedCookie,
  AnalyzedRequest,
  AnalyzedStorage,
  Finding,
  ServerSideCollector,
  Severity,
  ThirdParty,
} from '../findings/index.ts';
import { requestTracker } from '../findings/index.ts';
import { recordGaps, type PageRecord, type RequestEntry } from '../record/record.ts';
import {
  REPORT_FORMAT,
  REPORT_FORMAT_VERSION,
  type Report,
  type ReportCookie,
  type ReportInput,
  type ReportRequest,
  type ReportServerSideCollector,
  type ReportStorage,
  type ReportThirdParty,
  type ScenarioConsent,
  type ScenarioInput,
  type ScenarioReport,
} from './report.ts';
import { scenarioPassed, SEVERITIES, summarizeReport, verdictOf } from './report-verdict.ts';

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
    url: r.url,
    host: r.host,
    thirdParty: r.thirdParty,
    tracker: r.tracker,
    serverIp: r.serverIp,
    serverCountry: r.serverCountry,
    ...(r.viaProxy ? { viaProxy: true as const } : {}),
    phase: r.phase,
    t: r.t,
    type: r.type,
    method: r.method,
    status: entry?.status ?? null,
    error: entry?.error ?? null,
    ...(r.notSent ? { notSent: r.notSent } : {}),
    script: r.script,
    attribution: r.script ? (r.attribution ?? null) : null,
    ...(entry?.document !== undefined ? { document: entry.document } : {}),
    // A Reporting API report the CLI joined (cli/reporting-join.ts): which document's, of what type, how far sent.
    ...(entry?.report ? { report: { ...entry.report, document: entry.frameUrl ?? '' } } : {}),
  };
}

/** A joined record's document of the entry a row was analysed from (one row per entry, in the record's order). */
function withDocument<R extends object>(row: R, entry: { document?: number } | undefined, same: boolean): R {
  return same && entry?.document !== undefined ? { ...row, document: entry.document } : row;
}

function cookieOut(c: AnalyzedCookie): ReportCookie {
  return {
    name: c.name,
    domain: c.domain,
    thirdParty: c.thirdParty,
    setBy: c.setBy,
    phase: c.phase,
    purpose: c.purpose,
    owner: c.ownerName ?? c.owner,
    needsConsent: c.needsConsent,
    script: c.script,
    attribution: c.attribution ?? null,
    setByUrl: c.setByUrl,
    t: c.t,
    writes: c.writes,
    valueLength: c.valueLength,
    removed: c.removed,
    confirmedBy: [...c.confirmedBy],
    stored: c.stored,
  };
}

function storageOut(s: AnalyzedStorage): ReportStorage {
  return {
    kind: s.kind,
    origin: s.origin,
    key: s.key,
    thirdParty: s.thirdParty,
    phase: s.phase,
    purpose: s.purpose,
    owner: s.ownerName ?? s.owner,
    needsConsent: s.needsConsent,
    script: s.script,
    attribution: s.attribution ?? null,
    t: s.t,
    writes: s.writes,
    valueLength: s.valueLength,
    confirmedBy: ['page'],
    frameUrl: s.frameUrl ?? null,
    seenBy: [...(s.seenBy ?? [])],
  };
}

function thirdPartyOut(t: ThirdParty): ReportThirdParty {
  return {
    site: t.site,
    hosts: [...t.hosts],
    tracker: t.tracker ? requestTracker(t.tracker) : null,
    company: t.company ? { ...t.company } : null,
    serverCountries: [...t.serverCountries],
    transfer: t.transfer.verdict,
    requests: t.requests.total,
    cookies: [...t.cookies],
  };
}

function collectorOut(c: ServerSideCollector): ReportServerSideCollector {
  return {
    host: c.host,
    thirdParty: c.thirdParty,
    service: c.service,
    signatures: [...c.signatures],
    servers: c.servers.map((s) => ({ ip: s.ip, country: s.country })),
    serverCountries: [...c.serverCountries],
    onward: {
      kind: c.onward.kind,
      recipient: c.onward.tracker ? requestTracker(c.onward.tracker) : null,
      how: c.onward.how,
      source: c.onward.source,
      checked: c.onward.checked,
    },
    transfer: c.transfer,
    statement: c.statement,
    requests: c.requests.total,
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

/**
 * The counts a verdict may judge: with the page's answer unknown (a click landed elsewhere) only the findings before
 * the choice, so no after-answer finding is judged against an answer the page may not have (the gap makes it
 * incomplete).
 */
function judged(
  findings: readonly Finding[],
  all: Record<Severity, number>,
  record: Pick<PageRecord, 'errors'> | null | undefined,
): Record<Severity, number> {
  if (!record?.errors.some((e) => e.answerUnknown === true)) return all;
  const out: Record<Severity, number> = { violation: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.phase === 'before-choice' && SEVERITIES.includes(f.severity)) out[f.severity]++;
  return out;
}

/** One URL under one consent scenario. Never throws: bad input becomes an entry in `errors`. */
export function buildScenarioReport(input: ScenarioInput): ScenarioReport {
  const { consent, record, analysis } = input;
  const errors: string[] = [...(input.notes ?? [])];
  let error = input.error ?? null;
  if (!error && !record) error = 'the extension recorded nothing for this page';
  const answered =
    consent === 'none' ? null : input.answered?.started === true && record?.consent.choice?.action === consent;
  let answerDetail: string | null = input.answered?.detail ?? null;
  if (consent !== 'none' && !answered && !error) {
    const choice = record?.consent.choice;
    const why =
      choice && choice.action !== consent
        ? `the recorded choice is "${choice.action}", not "${consent}"`
        : 'no choice was recorded';
    answerDetail = `banner could not be answered: ${answerDetail ? `${answerDetail} ` : ''}(${why})`;
  }
  const byId = new Map((record?.requests ?? []).map((q) => [q.id, q]));
  let requests: ReportRequest[] = [];
  let cookies: ReportCookie[] = [];
  let storage: ReportStorage[] = [];
  let thirdParties: ReportThirdParty[] = [];
  let collectors: ReportServerSideCollector[] = [];
  let findings: Finding[] = [];
  try {
    if (analysis) {
      requests = analysis.requests.map((r) => requestOut(r, byId));
      const rc = record?.cookies ?? [];
      const rs = record?.storage ?? [];
      cookies = analysis.cookies.map((c, i) =>
        withDocument(cookieOut(c), rc[i], rc[i]?.name === c.name && rc[i]?.domain === c.domain),
      );
      storage = analysis.storage.map((s, i) =>
        withDocument(storageOut(s), rs[i], rs[i]?.key === s.key && rs[i]?.origin === s.origin),
      );
      thirdParties = analysis.thirdParties.map(thirdPartyOut);
      // Analyses made before the field existed (a stored record's old analysis) have none.
      collectors = (analysis.serverSideCollectors ?? []).map(collectorOut);
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
  const gaps = record ? recordGaps(record) : [];
  // Rows the browser says never left are listed, not counted as requests.
  const sent = requests.filter((r) => r.notSent === undefined);
  const out: ScenarioReport = {
    url: input.url ?? record?.url ?? '',
    pageUrl: record?.url ?? null,
    ...(record?.documents
      ? {
          documents: record.documents.map((d) => ({
            url: d.url,
            startedAt: isoTime(d.startedAt),
            ...(d.window ? { window: true as const } : {}),
          })),
        }
      : {}),
    consent,
    answered,
    answerDetail,
    startedAt: isoTime(input.startedAt),
    finishedAt: isoTime(input.finishedAt),
    automation: (record?.consent.automation ?? []).map((a) => ({
      at: isoTime(a.t),
      status: a.status,
      action: a.action ?? null,
      cmp: a.cmp ?? null,
      detail: a.detail ?? null,
    })),
    cmp: cmpOf(record, analysis),
    choice: choice ? { action: choice.action, at: isoTime(choice.at), source: choice.source, via: choice.via } : null,
    requests,
    cookies,
    storage,
    thirdParties,
    ...(collectors.length > 0 ? { serverSideCollectors: collectors } : {}),
    findings,
    errors,
    error,
    summary: {
      verdict: verdictOf(error, answered, judged(findings, bySeverity, record), gaps.length > 0),
      passed: false,
      bySeverity,
      ...(gaps.length ? { incomplete: gaps } : {}),
      requests: sent.length,
      thirdPartyRequests: sent.filter((r) => r.thirdParty).length,
      trackerRequests: sent.filter((r) => r.tracker !== null).length,
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

export function buildReport(input: ReportInput): Report {
  const failOn = input.failOn ?? 'violation';
  const scenarios = input.scenarios.map((s) => ({
    ...s,
    summary: { ...s.summary, passed: scenarioPassed(s, failOn) },
  }));
  const consent = input.consent ? [...input.consent] : Array.from(new Set(scenarios.map((s) => s.consent)));
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    tool: input.tool,
    url: input.urls.length === 1 ? (input.urls[0] ?? null) : null,
    urls: [...input.urls],
    startedAt: isoTime(input.startedAt),
    finishedAt: isoTime(input.finishedAt),
    options: {
      consent,
      waitMs: input.waitMs ?? null,
      failOn,
      ...(input.settle ? { settle: { ...input.settle } } : {}),
    },
    scenarios,
    summary: summarizeReport(scenarios, failOn, input.waivers),
    ...(input.waivers?.length ? { waivers: input.waivers.map((w) => ({ ...w })) } : {}),
  };
}

/** The consent state a single live record stands for (the extension's export of what the visitor did). */
export function consentOfRecord(record: PageRecord): ScenarioConsent {
  return record.consent.choice?.action ?? 'none';
}
