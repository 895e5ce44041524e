// What the findings engine makes of each recorded request, cookie and storage write (JSON report field names).
import type { CookiePurpose, TrackerCategory } from '../../data/types.ts';
import type { Attribution, StorageSeenBy } from '../observe/events.ts';
import type { Phase } from '../record/phase.ts';
import type { CookieSetter } from '../record/record.ts';

/** Tracker as shown on one request (field names fixed by the JSON report format). */
export interface RequestTracker {
  name: string;
  company: string;
  companyCountry: string;
  category: TrackerCategory;
  /** Parent that receives or controls the data; null when none is recorded. */
  parent: string | null;
  parentCountry: string | null;
  /** Countries outside the EU/EEA the data goes to (adequacy countries included), sorted ISO codes. */
  transferCountries: string[];
  /** EU-US DPF status of the US recipients from data/dpf-evidence.ts; null = not known (or no US recipient). */
  dpf: boolean | null;
}

export interface AnalyzedRequest {
  id: string;
  url: string;
  host: string;
  site: string;
  thirdParty: boolean;
  tracker: RequestTracker | null;
  serverIp: string | null;
  serverCountry: string | null;
  /** Present when the request went through a proxy: `serverIp` is the proxy's and the server location not known */
  viaProxy?: true;
  phase: Phase;
  /** ms since page start */
  t: number;
  type: string;
  method: string;
  /** Script that sent it, when the page reported one (beacons). */
  script: string | null;
  /** How far `script` can be trusted (see Attribution); absent in records made before it existed */
  attribution?: Attribution | null;
  /** The browser's word that it never left (blocked by CSP, no address): shown, never judged as sent */
  notSent?: string;
}

/** What a cookie and a storage key share: party, phases, what the known name says, the writer and the writes. */
export interface AnalyzedWrite {
  thirdParty: boolean;
  phase: Phase;
  /** Phase of the latest write. */
  lastPhase: Phase;
  purpose: CookiePurpose | null;
  /** Tracker id of the owner from cookie knowledge; null for generic or unknown names. */
  owner: string | null;
  ownerName: string | null;
  needsConsent: boolean | null;
  script: string | null;
  /** How far `script` can be trusted (see Attribution); absent in records made before it existed */
  attribution?: Attribution | null;
  t: number;
  lastT: number;
  writes: number;
  valueLength: number;
}

export interface AnalyzedCookie extends AnalyzedWrite {
  name: string;
  domain: string;
  /** 'unknown' = only cookies.onChanged saw it: neither a Set-Cookie header nor a page write was recorded. */
  setBy: CookieSetter;
  description: string | null;
  setByUrl: string | null;
  removed: boolean;
  /** Who saw it: 'browser' (cookies API: stored), 'page' (the page's own report) */
  confirmedBy: Array<'browser' | 'page'>;
  /** False for a write only the page reported (or one the browser refuses): attempted, not stored, never a violation */
  stored: boolean;
  /** Why the browser refuses the write (RFC 6265bis), when it does */
  refused: string | null;
}

export interface AnalyzedStorage extends AnalyzedWrite {
  kind: string;
  origin: string;
  host: string;
  key: string;
  /** The frame of the first write (a blob: or about:srcdoc frame says so), and how the writes were seen */
  frameUrl?: string;
  seenBy?: StorageSeenBy[];
}
