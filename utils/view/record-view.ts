// Turns a PageRecord into what the popup shows: groups, counts, filtered lists, relative times. Pure, no DOM.
import { CMPS } from '../../data/cmps.ts';
import { detectCmps, tcfCmpIdsOf, type CmpDetection } from '../consent/cmp-detect.ts';
import {
  CONSENT_MODE_SIGNALS, parseConsentCommand, replayConsentMode, type ConsentCommand, type ConsentSignal, type ConsentValue,
} from '../consent/consent-mode.ts';
import { decodeTcString, isTcError } from '../consent/tcf.ts';
import type { Party } from '../url/party.ts';
import { PHASES, phaseOf, type Phase } from '../record/phase.ts';
import type { Choice, CookieEntry, PageRecord, RecordError, RequestEntry, StorageEntry } from '../record/record.ts';
import type { Lang } from '../i18n/lang.ts';
import type { PortPush } from '../messaging/protocol.ts';
import { parseUrl } from '../url/url.ts';

/** Envelope check for a record arriving over a port: the fields the view reads exist with the right kinds. */
export function isPageRecordShape(x: unknown): x is PageRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r: Record<string, unknown> = { ...x };
  return typeof r.url === 'string' && typeof r.site === 'string' && typeof r.startedAt === 'number'
    && typeof r.partial === 'boolean' && Array.isArray(r.requests) && Array.isArray(r.cookies)
    && Array.isArray(r.storage) && Array.isArray(r.errors);
}

/** A record push on the live port, checked: it comes from our background, but a stray message must not crash a view. */
export function asPortPush(raw: unknown): PortPush | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw) || raw.type !== 'record' || !('record' in raw)) return null;
  const record: unknown = raw.record;
  if (record === null) return { type: 'record', record: null };
  return isPageRecordShape(record) ? { type: 'record', record } : null;
}

/** Why a tab cannot be audited; the popup words it in the UI language, `reason` is the English text. */
export type CannotAuditCode = 'no-url' | 'invalid-url' | 'file' | 'browser-page' | 'scheme' | 'chrome-store' | 'edge-store' | 'firefox-protected';

export type Auditability = { ok: true } | { ok: false; reason: string; code: CannotAuditCode; scheme?: string };

// Stores and account pages that browsers shield from every extension's webRequest and content scripts.
const CHROME_PROTECTED = 'The Chrome Web Store is protected by the browser: no extension can observe it, so it cannot be audited.';
const EDGE_PROTECTED = 'The Edge Add-ons store is protected by the browser: no extension can observe it, so it cannot be audited.';
const FIREFOX_PROTECTED = 'Firefox protects Mozilla\'s add-on and account sites from all extensions, so this page cannot be audited.';
// Firefox's default extensions.webextensions.restrictedDomains.
const FIREFOX_RESTRICTED: ReadonlySet<string> = new Set([
  'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net', 'addons.mozilla.org',
  'api.accounts.firefox.com', 'content.cdn.mozilla.net', 'discovery.addons.mozilla.org', 'install.mozilla.org',
  'oauth.accounts.firefox.com', 'profile.accounts.firefox.com', 'support.mozilla.org', 'sync.services.mozilla.com',
]);
const BROWSER_SCHEMES: ReadonlySet<string> = new Set([
  'chrome', 'edge', 'brave', 'opera', 'vivaldi', 'about', 'chrome-search', 'chrome-untrusted', 'devtools', 'resource',
  'moz-extension', 'chrome-extension', 'extension', 'view-source',
]);

