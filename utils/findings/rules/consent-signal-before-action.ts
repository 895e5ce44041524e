// Rule 4: consent signals that grant before the visitor acted (TCF purpose consents, Consent Mode defaults "granted").
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import { signalFacts } from '../signals.ts';
import type { EvidenceItem, Finding } from '../types.ts';

/** Signals that need consent; functionality/security storage may default to granted (same list as utils/consent/signals.ts). */
const NEEDS_CONSENT: readonly string[] = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'];

function run(ctx: Ctx): Finding[] {
  const f = signalFacts(ctx);
  const out: Finding[] = [];
  const when = ctx.choice ? `The visitor's choice was recorded at +${Math.round(ctx.rel(ctx.choice.at))} ms.` : 'No visitor choice was recorded.';
  if (f.tcBeforeAction.length > 0) {
    const items: EvidenceItem[] = f.tcBeforeAction.map(({ snap, mismatch }) => ({
      kind: 'signal', t: ctx.rel(snap.t),
      detail: `${snap.source === 'cookie' ? 'euconsent-v2 cookie' : 'TCF API'}: ${mismatch.message} ${mismatch.evidence[0] ?? ''} TC string: ${snap.tcString.slice(0, 300)}`,
    }));
    out.push(makeFinding(ctx, {
      rule: 'consent-signal-before-action', severity: 'violation', text: 'consent-signal-before-action:tcf', vars: {},
      subject: { kind: 'consent', name: 'tcf' }, items, notes: [when], phase: 'before-choice',
    }));
  }
  for (const m of f.consentModeDefaults) {
    const signals = (ctx.consentMode?.defaultGrantedBeforeUpdate ?? []).filter((s) => NEEDS_CONSENT.includes(s)).join(', ');
    const items: EvidenceItem[] = (ctx.consentMode?.history ?? []).filter((h) => h.action === 'default')
      .map((h) => ({ kind: 'signal', t: ctx.rel(h.t), detail: `gtag('consent', 'default', ${JSON.stringify(h.signals)})${h.region ? ` region ${h.region.join(',')}` : ''}${h.applied ? '' : ' (not applied)'}` }));
    out.push(makeFinding(ctx, {
      rule: 'consent-signal-before-action', severity: 'violation', text: 'consent-signal-before-action:consent-mode', vars: { signals },
      subject: { kind: 'consent', name: 'consent-mode' }, items, notes: [m.message, when], phase: 'before-choice',
    }));
  }
  return out;
}

export const consentSignalBeforeAction: Rule = { id: 'consent-signal-before-action', run };
