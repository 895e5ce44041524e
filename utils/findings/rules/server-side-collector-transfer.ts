// Server-side collectors (sGTM, a Meta or Plausible proxy, a first-party Adobe tracking server, self-hosted analytics):
// the browser sends the hits to the site's own server, which may forward them. A warning when the vendor's set-up
// forwards them to a recipient outside the EU/EEA, a note when the onward recipients are not known (a warning when the
// server itself is outside), nothing when the vendor's onward recipient documents no recipient outside the EU/EEA.
// Never a violation on its own: what the server forwards cannot be seen. Consent findings stay with their own rules.
import { requestItem } from '../evidence-items.ts';
import { findingId, groupBy, makeEvidence, type Rule } from '../finding.ts';
import { onwardText } from '../onward-text.ts';
import { phrase } from '../phrases.ts';
import { isServerSideHit, serverSideCollectors } from '../server-side-collectors.ts';
import { serverSideFindingText } from '../server-side-texts.ts';
import type { Finding, Severity } from '../types.ts';

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const serverSideCollectorTransfer: Rule = {
  id: 'server-side-collector-transfer',
  run(ctx) {
    const out: Finding[] = [];
    const reqs = groupBy(ctx.requests.filter(isServerSideHit), (r) => `${r.out.host}|${r.collector?.name ?? ''}`);
    for (const c of serverSideCollectors(ctx)) {
      const t = c.onward.tracker;
      const leaves = t !== null && t.transferCountries.length > 0;
      if (t !== null && !leaves) continue;
      const serverOutside = c.serverCountries.some((code) => {
        const status = ctx.knowledge.countries.legal(code)?.status;
        return status === 'third-country' || status === 'adequate-dpf-only';
      });
      const severity: Severity = leaves || serverOutside || c.transfer === 'needs-safeguards' ? 'warning' : 'info';
      const subject = { kind: 'transfer' as const, host: c.host, name: c.service };
      const items = (reqs.get(`${c.host}|${c.service}`) ?? []).map(requestItem);
      const notes = [
        ...c.evidence.map((evidence) => phrase(ctx.lang, 'collectorSeen', { evidence })),
        `${ctx.lang === 'de' ? 'Quelle der Weiterleitung' : 'Source of the forwarding'}: ${c.onward.source} (${c.onward.checked})`,
      ];
      out.push({
        id: findingId('server-side-collector-transfer', subject, `${slug(c.service)}@${c.host}`),
        rule: 'server-side-collector-transfer',
        severity,
        ...serverSideFindingText(ctx.lang, t ? 'forwards' : 'not-known', {
          host: c.host,
          service: c.service,
          company: t ? `${t.company} (${t.companyCountry})` : '',
          onward: onwardText(ctx.lang, t ? { company: t.company, country: t.companyCountry } : null),
          countries: t ? t.transferCountries.join(', ') : '',
          statement: c.statement,
        }),
        subject,
        evidence: makeEvidence(items, ctx.maxEvidence, notes),
      });
    }
    return out;
  },
};
