// What the comparison of fresh profiles says, in words: on the unknown-tracking reasons and on any finding whose
// cookie, storage key or request parameter differs between the profiles (a confirmed per-visitor id).
import type { Ctx } from './context.ts';
import { cookieKey, requestValues, storageKey } from './profile-keys.ts';
import type { ProfileVerdict } from './profile-compare.ts';
import { phrase } from './phrases.ts';
import type { EvidenceItem, Finding, Lang } from './types.ts';

const MAX_NOTES = 5;

function scenarioList(lang: Lang, s: readonly string[]): string {
  return s.length < 2 ? s.join('') : `${s.slice(0, -1).join(', ')} ${phrase(lang, 'and')} ${s[s.length - 1]}`;
}

/** The verdict as evidence reads it: "value differs between …" or "same value in all N fresh profiles …". */
export function verdictText(lang: Lang, v: ProfileVerdict): string {
  if (v.kind === 'differs') return phrase(lang, 'profilesDiffer', { scenarios: scenarioList(lang, v.scenarios) });
  return phrase(lang, v.random ? 'profilesSameMachine' : 'profilesSameConstant', { n: v.scenarios.length });
}

export function profileNote(lang: Lang, place: string, v: ProfileVerdict): string {
  return phrase(lang, 'profileNote', { place, verdict: verdictText(lang, v) });
}

/** A request place's label (profile-keys.ts) as a reader names it. */
export function placeText(lang: Lang, label: string): string {
  const seg = /^path segment (\d+)$/.exec(label);
  return seg ? phrase(lang, 'placeSegment', { n: seg[1]! }) : phrase(lang, 'placeParam', { name: label });
}

/** Confirmed per-visitor ids among an evidence item's cookie, storage key or request parameters. */
function differing(ctx: Ctx, i: EvidenceItem): string[] {
  const view = ctx.profiles;
  if (!view) return [];
  const lang = ctx.lang;
  const note = (key: string, place: () => string): string[] => {
    const v = view.verdict(key);
    return v?.kind === 'differs' ? [profileNote(lang, place(), v)] : [];
  };
  if (i.kind === 'cookie')
    return note(cookieKey(i.name, i.domain), () => phrase(lang, 'placeCookie', { name: i.name, domain: i.domain }));
  if (i.kind === 'storage')
    return note(storageKey(i.storageKind, i.origin, i.key), () =>
      phrase(lang, 'placeStorage', { kind: i.storageKind, key: i.key, origin: i.origin }),
    );
  if (i.kind === 'request') return requestValues(i.url).flatMap((p) => note(p.key, () => placeText(lang, p.label)));
  return [];
}

/** Findings of the other rules, their evidence strengthened where an item holds a confirmed per-visitor id. */
export function withProfileNotes(ctx: Ctx, findings: readonly Finding[]): Finding[] {
  if (!ctx.profiles) return [...findings];
  return findings.map((f) => {
    if (f.rule === 'unknown-third-party-tracking') return f;
    const notes: string[] = [];
    for (const i of f.evidence.items)
      for (const n of differing(ctx, i)) if (notes.length < MAX_NOTES && !notes.includes(n)) notes.push(n);
    return notes.length === 0 ? f : { ...f, evidence: { ...f.evidence, notes: [...f.evidence.notes, ...notes] } };
  });
}
