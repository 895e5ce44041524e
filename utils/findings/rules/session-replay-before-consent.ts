// Session-replay services that can record keystrokes in form fields (data/session-replay.ts), loaded before the
// visitor's choice or after a reject: one finding per service and phase, with what the vendor documents about masking.
import { SESSION_REPLAY } from '../../../data/session-replay.ts';
import { requestItem } from '../evidence-items.ts';
import type { RequestFact } from '../context.ts';
import { findingId, groupBy, makeEvidence, type Rule } from '../finding.ts';
import { MASKING_NOT_KNOWN, sessionReplayText } from '../session-replay-texts.ts';
import type { Finding } from '../types.ts';

type Phase = 'before-choice' | 'after-reject';

export const sessionReplayBeforeConsent: Rule = {
  id: 'session-replay-before-consent',
  run(ctx) {
    const hits = ctx.requests.filter(
      (r): r is RequestFact & { match: NonNullable<RequestFact['match']> } =>
        r.out.thirdParty &&
        (r.out.phase === 'before-choice' || r.out.phase === 'after-reject') &&
        r.match !== null &&
        r.match.tracker.category === 'session-replay' &&
        r.match.tracker.id in SESSION_REPLAY,
    );
    const out: Finding[] = [];
    for (const [key, list] of groupBy(hits, (r) => `${r.match.tracker.id}|${r.out.phase}`)) {
      const first = list[0];
      if (!first) continue;
      const m = first.match;
      const phase = first.out.phase as Phase;
      const fact = SESSION_REPLAY[m.tracker.id];
      const masking = fact?.inputMasking
        ? ((ctx.lang === 'de' ? fact.de : fact.en) ?? '')
        : MASKING_NOT_KNOWN[ctx.lang];
      const hosts = Array.from(new Set(list.map((r) => r.out.host)));
      const subject = { kind: 'request' as const, host: hosts[0] ?? '', name: m.tracker.name };
      const notes = [
        `${ctx.lang === 'de' ? 'Eingabe-Maskierung laut Hersteller' : 'Input masking as documented'}: ${fact?.inputMasking ?? (ctx.lang === 'de' ? 'nicht bekannt' : 'not known')}`,
        ...(fact?.source ? [`${ctx.lang === 'de' ? 'Quelle' : 'Source'}: ${fact.source} (${fact.checked ?? ''})`] : []),
      ];
      out.push({
        id: findingId('session-replay-before-consent', subject, key),
        rule: 'session-replay-before-consent',
        severity: 'violation',
        ...sessionReplayText(ctx.lang, phase, {
          tracker: m.tracker.name,
          host: hosts.join(', '),
          company: m.company.name,
          masking,
        }),
        subject,
        evidence: makeEvidence(list.map(requestItem), ctx.maxEvidence, notes),
        phase,
      });
    }
    return out;
  },
};
