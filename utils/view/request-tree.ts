// Requests grouped by site then host, and that tree flattened into rows for one virtual list.
import type { Party } from '../url/party.ts';
import { phaseOf, zeroPhases, type PhaseCounts } from '../record/phase.ts';
import type { Choice, RequestEntry } from '../record/record.ts';

export interface TypeCount {
  type: string;
  count: number;
}

export interface HostGroup {
  host: string;
  site: string;
  party: Party;
  count: number;
  types: TypeCount[];
  phases: PhaseCounts;
  requests: RequestEntry[];
}

export interface SiteGroup {
  site: string;
  party: Party;
  count: number;
  types: TypeCount[];
  phases: PhaseCounts;
  hosts: HostGroup[];
}

function typeCounts(m: Map<string, number>): TypeCount[] {
  return [...m]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** Requests grouped by site then host; first party first, then by request count. Requests keep their time order. */
export function groupRequests(requests: readonly RequestEntry[], choice: Choice | null = null): SiteGroup[] {
  interface Acc {
    site: string;
    party: Party;
    count: number;
    types: Map<string, number>;
    phases: PhaseCounts;
    hosts: Map<string, { g: HostGroup; types: Map<string, number> }>;
  }
  const sites = new Map<string, Acc>();
  for (const r of requests) {
    const siteKey = r.site || r.host || '(no host)';
    let s = sites.get(siteKey);
    if (!s) {
      s = { site: siteKey, party: r.party, count: 0, types: new Map(), phases: zeroPhases(), hosts: new Map() };
      sites.set(siteKey, s);
    }
    const phase = phaseOf(r.t, choice);
    s.count += 1;
    s.phases[phase] += 1;
    s.types.set(r.type, (s.types.get(r.type) ?? 0) + 1);
    const hostKey = r.host || '(no host)';
    let h = s.hosts.get(hostKey);
    if (!h) {
      h = {
        g: { host: hostKey, site: siteKey, party: r.party, count: 0, types: [], phases: zeroPhases(), requests: [] },
        types: new Map(),
      };
      s.hosts.set(hostKey, h);
    }
    h.g.count += 1;
    h.g.phases[phase] += 1;
    h.g.requests.push(r);
    h.types.set(r.type, (h.types.get(r.type) ?? 0) + 1);
  }
  const byParty = (a: { party: Party; count: number }, b: { party: Party; count: number }): number =>
    (a.party === b.party ? 0 : a.party === 'first' ? -1 : 1) || b.count - a.count;
  const out: SiteGroup[] = [];
  for (const s of sites.values()) {
    const hosts = [...s.hosts.values()].map(({ g, types }) => ({ ...g, types: typeCounts(types) }));
    hosts.sort((a, b) => b.count - a.count || a.host.localeCompare(b.host));
    out.push({ site: s.site, party: s.party, count: s.count, types: typeCounts(s.types), phases: s.phases, hosts });
  }
  return out.sort((a, b) => byParty(a, b) || a.site.localeCompare(b.site));
}

/** One line of the flattened, expandable request tree (so one fixed-height virtual list can show it). */
export type TreeRow =
  | { kind: 'site'; key: string; group: SiteGroup; expanded: boolean }
  | { kind: 'host'; key: string; group: HostGroup; expanded: boolean }
  | { kind: 'request'; key: string; request: RequestEntry };

export function siteKey(g: SiteGroup): string {
  return `s:${g.site}`;
}

export function hostKey(g: HostGroup): string {
  return `h:${g.site}|${g.host}`;
}

export function flattenTree(groups: readonly SiteGroup[], expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  for (const s of groups) {
    const sk = siteKey(s);
    const sOpen = expanded.has(sk);
    rows.push({ kind: 'site', key: sk, group: s, expanded: sOpen });
    if (!sOpen) continue;
    for (const h of s.hosts) {
      const hk = hostKey(h);
      const hOpen = expanded.has(hk);
      rows.push({ kind: 'host', key: hk, group: h, expanded: hOpen });
      if (!hOpen) continue;
      for (const q of h.requests) rows.push({ kind: 'request', key: `r:${q.id}|${hk}`, request: q });
    }
  }
  return rows;
}
