// Issue 15.1: a consent signal is the visitor's answer only after a trusted gesture, and only from the top frame.
// The page writes its CMP's signals itself, so a signal alone is a claim to cross-check, never the moment of choice.

/** Why a signalled answer was not taken as the visitor's choice. */
export type UnconfirmedReason = 'no-gesture' | 'not-top-frame';

/** Signals kept as claims, for the report and the "signal before action" cross-check. */
const UNCONFIRMED_MAX = 200;

export interface GateState<C extends { at: number; action: string }> {
  /** First trusted input event of the visitor in this page (null: none seen) */
  gestureAt?: number | null;
  unconfirmed?: Array<C & { reason: UnconfirmedReason }>;
}

/** True when `signal` may be taken as the choice now; otherwise it is kept as an unconfirmed claim. */
export function admitSignal<C extends { at: number; action: string }>(
  state: GateState<C>,
  signal: C,
  top: boolean,
): boolean {
  const gesture = state.gestureAt ?? null;
  if (top && gesture !== null && gesture <= signal.at) return true;
  const list = (state.unconfirmed ??= []);
  const reason: UnconfirmedReason = top ? 'no-gesture' : 'not-top-frame';
  // One claim per answer: a CMP writes several cookies for one answer, each re-read here.
  if (list.some((u) => u.reason === reason && u.action === signal.action && Math.abs(u.at - signal.at) < 5000))
    return false;
  if (list.length < UNCONFIRMED_MAX) list.push({ ...signal, reason });
  return false;
}

/**
 * A trusted gesture at `t`. Returns the top-frame signals it now admits (reported before the gesture's own message
 * arrived, but written after it); they leave the unconfirmed list.
 */
export function noteGesture<C extends { at: number; action: string }>(state: GateState<C>, t: number): C[] {
  const first = state.gestureAt ?? null;
  if (first !== null && first <= t) return [];
  state.gestureAt = t;
  const list = state.unconfirmed ?? [];
  const admitted: C[] = [];
  for (let i = 0; i < list.length; i++) {
    const u = list[i]!;
    if (u.reason !== 'no-gesture' || u.at < t) continue;
    const { reason: _reason, ...signal } = u;
    admitted.push(signal as unknown as C);
    list.splice(i--, 1);
  }
  return admitted;
}
