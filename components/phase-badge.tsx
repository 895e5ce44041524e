// Consent phase as a labelled badge: spelled out (not colour alone) so it reads in greyscale and to screen readers.
import type { Phase } from '../utils/record/phase.ts';
import { useStrings } from './strings.ts';

export function PhaseBadge({ phase, count }: { phase: Phase; count?: number }) {
  const S = useStrings();
  return (
    <span class={`badge phase phase-${phase}`} title={S.phaseHint[phase]}>
      {count !== undefined ? `${S.num(count)} ` : ''}
      {S.phase[phase]}
    </span>
  );
}
