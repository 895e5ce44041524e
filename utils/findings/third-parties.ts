// Third parties grouped by registrable domain: trackers, servers and their countries, transfer assessment, counts.
import { hostInfo } from '../url/party.ts';
import type { TransferAssessment, TransferVerdict } from '../knowledge/transfer-status.ts';
import { worstBasis } from '../knowledge/recipients.ts';
import { recipientChainText } from '../knowledge/recipient-text.ts';
import type { Ctx, RequestFact } from './context.ts';
import { groupBy } from './finding.ts';
import { phrase } from './phrases.ts';
import { transferCompany } from './transfer-company.ts';
import type { ServerPlace, ThirdParty, ThirdPartyCompany, TrackerInfo } from './types.ts';
import { unknownTracking } from './unknown-tracking.ts';

const RANK: Readonly<Record<TransferVerdict, number>> = { ok: 0, unknown: 1, 'needs-safeguards': 2 };
const EEA_LIKE = new Set(['eea', 'adequate']);
const cache = new WeakMap<Ctx, ThirdParty[]>();

export function thirdParties(ctx: Ctx): ThirdParty[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const list = compute(ctx);
  cache.set(ctx, list);
  return list;
}

function compute(ctx: Ctx): ThirdParty[] {
  const unknown = unknownTracking(ctx);
  const cookiesBySite = groupBy(
    ctx.cookies.filter((c) => c.entry.party === 'third'),
    (c) => siteOf(ctx, c.entry.domain),
  );
  const out: ThirdParty[] = [];
  for (const [site, reqs] of groupBy(
    ctx.requests.filter((r) => r.out.thirdParty && r.out.host !== ''),
    (r) => r.hostFact.site,
  )) {
    const hosts = Array.from(new Set(reqs.map((r) => r.out.host)));
    const trackerCounts = new Map<string, { info: TrackerInfo; n: number }>();
    for (const r of reqs) {
      if (!r.match) continue;
      const info = ctx.trackerInfo(r.match);
      const e = trackerCounts.get(info.id);
      if (e) e.n++;
      else trackerCounts.set(info.id, { info, n: 1 });
    }
    const ranked = Array.from(trackerCounts.values()).sort((a, b) => b.n - a.n);
    const primary = ranked[0]?.info ?? null;
    const servers = new Map<string, ServerPlace>();
    for (const r of reqs)
      if (r.place && !servers.has(r.place.ip))
        servers.set(r.place.ip, { ip: r.place.ip, country: r.place.country, kind: r.place.kind });
    const counts = { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0, total: reqs.length };
    for (const r of reqs) counts[r.out.phase]++;
    const transfer = worstTransfer(ctx, reqs);
    const u = unknown.get(site);
    out.push({
      site,
      hosts,
      tracker: primary,
      trackers: ranked.map((x) => x.info),
      company: companyOf(ctx, primary, reqs),
      servers: Array.from(servers.values()).slice(0, 50),
      serverCountries: Array.from(
        new Set(
          Array.from(servers.values())
            .map((s) => s.country)
            .filter((c): c is string => c !== null),
        ),
      ).sort(),
      transfer,
      parentNote: parentNote(ctx, primary),
      requests: counts,
      cookies: Array.from(new Set((cookiesBySite.get(site) ?? []).map((c) => c.entry.name))),
      unknownTracking: u && u.reasons.length > 0 ? { reasons: u.reasons } : null,
    });
  }
  return out.sort((a, b) => b.requests.total - a.requests.total || a.site.localeCompare(b.site));
}

/**
 * The own tracker's company; else the first host (most requests
 * first) third-party-web names: never "unknown" when it knows it.
 */
function companyOf(ctx: Ctx, primary: TrackerInfo | null, reqs: readonly RequestFact[]): ThirdPartyCompany | null {
  if (primary) {
    return {
      name: primary.company,
      country: primary.companyCountry,
      parent: primary.parent,
      parentCountry: primary.parentCountry,
      service: primary.name,
      source: 'own',
    };
  }
  const perHost = new Map<string, number>();
  for (const r of reqs) perHost.set(r.out.host, (perHost.get(r.out.host) ?? 0) + 1);
  const hosts = Array.from(perHost)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([h]) => h);
  for (const host of hosts) {
    const n = ctx.knowledge.names.name(host);
    if (!n) continue;
    return {
      name: n.company,
      country: n.country,
      parent: n.parent,
      parentCountry: n.parentCountry,
      service: n.service,
      source: n.layer,
    };
  }
  return null;
}

function siteOf(ctx: Ctx, domain: string): string {
  return ctx.hosts.get(domain)?.site ?? hostInfo(domain).site;
}

/**
 * Every company × server place in the group; the worst verdict is the group's. A request without an IP (cache, error,
 * aborted beacon) is left out only when one to the same host for the same company had an address: it never drops a
 * company, and a host never seen with an address reads "server location unknown", not another host's EEA.
 */
function worstTransfer(ctx: Ctx, reqs: readonly RequestFact[]): TransferAssessment {
  const seen = new Set<string>();
  let worst: TransferAssessment | null = null;
  const located = new Set<string>();
  for (const r of reqs) if (r.place) located.add(`${r.out.host}|${transferCompany(ctx, r)?.id ?? ''}`);
  for (const r of reqs) {
    // The tracker's company, else the cited company the naming layers give the host (the one its row shows).
    const company = transferCompany(ctx, r);
    if (!r.place && located.has(`${r.out.host}|${company?.id ?? ''}`)) continue;
    const key = `${company?.id ?? ''}|${r.place?.country ?? ''}|${r.place?.kind ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = r.place?.kind;
    const model = company ? ctx.knowledge.recipients(company) : null;
    const a = ctx.knowledge.transferStatus(
      {
        companyCountry: company?.country ?? null,
        companyDpfCertified: model ? model.dpf : null,
        serverCountry: r.place?.country ?? null,
        ...(kind && kind !== 'unknown' ? { serverKind: kind } : {}),
        recipients: model ? { basis: worstBasis(model.destinations), text: recipientChainText(model, ctx.lang) } : null,
      },
      ctx.lang,
    );
    if (!worst || RANK[a.verdict] > RANK[worst.verdict]) worst = a;
  }
  return (
    worst ??
    ctx.knowledge.transferStatus({ companyCountry: null, companyDpfCertified: null, serverCountry: null }, ctx.lang)
  );
}

function parentNote(ctx: Ctx, t: TrackerInfo | null): string | null {
  if (!t?.parentCountry || t.parentCountry === t.companyCountry) return null;
  const own = ctx.knowledge.countries.legal(t.companyCountry);
  const parent = ctx.knowledge.countries.legal(t.parentCountry);
  if (!own || !EEA_LIKE.has(own.status) || (parent && EEA_LIKE.has(parent.status))) return null;
  const name = (code: string): string => ctx.knowledge.countries.name(code, ctx.lang);
  return phrase(ctx.lang, t.dpf === true ? 'parentNoteDpf' : 'parentNote', {
    company: t.company,
    country: name(own.code),
    parent: t.parent ?? phrase(ctx.lang, 'parentUnnamed'),
    parentCountry: parent ? name(parent.code) : t.parentCountry,
  });
}
