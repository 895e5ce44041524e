// Rule 12: a consent stored by an earlier visit was in force
// from the start: the before-choice phase was not observable.
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const s = ctx.storedConsentAtStart;
  if (!s) return [];
  return [
    makeFinding(ctx, {
      rule: 'stored-consent-at-start',
      severity: 'info',
      text: 'stored-consent-at-start',
      vars: { name: s.detail },
      subject: { kind: 'consent', name: 'stored-consent' },
      items: [{ kind: 'signal', t: ctx.choice ? ctx.rel(ctx.choice.at) : null, detail: s.detail }],
      notes: [phrase(ctx.lang, 'beforeChoiceRulesSkipped')],
    }),
  ];
}

export const storedConsentAtStart: Rule = { id: 'stored-consent-at-start', run };
