// Third parties grouped by the company that receives the data;
// sites the dataset does not know stand alone under their site.
import type { TrackerCategory } from '../data/types.ts';
import type { Analysis, PhaseCounts, ThirdParty } from '../utils/findings/index.ts';
import type { Phase } from '../utils/record/phase.ts';
import type { TransferVerdict } from '../utils/knowledge/transfer-status.ts';
import { isNonEuParty, isTrackingParty } from './view-marks.ts';

export interface CompanyGroup {
  key: string;
  /** Legal name from the dataset, the company third-party-web names, or the site when no layer names it */
  name: string;
  /** In the project's own tracker data */
  known: boolean;
  /** Named only by third-party-web (+ data/entities.ts): company shown, country null = not known */
  namedByTpw: boolean;
  country: string | null;
  dpf: boolean | null;
  parent: string | null;
  parentCountry: string | null;
  /** Countries outside the EU/EEA the company's data goes to (recipient model), sorted. */
  transferCountries: string[];
  /** The recipient chain in words, from the transfer assessment; null for unknown companies. */
  recipients: string | null;
  categories: TrackerCategory[];
  services: string[];
  sites: string[];
  hosts: string[];
  serverCountries: string[];
  requests: PhaseCounts & { total: number };
  cookies: string[];
  /** Worst transfer verdict over the company's sites */
  transfer: TransferVerdict;
  /** Unknown to the dataset but sends or stores identifier-like values */
  suspected: boolean;
  nonEu: boolean;
  tracking: boolean;
}

const RANK: Readonly<Record<TransferVerdict, number>> = { ok: 0, unknown: 1, 'needs-safeguards': 2 };

function addAll<T>(into: T[], from: readonly T[]): void {
  for (const x of from) if (!into.includes(x)) into.push(x);
}

function keyOf(tp: ThirdParty): string {
  if (tp.tracker) return `c:${tp.tracker.company}`;
  return tp.company ? `c:${tp.company.name}` : `s:${tp.site}`;
}

function fresh(tp: ThirdParty): CompanyGroup {
  const t = tp.tracker;
  // Without an own tracker, third-party-web's name (and data/entities.ts's country, if any) stands in: never "unknown".
  const named = t ? null : tp.company;
  return {
    key: keyOf(tp),
    name: t ? t.company : (named?.name ?? tp.site),
    known: t !== null,
    namedByTpw: named !== null,
    country: t?.companyCountry ?? named?.country ?? null,
    dpf: t ? t.dpf : null,
    parent: t?.parent ?? named?.parent ?? null,
    parentCountry: t?.parentCountry ?? named?.parentCountry ?? null,
    transferCountries: [...(t?.transferCountries ?? [])],
    recipients: tp.transfer.recipients,
    categories: [],
    services: [],
    sites: [],
    hosts: [],
    serverCountries: [],
    requests: { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0, total: 0 },
    cookies: [],
    transfer: tp.transfer.verdict,
    suspected: false,
    nonEu: false,
    tracking: false,
  };
}

/** One group per company (by the site's main tracker), most requests first. */
export function companiesOf(a: Analysis): CompanyGroup[] {
  const groups = new Map<string, CompanyGroup>();
  for (const tp of a.thirdParties) {
    const key = keyOf(tp);
    let g = groups.get(key);
    if (!g) {
      g = fresh(tp);
      groups.set(key, g);
    }
    const company = tp.tracker?.company;
    const own = tp.trackers.filter((t) => t.company === company);
    addAll(
      g.categories,
      own.map((t) => t.category),
    );
    addAll(
      g.services,
      own.map((t) => t.name),
    );
    if (!tp.tracker && tp.company) addAll(g.services, [tp.company.service]);
    addAll(g.sites, [tp.site]);
    addAll(g.hosts, tp.hosts);
    addAll(g.serverCountries, tp.serverCountries);
    for (const t of own) addAll(g.transferCountries, t.transferCountries);
    addAll(g.cookies, tp.cookies);
    for (const p of ['before-choice', 'after-reject', 'after-accept', 'total'] as const)
      g.requests[p] += tp.requests[p];
    if (RANK[tp.transfer.verdict] > RANK[g.transfer]) g.transfer = tp.transfer.verdict;
    g.suspected ||= tp.unknownTracking !== null;
    g.nonEu ||= isNonEuParty(tp);
    g.tracking ||= isTrackingParty(tp);
  }
  const out = [...groups.values()];
  for (const g of out) {
    g.serverCountries.sort();
    g.transferCountries.sort();
  }
  return out.sort((x, y) => y.requests.total - x.requests.total || x.name.localeCompare(y.name));
}

export interface CompanyFilter {
  phase: Phase | 'all';
  nonEuOnly: boolean;
  trackersOnly: boolean;
  query: string;
}

export function companyMatches(g: CompanyGroup, f: CompanyFilter): boolean {
  if (f.phase !== 'all' && g.requests[f.phase] === 0) return false;
  if (f.nonEuOnly && !g.nonEu) return false;
  if (f.trackersOnly && !g.tracking) return false;
  const q = f.query.trim().toLowerCase();
  if (q === '') return true;
  return [g.name, ...g.services, ...g.sites, ...g.hosts].some((s) => s.toLowerCase().includes(q));
}
