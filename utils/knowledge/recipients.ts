// Who receives a service's data and where: the contracting entity, its parent and the documented recipients, with the
// Chapter V basis per destination country. DPF status and recipients come only from the cited evidence tables.
import { countryLegal, type AdequacyDecision } from '../../data/countries.ts';
import { DPF_EVIDENCE, type DpfEvidence } from '../../data/dpf-evidence.ts';
import { TRANSFER_EVIDENCE, type RecipientRole, type TransferEvidence } from '../../data/transfer-evidence.ts';
import type { Company } from '../../data/types.ts';

export interface EvidenceTables {
  dpf: Readonly<Record<string, DpfEvidence>>;
  transfers: Readonly<Record<string, TransferEvidence>>;
}

export const DEFAULT_EVIDENCE: EvidenceTables = { dpf: DPF_EVIDENCE, transfers: TRANSFER_EVIDENCE };

/**
 * adequacy: an adequacy decision covers the country; dpf: a certified
 * US entity; none: no basis known; not-known: DPF status not known.
 */
export type TransferBasis = 'adequacy' | 'dpf' | 'none' | 'not-known';

export interface Recipient {
  entity: string;
  country: string;
  role: 'contracting' | RecipientRole;
  /** DPF status of a US recipient from the evidence table; null when not known or not a US entity. */
  dpf: boolean | null;
  /** Page that names this recipient (the company's source for the contracting entity and its parent). */
  source: string;
}

export interface Destination {
  /** ISO code outside the EU/EEA. */
  country: string;
  /** Named recipients in that country, in model order. */
  recipients: string[];
  basis: TransferBasis;
  /** Adequacy decision (for the US: the DPF decision, which covers certified organisations only). */
  decision: AdequacyDecision | null;
  /** For the US: the worst DPF status of the named US recipients (false < null < true); null elsewhere. */
  dpf: boolean | null;
  /** DPF sources read for this destination. */
  dpfSources: string[];
  /** The day each of `dpfSources` was read (ISO date, same order): a certification lapses if not renewed. */
  dpfChecked: string[];
}

export interface RecipientModel {
  entity: string;
  country: string;
  parent: string | null;
  parentCountry: string | null;
  /** Contracting entity first, then the parent, then documented recipients; each entity once. */
  recipients: Recipient[];
  /** Destinations outside the EU/EEA, adequacy countries included (each with its basis). */
  destinations: Destination[];
  /** ISO codes of `destinations`, sorted. */
  transferCountries: string[];
  /**
   * DPF status over the service's US recipients: false if any is
   * not certified, null if any is not known, true if all are.
   */
  dpf: boolean | null;
  /**
   * Whether TRANSFER_EVIDENCE has an entry for the company (otherwise recipients beyond the parent are not researched).
   */
  researched: boolean;
}

const BASIS_RANK: Readonly<Record<TransferBasis, number>> = { adequacy: 0, dpf: 0, 'not-known': 1, none: 2 };

/** Worst of two bases: none over not-known over a valid basis. */
export function worseBasis(a: TransferBasis, b: TransferBasis): TransferBasis {
  return BASIS_RANK[b] > BASIS_RANK[a] ? b : a;
}

/** DPF status of a US entity by its legal name: the table's verified entry, else null ("not known", never false). */
export function dpfOf(
  entity: string | null | undefined,
  table: Readonly<Record<string, DpfEvidence>> = DPF_EVIDENCE,
): DpfEvidence | null {
  if (typeof entity !== 'string' || !Object.prototype.hasOwnProperty.call(table, entity)) return null;
  const e = table[entity];
  return e && typeof e.certified === 'boolean' ? e : null;
}

