// Rule 11: consent-needing trackers ran, yet no consent manager or consent signal of any kind was seen.
import { requestItem } from '../evidence-items.ts';
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const consent = ctx.record.consent;
  // A banner that was detected or answered, or a TCF API that
  // answered, is a consent manager even if the data cannot name it.
  const bannerSeen =
    (consent?.automation ?? []).some((a) => a.status !== 'no-banner' && a.status !== 'failed') ||
    ctx.choice !== null ||
    (consent?.changes.length ?? 0) > 0;
  const anyCmp =
    ctx.cmps.length > 0 ||
    ctx.requests.some((r) => r.hostFact.isCmp || r.match?.tracker.category === 'consent-manager') ||
    (consent?.tcf.length ?? 0) > 0 ||
    (consent?.gpp.length ?? 0) > 0 ||
    (consent?.globals.length ?? 0) > 0 ||
    ctx.cookies.some((c) => c.pattern?.purpose === 'consent') ||
    bannerSeen;
  if (anyCmp) return [];
  const trackers = ctx.requests.filter((r) => r.consentTracker && (r.out.thirdParty || r.match === null));
  if (trackers.length === 0) return [];
  const names = Array.from(new Set(trackers.map((r) => r.match?.tracker.name ?? r.collector?.name ?? r.out.host)));
  return [
    makeFinding(ctx, {
      rule: 'no-consent-manager',
      severity: 'warning',
      text: 'no-consent-manager',
      vars: { count: names.length, trackers: names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '') },
      subject: { kind: 'page' },
      items: trackers.map(requestItem),
    }),
  ];
}

export const noConsentManager: Rule = { id: 'no-consent-manager', run };
