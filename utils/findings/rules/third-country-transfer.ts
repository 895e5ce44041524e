// Rule 6: IP addresses sent to a company or server outside the EU/EEA without adequacy (warning: safeguards are invisible from outside).
import { requestItem, type Ctx } from '../context.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { ipKindLabel, placeStatusLabel } from '../labels.ts';
import { phrase } from '../phrases.ts';
import { thirdParties } from '../third-parties.ts';
import type { Finding } from '../types.ts';

function run(ctx: Ctx): Finding[] {
  const lang = ctx.lang;
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
        t
          ? phrase(lang, 'companySide', {
            company: t.company, tracker: t.name, country: t.companyCountry, dpf: phrase(lang, t.dpf ? 'dpfCertified' : 'dpfNotCertified'),
            status: placeStatusLabel(tp.transfer.company, lang),
          })
          : phrase(lang, 'companySideUnknown', { status: placeStatusLabel(tp.transfer.company, lang) }),
        phrase(lang, 'serverSide', {
          countries: tp.serverCountries.length > 0 ? tp.serverCountries.join(', ') : phrase(lang, 'noRegistryCountry'),
          servers: tp.servers.map((s) => `${s.ip} ${s.country ?? ipKindLabel(s.kind, lang)}`).slice(0, 5).join('; ') || phrase(lang, 'noServerIp'),
          status: placeStatusLabel(tp.transfer.server, lang),
        }),
        ...(tp.parentNote ? [tp.parentNote] : []),
        ...(before > 0 ? [phrase(lang, 'requestsBeforeChoice', { count: before })] : []),
        tp.transfer.caveat,
      ],
    }));
  }
  return out;
}

export const thirdCountryTransfer: Rule = { id: 'third-country-transfer', run };
