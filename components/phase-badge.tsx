// Consent phase as a labelled badge: spelled out (not colour alone) so it reads in greyscale and to screen readers.
import type { Phase } from '../utils/phase.ts';
import { T } from './strings.ts';

export function PhaseBadge({ phase, count }: { phase: Phase; count?: number }) {
  return (
    <span class={`badge phase phase-${phase}`} title={T.phaseHint[phase]}>
      {count !== undefined ? `${count.toLocaleString('en')} ` : ''}{T.phase[phase]}
    </span>
  );
}
