// Server-side collectors: hits recognised by request signature on a host no tracker list names (sGTM on a subdomain,
// a proxy). The browser sees only the first server; the onward recipient is stated from the vendor's documented set-up
// (data/collectors.ts `onward`), as likely or not known, never as seen.
import type { CollectorOnward } from '../../data/collectors.ts';
import { recipientChainText } from '../knowledge/recipient-text.ts';
import { ipKindLabel } from '../knowledge/ip-kind-labels.ts';
import type { TransferVerdict } from '../knowledge/transfer-status.ts';
import type { Ctx, RequestFact } from './context.ts';
import { groupBy } from './finding.ts';
import { statementText, type StatementKey } from './server-side-texts.ts';
import type { CollectorOnwardView, ServerPlace, ServerSideCollector, TrackerInfo } from './types.ts';

const cache = new WeakMap<Ctx, ServerSideCollector[]>();

/** A request a collector signature recognised and no tracker list names: what the browser cannot follow further. */
export function isServerSideHit(r: RequestFact): boolean {
  return r.match === null && r.collector !== null && r.out.host !== '';
}

export function serverSideCollectors(ctx: Ctx): ServerSideCollector[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const list = compute(ctx);
  cache.set(ctx, list);
  return list;
}

function onwardTracker(ctx: Ctx, onward: CollectorOnward | undefined): TrackerInfo | null {
  if (!onward || onward.kind !== 'forwards' || !onward.tracker) return null;
  const tracker = ctx.knowledge.trackerById.get(onward.tracker);
  const company = tracker ? ctx.knowledge.companyById.get(tracker.companyId) : undefined;
  return tracker && company ? ctx.trackerInfo({ tracker, company, domain: '' }) : null;
}

function compute(ctx: Ctx): ServerSideCollector[] {
  const out: ServerSideCollector[] = [];
  const hits = ctx.requests.filter(isServerSideHit);
  for (const reqs of groupBy(hits, (r) => `${r.out.host}|${r.collector?.name ?? ''}`).values()) {
    const first = reqs[0];
    if (!first?.collector) continue;
    const onwardData = reqs.find((r) => r.collector?.onward)?.collector?.onward;
    const tracker = onwardTracker(ctx, onwardData);
    const onward: CollectorOnwardView = {
      kind: tracker ? 'forwards' : 'not-known',
      tracker,
      how: (ctx.lang === 'de' ? onwardData?.howDe : onwardData?.how) ?? '',
      source: onwardData?.source ?? '',
      checked: onwardData?.checked ?? '',
    };
    const servers = new Map<string, ServerPlace>();
    for (const r of reqs)
      if (r.place && !servers.has(r.place.ip))
        servers.set(r.place.ip, { ip: r.place.ip, country: r.place.country, kind: r.place.kind });
    const places = Array.from(servers.values()).slice(0, 50);
    const serverCountries = Array.from(
      new Set(places.map((s) => s.country).filter((c): c is string => c !== null)),
    ).sort();
    const server = serverVerdict(ctx, places);
    const transfer: TransferVerdict =
      !tracker || tracker.transferCountries.length > 0 || server.verdict !== 'ok' ? 'unknown' : 'ok';
    const counts = { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0, total: reqs.length };
    for (const r of reqs) counts[r.out.phase]++;
    const item: Omit<ServerSideCollector, 'statement'> = {
      host: first.out.host,
      site: first.hostFact.site,
      thirdParty: first.out.thirdParty,
      service: first.collector.name,
      signatures: Array.from(new Set(reqs.map((r) => r.collector?.id ?? ''))).filter(Boolean),
      evidence: Array.from(new Set(reqs.map((r) => r.collector?.evidence ?? ''))).filter(Boolean),
      servers: places,
      serverCountries,
      onward,
      transfer: server.verdict === 'needs-safeguards' ? 'needs-safeguards' : transfer,
      requests: counts,
    };
    out.push({ ...item, statement: statementOf(ctx, item, server.status) });
  }
  return out.sort((a, b) => b.requests.total - a.requests.total || a.host.localeCompare(b.host));
}

/** The server side only (the browser's own view): the worst registry country of the servers the browser talked to. */
function serverVerdict(ctx: Ctx, places: readonly ServerPlace[]): { verdict: TransferVerdict; status: string } {
  const countries = Array.from(new Set(places.map((p) => p.country)));
  const statuses = countries.map((c) => ctx.knowledge.countries.legal(c)?.status ?? null);
  const list = countries.filter((c): c is string => c !== null).join(', ');
  const say = (key: StatementKey): string => statementText(ctx.lang, key, { countries: list });
  if (statuses.includes('third-country')) return { verdict: 'needs-safeguards', status: say('third-country') };
  if (statuses.length === 0 || statuses.includes(null)) return { verdict: 'unknown', status: say('unknown') };
  if (statuses.includes('adequate-dpf-only')) return { verdict: 'unknown', status: say('us') };
  return { verdict: 'ok', status: say(statuses.includes('adequate') ? 'adequate' : 'eea') };
}

function statementOf(ctx: Ctx, c: Omit<ServerSideCollector, 'statement'>, status: string): string {
  const lang = ctx.lang;
  const servers =
    c.servers
      .slice(0, 5)
      .map((s) => `${s.ip} ${s.country ?? ipKindLabel(s.kind, lang)}`)
      .join('; ') || statementText(lang, 'noServer');
  const lead = statementText(lang, 'lead', { service: c.service, host: c.host, servers, status });
  const t = c.onward.tracker;
  const src = { how: c.onward.how, source: c.onward.source };
  if (!t) return `${lead} ${statementText(lang, 'notKnown', src)}`;
  const company = ctx.knowledge.trackerById.get(t.id);
  const model = company ? ctx.knowledge.companyById.get(company.companyId) : undefined;
  const chain = model ? recipientChainText(ctx.knowledge.recipients(model), lang) : t.company;
  return t.transferCountries.length > 0
    ? `${lead} ${statementText(lang, 'forwards', { chain, countries: t.transferCountries.join(', '), ...src })}`
    : `${lead} ${statementText(lang, 'forwardsEea', { chain, ...src })}`;
}
