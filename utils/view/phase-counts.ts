// Item counts per consent phase, shared by the request tree, the record counts and the findings.
import type { Phase } from '../record/phase.ts';

export type PhaseCounts = Record<Phase, number>;

export function zeroPhases(): PhaseCounts {
  return { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0 };
}
