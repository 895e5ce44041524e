// Builds one finding: stable id, texts from the table, evidence grouped and capped.
import { writerTrusted } from './attribution.ts';
import type { Ctx } from './context.ts';
import { fillText, type TextKey } from './texts.ts';
import type { Evidence, EvidenceItem, Finding, FindingSubject, RuleId, Severity } from './types.ts';
import type { Phase } from '../record/phase.ts';

const MAX_SCRIPTS = 10;

function timeOf(i: EvidenceItem): number | null {
  return i.t;
}

export function makeEvidence(all: readonly EvidenceItem[], max: number, notes: readonly string[] = []): Evidence {
  const items = [...all].sort((a, b) => (timeOf(a) ?? Infinity) - (timeOf(b) ?? Infinity));
  let first = Infinity;
  let last = -Infinity;
  const scripts = new Set<string>();
  for (const i of items) {
    const t = timeOf(i);
    if (t !== null && Number.isFinite(t)) {
      first = Math.min(first, t);
      last = Math.max(last, i.kind === 'cookie' || i.kind === 'storage' ? Math.max(t, i.lastT) : t);
    }
    // A writer name the page chose is shown on its item, never listed as one of the scripts behind the finding.
    const trusted =
      (i.kind === 'request' || i.kind === 'cookie' || i.kind === 'storage') && writerTrusted(i.attribution);
    if (trusted && i.script && scripts.size < MAX_SCRIPTS) scripts.add(i.script);
  }
  const shown = items.slice(0, max);
  return {
    items: shown,
    total: items.length,
    more: items.length - shown.length,
    times: Number.isFinite(first) ? { first, last } : null,
    scripts: Array.from(scripts),
    notes: [...notes],
  };
}

export function findingId(rule: RuleId, subject: FindingSubject, key?: string): string {
  const k =
    key ??
    ([subject.name, subject.host].filter((x): x is string => typeof x === 'string' && x !== '').join('@') || 'page');
  return `${rule}:${subject.kind}:${k}`;
}

export function makeFinding(
  ctx: Ctx,
  f: {
    rule: RuleId;
    severity: Severity;
    text: TextKey;
    vars: Readonly<Record<string, string | number>>;
    subject: FindingSubject;
    items: readonly EvidenceItem[];
    notes?: readonly string[];
    phase?: Phase;
    idKey?: string;
  },
): Finding {
  const text = fillText(f.text, ctx.lang, f.vars);
  return {
    id: findingId(f.rule, f.subject, f.idKey),
    rule: f.rule,
    severity: f.severity,
    ...text,
    subject: f.subject,
    evidence: makeEvidence(f.items, ctx.maxEvidence, f.notes),
    ...(f.phase ? { phase: f.phase } : {}),
  };
}

/** Groups values by key, keeping first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

export interface Rule {
  id: RuleId;
  run(ctx: Ctx): Finding[];
}
