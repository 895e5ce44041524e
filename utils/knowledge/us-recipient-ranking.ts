// Which US entities carry the most third-party traffic (third-party-web totalOccurrences), and whether their EU-US DPF
// status is on record: the measure of how far data/dpf-evidence.ts reaches. `npm run coverage` prints it.
import type { DpfEvidence } from '../../data/dpf-evidence.ts';
import { entityHosts, type RawEntity } from './entity-coverage.ts';
import type { HostNamer } from './entity-naming.ts';

export interface UsRecipientRank {
  /** Legal name of the US entity: the company itself when seated in the US, else its US parent. */
  entity: string;
  /** Share of HTTP Archive occurrences whose hosts name this entity (hosts split an entity's count evenly). */
  occurrences: number;
  /** Verified DPF status; null = not known. */
  dpf: boolean | null;
}

export interface UsRecipientSummary {
  top: UsRecipientRank[];
  certified: number;
  notCertified: number;
  notKnown: number;
}

/** The US legal entity behind a named host, or null when neither the company nor its parent sits in the US. */
function usEntity(n: {
  company: string;
  country: string | null;
  parent: string | null;
  parentCountry: string | null;
}): string | null {
  if (n.country === 'US') return n.company;
  if (n.parent && n.parentCountry === 'US') return n.parent;
  return null;
}

/** Ranks US and US-parent entities by occurrences; ties keep a stable alphabetical order. */
export function rankUsRecipients(
  raw: readonly RawEntity[],
  namer: HostNamer,
  dpf: Readonly<Record<string, DpfEvidence>>,
  top = 100,
): UsRecipientSummary {
  const occ = new Map<string, number>();
  for (const e of raw) {
    const total = Number.isFinite(e.totalOccurrences) ? Math.max(0, e.totalOccurrences ?? 0) : 0;
    const hosts = entityHosts(e);
    for (const h of hosts) {
      const n = namer.name(h);
      const us = n ? usEntity(n) : null;
      if (us) occ.set(us, (occ.get(us) ?? 0) + total / hosts.length);
    }
  }
  const ranked = Array.from(occ, ([entity, o]) => ({
    entity,
    occurrences: Math.round(o),
    dpf: Object.hasOwn(dpf, entity) ? (dpf[entity]?.certified ?? null) : null,
  })).sort((a, b) => b.occurrences - a.occurrences || a.entity.localeCompare(b.entity));
  const list = ranked.slice(0, Math.max(0, top));
  return {
    top: list,
    certified: list.filter((r) => r.dpf === true).length,
    notCertified: list.filter((r) => r.dpf === false).length,
    notKnown: list.filter((r) => r.dpf === null).length,
  };
}
