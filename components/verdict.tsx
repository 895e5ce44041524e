// The first line read: violations and warnings (for the chosen
// phase) and the consent state, then the most serious finding.
import type { Analysis, Finding } from '../utils/findings/index.ts';
import type { Phase } from '../utils/record/phase.ts';
import type { ConsentView } from '../utils/view/consent-view.ts';
import { relText } from './format.ts';
import { countOf, useStrings, type Strings } from './strings.ts';

export interface VerdictProps {
  /** null while the analysis loads; undefined when there is none at all (only the consent state is shown) */
  analysis: Analysis | null | undefined;
  consent: ConsentView;
  startedAt: number;
  phase?: Phase | 'all';
  /** The record lacks events it was sent (recordGaps): no violation found is then no evidence of a clean page */
  incomplete?: boolean;
}

type Level = 'violations' | 'incomplete' | 'warnings' | 'clean' | 'pending';

function judged(
  findings: readonly Finding[],
  incomplete: boolean,
): { level: Level; violations: number; warnings: number } {
  let violations = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'violation') violations += 1;
    else if (f.severity === 'warning') warnings += 1;
  }
  const level = violations ? 'violations' : incomplete ? 'incomplete' : warnings ? 'warnings' : 'clean';
  return { level, violations, warnings };
}

/** "Cookiebot · Rejected at +2.30 s" / "no consent manager detected · No answer yet". */
function consentLine(S: Strings, c: ConsentView, startedAt: number): string {
  const cmp = c.cmps[0]?.name ?? c.tcf?.cmpName ?? (c.tcf ? `${S.tcfCmp} ${c.tcf.cmpId}` : S.noCmpDetected);
  const choice = c.choice ? `${S.action[c.choice.action]} ${S.at} ${relText(S, c.choice.at, startedAt)}` : S.noAnswer;
  return `${cmp} · ${choice}`;
}

export function Verdict({ analysis, consent, startedAt, phase = 'all', incomplete = false }: VerdictProps) {
  const S = useStrings();
  const findings = analysis
    ? phase === 'all'
      ? analysis.findings
      : analysis.findings.filter((f) => f.phase === phase)
    : [];
  const j = analysis ? judged(findings, incomplete) : { level: 'pending' as const, violations: 0, warnings: 0 };
  const parts = [
    ...(j.violations ? [countOf(S, j.violations, 'violation')] : []),
    ...(j.warnings ? [countOf(S, j.warnings, 'warning')] : []),
  ];
  const prefix = phase === 'all' ? '' : `${S.phase[phase]}: `;
  const counts =
    j.level === 'incomplete'
      ? [S.verdictIncomplete, ...parts].join(', ')
      : parts.length
        ? parts.join(', ')
        : phase === 'all'
          ? S.verdictClean
          : S.verdictCleanPhase;
  const top = findings.find((f) => f.severity !== 'info');
  return (
    <section class={`verdict verdict-${j.level}`} role="status" aria-label={S.verdictLabel}>
      <p class="verdict-line">
        {analysis !== undefined && (
          <>
            <strong class="verdict-counts">{analysis ? `${prefix}${counts}` : S.verdictPending}</strong>
            <span class="verdict-sep"> · </span>
          </>
        )}
        <span class="verdict-consent">{consentLine(S, consent, startedAt)}</span>
      </p>
      {top && (
        <p class="verdict-top">
          {S.mostSerious} {top.title}
        </p>
      )}
    </section>
  );
}