// false (a source says not certified) outranks null (not known), which outranks true.
function worstDpf(values: ReadonlyArray<boolean | null>): boolean | null {
  if (values.length === 0) return null;
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

function isUs(code: string | null): boolean {
  return countryLegal(code)?.status === 'adequate-dpf-only';
}

function outsideEea(code: string | null): string | null {
  const legal = countryLegal(code);
  return legal && legal.status !== 'eea' ? legal.code : null;
}

function basisOf(country: string, dpf: boolean | null): TransferBasis {
  const legal = countryLegal(country);
  if (!legal) return 'not-known';
  if (legal.status === 'adequate') return 'adequacy';
  if (legal.status === 'adequate-dpf-only') return dpf === true ? 'dpf' : dpf === false ? 'none' : 'not-known';
  return legal.status === 'eea' ? 'adequacy' : 'none';
}

/** The recipient model of one company, from the company entry and the evidence tables. Never throws. */
export function recipientModel(company: Company, tables: EvidenceTables = DEFAULT_EVIDENCE): RecipientModel {
  const own = (table: EvidenceTables['transfers'], id: string): TransferEvidence | null =>
    Object.prototype.hasOwnProperty.call(table, id) ? (table[id] ?? null) : null;
  const evidence = own(tables.transfers, company.id);
  const recipients: Recipient[] = [];
  const add = (entity: string, country: string | null | undefined, role: Recipient['role'], source: string): void => {
    const code = countryLegal(country)?.code;
    if (!entity || !code || recipients.some((r) => r.entity === entity)) return;
    recipients.push({
      entity,
      country: code,
      role,
      dpf: isUs(code) ? (dpfOf(entity, tables.dpf)?.certified ?? null) : null,
      source,
    });
  };
  add(company.name, company.country, 'contracting', company.source);
  // A parent stored without its own country sits where the company does.
  if (company.parent) add(company.parent, company.parentCountry ?? company.country, 'parent', company.source);
  for (const r of evidence?.recipients ?? []) add(r.entity, r.country, r.role, r.source);

  const byCountry = new Map<string, Recipient[]>();
  for (const r of recipients) {
    const c = outsideEea(r.country);
    if (c) byCountry.set(c, [...(byCountry.get(c) ?? []), r]);
  }
  for (const t of evidence?.transferCountries ?? []) {
    const c = outsideEea(t.country);
    if (c && !byCountry.has(c)) byCountry.set(c, []);
  }
  const usDpf = worstDpf(recipients.filter((r) => isUs(r.country)).map((r) => r.dpf));
  const destinations: Destination[] = [];
  for (const [country, rs] of byCountry) {
    // A US destination without a named entity takes the status of the service's named US recipients.
    const dpf = isUs(country) ? (rs.length > 0 ? worstDpf(rs.map((r) => r.dpf)) : usDpf) : null;
    const evidence = isUs(country)
      ? rs.map((r) => dpfOf(r.entity, tables.dpf)).filter((e): e is DpfEvidence => e !== null)
      : [];
    destinations.push({
      country,
      recipients: rs.map((r) => r.entity),
      basis: basisOf(country, dpf),
      decision: countryLegal(country)?.decision ?? null,
      dpf,
      dpfSources: evidence.map((e) => e.source),
      dpfChecked: evidence.map((e) => e.checked),
    });
  }
  destinations.sort((a, b) => a.country.localeCompare(b.country));
  const parentCountry = company.parent ? (countryLegal(company.parentCountry ?? company.country)?.code ?? null) : null;
  return {
    entity: company.name,
    country: company.country,
    parent: company.parent ?? null,
    parentCountry,
    recipients,
    destinations,
    transferCountries: destinations.map((d) => d.country),
    dpf: recipients.some((r) => isUs(r.country)) || destinations.some((d) => isUs(d.country)) ? usDpf : null,
    researched: evidence !== null,
  };
}

/** Worst basis over the destinations; null when there is no destination outside the EU/EEA. */
export function worstBasis(destinations: readonly Destination[]): TransferBasis | null {
  let worst: TransferBasis | null = null;
  for (const d of destinations) worst = worst === null ? d.basis : worseBasis(worst, d.basis);
  return worst;
}

/** Memoised models per company id, for one set of tables. */
export function recipientIndex(tables: EvidenceTables = DEFAULT_EVIDENCE): (company: Company) => RecipientModel {
  const cache = new Map<string, RecipientModel>();
  return (company) => {
    let m = cache.get(company.id);
    if (!m) {
      m = recipientModel(company, tables);
      cache.set(company.id, m);
    }
    return m;
  };
}
