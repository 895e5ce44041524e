// Rule 4: consent signals that grant before the visitor acted (TCF purpose consents, Consent Mode defaults "granted").
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import { signalFacts } from '../signals.ts';
import type { EvidenceItem, Finding } from '../types.ts';

/**
 * Signals that need consent; functionality/security storage may
 * default to granted (same list as utils/consent/signals.ts).
 */
const NEEDS_CONSENT: readonly string[] = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'];

function run(ctx: Ctx): Finding[] {
  const f = signalFacts(ctx);
  const out: Finding[] = [];
  const lang = ctx.lang;
  const when = ctx.choice
    ? phrase(lang, 'choiceRecordedAt', { ms: Math.round(ctx.rel(ctx.choice.at)) })
    : phrase(lang, 'noChoiceRecorded');
  if (f.tcBeforeAction.length > 0) {
    const items: EvidenceItem[] = f.tcBeforeAction.map(({ snap, mismatch }) => ({
      kind: 'signal',
      t: ctx.rel(snap.t),
      detail: phrase(lang, 'tcDetail', {
        source: phrase(lang, snap.source === 'cookie' ? 'tcSourceCookie' : 'tcSourceApi'),
        message: mismatch.message,
        evidence: mismatch.evidence[0] ?? '',
        tcString: snap.tcString.slice(0, 300),
      }),
    }));
    out.push(
      makeFinding(ctx, {
        rule: 'consent-signal-before-action',
        severity: 'violation',
        text: 'consent-signal-before-action:tcf',
        vars: {},
        subject: { kind: 'consent', name: 'tcf' },
        items,
        notes: [when],
        phase: 'before-choice',
      }),
    );
  }
  for (const m of f.consentModeDefaults) {
    const signals = (ctx.consentMode?.defaultGrantedBeforeUpdate ?? [])
      .filter((s) => NEEDS_CONSENT.includes(s))
      .join(', ');
    const items: EvidenceItem[] = (ctx.consentMode?.history ?? [])
      .filter((h) => h.action === 'default')
      .map((h) => ({
        kind: 'signal',
        t: ctx.rel(h.t),
        detail: `gtag('consent', 'default', ${JSON.stringify(h.signals)})${h.region ? phrase(lang, 'gtagRegion', { regions: h.region.join(',') }) : ''}${h.applied ? '' : phrase(lang, 'gtagNotApplied')}`,
      }));
    out.push(
      makeFinding(ctx, {
        rule: 'consent-signal-before-action',
        severity: 'violation',
        text: 'consent-signal-before-action:consent-mode',
        vars: { signals },
        subject: { kind: 'consent', name: 'consent-mode' },
        items,
        notes: [m.message, when],
        phase: 'before-choice',
      }),
    );
  }
  return out;
}

export const consentSignalBeforeAction: Rule = { id: 'consent-signal-before-action', run };
