// Rule 6: personal data reaches a recipient or server outside the EU/EEA. Severity follows the Chapter V basis:
// info when an adequacy decision or a DPF certification covers every destination, warning when the DPF status is not
// known (or only the server/seat is outside and safeguards are invisible), violation when no basis is known at all.
import { worstBasis, type Destination, type TransferBasis } from '../../knowledge/recipients.ts';
import { requestItem } from '../evidence-items.ts';
import type { Company } from '../../../data/types.ts';
import type { Ctx } from '../context.ts';
import { groupBy, makeFinding, type Rule } from '../finding.ts';
import { ipKindLabel, placeStatusLabel } from '../labels.ts';
import { phrase } from '../phrases.ts';
import { thirdParties } from '../third-parties.ts';
import { hostCompany } from '../transfer-company.ts';
import type { TransferTextKey } from '../transfer-texts.ts';
import type { Finding, Severity, ThirdParty, TrackerInfo } from '../types.ts';

/** Companies of the group's hosts no tracker matches that the naming layers tie to cited data (transfer-company.ts). */
function namedCompanies(ctx: Ctx, tp: ThirdParty): Company[] {
  const out = new Map<string, Company>();
  for (const host of tp.hosts) {
    // A host with no host-level match has no path match either (path rules hang off a host's match).
    const c = ctx.hosts.get(host)?.match ? null : hostCompany(ctx, host);
    if (c && !out.has(c.id)) out.set(c.id, c);
  }
  return Array.from(out.values());
}

function destinationsOf(ctx: Ctx, tp: ThirdParty, named: readonly Company[]): Destination[] {
  const out: Destination[] = [];
  for (const t of tp.trackers) for (const d of t.destinations) out.push(d);
  for (const c of named) for (const d of ctx.knowledge.recipients(c).destinations) out.push(d);
  return out;
}

// A server registered in the US is outside the EEA whatever is known of a DPF certification: undecided, not EU.
function usServerUncovered(ctx: Ctx, tp: ThirdParty): boolean {
  return (
    tp.transfer.verdict !== 'ok' &&
    tp.serverCountries.some((c) => ctx.knowledge.countries.legal(c)?.status === 'adequate-dpf-only')
  );
}

function classify(
  ctx: Ctx,
  tp: ThirdParty,
  basis: TransferBasis | null,
): { severity: Severity; text: TransferTextKey } | null {
  if (basis === 'none') return { severity: 'violation', text: 'third-country-transfer:no-basis' };
  if (basis === 'not-known') return { severity: 'warning', text: 'third-country-transfer:not-known' };
  if (tp.transfer.verdict === 'needs-safeguards' || usServerUncovered(ctx, tp))
    return { severity: 'warning', text: 'third-country-transfer' };
  if (basis !== null) return { severity: 'info', text: 'third-country-transfer:covered' };
  return null;
}

const BASIS_PHRASE = {
  adequacy: 'basisAdequacy',
  dpf: 'basisDpf',
  none: 'basisNone',
  'not-known': 'basisNotKnown',
} as const;

function dpfWord(dpf: boolean | null): 'dpfCertified' | 'dpfNotCertified' | 'dpfNotKnown' {
  return dpf === true ? 'dpfCertified' : dpf === false ? 'dpfNotCertified' : 'dpfNotKnown';
}

function run(ctx: Ctx): Finding[] {
  const lang = ctx.lang;
  const out: Finding[] = [];
  const flagged = thirdParties(ctx)
    .map((tp) => ({ tp, named: namedCompanies(ctx, tp) }))
    .map((x) => ({ ...x, destinations: destinationsOf(ctx, x.tp, x.named) }))
    .map((x) => ({ ...x, kind: classify(ctx, x.tp, worstBasis(x.destinations)) }));
  if (!flagged.some((x) => x.kind)) return out;
  const bySite = groupBy(
    ctx.requests.filter((r) => r.out.thirdParty),
    (r) => r.hostFact.site,
  );
  for (const { tp, named, destinations, kind } of flagged) {
    if (!kind) continue;
    const reqs = bySite.get(tp.site) ?? [];
    const t = tp.tracker;
    // Without a tracker, the company side is the named company the transfer was assessed on (its row's company).
    const side = t ?? namedSide(ctx, tp, named[0]);
    const before = tp.requests['before-choice'];
    const countries = Array.from(new Set(destinations.map((d) => d.country))).sort();
    const covered = destinations.every((d) => d.basis === 'dpf') ? 'EU-US DPF' : phrase(lang, 'adequacyBasis');
    out.push(
      makeFinding(ctx, {
        rule: 'third-country-transfer',
        severity: kind.severity,
        text: kind.text,
        vars: {
          site: tp.site,
          transfer: tp.transfer.explanation,
          company: side?.company ?? tp.site,
          countries: countries.join(', ') || tp.serverCountries.join(', '),
          basis: covered,
        },
        subject: { kind: 'transfer', host: tp.site, ...(side ? { name: side.company } : {}) },
        idKey: tp.site,
        items: reqs.map(requestItem),
        notes: [
          side
            ? phrase(lang, 'companySide', {
                company: side.company,
                tracker: side.name,
                country: side.companyCountry,
                dpf: phrase(lang, dpfWord(side.dpf)),
                status: placeStatusLabel(tp.transfer.company, lang),
              })
            : phrase(lang, 'companySideUnknown', { status: placeStatusLabel(tp.transfer.company, lang) }),
          phrase(lang, 'serverSide', {
            countries:
              tp.serverCountries.length > 0 ? tp.serverCountries.join(', ') : phrase(lang, 'noRegistryCountry'),
            servers:
              tp.servers
                .map((s) => `${s.ip} ${s.country ?? ipKindLabel(s.kind, lang)}`)
                .slice(0, 5)
                .join('; ') || phrase(lang, 'noServerIp'),
            status: placeStatusLabel(tp.transfer.server, lang),
          }),
          ...destinations.map((d) =>
            phrase(
              lang,
              ctx.knowledge.countries.legal(d.country)?.status === 'adequate-dpf-only'
                ? 'destinationNoteDpf'
                : 'destinationNote',
              {
                country: d.country,
                recipients: d.recipients.join(', ') || '-',
                basis: phrase(lang, BASIS_PHRASE[d.basis]),
                dpf: phrase(lang, dpfWord(d.dpf)),
                // The day each source was read: a certification that is not renewed lapses.
                sources:
                  d.dpfSources
                    .map((source, i) => phrase(lang, 'dpfSourceRead', { source, date: d.dpfChecked[i] ?? '?' }))
                    .join('; ') || phrase(lang, 'noDpfSource'),
              },
            ),
          ),
          ...(tp.parentNote ? [tp.parentNote] : []),
          ...(before > 0 ? [phrase(lang, 'requestsBeforeChoice', { count: before })] : []),
          tp.transfer.caveat,
        ],
      }),
    );
  }
  return out;
}

/** The company-side facts of a named company, in the shape the notes read from a tracker. */
function namedSide(
  ctx: Ctx,
  tp: ThirdParty,
  c: Company | undefined,
): Pick<TrackerInfo, 'company' | 'name' | 'companyCountry' | 'dpf'> | null {
  if (!c) return null;
  return {
    company: c.name,
    name: tp.company?.name === c.name ? tp.company.service : c.brand,
    companyCountry: c.country,
    dpf: ctx.knowledge.recipients(c).dpf,
  };
}

export const thirdCountryTransfer: Rule = { id: 'third-country-transfer', run };
