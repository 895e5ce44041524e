// Consent phase of a recorded item: before the visitor's choice, or after their reject/accept.
import type { Choice } from './record.ts';

export type Phase = 'before-choice' | 'after-reject' | 'after-accept';
export const PHASES: readonly Phase[] = ['before-choice', 'after-reject', 'after-accept'];

/** Items per consent phase. */
export type PhaseCounts = Record<Phase, number>;

export function zeroPhases(): PhaseCounts {
  return { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0 };
}

export function phaseOf(t: number, choice: Choice | null): Phase {
  if (!choice || t < choice.at) return 'before-choice';
  return choice.action === 'reject' ? 'after-reject' : 'after-accept';
}
