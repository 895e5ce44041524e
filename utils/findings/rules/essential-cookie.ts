// Rule 10: first-party cookies known as necessary, consent or security cookies, listed as information.
import { cookieItem } from '../evidence-items.ts';
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import { purposeLabel } from '../labels.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.cookies) {
    if (!c.essential || !c.pattern || c.out.thirdParty) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'essential-cookie',
        severity: 'info',
        text: 'essential-cookie',
        vars: {
          name: c.out.name,
          purpose: purposeLabel(c.pattern.purpose, ctx.lang),
          description: c.pattern.description,
        },
        subject: { kind: 'cookie', name: c.out.name, host: c.out.domain },
        items: [cookieItem(c)],
        phase: c.out.phase,
      }),
    );
  }
  return out;
}

export const essentialCookie: Rule = { id: 'essential-cookie', run };
