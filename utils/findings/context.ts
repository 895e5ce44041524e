// Facts every rule reads, computed once per analysis: per-host tracker matches, IP places, phases, classifications.
import { CMPS, cmpById } from '../../data/cmps.ts';
import type { CookiePattern, CookiePurpose, TrackerCategory } from '../../data/types.ts';
import { detectCmps, readCmpChoice, tcfCmpIdsOf, type CmpChoice, type CmpDetection } from '../consent/cmp-detect.ts';
import { parseConsentCommand, replayConsentMode, type ConsentCommand, type ConsentModeState } from '../consent/consent-mode.ts';
import { decodeTcString, isTcError, type TcDecoded } from '../consent/tcf.ts';
import type { IpCountry } from '../knowledge/ip-country.ts';
import { phaseOf, type Phase } from '../record/phase.ts';
import type { Choice, CookieEntry, PageRecord, RequestEntry, StorageEntry } from '../record/record.ts';
import type { CollectorMatch } from '../knowledge/collector-match.ts';
import type { TrackerMatch } from '../knowledge/tracker-match.ts';
import { hostInfo } from '../url/party.ts';
import { hostOfUrl } from '../url/url.ts';
import { pathOf } from './identifiers.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { actionLabel, categoryLabel, purposeLabel } from './labels.ts';
import { phrase, type PhraseKey } from './phrases.ts';
import type {
  AnalyzedCookie, AnalyzedRequest, AnalyzedStorage, ConsentSummary, EvidenceItem, FormCheckbox, Lang, RequestTracker, TrackerInfo,
} from './types.ts';

export const DEFAULT_MAX_EVIDENCE = 10;
/** A choice found within this time after page start, with no clean start, was most likely stored earlier. */
/** A consent-manager choice this soon after page start was stored earlier: a visitor reading a banner needs longer. */
export const STORED_CHOICE_WINDOW_MS = 1000;
/** A signal-inferred accept this soon after a reject is the contradiction itself, not the visitor changing their mind. */
const CONTRADICTION_WINDOW_MS = 5000;

const CMP_SCRIPT_PATHS: readonly string[] = CMPS.flatMap((c) => c.scriptPaths ?? []);

export const EMBED_CATEGORIES: ReadonlySet<TrackerCategory> = new Set<TrackerCategory>(['fonts', 'video', 'maps']);
export const TRACKING_PURPOSES: ReadonlySet<CookiePurpose> = new Set<CookiePurpose>([
  'analytics', 'advertising', 'session-replay', 'marketing-automation', 'social',
]);
export const ESSENTIAL_PURPOSES: ReadonlySet<CookiePurpose> = new Set<CookiePurpose>(['necessary', 'consent', 'security']);

export interface AnalyzeOptions {
  lang?: Lang;
  /** Evidence items listed per finding; the rest are counted. Default 10. */
  maxEvidence?: number;
  /** Checkboxes from the page's forms (optional; otherwise read from `record.forms` when present). */
  forms?: readonly FormCheckbox[];
}

export interface HostFact {
  host: string;
  site: string;
  thirdParty: boolean;
  /** Host-level match (no path); requests carry their path-aware match. */
  match: TrackerMatch | null;
  isCmp: boolean;
}

export interface RequestFact {
  entry: RequestEntry;
  out: AnalyzedRequest;
  match: TrackerMatch | null;
  hostFact: HostFact;
  path: string;
  place: { ip: string; country: string | null; kind: IpCountry['kind'] | 'unknown' } | null;
  /** Tracking endpoint recognised by its request signature (path and parameters), on any host. */
  collector: CollectorMatch | null;
  /** Tracker that needs consent and is not a consent manager, or a collector that sends an identifier. */
  consentTracker: boolean;
}

export interface StoreFact {
  /** Why it counts as tracking, in the analysis language; null when it does not. */
  tracking: string | null;
  essential: boolean;
  pattern: CookiePattern | null;
}

export interface CookieFact extends StoreFact { entry: CookieEntry; out: AnalyzedCookie }
export interface StorageFact extends StoreFact { entry: StorageEntry; out: AnalyzedStorage }

export interface TcSnapshot { t: number; tcString: string; decoded: TcDecoded | null; error: string | null; source: 'tcf-api' | 'cookie' }

