// The company whose data a request carries, for the transfer assessment: the matched tracker's, else the company the
// naming layers give the host when the project's cited data knows its seat (data/companies.ts, data/entities.ts).
// Without the second, a host only third-party-web names (2mdn.net: Google Ireland, US parent) read "company unknown"
// beside a row naming the Irish company, so an EEA-registered server made the transfer look like no transfer at all.
import { ENTITIES } from '../../data/entities.ts';
import type { Company } from '../../data/types.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Ctx, RequestFact } from './context.ts';

const perCtx = new WeakMap<Ctx, Map<string, Company | null>>();

/** The cited company the naming layers give `host` (no own tracker), null when none or its seat is not known. */
export function namedCompany(knowledge: Knowledge, host: string): Company | null {
  const n = host ? knowledge.names.name(host) : null;
  if (!n || n.layer !== 'third-party-web') return null;
  // A CDN or hosting platform serves tenants: it is not who a tenant forwards to, so it vouches for no recipient.
  if (n.category === 'cdn' || n.category === 'hosting') return null;
  if (n.companyId) return knowledge.companyById.get(n.companyId) ?? null;
  const facts = Object.hasOwn(ENTITIES, n.service) ? ENTITIES[n.service] : undefined;
  // Only a seat read from a cited page counts; third-party-web's own company name carries no country.
  if (!facts?.country || !n.country) return null;
  return {
    id: `entity:${n.service}`,
    name: n.company,
    brand: n.service,
    country: n.country,
    ...(n.parent ? { parent: n.parent } : {}),
    ...(n.parentCountry ? { parentCountry: n.parentCountry } : {}),
    source: facts.source,
    checked: facts.checked,
  };
}

/** The named company of a host no tracker matches (memoised per analysis and host). */
export function hostCompany(ctx: Ctx, host: string): Company | null {
  let byHost = perCtx.get(ctx);
  if (!byHost) perCtx.set(ctx, (byHost = new Map()));
  let c = byHost.get(host);
  if (c === undefined) byHost.set(host, (c = namedCompany(ctx.knowledge, host)));
  return c;
}

/** The transfer's company of one request: its tracker's, else the named company of its host. */
export function transferCompany(ctx: Ctx, r: RequestFact): Company | null {
  return r.match ? r.match.company : hostCompany(ctx, r.out.host);
}
