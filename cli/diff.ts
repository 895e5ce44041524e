// `consent-auditor diff old.json new.json`: what is new and what went away (trackers, cookies, storage keys, findings)
// per URL and scenario, keyed by names and hosts (never by times or values, which change on every run).
import type { Report, ScenarioReport } from '../utils/export/report.ts';

export type DiffKind = 'tracker' | 'cookie' | 'storage' | 'finding' | 'scenario';
export interface DiffItem {
  change: 'new' | 'gone';
  kind: DiffKind;
  url: string;
  consent: string;
  what: string;
}

/** The comparable facts of one scenario, as "kind what" strings. */
export function factsOf(s: ScenarioReport): Set<string> {
  const out = new Set<string>();
  for (const r of s.requests) if (r.tracker !== null) out.add(`tracker ${r.host}`);
  for (const c of s.cookies) if (!c.removed) out.add(`cookie ${c.name} @ ${c.domain}${c.phase ? ` (${c.phase})` : ''}`);
  for (const k of s.storage) out.add(`storage ${k.kind} ${k.key} @ ${k.origin}`);
  for (const f of s.findings)
    out.add(`finding ${f.severity} ${f.rule} ${f.subject.host ?? f.subject.name ?? ''}`.trimEnd());
  return out;
}

const keyOf = (s: ScenarioReport): string => `${s.url}\u0000${s.consent}`;

export function diffReports(before: Report, after: Report): DiffItem[] {
  const old = new Map(before.scenarios.map((s) => [keyOf(s), s]));
  const now = new Map(after.scenarios.map((s) => [keyOf(s), s]));
  const items: DiffItem[] = [];
  const push = (change: DiffItem['change'], s: ScenarioReport, fact: string): void => {
    const space = fact.indexOf(' ');
    items.push({
      change,
      kind: fact.slice(0, space) as DiffKind,
      url: s.url,
      consent: s.consent,
      what: fact.slice(space + 1),
    });
  };
  for (const [k, s] of now) {
    const was = old.get(k);
    if (!was) {
      items.push({ change: 'new', kind: 'scenario', url: s.url, consent: s.consent, what: 'not in the old report' });
      for (const f of factsOf(s)) push('new', s, f);
      continue;
    }
    const a = factsOf(was);
    const b = factsOf(s);
    for (const f of b) if (!a.has(f)) push('new', s, f);
    for (const f of a) if (!b.has(f)) push('gone', s, f);
  }
  for (const [k, s] of old)
    if (!now.has(k))
      items.push({ change: 'gone', kind: 'scenario', url: s.url, consent: s.consent, what: 'not in the new report' });
  return items;
}

/** One line per change, grouped by URL and scenario: `+` new, `-` gone. */
export function diffText(items: readonly DiffItem[]): string {
  if (!items.length) return 'no differences\n';
  const lines: string[] = [];
  let group = '';
  for (const i of items) {
    const g = `${i.url} (${i.consent})`;
    if (g !== group) lines.push(g);
    group = g;
    lines.push(`  ${i.change === 'new' ? '+' : '-'} ${i.kind} ${i.what}`);
  }
  const added = items.filter((i) => i.change === 'new').length;
  lines.push('', `${added} new, ${items.length - added} gone`);
  return `${lines.join('\n')}\n`;
}