/** Can the extension record this tab's page? Decided from the URL alone. */
export function auditability(url: unknown): Auditability {
  if (typeof url !== 'string' || url.trim() === '') {
    return { ok: false, code: 'no-url', reason: 'The address of this tab is not available, so it cannot be audited.' };
  }
  const p = parseUrl(url.trim());
  if (!p) return { ok: false, code: 'invalid-url', reason: 'The address of this tab is not a valid URL, so it cannot be audited.' };
  if (p.scheme !== 'http' && p.scheme !== 'https') {
    if (p.scheme === 'file') {
      return { ok: false, code: 'file', reason: 'Local files (file://) are not websites: only http and https pages can be audited.' };
    }
    if (BROWSER_SCHEMES.has(p.scheme)) {
      return {
        ok: false, code: 'browser-page', scheme: p.scheme,
        reason: `This is a browser or extension page (${p.scheme}:): extensions cannot observe it. Open a website to audit it.`,
      };
    }
    return { ok: false, code: 'scheme', scheme: p.scheme, reason: `Pages with the ${p.scheme}: scheme cannot be audited: only http and https pages can.` };
  }
  if (p.host === 'chromewebstore.google.com') return { ok: false, code: 'chrome-store', reason: CHROME_PROTECTED };
  if (p.host === 'chrome.google.com' && (p.path === '/webstore' || p.path.startsWith('/webstore/'))) {
    return { ok: false, code: 'chrome-store', reason: CHROME_PROTECTED };
  }
  if (p.host === 'microsoftedge.microsoft.com' && (p.path === '/addons' || p.path.startsWith('/addons/'))) {
    return { ok: false, code: 'edge-store', reason: EDGE_PROTECTED };
  }
  if (FIREFOX_RESTRICTED.has(p.host)) return { ok: false, code: 'firefox-protected', reason: FIREFOX_PROTECTED };
  return { ok: true };
}

/** Milliseconds since page start as a short label: "+350 ms", "+1.25 s", "+2 min 05 s" (German: "+1,25 s"). */
export function relTime(t: number, startedAt: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(t) || !Number.isFinite(startedAt)) return '?';
  const d = Math.round(t - startedAt);
  const sign = d < 0 ? '−' : '+';
  const a = Math.abs(d);
  if (a < 1000) return `${sign}${a} ms`;
  if (a < 60_000) {
    const digits = a < 10_000 ? 2 : 1;
    return `${sign}${(a / 1000).toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })} s`;
  }
  const min = Math.floor(a / 60_000);
  if (min >= 60) return `${sign}${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
  return `${sign}${min} min ${String(Math.floor((a % 60_000) / 1000)).padStart(2, '0')} s`;
}

/** Byte-ish size of a value for display: "0 chars", "12 chars", "4.1k chars". */
export function lengthLabel(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  if (n < 1000) return `${n} char${n === 1 ? '' : 's'}`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)}k chars`;
  return `${(n / 1_000_000).toFixed(1)}M chars`;
}

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

export const NO_FILTER: ViewFilter = { thirdPartyOnly: false, query: '', phase: 'all', nonEuOnly: false, trackersOnly: false };

