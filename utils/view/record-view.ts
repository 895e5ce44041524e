// Turns a PageRecord into what the popup shows: counts and the filtered, grouped lists. Pure, no DOM.
import { phaseOf, zeroPhases, type PhaseCounts } from '../record/phase.ts';
import type { Choice, CookieEntry, PageRecord, RecordError, RequestEntry, StorageEntry } from '../record/record.ts';
import { groupRequests, type SiteGroup } from './request-tree.ts';
import {
  cookieMatches,
  isFiltering,
  NO_FILTER,
  requestMatches,
  storageMatches,
  type ViewFilter,
  type ViewMarks,
} from './view-filter.ts';

export interface RecordCounts {
  requests: number;
  thirdPartyRequests: number;
  sites: number;
  thirdPartySites: number;
  cookies: number;
  thirdPartyCookies: number;
  storage: number;
  beacons: number;
  frames: number;
  /** Items per consent phase (cookies and storage by first write) */
  phases: { requests: PhaseCounts; cookies: PhaseCounts; storage: PhaseCounts };
}

export interface RecordView {
  url: string;
  site: string;
  startedAt: number;
  partial: boolean;
  /** The phase boundary: the visitor's first answer to the banner */
  choice: Choice | null;
  /** Over the whole record, filters ignored */
  counts: RecordCounts;
  /** Everything below has the filter applied */
  sites: SiteGroup[];
  requestCount: number;
  cookies: CookieEntry[];
  storage: StorageEntry[];
  beacons: RequestEntry[];
  frames: RequestEntry[];
  errors: RecordError[];
}

const BEACON_TYPES: ReadonlySet<string> = new Set(['ping', 'beacon']);

export function isBeacon(r: RequestEntry): boolean {
  return BEACON_TYPES.has(r.type);
}

export function countRecord(r: PageRecord): RecordCounts {
  const sites = new Set<string>();
  const thirdSites = new Set<string>();
  let thirdReq = 0;
  let beacons = 0;
  let frames = 0;
  let notSent = 0;
  const choice = r.consent?.choice ?? null;
  const phases = { requests: zeroPhases(), cookies: zeroPhases(), storage: zeroPhases() };
  for (const c of r.cookies) phases.cookies[phaseOf(c.t, choice)] += 1;
  for (const s of r.storage) phases.storage[phaseOf(s.t, choice)] += 1;
  for (const q of r.requests) {
    // The browser never sent it (a CSP block, no address): listed, counted as no request to anyone.
    if (q.notSent !== undefined) {
      notSent += 1;
      continue;
    }
    phases.requests[phaseOf(q.t, choice)] += 1;
    const s = q.site || q.host;
    if (s) sites.add(s);
    if (q.party === 'third') {
      thirdReq += 1;
      if (s) thirdSites.add(s);
    }
    if (isBeacon(q)) beacons += 1;
    if (q.type === 'sub_frame') frames += 1;
  }
  return {
    requests: r.requests.length - notSent,
    thirdPartyRequests: thirdReq,
    sites: sites.size,
    thirdPartySites: thirdSites.size,
    cookies: r.cookies.length,
    thirdPartyCookies: r.cookies.filter((c) => c.party === 'third').length,
    storage: r.storage.length,
    beacons,
    frames,
    phases,
  };
}

/** `marks` (from the analysis) make the non-EU and tracker filters work; without them those two flags are ignored. */
export function buildView(r: PageRecord, f: ViewFilter = NO_FILTER, marks: ViewMarks | null = null): RecordView {
  const choice = r.consent?.choice ?? null;
  // No filter set (the popup's first paint): every item passes, so no per-item test (5,000 calls on cold code).
  const all = !isFiltering(f);
  const keep = <T>(xs: readonly T[], test: (x: T) => boolean): T[] => (all ? xs.slice() : xs.filter(test));
  const requests = keep(r.requests, (q) => requestMatches(q, f, choice, marks));
  const byTime = <T extends { t: number }>(xs: T[]): T[] => xs.sort((a, b) => a.t - b.t);
  return {
    url: r.url,
    site: r.site,
    startedAt: r.startedAt,
    partial: r.partial,
    choice,
    counts: countRecord(r),
    sites: groupRequests(requests, choice),
    requestCount: requests.length,
    cookies: byTime(keep(r.cookies, (c) => cookieMatches(c, f, choice, marks))),
    storage: byTime(keep(r.storage, (s) => storageMatches(s, f, choice, marks))),
    beacons: requests.filter(isBeacon),
    frames: requests.filter((q) => q.type === 'sub_frame'),
    errors: r.errors,
  };
}
