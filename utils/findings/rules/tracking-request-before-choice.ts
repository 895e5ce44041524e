// Rule 1: requests to consent-needing trackers before the visitor's choice (embeds are rule embed-before-consent).
import { EMBED_CATEGORIES, requestItem, type Ctx } from '../context.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { categoryLabel } from '../labels.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const hits = ctx.requests.filter((r) => r.consentTracker && r.out.thirdParty && r.out.phase === 'before-choice'
    && r.match !== null && !EMBED_CATEGORIES.has(r.match.tracker.category));
  const out: Finding[] = [];
  for (const [host, list] of groupBy(hits, (r) => r.out.host)) {
    const first = list[0];
    if (!first?.match) continue;
    const names = Array.from(new Set(list.map((r) => r.match?.tracker.name ?? '')));
    out.push(makeFinding(ctx, {
      rule: 'tracking-request-before-choice', severity: 'violation', text: 'tracking-request-before-choice',
      vars: { tracker: names.join(', '), host, company: first.match.company.name, category: categoryLabel(first.match.tracker.category, ctx.lang), count: list.length },
      subject: { kind: 'request', host, name: first.match.tracker.name },
      idKey: host,
      items: list.map(requestItem),
      notes: ctx.choice ? [] : [phrase(ctx.lang, 'everyRequestBefore')],
      phase: 'before-choice',
    }));
  }
  return out;
}

export const trackingRequestBeforeChoice: Rule = { id: 'tracking-request-before-choice', run };
