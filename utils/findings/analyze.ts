// Entry point: a phased PageRecord in, enriched items, third parties, findings and a summary out. Never throws.
import { withPreconnectsAsWarnings } from './preconnect-only.ts';
import { PHASES, zeroPhases, type Phase } from '../record/phase.ts';
import { isPageRecordShape, type PageRecord, type RequestEntry } from '../record/record.ts';
import { buildContext, type AnalyzeOptions, type Ctx } from './context.ts';
import { consentSummaryOf } from './context-consent.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { phrase } from './phrases.ts';
import { withProfileNotes } from './profile-notes.ts';
import { RULES } from './rules/index.ts';
import { allMismatches, signalFacts } from './signals.ts';
import { RULE_IDS } from './texts.ts';
import { serverSideCollectors } from './server-side-collectors.ts';
import { thirdParties } from './third-parties.ts';
import type {
  Analysis,
  AnalysisSummary,
  AnalyzedRequest,
  ConsentSummary,
  Finding,
  PhaseCounts,
  Severity,
} from './types.ts';

export type { AnalyzeOptions };

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { violation: 0, warning: 1, info: 2 };

function countPhases(items: Iterable<{ phase: Phase }>): PhaseCounts {
  const c = zeroPhases();
  for (const i of items) c[i.phase]++;
  return c;
}

/** Every request row in the record's order: those that left and those the browser says never did (marked). */
function requestRows(ctx: Ctx): AnalyzedRequest[] {
  if (ctx.notSent.length === 0) return ctx.requests.map((r) => r.out);
  const byEntry = new Map<RequestEntry, AnalyzedRequest>();
  for (const r of ctx.requests) byEntry.set(r.entry, r.out);
  for (const r of ctx.notSent) byEntry.set(r.entry, r.out);
  return ctx.record.requests.flatMap((e) => byEntry.get(e) ?? []);
}

function emptyConsent(): ConsentSummary {
  return {
    cmps: [],
    cmpChoices: [],
    choice: null,
    changes: [],
    tcf: null,
    consentMode: null,
    mismatches: [],
    storedConsentAtStart: false,
    cleanStart: false,
  };
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function emptyAnalysis(record: unknown, knowledge: Knowledge, error: string): Analysis {
  const r: Record<string, unknown> = typeof record === 'object' && record !== null ? { ...record } : {};
  return {
    url: str(r.url),
    site: str(r.site),
    startedAt: typeof r.startedAt === 'number' ? r.startedAt : 0,
    datasetVersion: knowledge.datasetVersion,
    thirdParties: [],
    serverSideCollectors: [],
    requests: [],
    cookies: [],
    storage: [],
    findings: [],
    summary: {
      verdict: 'clean',
      bySeverity: { violation: 0, warning: 0, info: 0 },
      findingsByPhase: zeroPhases(),
      requestsByPhase: zeroPhases(),
      cookiesByPhase: zeroPhases(),
      storageByPhase: zeroPhases(),
      consent: emptyConsent(),
    },
    errors: [error],
  };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function analyze(record: PageRecord, knowledge: Knowledge, options: AnalyzeOptions = {}): Analysis {
  const lang = options?.lang === 'de' ? 'de' : 'en';
  if (!isPageRecordShape(record)) return emptyAnalysis(record, knowledge, phrase(lang, 'notARecord'));
  let ctx: Ctx;
  try {
    ctx = buildContext(record, knowledge, options);
  } catch (e) {
    return emptyAnalysis(record, knowledge, phrase(lang, 'analysisFailed', { error: message(e) }));
  }
  const errors: string[] = [];
  const findings: Finding[] = [];
  const ids = new Set<string>();
  for (const rule of RULES) {
    try {
      for (const f of rule.run(ctx)) {
        // Ids are stable per rule and subject; a clash would mean two findings a reader cannot tell apart.
        if (ids.has(f.id)) continue;
        ids.add(f.id);
        findings.push(f);
      }
    } catch (e) {
      errors.push(phrase(lang, 'ruleFailed', { rule: rule.id, error: message(e) }));
    }
  }
  // A CLI run of several scenarios: ids confirmed by the other fresh profiles are said on the findings that hold them.
  if (ctx.profiles) findings.splice(0, findings.length, ...withProfileNotes(ctx, findings));
  findings.splice(0, findings.length, ...withPreconnectsAsWarnings(lang, findings));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
      (a.evidence.times?.first ?? Infinity) - (b.evidence.times?.first ?? Infinity) ||
      a.id.localeCompare(b.id),
  );

  let tps: Analysis['thirdParties'] = [];
  try {
    tps = thirdParties(ctx);
  } catch (e) {
    errors.push(phrase(lang, 'thirdPartiesFailed', { error: message(e) }));
  }
  let collectors: Analysis['serverSideCollectors'] = [];
  try {
    collectors = serverSideCollectors(ctx);
  } catch (e) {
    errors.push(phrase(lang, 'thirdPartiesFailed', { error: message(e) }));
  }
  let consent: ConsentSummary;
  try {
    consent = consentSummaryOf(ctx, allMismatches(signalFacts(ctx)));
  } catch (e) {
    errors.push(phrase(lang, 'consentSummaryFailed', { error: message(e) }));
    consent = emptyConsent();
  }
  return {
    url: record.url,
    site: record.site,
    startedAt: record.startedAt,
    datasetVersion: knowledge.datasetVersion,
    thirdParties: tps,
    serverSideCollectors: collectors,
    requests: requestRows(ctx),
    cookies: ctx.cookies.map((c) => c.out),
    storage: ctx.storage.map((s) => s.out),
    findings,
    summary: summarize(ctx, findings, consent),
    errors,
  };
}

function summarize(ctx: Ctx, findings: readonly Finding[], consent: ConsentSummary): AnalysisSummary {
  const bySeverity: Record<Severity, number> = { violation: 0, warning: 0, info: 0 };
  const findingsByPhase = zeroPhases();
  for (const f of findings) {
    bySeverity[f.severity]++;
    if (f.phase && PHASES.includes(f.phase)) findingsByPhase[f.phase]++;
  }
  return {
    verdict: bySeverity.violation > 0 ? 'violations' : bySeverity.warning > 0 ? 'warnings' : 'clean',
    bySeverity,
    findingsByPhase,
    requestsByPhase: countPhases(ctx.requests.map((r) => r.out)),
    cookiesByPhase: countPhases(ctx.cookies.map((c) => c.out)),
    storageByPhase: countPhases(ctx.storage.map((s) => s.out)),
    consent,
  };
}
