// The verdict in one line, then findings and recorded activity per consent phase.
import type { Analysis, Severity } from '../../utils/findings/index.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import { PHASES, type Phase } from '../../utils/record/phase.ts';
import { num } from './format.ts';
import { PhaseCells, PhaseMatrix } from './phase-cells.tsx';
import type { ReportStrings } from './strings.ts';

const SEVERITIES: readonly Severity[] = ['violation', 'warning', 'info'];

type PhaseRow = Record<Phase | 'none', number>;

/** Findings per severity and phase; findings without a phase (page-wide ones) get their own column. */
export function findingsMatrix(analysis: Analysis): Record<Severity, PhaseRow> {
  const row = (): PhaseRow => ({ 'before-choice': 0, 'after-reject': 0, 'after-accept': 0, none: 0 });
  const m: Record<Severity, PhaseRow> = { violation: row(), warning: row(), info: row() };
  for (const f of analysis.findings) {
    const r = m[f.severity];
    if (r) r[f.phase ?? 'none']++;
  }
  return m;
}

export function SummarySection({
  analysis,
  lang,
  s,
  incomplete = false,
}: {
  analysis: Analysis;
  lang: Lang;
  s: ReportStrings;
  /** The record lacks events it was sent (recordGaps): without violations the verdict says so, never "clean" */
  incomplete?: boolean;
}) {
  const sum = analysis.summary;
  const verdict = incomplete && sum.verdict !== 'violations' ? 'incomplete' : sum.verdict;
  const b = sum.bySeverity;
  const matrix = findingsMatrix(analysis);
  const tpByPhase: Record<Phase, number> = { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0 };
  const trByPhase: Record<Phase, number> = { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0 };
  for (const r of analysis.requests) {
    if (r.notSent) continue; // the browser never sent it: no request to that party
    if (r.thirdParty) tpByPhase[r.phase]++;
    if (r.tracker) trByPhase[r.phase]++;
  }
  const activity: Array<[string, Record<Phase, number>]> = [
    [s.requests, sum.requestsByPhase],
    [s.thirdPartyRequests, tpByPhase],
    [s.trackerRequests, trByPhase],
    [s.cookies, sum.cookiesByPhase],
    [s.storage, sum.storageByPhase],
  ];
  const total = (r: Record<Phase, number>): number => PHASES.reduce((x, p) => x + r[p], 0);
  return (
    <>
      <p class={`verdict verdict-${verdict}`}>
        <strong>{s.verdict[verdict]}</strong>
        <span class="verdict-counts">{s.verdictCounts(b.violation, b.warning, b.info)}</span>
        <span class="verdict-counts">
          {s.thirdParties}: {num(analysis.thirdParties.length, lang)}
        </span>
      </p>
      <PhaseMatrix caption={s.findingsByPhase} first={s.severityCol} extraHeads={[s.noPhase]} s={s}>
        {SEVERITIES.map((sev) => (
          <tr key={sev} class={`sev-row-${sev}`}>
            <th scope="row">
              <span class={`sev-badge sev-badge-${sev}`}>{s.severityPlural[sev]}</span>
            </th>
            <PhaseCells counts={matrix[sev]} lang={lang} />
            <td class="num">{num(matrix[sev].none, lang)}</td>
            <td class="num">
              <strong>{num(b[sev], lang)}</strong>
            </td>
          </tr>
        ))}
      </PhaseMatrix>
      <PhaseMatrix caption={s.activityByPhase} first={s.whatCol} s={s}>
        {activity.map(([label, r]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <PhaseCells counts={r} lang={lang} />
            <td class="num">
              <strong>{num(total(r), lang)}</strong>
            </td>
          </tr>
        ))}
      </PhaseMatrix>
    </>
  );
}
