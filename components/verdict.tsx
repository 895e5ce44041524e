// One plain sentence at the very top: how many violations and warnings, and the most serious one.
import type { Analysis, Severity } from '../utils/findings/index.ts';
import { T } from './strings.ts';

function count(n: number, sev: Severity): string {
  return `${n.toLocaleString('en')} ${n === 1 ? T.severity[sev] : T.severityPlural[sev]}`;
}

export function Verdict({ analysis }: { analysis: Analysis | null }) {
  if (!analysis) return <p class="verdict verdict-pending" role="status">{T.verdictPending}</p>;
  const s = analysis.summary;
  const parts = (['violation', 'warning'] as const).filter((sev) => s.bySeverity[sev] > 0).map((sev) => count(s.bySeverity[sev], sev));
  const top = analysis.findings.find((f) => f.severity !== 'info');
  return (
    <p class={`verdict verdict-${s.verdict}`} role="status">
      <strong>{parts.length ? parts.join(', ') : T.verdictClean}</strong>
      {top && <span class="verdict-top"> · {T.mostSerious} {top.title}</span>}
    </p>
  );
}
