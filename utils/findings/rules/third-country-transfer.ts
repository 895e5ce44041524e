// Rule 6: IP addresses sent to a company or server outside the EU/EEA without adequacy (warning: safeguards are invisible from outside).
import { requestItem, type Ctx } from '../context.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { thirdParties } from '../third-parties.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const flagged = thirdParties(ctx).filter((tp) => tp.transfer.verdict === 'needs-safeguards');
  if (flagged.length === 0) return out;
  const bySite = groupBy(ctx.requests.filter((r) => r.out.thirdParty), (r) => r.hostFact.site);
  for (const tp of flagged) {
    const reqs = bySite.get(tp.site) ?? [];
    const t = tp.tracker;
    const before = tp.requests['before-choice'];
    out.push(makeFinding(ctx, {
      rule: 'third-country-transfer', severity: 'warning', text: 'third-country-transfer',
      vars: { site: tp.site, transfer: tp.transfer.explanation },
      subject: { kind: 'transfer', host: tp.site, ...(t ? { name: t.company } : {}) },
      idKey: tp.site,
      items: reqs.map(requestItem),
      notes: [
        `Company side: ${t ? `${t.company} (${t.name}), seat ${t.companyCountry}, DPF ${t.dpf ? 'certified' : 'not certified'}` : 'not in the dataset (company unknown)'} → ${tp.transfer.company}.`,
        `Server side: ${tp.serverCountries.length > 0 ? tp.serverCountries.join(', ') : 'no registry country'} (${tp.servers.map((s) => `${s.ip} ${s.country ?? s.kind}`).slice(0, 5).join('; ') || 'no server IP recorded'}) → ${tp.transfer.server}.`,
        ...(tp.parentNote ? [tp.parentNote] : []),
        ...(before > 0 ? [`${before} of these requests happened before the consent choice.`] : []),
        tp.transfer.caveat,
      ],
    }));
  }
  return out;
}

export const thirdCountryTransfer: Rule = { id: 'third-country-transfer', run };
