// Rule 11: consent-needing trackers ran, yet no consent manager or consent signal of any kind was seen.
import { requestItem, type Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const consent = ctx.record.consent;
  const anyCmp = ctx.cmps.length > 0 || ctx.requests.some((r) => r.hostFact.isCmp || r.match?.tracker.category === 'consent-manager')
    || (consent?.tcf.length ?? 0) > 0 || (consent?.gpp.length ?? 0) > 0 || (consent?.globals.length ?? 0) > 0
    || ctx.cookies.some((c) => c.pattern?.purpose === 'consent');
  if (anyCmp) return [];
  const trackers = ctx.requests.filter((r) => r.consentTracker && r.out.thirdParty);
  if (trackers.length === 0) return [];
  const names = Array.from(new Set(trackers.map((r) => r.match?.tracker.name ?? '')));
  return [makeFinding(ctx, {
    rule: 'no-consent-manager', severity: 'warning', text: 'no-consent-manager',
    vars: { count: names.length, trackers: names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '') },
    subject: { kind: 'page' }, items: trackers.map(requestItem),
  })];
}

export const noConsentManager: Rule = { id: 'no-consent-manager', run };
