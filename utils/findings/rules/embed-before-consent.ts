// Rule 7: fonts, video and map embeds loaded from the provider before the visitor's choice, one finding per service.
import { EMBED_CATEGORIES, type Ctx } from '../context.ts';
import { requestItem } from '../evidence-items.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { phrase } from '../phrases.ts';
import type { TextKey } from '../texts.ts';
import type { Finding } from '../types.ts';

function textOf(category: string): TextKey {
  if (category === 'fonts') return 'embed-before-consent:fonts';
  if (category === 'maps') return 'embed-before-consent:maps';
  return 'embed-before-consent:video';
}

function run(ctx: Ctx): Finding[] {
  const hits = ctx.requests.filter(
    (r) =>
      r.out.thirdParty &&
      r.out.phase === 'before-choice' &&
      r.consentTracker &&
      r.match !== null &&
      EMBED_CATEGORIES.has(r.match.tracker.category),
  );
  const out: Finding[] = [];
  for (const [id, list] of groupBy(hits, (r) => r.match?.tracker.id ?? '')) {
    const m = list[0]?.match;
    if (!m) continue;
    const hosts = Array.from(new Set(list.map((r) => r.out.host)));
    out.push(
      makeFinding(ctx, {
        rule: 'embed-before-consent',
        severity: 'violation',
        text: textOf(m.tracker.category),
        vars: { tracker: m.tracker.name, host: hosts.join(', '), company: m.company.name, count: list.length },
        subject: { kind: 'request', host: hosts[0] ?? '', name: m.tracker.name },
        idKey: id,
        items: list.map(requestItem),
        notes: [
          phrase(ctx.lang, 'hosts', { hosts: hosts.join(', ') }),
          m.company.parentCountry
            ? phrase(ctx.lang, 'companySeatParent', {
                company: m.company.name,
                country: m.company.country,
                parentCountry: m.company.parentCountry,
              })
            : phrase(ctx.lang, 'companySeat', { company: m.company.name, country: m.company.country }),
        ],
        phase: 'before-choice',
      }),
    );
  }
  return out;
}

export const embedBeforeConsent: Rule = { id: 'embed-before-consent', run };
