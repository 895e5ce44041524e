// Which record items the "non-EU only" and "trackers only" filters
// keep, derived once per analysis (not per row or filter change).
import { countryStatus } from '../data/countries.ts';
import type { Tracker } from '../data/types.ts';
import { ESSENTIAL_PURPOSES, TRACKING_PURPOSES } from '../utils/findings/context-stores.ts';
import type { Analysis, AnalyzedCookie, AnalyzedStorage, Knowledge, ThirdParty } from '../utils/findings/index.ts';
import { siteOf } from '../utils/url/party.ts';
import type { CookieEntry, PageRecord, RequestEntry, StorageEntry } from '../utils/record/record.ts';
import type { ViewMarks } from '../utils/view/view-filter.ts';

/** A valid country code outside the EU/EEA (adequacy countries included: they are still outside). */
export function isNonEea(code: string | null | undefined): boolean {
  const s = countryStatus(code);
  return s !== null && s !== 'eea';
}

/** A service whose loading needs consent; consent managers themselves are not trackers. */
export function isTrackingService(t: { needsConsent: boolean; category: string }): boolean {
  return t.needsConsent && t.category !== 'consent-manager';
}

/**
 * Server, seat or any documented recipient (the US parent of an EU subsidiary) outside the EU/EEA, or a transfer
 * verdict left undecided (company or server location not known): a filter that hid those would present them as EU/EEA.
 */
export function isNonEuParty(tp: ThirdParty): boolean {
  return (
    tp.transfer.verdict === 'unknown' ||
    tp.serverCountries.some(isNonEea) ||
    tp.trackers.some((t) => isNonEea(t.companyCountry) || t.transferCountries.length > 0) ||
    isNonEea(tp.company?.country) ||
    isNonEea(tp.company?.parentCountry)
  );
}

export function isTrackingParty(tp: ThirdParty): boolean {
  return tp.unknownTracking !== null || tp.trackers.some(isTrackingService);
}

export interface SiteSets {
  /** Third-party sites whose company or any server is outside the EU/EEA */
  nonEu: ReadonlySet<string>;
  /** Third-party sites with a tracking service or suspected (unknown) tracking */
  trackers: ReadonlySet<string>;
  /** Third-party sites the dataset does not know but that look like tracking */
  unknownTracking: ReadonlySet<string>;
}

export function siteSets(a: Analysis): SiteSets {
  const nonEu = new Set<string>();
  const trackers = new Set<string>();
  const unknownTracking = new Set<string>();
  for (const tp of a.thirdParties) {
    if (isNonEuParty(tp)) nonEu.add(tp.site);
    if (isTrackingParty(tp)) trackers.add(tp.site);
    if (tp.unknownTracking) unknownTracking.add(tp.site);
  }
  return { nonEu, trackers, unknownTracking };
}

const byNameCache = new WeakMap<Knowledge, Map<string, Tracker>>();

function trackersByName(k: Knowledge): Map<string, Tracker> {
  let m = byNameCache.get(k);
  if (!m) {
    m = new Map();
    for (const t of k.trackerById.values()) if (!m.has(t.name)) m.set(t.name, t);
    byNameCache.set(k, m);
  }
  return m;
}

type Stored = Pick<AnalyzedCookie | AnalyzedStorage, 'purpose' | 'needsConsent' | 'owner'>;

/** Tracking by its known purpose, or by the tracker that owns the name; essential names never count. */
function storedTracking(a: Stored | undefined, k: Knowledge | null): boolean {
  if (!a || (a.purpose && ESSENTIAL_PURPOSES.has(a.purpose))) return false;
  if (a.purpose && TRACKING_PURPOSES.has(a.purpose) && a.needsConsent !== false) return true;
  const owner = a.owner && k ? k.trackerById.get(a.owner) : undefined;
  return owner !== undefined && isTrackingService(owner);
}

// The owner's seat, or any documented recipient of its data (an EU subsidiary's US parent), outside the EU/EEA.
function ownerNonEu(a: Stored | undefined, k: Knowledge | null): boolean {
  const owner = a?.owner && k ? k.trackerById.get(a.owner) : undefined;
  const company = owner && k ? k.companyById.get(owner.companyId) : undefined;
  return (
    company !== undefined &&
    k !== null &&
    (isNonEea(company.country) || k.recipients(company).transferCountries.length > 0)
  );
}

/**
 * Marks for buildView. The analysis lists requests, cookies and storage in record order; an item whose counterpart does
 * not line up (a different record) is judged by its site alone.
 */
export function viewMarks(record: PageRecord, analysis: Analysis, knowledge: Knowledge | null): ViewMarks {
  const sites = siteSets(analysis);
  const names = knowledge ? trackersByName(knowledge) : null;
  const nonEu = {
    requests: new Set<RequestEntry>(),
    cookies: new Set<CookieEntry>(),
    storage: new Set<StorageEntry>(),
  };
  const trackers = {
    requests: new Set<RequestEntry>(),
    cookies: new Set<CookieEntry>(),
    storage: new Set<StorageEntry>(),
  };

  record.requests.forEach((r, i) => {
    const a = analysis.requests[i];
    const own = a && a.id === r.id ? a : undefined;
    const site = r.site || siteOf(r.host);
    const third = r.party === 'third';
    if (isNonEea(own?.serverCountry) || isNonEea(own?.tracker?.companyCountry) || (third && sites.nonEu.has(site)))
      nonEu.requests.add(r);
    const known = own?.tracker ? names?.get(own.tracker.name) : undefined;
    const tracking = own?.tracker
      ? known
        ? isTrackingService(known)
        : own.tracker.category !== 'consent-manager'
      : false;
    if (tracking || (third && sites.unknownTracking.has(site))) trackers.requests.add(r);
  });
  record.cookies.forEach((c, i) => {
    const a = analysis.cookies[i];
    const own = a && a.name === c.name && a.domain === c.domain ? a : undefined;
    const site = siteOf(c.domain);
    const third = c.party === 'third';
    if ((third && sites.nonEu.has(site)) || ownerNonEu(own, knowledge)) nonEu.cookies.add(c);
    if (storedTracking(own, knowledge) || (third && sites.trackers.has(site) && !essential(own)))
      trackers.cookies.add(c);
  });
  record.storage.forEach((s, i) => {
    const a = analysis.storage[i];
    const own = a && a.key === s.key && a.origin === s.origin ? a : undefined;
    const site = siteOf(s.host);
    const third = s.party === 'third';
    if ((third && sites.nonEu.has(site)) || ownerNonEu(own, knowledge)) nonEu.storage.add(s);
    if (storedTracking(own, knowledge) || (third && sites.trackers.has(site) && !essential(own)))
      trackers.storage.add(s);
  });
  return { nonEu, trackers };
}

function essential(a: Stored | undefined): boolean {
  return a?.purpose ? ESSENTIAL_PURPOSES.has(a.purpose) : false;
}
