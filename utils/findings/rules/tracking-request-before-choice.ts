// Rule 1: requests to consent-needing trackers before the visitor's choice (embeds are rule embed-before-consent),
// including collectors recognised by request signature on the site's own hosts.
import { EMBED_CATEGORIES, type Ctx, type RequestFact } from '../context.ts';
import { requestItem } from '../evidence-items.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { categoryLabel } from '../labels.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';

/** A known third-party tracker (not an embed), or an identifying collector by signature on any host. */
export function isTrackingRequest(r: RequestFact): boolean {
  if (!r.consentTracker) return false;
  if (r.match !== null) return r.out.thirdParty && !EMBED_CATEGORIES.has(r.match.tracker.category);
  return r.collector?.needsConsent === true;
}

function run(ctx: Ctx): Finding[] {
  const hits = ctx.requests.filter((r) => r.out.phase === 'before-choice' && isTrackingRequest(r));
  const out: Finding[] = [];
  for (const [host, list] of groupBy(hits, (r) => r.out.host)) {
    const first = list[0];
    if (!first) continue;
    const names = Array.from(new Set(list.map((r) => r.match?.tracker.name ?? r.collector?.name ?? '')));
    const collectors = Array.from(
      new Set(list.flatMap((r) => (r.match === null && r.collector ? [r.collector.evidence] : []))),
    );
    const category = first.match
      ? categoryLabel(first.match.tracker.category, ctx.lang)
      : categoryLabel('analytics', ctx.lang);
    out.push(
      makeFinding(ctx, {
        rule: 'tracking-request-before-choice',
        severity: 'violation',
        text: 'tracking-request-before-choice',
        vars: {
          tracker: names.join(', '),
          host,
          company: first.match?.company.name ?? phrase(ctx.lang, 'siteOperator'),
          category,
          count: list.length,
        },
        subject: { kind: 'request', host, name: first.match?.tracker.name ?? first.collector?.name ?? host },
        idKey: host,
        items: list.map(requestItem),
        notes: [
          ...collectors.map((evidence) => phrase(ctx.lang, 'collectorSeen', { evidence })),
          ...(ctx.choice ? [] : [phrase(ctx.lang, 'everyRequestBefore')]),
        ],
        phase: 'before-choice',
      }),
    );
  }
  return out;
}

export const trackingRequestBeforeChoice: Rule = { id: 'tracking-request-before-choice', run };