export interface Ctx {
  record: PageRecord;
  knowledge: Knowledge;
  lang: Lang;
  maxEvidence: number;
  forms: readonly FormCheckbox[];
  choice: Choice | null;
  requests: RequestFact[];
  cookies: CookieFact[];
  storage: StorageFact[];
  hosts: Map<string, HostFact>;
  /** Rejection window: from the reject to the visitor's later accept (if any). */
  rejectWindow: { from: number; to: number } | null;
  cmps: CmpDetection[];
  cmpChoices: CmpChoice[];
  /** Distinct TC strings in order of appearance (TCF API first, the euconsent-v2 cookie as fallback). */
  tcStrings: TcSnapshot[];
  consentMode: ConsentModeState | null;
  storedConsentAtStart: { detail: string } | null;
  rel(t: number): number;
  trackerInfo(m: TrackerMatch): TrackerInfo;
  scriptMatch(url: string | undefined): TrackerMatch | null;
}

function isRecordLike(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isFormCheckbox(x: unknown): x is FormCheckbox {
  return isRecordLike(x) && typeof x.t === 'number' && typeof x.label === 'string' && typeof x.checkedByDefault === 'boolean'
    && typeof x.frameUrl === 'string';
}

/** Optional `forms` on the record (added by a DOM-side collector), validated item by item. */
export function formsOf(record: PageRecord, given: readonly FormCheckbox[] | undefined): FormCheckbox[] {
  const raw: unknown = given ?? ('forms' in record ? record.forms : undefined);
  return Array.isArray(raw) ? raw.slice(0, 2000).filter(isFormCheckbox) : [];
}

function scriptOfInitiator(initiator: string | undefined): string | null {
  return initiator?.startsWith('script:') ? initiator.slice(7) : null;
}

export function isConsentTracker(m: TrackerMatch | null, isCmp: boolean): boolean {
  return m !== null && !isCmp && m.tracker.needsConsent && m.tracker.category !== 'consent-manager';
}

function requestTracker(t: TrackerInfo): RequestTracker {
  return {
    name: t.name, company: t.company, companyCountry: t.companyCountry, category: t.category,
    parent: t.parent, parentCountry: t.parentCountry, transferCountries: t.transferCountries, dpf: t.dpf,
  };
}

export function buildContext(record: PageRecord, knowledge: Knowledge, options: AnalyzeOptions = {}): Ctx {
  const lang = options.lang === 'de' ? 'de' : 'en';
  const choice = record.consent?.choice ?? null;
  const start = record.startedAt;
  const matcher = knowledge.trackers;
  const infoCache = new Map<string, TrackerInfo>();
  const scriptCache = new Map<string, TrackerMatch | null>();
  const ipCache = new Map<string, IpCountry | null>();
  const hosts = new Map<string, HostFact>();

  const trackerInfo = (m: TrackerMatch): TrackerInfo => {
    let info = infoCache.get(m.tracker.id);
    if (!info) {
      const r = knowledge.recipients(m.company);
      info = {
        id: m.tracker.id, name: m.tracker.name, company: m.company.name, companyCountry: m.company.country,
        parent: r.parent, parentCountry: r.parentCountry, dpf: r.dpf, transferCountries: r.transferCountries,
        destinations: r.destinations, recipientsResearched: r.researched,
        category: m.tracker.category, needsConsent: m.tracker.needsConsent,
      };
      infoCache.set(m.tracker.id, info);
    }
    return info;
  };

  const isCmpHost = (host: string): boolean => knowledge.cmpHosts.some((h) => host === h || host.endsWith(`.${h}`));

  const hostFact = (host: string, thirdParty: boolean, site: string): HostFact => {
    let f = hosts.get(host);
    if (!f) {
      f = { host, site, thirdParty, match: host ? matcher.match(host) : null, isCmp: host ? isCmpHost(host) : false };
      hosts.set(host, f);
    }
    return f;
  };

  const scriptMatch = (url: string | undefined): TrackerMatch | null => {
    if (!url) return null;
    let m = scriptCache.get(url);
    if (m === undefined) {
      const host = hostOfUrl(url);
      m = host ? matcher.match(host, pathOf(url)) : null;
      scriptCache.set(url, m);
    }
    return m;
  };

  const ipPlace = (ip: string | undefined): RequestFact['place'] => {
    if (!ip) return null;
    if (!knowledge.ipLookup) return { ip, country: null, kind: 'unknown' };
    let c = ipCache.get(ip);
    if (c === undefined) {
      try {
        c = knowledge.ipLookup(ip);
      } catch {
        c = null;
      }
      ipCache.set(ip, c);
    }
    return c ? { ip, country: c.country, kind: c.kind } : { ip, country: null, kind: 'unknown' };
  };

  const collectors = knowledge.collectors;
  const collectorOf = (url: string, path: string, method: string): CollectorMatch | null => {
    if (!collectors) return null;
    const q = url.indexOf('?');
    const hash = url.indexOf('#', q < 0 ? 0 : q);
    return collectors.match(path, q < 0 ? '' : url.slice(q + 1, hash < 0 ? undefined : hash), method);
  };

  const requests: RequestFact[] = [];
  for (const entry of record.requests ?? []) {
    const host = typeof entry.host === 'string' ? entry.host : '';
    const thirdParty = entry.party === 'third';
    const hf = hostFact(host, thirdParty, entry.site || (host ? hostInfo(host).site : ''));
    const path = pathOf(entry.url);
    // Path overrides only exist on some hosts; the host-level match is reused otherwise.
    const match = hf.match && hf.match.tracker.paths ? matcher.match(host, path) : hf.match;
    const place = ipPlace(entry.ip);
    const phase = phaseOf(entry.t, choice);
    const out: AnalyzedRequest = {
      id: entry.id, url: entry.url, host, site: hf.site, thirdParty,
      tracker: match ? requestTracker(trackerInfo(match)) : null,
      serverIp: entry.ip ?? null, serverCountry: place?.country ?? null, phase, t: entry.t - start, type: entry.type, method: entry.method,
      script: scriptOfInitiator(entry.initiator),
    };
    const collector = collectorOf(entry.url, path, entry.method);
    const consentTracker = isConsentTracker(match, hf.isCmp) || (match === null && collector?.needsConsent === true);
    requests.push({ entry, out, match, hostFact: hf, path, place, collector, consentTracker });
  }

  const lookupName = (name: string): CookiePattern | null => {
    try {
      return knowledge.cookies.lookup(name);
    } catch {
      return null;
    }
  };

  const ownerName = (id: string | null): string | null => (id ? knowledge.trackerById.get(id)?.name ?? id : null);

  /** Tracking reason for a cookie or storage key; essential known names never count. */
  const classify = (pattern: CookiePattern | null, candidates: Array<[TrackerMatch | null, boolean, PhraseKey]>): StoreFact => {
    if (pattern && ESSENTIAL_PURPOSES.has(pattern.purpose)) return { tracking: null, essential: true, pattern };
    if (pattern && pattern.needsConsent && TRACKING_PURPOSES.has(pattern.purpose)) {
      const owner = ownerName(pattern.owner);
      const vars = { purpose: purposeLabel(pattern.purpose, lang), description: pattern.description };
      return { tracking: owner ? phrase(lang, 'trackingPatternOwned', { ...vars, owner }) : phrase(lang, 'trackingPattern', vars), essential: false, pattern };
    }
    for (const [m, cmp, how] of candidates) {
      if (m && isConsentTracker(m, cmp)) {
        return { tracking: phrase(lang, how, { tracker: m.tracker.name, category: categoryLabel(m.tracker.category, lang) }), essential: false, pattern };
      }
    }
    return { tracking: null, essential: false, pattern };
  };

  const cookies: CookieFact[] = [];
  for (const entry of record.cookies ?? []) {
    const pattern = lookupName(entry.name);
    const domainMatch = entry.domain ? matcher.match(entry.domain) : null;
    const byScript = scriptMatch(entry.script);
    const byResponse = scriptMatch(entry.setByUrl);
    // Stored: the browser confirmed it, or a server's Set-Cookie asked for it; a page-only report is an attempt.
    const stored = entry.refused === undefined && ((entry.confirmedBy ?? []).includes('browser') || entry.setByUrl !== undefined);
    const classified = classify(pattern, [
      [domainMatch, entry.domain ? isCmpHost(entry.domain) : false, 'trackingOnDomain'],
      [byResponse, entry.setByUrl ? isCmpHost(hostOfUrl(entry.setByUrl) ?? '') : false, 'trackingByResponse'],
      [byScript, entry.script ? isCmpHost(hostOfUrl(entry.script) ?? '') : false, 'trackingByScript'],
    ]);
    const fact = stored ? classified : { ...classified, tracking: null };
    const out: AnalyzedCookie = {
      name: entry.name, domain: entry.domain, thirdParty: entry.party === 'third', setBy: entry.setBy,
      phase: phaseOf(entry.t, choice), lastPhase: phaseOf(entry.lastT, choice), purpose: pattern?.purpose ?? null,
      owner: pattern?.owner ?? null, ownerName: ownerName(pattern?.owner ?? null), needsConsent: pattern ? pattern.needsConsent : null,
      description: pattern?.description ?? null, script: entry.script ?? null, attribution: entry.attribution ?? null, setByUrl: entry.setByUrl ?? null,
      t: entry.t - start, lastT: entry.lastT - start, writes: entry.writes, valueLength: entry.valueLength, removed: entry.removed,
      confirmedBy: [...(entry.confirmedBy ?? [])], stored, refused: entry.refused ?? null,
    };
    cookies.push({ ...fact, entry, out });
  }

  const storage: StorageFact[] = [];
  for (const entry of record.storage ?? []) {
    const pattern = lookupName(entry.key);
    const hostMatch = entry.host ? matcher.match(entry.host) : null;
    const byScript = scriptMatch(entry.script);
    const fact = classify(pattern, [
      [hostMatch, entry.host ? isCmpHost(entry.host) : false, 'trackingInOrigin'],
      [byScript, entry.script ? isCmpHost(hostOfUrl(entry.script) ?? '') : false, 'trackingByScript'],
    ]);
    const out: AnalyzedStorage = {
      kind: entry.kind, origin: entry.origin, host: entry.host, key: entry.key, thirdParty: entry.party === 'third',
      phase: phaseOf(entry.t, choice), lastPhase: phaseOf(entry.lastT, choice), purpose: pattern?.purpose ?? null,
      owner: pattern?.owner ?? null, ownerName: ownerName(pattern?.owner ?? null), needsConsent: pattern ? pattern.needsConsent : null,
      script: entry.script ?? null, attribution: entry.attribution ?? null, t: entry.t - start, lastT: entry.lastT - start, writes: entry.writes,
      valueLength: entry.valueLength,
    };
    storage.push({ ...fact, entry, out });
  }

  const consent = record.consent;
  const liveCookies = (record.cookies ?? []).filter((c) => !c.removed).map((c) => ({ name: c.name, value: c.value }));
  const storagePairs = (record.storage ?? []).map((s) => ({ key: s.key, value: s.value }));
  // Only scripts that can be a CMP's: CMP hosts (cached per host) or self-hosted plugin paths; detectCmps re-checks them.
  const scriptUrls = Array.from(new Set(requests.filter((r) => (r.entry.type === 'script' || r.entry.type === 'sub_frame')
    && (r.hostFact.isCmp || CMP_SCRIPT_PATHS.some((p) => r.path.includes(p)))).map((r) => r.entry.url)));
  const cmps = detectCmps({ scriptUrls, cookies: liveCookies, storage: storagePairs, globals: consent?.globals ?? [], tcfCmpIds: tcfCmpIdsOf(consent?.tcf) });
  const cmpChoices = cmps.flatMap((d) => {
    const sig = cmpById(d.cmpId);
    return sig ? [readCmpChoice(sig, liveCookies, storagePairs)] : [];
  });

  const tcStrings = collectTcStrings(record);
  const commands: { t: number; cmd: ConsentCommand }[] = [];
  for (const c of consent?.consentMode ?? []) {
    const cmd = Array.isArray(c.args) ? parseConsentCommand(c.args) : null;
    if (cmd) commands.push({ t: c.t, cmd });
  }
  const consentMode = commands.length > 0 ? replayConsentMode(commands) : null;

  return {
    record, knowledge, lang,
    maxEvidence: Math.max(1, Math.floor(options.maxEvidence ?? DEFAULT_MAX_EVIDENCE)),
    forms: formsOf(record, options.forms),
    choice, requests, cookies, storage, hosts,
    rejectWindow: rejectWindowOf(choice, consent?.changes ?? []),
    cmps, cmpChoices, tcStrings, consentMode,
    storedConsentAtStart: storedAtStart(record, tcStrings, lang),
    rel: (t) => t - start,
    trackerInfo, scriptMatch,
  };
}

/** From the reject to the visitor's later accept; a signal-inferred accept right after the reject does not end it. */
export function rejectWindowOf(choice: Choice | null, changes: readonly Choice[]): { from: number; to: number } | null {
  if (!choice || choice.action !== 'reject') return null;
  const later = changes.find((c) => c.action === 'accept' && c.at > choice.at
    && (c.source !== 'signal' || c.at - choice.at > CONTRADICTION_WINDOW_MS));
  return { from: choice.at, to: later ? later.at : Number.POSITIVE_INFINITY };
}

function decode(s: string): { decoded: TcDecoded | null; error: string | null } {
  const d = decodeTcString(s);
  return isTcError(d) ? { decoded: null, error: d.error } : { decoded: d, error: null };
}

function collectTcStrings(record: PageRecord): TcSnapshot[] {
  const out: TcSnapshot[] = [];
  const seen = new Set<string>();
  for (const e of record.consent?.tcf ?? []) {
    if (typeof e.tcString !== 'string' || e.tcString === '' || seen.has(e.tcString)) continue;
    seen.add(e.tcString);
    out.push({ t: e.t, tcString: e.tcString, source: 'tcf-api', ...decode(e.tcString) });
  }
  // The cookie holds only its latest value, written at lastT.
  const cookie = (record.cookies ?? []).find((c) => c.name === 'euconsent-v2' && !c.removed && c.value !== '');
  if (cookie && !seen.has(cookie.value)) out.push({ t: cookie.lastT, tcString: cookie.value, source: 'cookie', ...decode(cookie.value) });
  return out.sort((a, b) => a.t - b.t);
}

/** Not started clean, and a choice or a consenting TC string was there from the start (no banner shown before it). */
function storedAtStart(record: PageRecord, tcStrings: readonly TcSnapshot[], lang: Lang): { detail: string } | null {
  const consent = record.consent;
  if (!consent || consent.clean) return null;
  // A stored answer is re-signalled at load, before any visitor gesture: then it is an unconfirmed claim, not the choice.
  const claim = consent.unconfirmed?.find((u) => u.reason === 'no-gesture') ?? null;
  const choice = consent.choice?.source === 'signal' ? consent.choice : claim;
  const uiShownAt = consent.tcf.find((e) => e.eventStatus === 'cmpuishown')?.t ?? null;
  const userAct = consent.automation.some((a) => a.status === 'done' || a.status === 'started');
  // TCF useractioncomplete is an answer given on this page, however fast.
  const answeredHere = choice?.via.startsWith('tcf:useractioncomplete') ?? false;
  if (choice && choice.source === 'signal' && !answeredHere && choice.at - record.startedAt <= STORED_CHOICE_WINDOW_MS && !userAct) {
    return { detail: phrase(lang, 'storedChoice', { action: actionLabel(choice.action, lang), via: choice.via, ms: Math.round(choice.at - record.startedAt) }) };
  }
  const firstTc = consent.tcf[0];
  if (firstTc && firstTc.eventStatus !== 'useractioncomplete' && (uiShownAt === null || firstTc.t < uiShownAt)) {
    const snap = tcStrings.find((s) => s.tcString === firstTc.tcString);
    if (snap?.decoded?.anyConsent && firstTc.t - record.startedAt <= STORED_CHOICE_WINDOW_MS) {
      return { detail: phrase(lang, 'storedTcString', { purposes: snap.decoded.purposeConsents.join(','), status: firstTc.eventStatus }) };
    }
  }
  return null;
}

export function consentSummaryOf(ctx: Ctx, mismatches: ConsentSummary['mismatches']): ConsentSummary {
  const latest = ctx.tcStrings[ctx.tcStrings.length - 1];
  return {
    cmps: ctx.cmps,
    cmpChoices: ctx.cmpChoices,
    choice: ctx.choice,
    changes: ctx.record.consent?.changes ?? [],
    tcf: latest ? { t: ctx.rel(latest.t), source: latest.source, tcString: latest.tcString, decoded: latest.decoded, error: latest.error } : null,
    consentMode: ctx.consentMode,
    mismatches,
    storedConsentAtStart: ctx.storedConsentAtStart !== null,
    cleanStart: ctx.record.consent?.clean != null,
  };
}

// ---------------------------------------------------------------- evidence items

export function requestItem(r: RequestFact): EvidenceItem {
  return {
    kind: 'request', url: r.entry.url.length > 2000 ? `${r.entry.url.slice(0, 2000)}…` : r.entry.url, host: r.out.host, t: r.out.t,
    phase: r.out.phase, type: r.out.type, method: r.out.method, serverIp: r.out.serverIp, serverCountry: r.out.serverCountry,
    script: r.out.script,
  };
}

export function cookieItem(c: CookieFact): EvidenceItem {
  return {
    kind: 'cookie', name: c.out.name, domain: c.out.domain, valueLength: c.out.valueLength, t: c.out.t, lastT: c.out.lastT,
    phase: c.out.phase, setBy: c.out.setBy, writes: c.out.writes, script: c.out.script, setByUrl: c.out.setByUrl, purpose: c.out.purpose,
  };
}

export function storageItem(s: StorageFact): EvidenceItem {
  return {
    kind: 'storage', storageKind: s.out.kind, origin: s.out.origin, key: s.out.key, valueLength: s.out.valueLength, t: s.out.t,
    lastT: s.out.lastT, phase: s.out.phase, writes: s.out.writes, script: s.out.script,
  };
}

export type { Phase };
