// Verdicts of the JSON report: per scenario, pass/fail under a fail-on threshold, and the run's summary.
import type { Severity } from '../findings/index.ts';
import type {
  FailOn,
  ReportSummary,
  ScenarioReport,
  ScenarioSummary,
  ScenarioVerdict,
  WaiverStatus,
} from './report.ts';

export const SEVERITIES: readonly Severity[] = ['violation', 'warning', 'info'];

export function verdictOf(
  error: string | null,
  answered: boolean | null,
  bySeverity: Record<Severity, number>,
  incomplete = false,
): ScenarioVerdict {
  if (error) return 'error';
  if (answered === false) return 'not-answered';
  if (bySeverity.violation > 0) return 'violations';
  // Events were lost: no violation found is no evidence of none (a flood can push a tracker's cookie out).
  if (incomplete) return 'incomplete';
  return bySeverity.warning > 0 ? 'warnings' : 'clean';
}

/** Whether a scenario passes under a fail-on threshold; errors, unanswered banners, incomplete records never pass. */
export function scenarioPassed(
  s: Pick<ScenarioReport, 'error' | 'answered'> & {
    summary: Pick<ScenarioSummary, 'bySeverity' | 'waived'> & { incomplete?: readonly string[] };
  },
  failOn: FailOn,
): boolean {
  if (failOn === 'never') return s.error === null;
  if (s.error !== null || s.answered === false) return false;
  if (s.summary.incomplete?.length) return false;
  const b = s.summary.bySeverity;
  const w = s.summary.waived;
  const violations = b.violation - (w?.violation ?? 0);
  const warnings = b.warning - (w?.warning ?? 0);
  return failOn === 'violation' ? violations <= 0 : violations <= 0 && warnings <= 0;
}

/** Summary over scenarios under a fail-on threshold. */
export function summarizeReport(
  scenarios: readonly ScenarioReport[],
  failOn: FailOn,
  waivers: readonly WaiverStatus[] = [],
): ReportSummary {
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
  return {
    scenarios: scenarios.length,
    bySeverity,
    notAnswered,
    errors,
    failOn,
    verdict: errors > 0 ? 'error' : failed ? 'fail' : 'pass',
  };
}
