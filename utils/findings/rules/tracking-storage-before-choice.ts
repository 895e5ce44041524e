// Rule 2: tracking cookies and storage writes before the visitor's choice; essential and consent cookies never count.
// Each write is judged when it happened: an identifier stored before the choice and removed later was still stored.
import { storeEvidence, storeVars } from '../evidence-items.ts';
import { storeText, writerNotes } from '../attribution.ts';
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import { phaseOf } from '../../record/phase.ts';
import type { Finding } from '../types.ts';

interface Written {
  t: number;
  lastT: number;
  valueLength: number;
  valueT?: number;
  removedT?: number;
  removed?: boolean;
}

/**
 * When a value was first stored, if that was before the choice; records without valueT fall back to the final value.
 */
function storedBeforeChoice(ctx: Ctx, e: Written): number | null {
  const t = e.valueT ?? (e.valueLength > 0 ? e.t : null);
  return t !== null && phaseOf(t, ctx.choice) === 'before-choice' ? t : null;
}

function removalNote(ctx: Ctx, e: Written, storedAt: number): string[] {
  const gone = e.removed === true || e.valueLength === 0;
  if (!gone) return [];
  const at = e.removedT ?? e.lastT;
  return [phrase(ctx.lang, 'removedLater', { ms: Math.round(ctx.rel(storedAt)), removed: Math.round(ctx.rel(at)) })];
}

function run(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const f of [...ctx.cookies, ...ctx.storage]) {
    const at = f.tracking ? storedBeforeChoice(ctx, f.entry) : null;
    if (!f.tracking || at === null) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'tracking-storage-before-choice',
        severity: 'violation',
        text: 'setBy' in f.out ? 'tracking-storage-before-choice:cookie' : 'tracking-storage-before-choice:storage',
        vars: storeVars(f, f.tracking),
        ...storeEvidence(f),
        notes: [
          phrase(ctx.lang, 'classified', { reason: f.tracking }),
          ...removalNote(ctx, f.entry, at),
          // Whether a header or a script set it is a cookie's field only.
          ...('setBy' in f.out && f.out.setBy === 'unknown' ? [phrase(ctx.lang, 'setterUnknown')] : []),
          ...writerNotes(ctx, f.out.script, f.out.attribution),
        ],
        phase: 'before-choice',
      }),
    );
  }
  return [...out, ...namedWrites(ctx)];
}

/** Writes only a writer name the page chose ties to a tracker: a warning to check, never a tracker write. */
function namedWrites(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const f of [...ctx.cookies, ...ctx.storage]) {
    const at = f.claimed && !f.tracking && !f.essential ? storedBeforeChoice(ctx, f.entry) : null;
    if (!f.claimed || at === null) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'tracking-storage-before-choice',
        severity: 'warning',
        text: 'tracking-storage-before-choice:named',
        vars: { store: storeText(ctx, f), tracker: f.claimed.tracker, script: f.claimed.script },
        ...storeEvidence(f),
        notes: [...removalNote(ctx, f.entry, at), ...writerNotes(ctx, f.claimed.script, f.out.attribution)],
        phase: 'before-choice',
      }),
    );
  }
  return out;
}

export const trackingStorageBeforeChoice: Rule = { id: 'tracking-storage-before-choice', run };
