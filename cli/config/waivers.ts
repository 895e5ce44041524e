// Waivers: findings the config accepts until a date. Matched on the finding id (rule:kind:key), the id without its
// kind, or the rule; an expired waiver waives nothing (and fails the run, see summarizeReport).
import type { ReportFinding, ScenarioReport, WaiverStatus } from '../../utils/export/report.ts';
import type { Severity } from '../../utils/findings/index.ts';
import type { Waiver } from './load.ts';

/**
 * A glob as a whole-string regular expression: * matches any characters; "*." also matches nothing (*.x.com ⊇ x.com).
 */
export function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] ?? '';
    if (ch === '*' && glob[i + 1] === '.') {
      re += '(?:.*\\.)?';
      i++;
    } else if (ch === '*') re += '.*';
    else re += ch.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/** The names a waiver's `finding` may use for a finding: its id, the id without the subject kind, its rule. */
export function findingNames(f: Pick<ReportFinding, 'id' | 'rule' | 'subject'>): string[] {
  const prefix = `${f.rule}:${f.subject.kind}:`;
  const short = f.id.startsWith(prefix) ? `${f.rule}:${f.id.slice(prefix.length)}` : null;
  return [f.id, ...(short ? [short] : []), f.rule];
}

export function waiverMatches(w: Waiver, f: Pick<ReportFinding, 'id' | 'rule' | 'subject'>, url: string): boolean {
  if (w.url !== undefined && !globRegExp(w.url).test(url)) return false;
  const re = globRegExp(w.finding);
  return findingNames(f).some((n) => re.test(n));
}

/** Today as YYYY-MM-DD (UTC): a waiver expiring today still holds today. */
export function today(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** Mark the findings active waivers accept (the first matching waiver wins) and count what each waiver matched. */
export function applyWaivers(
  scenarios: readonly ScenarioReport[],
  waivers: readonly Waiver[],
  day: string,
): { scenarios: ScenarioReport[]; waivers: WaiverStatus[] } {
  const status: WaiverStatus[] = waivers.map((w) => ({
    finding: w.finding,
    url: w.url ?? null,
    reason: w.reason,
    expires: w.expires,
    status: w.expires < day ? 'expired' : 'active',
    matched: 0,
  }));
  if (!waivers.length) return { scenarios: [...scenarios], waivers: status };
  const out = scenarios.map((s) => {
    const waived: Record<Severity, number> = { violation: 0, warning: 0, info: 0 };
    const findings = s.findings.map((f): ReportFinding => {
      let mark: ReportFinding['waived'] = undefined;
      for (const [i, w] of waivers.entries()) {
        const st = status[i];
        if (!st || !waiverMatches(w, f, s.url)) continue;
        st.matched++;
        if (st.status === 'active' && !mark) mark = { reason: w.reason, expires: w.expires };
      }
      if (!mark) return f;
      waived[f.severity]++;
      return { ...f, waived: mark };
    });
    const any = waived.violation + waived.warning + waived.info > 0;
    return any ? { ...s, findings, summary: { ...s.summary, waived } } : s;
  });
  return { scenarios: out, waivers: status };
}

/** Stderr lines about the waivers: expired ones fail the run, unused ones are likely stale. */
export function waiverMessages(status: readonly WaiverStatus[]): { expired: string[]; unused: string[] } {
  const name = (w: WaiverStatus): string => `"${w.finding}"${w.url !== null ? ` (url ${w.url})` : ''}`;
  return {
    expired: status
      .filter((w) => w.status === 'expired')
      .map((w) => `waiver ${name(w)} expired on ${w.expires} (reason: ${w.reason}); renew it or fix the finding`),
    unused: status
      .filter((w) => w.status === 'active' && w.matched === 0)
      .map((w) => `waiver ${name(w)} matched no finding`),
  };
}
