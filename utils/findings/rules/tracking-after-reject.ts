// Rule 3: tracker requests, tracking cookies and storage writes after the visitor rejected, past an in-flight grace period.
import { cookieItem, requestItem, storageItem, type Ctx } from '../context.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const w = ctx.rejectWindow;
  if (!w) return [];
  const from = w.from + ctx.graceMs;
  const inWindow = (t: number): boolean => t >= from && t < w.to;
  const inGrace = (t: number): boolean => t >= w.from && t < from && t < w.to;
  const lang = ctx.lang;
  const graceNote = (n: number): string[] => [
    n > 0 ? phrase(lang, 'graceSkipped', { ms: ctx.graceMs, count: n }) : phrase(lang, 'grace', { ms: ctx.graceMs }),
    ...(Number.isFinite(w.to) ? [phrase(lang, 'acceptedLater', { ms: Math.round(ctx.rel(w.to)) })] : []),
    phrase(lang, 'rejectedAt', { ms: Math.round(ctx.rel(w.from)), via: ctx.choice?.via ?? phrase(lang, 'unknownVia') }),
  ];
  const lastWritten = (lastT: number, writes: number): string => phrase(lang, 'lastWritten', { ms: Math.round(lastT), count: writes });
  const out: Finding[] = [];

  const trackerReqs = ctx.requests.filter((r) => r.consentTracker && r.out.thirdParty);
  for (const [host, list] of groupBy(trackerReqs, (r) => r.out.host)) {
    const after = list.filter((r) => inWindow(r.entry.t));
    const first = after[0];
    if (!first?.match) continue;
    const grace = list.filter((r) => inGrace(r.entry.t)).length;
    out.push(makeFinding(ctx, {
      rule: 'tracking-after-reject', severity: 'violation', text: 'tracking-after-reject:request',
      vars: { tracker: first.match.tracker.name, host, company: first.match.company.name, count: after.length },
      subject: { kind: 'request', host, name: first.match.tracker.name }, idKey: host,
      items: after.map(requestItem), notes: graceNote(grace), phase: 'after-reject',
    }));
  }

  for (const c of ctx.cookies) {
    if (!c.tracking || c.entry.valueLength === 0) continue;
    if (!inWindow(c.entry.lastT) && !inWindow(c.entry.t)) continue;
    out.push(makeFinding(ctx, {
      rule: 'tracking-after-reject', severity: 'violation', text: 'tracking-after-reject:cookie',
      vars: { name: c.out.name, domain: c.out.domain, purpose: c.tracking },
      subject: { kind: 'cookie', name: c.out.name, host: c.out.domain },
      items: [cookieItem(c)],
      notes: [...graceNote(0), lastWritten(c.out.lastT, c.out.writes)],
      phase: 'after-reject',
    }));
  }

  for (const s of ctx.storage) {
    if (!s.tracking || s.entry.valueLength === 0) continue;
    if (!inWindow(s.entry.lastT) && !inWindow(s.entry.t)) continue;
    out.push(makeFinding(ctx, {
      rule: 'tracking-after-reject', severity: 'violation', text: 'tracking-after-reject:storage',
      vars: { name: s.out.key, storageKind: s.out.kind, origin: s.out.origin, purpose: s.tracking },
      subject: { kind: 'storage', name: s.out.key, host: s.out.host }, idKey: `${s.out.kind}:${s.out.key}@${s.out.host}`,
      items: [storageItem(s)],
      notes: [...graceNote(0), lastWritten(s.out.lastT, s.out.writes)],
      phase: 'after-reject',
    }));
  }
  return out;
}

export const trackingAfterReject: Rule = { id: 'tracking-after-reject', run };
