// A tracker request the browser says never left (a CSP block, no address: RequestEntry.notSent), before the choice or
// after a reject: a warning that the tag is in the page, never a violation (nothing reached the tracker).
import type { RequestFact } from '../context.ts';
import { blockedAttemptText } from '../blocked-attempt-texts.ts';
import { requestItem } from '../evidence-items.ts';
import { findingId, groupBy, makeEvidence, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import type { Finding } from '../types.ts';
import { isTrackingRequest } from './tracking-request-before-choice.ts';

type Phase = 'before-choice' | 'after-reject';

const judged = (r: RequestFact): boolean =>
  (r.out.phase === 'before-choice' || r.out.phase === 'after-reject') && isTrackingRequest(r);

export const blockedTrackerAttempt: Rule = {
  id: 'blocked-tracker-attempt',
  run(ctx) {
    const out: Finding[] = [];
    for (const [key, list] of groupBy(ctx.notSent.filter(judged), (r) => `${r.out.host}|${r.out.phase}`)) {
      const first = list[0];
      if (!first) continue;
      const phase = first.out.phase as Phase;
      const host = first.out.host;
      const tracker = first.match?.tracker.name ?? first.collector?.name ?? host;
      const reasons = Array.from(new Set(list.map((r) => r.out.notSent ?? '')));
      const subject = { kind: 'request' as const, host, name: tracker };
      out.push({
        id: findingId('blocked-tracker-attempt', subject, key),
        rule: 'blocked-tracker-attempt',
        severity: 'warning',
        ...blockedAttemptText(ctx.lang, phase, {
          tracker,
          host,
          company: first.match?.company.name ?? phrase(ctx.lang, 'siteOperator'),
          count: list.length,
          reasons: reasons.join(', '),
        }),
        subject,
        evidence: makeEvidence(list.map(requestItem), ctx.maxEvidence),
        phase,
      });
    }
    return out;
  },
};