export function isFiltering(f: ViewFilter): boolean {
  return f.thirdPartyOnly || f.query.trim() !== '' || f.phase !== 'all' || f.nonEuOnly === true || f.trackersOnly === true;
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

export type PhaseCounts = Record<Phase, number>;

export function zeroPhases(): PhaseCounts {
  return { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0 };
}

function phaseOk(t: number, f: ViewFilter, choice: Choice | null): boolean {
  return f.phase === 'all' || phaseOf(t, choice) === f.phase;
}

export interface TypeCount { type: string; count: number }

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

function includesQ(q: string, ...fields: Array<string | undefined>): boolean {
  for (const f of fields) if (f !== undefined && f.toLowerCase().includes(q)) return true;
  return false;
}

export function requestMatches(r: RequestEntry, f: ViewFilter, choice: Choice | null = null, marks: ViewMarks | null = null): boolean {
  if (f.thirdPartyOnly && r.party !== 'third') return false;
  if (!phaseOk(r.t, f, choice)) return false;
  if (!marksOk('requests', r, f, marks)) return false;
  const q = f.query.trim().toLowerCase();
  return q === '' || includesQ(q, r.host, r.site, r.url);
}

export function cookieMatches(c: CookieEntry, f: ViewFilter, choice: Choice | null = null, marks: ViewMarks | null = null): boolean {
  if (f.thirdPartyOnly && c.party !== 'third') return false;
  if (!phaseOk(c.t, f, choice)) return false;
  if (!marksOk('cookies', c, f, marks)) return false;
  const q = f.query.trim().toLowerCase();
  return q === '' || includesQ(q, c.name, c.domain);
}

export function storageMatches(s: StorageEntry, f: ViewFilter, choice: Choice | null = null, marks: ViewMarks | null = null): boolean {
  if (f.thirdPartyOnly && s.party !== 'third') return false;
  if (!phaseOk(s.t, f, choice)) return false;
  if (!marksOk('storage', s, f, marks)) return false;
  const q = f.query.trim().toLowerCase();
  return q === '' || includesQ(q, s.key, s.host, s.origin);
}

function typeCounts(m: Map<string, number>): TypeCount[] {
  return [...m].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** Requests grouped by site then host; first party first, then by request count. Requests keep their time order. */
export function groupRequests(requests: readonly RequestEntry[], choice: Choice | null = null): SiteGroup[] {
  interface Acc {
    site: string; party: Party; count: number; types: Map<string, number>; phases: PhaseCounts;
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
      h = { g: { host: hostKey, site: siteKey, party: r.party, count: 0, types: [], phases: zeroPhases(), requests: [] }, types: new Map() };
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

export function countRecord(r: PageRecord): RecordCounts {
  const sites = new Set<string>();
  const thirdSites = new Set<string>();
  let thirdReq = 0;
  let beacons = 0;
  let frames = 0;
  const choice = r.consent?.choice ?? null;
  const phases = { requests: zeroPhases(), cookies: zeroPhases(), storage: zeroPhases() };
  for (const c of r.cookies) phases.cookies[phaseOf(c.t, choice)] += 1;
  for (const s of r.storage) phases.storage[phaseOf(s.t, choice)] += 1;
  for (const q of r.requests) {
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
    requests: r.requests.length, thirdPartyRequests: thirdReq, sites: sites.size, thirdPartySites: thirdSites.size,
    cookies: r.cookies.length, thirdPartyCookies: r.cookies.filter((c) => c.party === 'third').length,
    storage: r.storage.length, beacons, frames, phases,
  };
}

/** `marks` (from the analysis) make the non-EU and tracker filters work; without them those two flags are ignored. */
export function buildView(r: PageRecord, f: ViewFilter = NO_FILTER, marks: ViewMarks | null = null): RecordView {
  const choice = r.consent?.choice ?? null;
  const requests = r.requests.filter((q) => requestMatches(q, f, choice, marks));
  const byTime = <T extends { t: number }>(xs: T[]): T[] => xs.sort((a, b) => a.t - b.t);
  return {
    url: r.url, site: r.site, startedAt: r.startedAt, partial: r.partial, choice, counts: countRecord(r),
    sites: groupRequests(requests, choice), requestCount: requests.length,
    cookies: byTime(r.cookies.filter((c) => cookieMatches(c, f, choice, marks))),
    storage: byTime(r.storage.filter((s) => storageMatches(s, f, choice, marks))),
    beacons: requests.filter(isBeacon),
    frames: requests.filter((q) => q.type === 'sub_frame'),
    errors: r.errors,
  };
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

/** Who asked for a request, as parts the popup words in its language. */
export type InitiatorPart =
  | { kind: 'script'; url: string }
  | { kind: 'from'; url: string }
  | { kind: 'frame'; url: string }
  | { kind: 'inside'; url: string }
  | { kind: 'worker' };

/** "script: https://a/x.js" initiators carry the script that made the request (page-reported beacons). */
export function initiatorParts(r: RequestEntry): InitiatorPart[] {
  const parts: InitiatorPart[] = [];
  if (r.initiator) parts.push(r.initiator.startsWith('script:') ? { kind: 'script', url: r.initiator.slice(7) } : { kind: 'from', url: r.initiator });
  if (r.frameId !== 0 && r.frameUrl && r.type !== 'sub_frame' && r.type !== 'main_frame') parts.push({ kind: 'frame', url: r.frameUrl });
  if (r.type === 'sub_frame' && r.frameUrl) parts.push({ kind: 'inside', url: r.frameUrl });
  if (r.viaWorker) parts.push({ kind: 'worker' });
  return parts;
}

/** English wording of initiatorParts. */
export function describeInitiator(r: RequestEntry): string {
  return initiatorParts(r).map((p) => {
    switch (p.kind) {
      case 'script': return `by script ${p.url}`;
      case 'from': return `from ${p.url}`;
      case 'frame': return `in frame ${p.url}`;
      case 'inside': return `inside ${p.url}`;
      case 'worker': return 'via service worker';
    }
  }).join(' · ');
}

export type StatusPart =
  | { kind: 'error'; error: string }
  | { kind: 'redirect'; status: number | null }
  | { kind: 'status'; status: number; fromCache: boolean }
  | { kind: 'pending' };

export function statusParts(r: RequestEntry): StatusPart {
  if (r.error) return { kind: 'error', error: r.error };
  if (r.redirectTo) return { kind: 'redirect', status: r.status ? r.status : null };
  if (r.status !== undefined) return { kind: 'status', status: r.status, fromCache: r.fromCache === true };
  return { kind: 'pending' };
}

/** English wording of statusParts. */
export function statusLabel(r: RequestEntry): string {
  const p = statusParts(r);
  switch (p.kind) {
    case 'error': return p.error;
    case 'redirect': return p.status !== null ? `${p.status} redirect` : 'redirect';
    case 'status': return String(p.status) + (p.fromCache ? ' (cache)' : '');
    case 'pending': return 'pending';
  }
}

/** Cookie attributes: the technical ones (HttpOnly, Secure, SameSite=…) keep their names in every language. */
export type CookieFlag =
  | { kind: 'attr'; text: string }
  | { kind: 'session' }
  | { kind: 'expires'; date: string }
  | { kind: 'removed' };

export function cookieFlagParts(c: CookieEntry): CookieFlag[] {
  const flags: CookieFlag[] = [];
  if (c.httpOnly) flags.push({ kind: 'attr', text: 'HttpOnly' });
  if (c.secure) flags.push({ kind: 'attr', text: 'Secure' });
  if (c.sameSite && c.sameSite !== 'unspecified') flags.push({ kind: 'attr', text: `SameSite=${c.sameSite}` });
  if (c.session) flags.push({ kind: 'session' });
  else if (c.expires !== undefined && Number.isFinite(c.expires)) flags.push({ kind: 'expires', date: expiryLabel(c.expires) });
  if (c.removed) flags.push({ kind: 'removed' });
  return flags;
}

/** English wording of cookieFlagParts. */
export function cookieFlags(c: CookieEntry): string[] {
  return cookieFlagParts(c).map((f) => {
    switch (f.kind) {
      case 'attr': return f.text;
      case 'session': return 'session';
      case 'expires': return `expires ${f.date}`;
      case 'removed': return 'removed';
    }
  });
}

/** Cookie expiry (ms since epoch, as the adapter stores it) as a date. */
export function expiryLabel(expiresMs: number): string {
  const d = new Date(expiresMs);
  return Number.isNaN(d.getTime()) ? '?' : d.toISOString().slice(0, 10);
}

/**
 * How far a cookie write is confirmed: 'browser' (cookies API saw it stored), 'page' (only the page's hooks reported it),
 * 'header' (a Set-Cookie header was seen but the browser never reported storing it, e.g. a rejected third-party cookie).
 */
export function cookieConfirmation(c: CookieEntry): 'browser' | 'page' | 'header' {
  if (c.confirmedBy.includes('browser')) return 'browser';
  return c.confirmedBy.includes('page') ? 'page' : 'header';
}

/** True when only the page's own report says the cookie was written: the browser never confirmed storing it. */
export function pageReportedOnly(c: CookieEntry): boolean {
  return !c.confirmedBy.includes('browser');
}

// ---------------------------------------------------------------- consent header

/** A choice from the sender's point of view: 'automation' = the extension answered, 'user' = the visitor, 'signal' = read from CMP/TCF data. */
export interface ChoiceView { action: Choice['action']; at: number; source: Choice['source']; via: string }

export interface ConsentModeRow { signal: ConsentSignal; initial: ConsentValue | null; current: ConsentValue | null }

export interface ConsentView {
  cmps: Array<{ id: string; name: string; confidence: CmpDetection['confidence']; evidence: string[] }>;
  /** From the latest TCF API report: which CMP the TC string says wrote it */
  tcf: { cmpId: number; cmpVersion: number; cmpName: string | null; eventStatus: string; t: number } | null;
  choice: ChoiceView | null;
  changes: ChoiceView[];
  consentMode: { rows: ConsentModeRow[]; updated: boolean } | null;
  /** Set after "Start clean audit": the consent found stored before it was cleared */
  clean: { at: number; clearedCookies: number; storedConsent: string[] } | null;
  /** A signal-read choice from the very start and no clean audit: stored consent probably hid the before-choice phase */
  storedConsentHint: boolean;
  automation: PageRecord['consent']['automation'];
}

/** A choice read from stored consent arrives right with the page; a real answer takes the visitor at least this long. */
export const STORED_CHOICE_MS = 50;
const CMP_SCRIPT_TYPES: ReadonlySet<string> = new Set(['script', 'sub_frame']);

function cmpNameForTcfId(id: number): string | null {
  return CMPS.find((c) => c.tcfCmpIds?.includes(id))?.name ?? null;
}

function choiceView(c: Choice): ChoiceView {
  return { action: c.action, at: c.at, source: c.source, via: c.via };
}

/** Everything the consent header shows, from the record alone (no findings engine needed). */
export function consentView(r: PageRecord): ConsentView {
  const consent = r.consent;
  const scriptUrls = [...new Set(r.requests.filter((q) => CMP_SCRIPT_TYPES.has(q.type)).map((q) => q.url))];
  const cmps = detectCmps({
    scriptUrls,
    cookies: r.cookies.filter((c) => !c.removed).map((c) => ({ name: c.name, value: c.value })),
    storage: r.storage.map((s) => ({ key: s.key, value: s.value })),
    globals: consent?.globals ?? [],
    tcfCmpIds: tcfCmpIdsOf(consent?.tcf),
  }).map((d) => ({ id: d.cmpId, name: d.name, confidence: d.confidence, evidence: d.evidence.map((e) => `${e.kind}: ${e.detail}`) }));

  let tcf: ConsentView['tcf'] = null;
  const latest = consent?.tcf[consent.tcf.length - 1];
  if (latest) {
    const d = decodeTcString(latest.tcString);
    const cmpId = isTcError(d) ? latest.cmpId : d.cmpId;
    const cmpVersion = isTcError(d) ? latest.cmpVersion : d.cmpVersion;
    if (cmpId !== undefined) {
      tcf = { cmpId, cmpVersion: cmpVersion ?? 0, cmpName: cmpNameForTcfId(cmpId), eventStatus: latest.eventStatus, t: latest.t };
    }
  }

  let consentMode: ConsentView['consentMode'] = null;
  const commands: Array<{ t: number; cmd: ConsentCommand }> = [];
  for (const c of consent?.consentMode ?? []) {
    const cmd = Array.isArray(c.args) ? parseConsentCommand(c.args) : null;
    if (cmd) commands.push({ t: c.t, cmd });
  }
  if (commands.length > 0) {
    const state = replayConsentMode(commands);
    const rows = CONSENT_MODE_SIGNALS.flatMap((signal): ConsentModeRow[] => {
      const initial = state.defaults[signal] ?? null;
      const current = state.current[signal] ?? null;
      return initial === null && current === null ? [] : [{ signal, initial, current }];
    });
    consentMode = { rows, updated: state.firstUpdateAt !== null };
  }

  const choice = consent?.choice ?? null;
  const clean = consent?.clean ?? null;
  return {
    cmps, tcf,
    choice: choice ? choiceView(choice) : null,
    changes: (consent?.changes ?? []).map(choiceView),
    consentMode,
    clean: clean ? { at: clean.at, clearedCookies: clean.clearedCookies, storedConsent: clean.storedConsent } : null,
    storedConsentHint: !clean && [choice?.source === 'signal' ? choice : null, consent?.unconfirmed?.find((u) => u.reason === 'no-gesture')]
      .some((c) => c != null && Math.abs(c.at - r.startedAt) <= STORED_CHOICE_MS),
    automation: consent?.automation ?? [],
  };
}

/** The `detail` of a background answer (clean-audit, consent-action), checked since it crosses a message boundary. */
export function responseDetail(x: unknown): string | null {
  if (typeof x !== 'object' || x === null || !('detail' in x)) return null;
  return typeof x.detail === 'string' ? x.detail : null;
}
