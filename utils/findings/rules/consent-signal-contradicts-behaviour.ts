// Rule 5: consent signals that say "granted" while the visitor rejected, or a stored reject that tracking ignores.
import { requestItem } from '../evidence-items.ts';
import type { Ctx } from '../context.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { actionLabel } from '../labels.ts';
import { phrase } from '../phrases.ts';
import { signalFacts } from '../signals.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const f = signalFacts(ctx);
  const lang = ctx.lang;
  const out: Finding[] = [];
  for (const [host, list] of groupBy(f.googleHits, (g) => g.request.out.host)) {
    const first = list[0];
    if (!first) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'consent-signal-contradicts-behaviour',
        severity: 'violation',
        text: 'consent-signal-contradicts-behaviour:google-hit',
        vars: { host },
        subject: { kind: 'consent', name: 'google-hit', host },
        items: list.map((g) => requestItem(g.request)),
        notes: [first.mismatch.message, ...first.mismatch.evidence.slice(0, -1)],
        phase: 'after-reject',
      }),
    );
  }
  const cr = f.cmpReject;
  if (cr) {
    out.push(
      makeFinding(ctx, {
        rule: 'consent-signal-contradicts-behaviour',
        severity: 'violation',
        text: 'consent-signal-contradicts-behaviour:cmp-reject-tracking',
        vars: { name: `${cr.choice.cmpId}: ${cr.choice.evidence}`.slice(0, 300), count: cr.requests.length },
        subject: { kind: 'consent', name: 'cmp-reject', host: cr.choice.cmpId },
        items: cr.requests.map(requestItem),
        notes: [
          cr.mismatch.message,
          phrase(lang, 'cmpStoredAt', {
            ms: Math.round(ctx.rel(cr.at)),
            choice: ctx.choice ? actionLabel(ctx.choice.action, lang) : phrase(lang, 'noChoice'),
          }),
        ],
      }),
    );
  }
  if (f.tcAfterReject.length > 0) {
    const purposes = Array.from(new Set(f.tcAfterReject.flatMap((s) => s.decoded?.purposeConsents ?? [])))
      .sort((a, b) => a - b)
      .join(', ');
    out.push(
      makeFinding(ctx, {
        rule: 'consent-signal-contradicts-behaviour',
        severity: 'violation',
        text: 'consent-signal-contradicts-behaviour:tcf-vs-choice',
        vars: { purposes },
        subject: { kind: 'consent', name: 'tcf' },
        items: f.tcAfterReject.map((s) => ({
          kind: 'signal',
          t: ctx.rel(s.t),
          detail: phrase(lang, 'tcGrantsDetail', {
            source: phrase(lang, s.source === 'cookie' ? 'tcSourceCookie' : 'tcSourceApi'),
            purposes: s.decoded?.purposeConsents.join(',') ?? '',
            count: s.decoded?.vendorConsentCount ?? 0,
            tcString: s.tcString.slice(0, 300),
          }),
        })),
        notes: [
          phrase(lang, 'rejectedAt', {
            ms: Math.round(ctx.rel(ctx.rejectWindow?.from ?? 0)),
            via: ctx.choice?.via ?? phrase(lang, 'unknownVia'),
          }),
        ],
        phase: 'after-reject',
      }),
    );
  }
  return out;
}

export const consentSignalContradictsBehaviour: Rule = { id: 'consent-signal-contradicts-behaviour', run };
