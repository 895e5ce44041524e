// Rule 9: third parties missing from the dataset that receive or store identifier-like values.
import { cookieItem, requestItem } from '../evidence-items.ts';
import type { Ctx } from '../context.ts';
import { makeFinding, type Rule } from '../finding.ts';
import type { Finding } from '../types.ts';
import { unknownTracking } from '../unknown-tracking.ts';

function run(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const u of unknownTracking(ctx).values()) {
    // Only constants (same in every fresh profile, not random-looking): information, not tracking (README "Findings")
    const onlySame = u.reasons.length === 0;
    if (onlySame && u.downgraded.length === 0) continue;
    const phases = new Set(u.requests.map((r) => r.out.phase));
    const phase = phases.size === 1 ? u.requests[0]?.out.phase : undefined;
    out.push(
      makeFinding(ctx, {
        rule: 'unknown-third-party-tracking',
        severity: onlySame ? 'info' : 'warning',
        text: onlySame ? 'unknown-third-party-tracking:same-in-all' : 'unknown-third-party-tracking',
        vars: { site: u.site, reasons: (onlySame ? u.downgraded : u.reasons).join('; ') },
        subject: { kind: 'request', host: u.site },
        idKey: u.site,
        items: [...u.requests.map(requestItem), ...u.cookies.map(cookieItem)],
        notes: [...u.reasons, ...u.confirmed, ...u.sameRandom, ...u.downgraded],
        ...(phase ? { phase } : {}),
      }),
    );
  }
  return out;
}

export const unknownThirdPartyTracking: Rule = { id: 'unknown-third-party-tracking', run };
