// The popup's filters (third party, query, phase, non-EU, trackers) and whether one record item passes them.
import { PHASES, phaseOf, type Phase } from '../record/phase.ts';
import type { Choice, CookieEntry, RequestEntry, StorageEntry } from '../record/record.ts';

export type PhaseFilter = 'all' | Phase;
export const PHASE_FILTERS: readonly PhaseFilter[] = ['all', ...PHASES];

export function isPhaseFilter(x: unknown): x is PhaseFilter {
  return typeof x === 'string' && PHASE_FILTERS.some((p) => p === x);
}

export interface ViewFilter {
  thirdPartyOnly: boolean;
  /** Case-insensitive substring over host, URL, cookie name/domain, storage key/origin */
  query: string;
  /** Consent phase of the item (a cookie's or storage key's first write) */
  phase: PhaseFilter;
  /** Only items marked non-EU in the ViewMarks (ignored without marks: the analysis has not run) */
  nonEuOnly?: boolean;
  /** Only items marked as tracking in the ViewMarks (ignored without marks) */
  trackersOnly?: boolean;
}

export const NO_FILTER: ViewFilter = {
  thirdPartyOnly: false,
  query: '',
  phase: 'all',
  nonEuOnly: false,
  trackersOnly: false,
};

export function isFiltering(f: ViewFilter): boolean {
  return (
    f.thirdPartyOnly || f.query.trim() !== '' || f.phase !== 'all' || f.nonEuOnly === true || f.trackersOnly === true
  );
}

/** Record items (by identity) that one analysis-derived filter keeps. */
export interface ItemMarks {
  requests: ReadonlySet<RequestEntry>;
  cookies: ReadonlySet<CookieEntry>;
  storage: ReadonlySet<StorageEntry>;
}

/** What the non-EU and tracker filters keep, computed once per analysis (components/view-marks.ts). */
export interface ViewMarks {
  nonEu: ItemMarks;
  trackers: ItemMarks;
}

/** Whether the analysis-derived filters pass `item`; without marks they do not filter. */
function marksOk(kind: keyof ItemMarks, item: object, f: ViewFilter, marks: ViewMarks | null): boolean {
  if (!marks) return true;
  const nonEu: ReadonlySet<object> = marks.nonEu[kind];
  const trackers: ReadonlySet<object> = marks.trackers[kind];
  if (f.nonEuOnly === true && !nonEu.has(item)) return false;
  return !(f.trackersOnly === true && !trackers.has(item));
}

function phaseOk(t: number, f: ViewFilter, choice: Choice | null): boolean {
  return f.phase === 'all' || phaseOf(t, choice) === f.phase;
}

function includesQ(q: string, ...fields: Array<string | undefined>): boolean {
  for (const f of fields) if (f !== undefined && f.toLowerCase().includes(q)) return true;
  return false;
}

export function requestMatches(
  r: RequestEntry,
  f: ViewFilter,
  choice: Choice | null = null,
  marks: ViewMarks | null = null,
): boolean {
  if (f.thirdPartyOnly && r.party !== 'third') return false;
  if (!phaseOk(r.t, f, choice)) return false;
  if (!marksOk('requests', r, f, marks)) return false;
  const q = f.query.trim().toLowerCase();
  return q === '' || includesQ(q, r.host, r.site, r.url);
}

export function cookieMatches(
  c: CookieEntry,
  f: ViewFilter,
  choice: Choice | null = null,
  marks: ViewMarks | null = null,
): boolean {
  if (f.thirdPartyOnly && c.party !== 'third') return false;
  if (!phaseOk(c.t, f, choice)) return false;
  if (!marksOk('cookies', c, f, marks)) return false;
  const q = f.query.trim().toLowerCase();
  return q === '' || includesQ(q, c.name, c.domain);
}

export function storageMatches(
  s: StorageEntry,
  f: ViewFilter,
  choice: Choice | null = null,
  marks: ViewMarks | null = null,
): boolean {
  if (f.thirdPartyOnly && s.party !== 'third') return false;
  if (!phaseOk(s.t, f, choice)) return false;
  if (!marksOk('storage', s, f, marks)) return false;
  const q = f.query.trim().toLowerCase();
  return q === '' || includesQ(q, s.key, s.host, s.origin);
}
