// A consent phase spelled out (never colour alone), with a hint on hover.
import type { Phase } from '../../utils/record/phase.ts';
import type { ReportStrings } from './strings.ts';

export function PhaseTag({ phase, s }: { phase: Phase; s: ReportStrings }) {
  return (
    <span class={`phase-tag phase-${phase}`} title={s.phaseHint[phase]}>
      {s.phase[phase]}
    </span>
  );
}
