// The per-page audit record and the reducer that builds it from the event log. Pure: same events, same record.
import { choiceFromCmpStore, choiceFromTcf, isCmpStoreName } from '../consent/choice-inference.ts';
import type {
  AuditEvent, AutomationStatus, ChoiceSource, ConsentAction, CookieEvent, FormCheckbox, PageCookieWrite, PageEvent, PageStorageWrite, ResourceKind, Source,
  StorageKind,
} from '../observe/events.ts';
import { domainMatches, hostInfo, partyOf, type Party } from '../url/party.ts';
import { cookieDomainToAscii, hostOfUrl, parseUrl } from '../url/url.ts';

export const RECORD_VERSION = 1;

export interface RequestEntry {
  /** webRequest id, with `#n` for the n-th redirect hop */
  id: string;
  url: string;
  host: string;
  site: string;
  party: Party;
  type: ResourceKind | 'beacon';
  method: string;
  t: number;
  frameId: number;
  frameUrl?: string;
  initiator?: string;
  status?: number;
  ip?: string;
  fromCache?: boolean;
  error?: string;
  redirectTo?: string;
  /** Names of cookies this response tried to set */
  setCookies: string[];
  viaWorker?: boolean;
  source: Source;
}

export type CookieSetter = 'http' | 'script' | 'unknown';

export interface CookieEntry {
  name: string;
  domain: string;
  path: string;
  party: Party;
  setBy: CookieSetter;
  /** First write seen */
  t: number;
  lastT: number;
  writes: number;
  value: string;
  valueLength: number;
  removed: boolean;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
  session?: boolean;
  expires?: number;
  /** Script URL that wrote it (script cookies, from the page's stack) */
  script?: string;
  /** Request whose response set it (http cookies) */
  setByUrl?: string;
  /** 'browser' when cookies.onChanged confirmed the cookie was stored; 'page' when only the page reported the write */
  confirmedBy: Source[];
  /** Where the write was attempted from (frame URL for script writes) */
  frameUrl?: string;
}

export interface StorageEntry {
  kind: StorageKind;
  origin: string;
  host: string;
  party: Party;
  key: string;
  value: string;
  valueLength: number;
  t: number;
  lastT: number;
  writes: number;
  script?: string;
  frameUrl: string;
  source: Source;
}

export interface RedirectHop { from: string; to: string; status: number; t: number }

export interface RecordError { t: number; where: string; message: string }

export interface Choice { action: ConsentAction; at: number; source: ChoiceSource; via: string }

export interface ConsentRecord {
  /** The first answer to the banner: the boundary between "before choice" and "after accept/reject" */
  choice: Choice | null;
  /** Later answers (the visitor changed their mind) */
  changes: Choice[];
  tcf: Array<{ t: number; tcString: string; eventStatus: string; cmpId?: number; cmpVersion?: number; gdprApplies?: boolean; frameUrl: string }>;
  consentMode: Array<{ t: number; args: unknown[]; frameUrl: string }>;
  gpp: Array<{ t: number; gppString: string; sections: number[]; frameUrl: string }>;
  /** CMP globals the page defined */
  globals: string[];
  automation: Array<{ t: number; status: AutomationStatus; action?: ConsentAction; cmp?: string; detail?: string }>;
  /** Set when the audit was started clean: what was cleared and which stored consent was found first */
  clean: { at: number; clearedCookies: number; clearedOrigins: string[]; storedConsent: string[] } | null;
}

const SIGNAL_LIST_MAX = 500;
/** CMP cookie writes this close together belong to one answer. */
const CMP_BURST_MS = 1000;

export interface PageRecord {
  v: typeof RECORD_VERSION;
  tabId: number;
  url: string;
  /** Registrable domain of the top-level page: the first party */
  site: string;
  startedAt: number;
  /** Set when events arrived for a page whose navigation was not seen (extension installed while it was open) */
  partial: boolean;
  redirects: RedirectHop[];
  requests: RequestEntry[];
  cookies: CookieEntry[];
  storage: StorageEntry[];
  consent: ConsentRecord;
  /** Checkboxes of the page's forms as first seen (for the pre-ticked consent checkbox finding) */
  forms: Array<FormCheckbox & { t: number; frameUrl: string }>;
  errors: RecordError[];
}

const STORED_VALUE_MAX = 4096;

function cap(value: string): string {
  return value.length > STORED_VALUE_MAX ? value.slice(0, STORED_VALUE_MAX) : value;
}

const PAGE_KINDS: ReadonlySet<string> = new Set<PageEvent['k']>(['pcookie', 'pstorage', 'pbeacon', 'pres', 'ptcf', 'pgcm', 'pgpp', 'pcmp', 'pform']);
function isPageEvent(ev: AuditEvent): ev is PageEvent {
  return PAGE_KINDS.has(ev.k);
}

export function newPage(tabId: number, url: string, t: number, partial = false): PageRecord {
  const host = parseUrl(url)?.host ?? '';
  return {
    v: RECORD_VERSION, tabId, url, site: host ? hostInfo(host).site : '', startedAt: t, partial,
    redirects: [], requests: [], cookies: [], storage: [], errors: [],
    consent: { choice: null, changes: [], tcf: [], consentMode: [], gpp: [], globals: [], automation: [], clean: null },
    forms: [],
  };
}

/**
 * Request id -> its current entry. Recent ids sit in two bounded generations (a full young map becomes the old one);
 * older ones are found by scanning the page's requests backwards. A huge page thus keeps a small, cache-friendly index
 * for the common case (response right after request), and a late event for an old request still finds its entry.
 */
export class RequestIndex {
  private young = new Map<string, RequestEntry>();
  private old = new Map<string, RequestEntry>();

  constructor(private readonly generation: number) {}

  /** Same answer as a Map of every id ever set and not deleted: the latest entry of the id unless a redirect closed it. */
  get(requestId: string, hop: number, requests: readonly RequestEntry[]): RequestEntry | undefined {
    const hit = this.young.get(requestId) ?? this.old.get(requestId);
    if (hit !== undefined) return hit;
    // Hop entries are `id#hop`; an orphan (start event lost) keeps the bare id. (Browser ids are numbers, so a raw id
    // with a '#' cannot be confused with a hop of another request.)
    const hopId = hop > 0 ? `${requestId}#${hop}` : requestId;
    for (let i = requests.length - 1; i >= 0; i--) {
      const e = requests[i];
      if (e !== undefined && e.source === 'browser' && (e.id === requestId || e.id === hopId)) return e.redirectTo === undefined ? e : undefined;
    }
    return undefined;
  }

  set(requestId: string, entry: RequestEntry): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(requestId, entry);
  }

  delete(requestId: string): void {
    this.young.delete(requestId);
    this.old.delete(requestId);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  /** Ids held in the maps (the rest are reached by the scan). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}

/** A host this page talked to: the first string seen for it (shared by all its entries) and its registrable domain. */
interface KnownHost { host: string; site: string }

/** Resource Timing's initiatorType as the closest webRequest type. */
function kindOfInitiator(initiator: string): ResourceKind {
  switch (initiator) {
    case 'script': return 'script';
    case 'img': case 'image': case 'input': return 'image';
    case 'css': case 'link': return 'stylesheet';
    case 'fetch': case 'xmlhttprequest': return 'xmlhttprequest';
    case 'iframe': case 'frame': return 'sub_frame';
    case 'beacon': case 'ping': return 'ping';
    case 'video': case 'audio': case 'track': return 'media';
    default: return 'other';
  }
}

/** Matches the page's Resource Timing reports with the browser's requests by URL, in both arrival orders. */
class ResourceMatch {
  /** URL → browser requests not yet matched by a page report */
  private readonly browser = new Map<string, number>();
  /** URL → page-reported requests with no browser events (yet) */
  private readonly pageOnly = new Map<string, RequestEntry[]>();

  static of(requests: readonly RequestEntry[]): ResourceMatch {
    const m = new ResourceMatch();
    for (const r of requests) if (r.source === 'browser' && r.type !== 'main_frame' && !r.id.includes('#')) m.countBrowser(r.url);
    return m;
  }

  countBrowser(url: string): void {
    this.browser.set(url, (this.browser.get(url) ?? 0) + 1);
  }

  takeBrowser(url: string): boolean {
    const n = this.browser.get(url) ?? 0;
    if (n === 0) return false;
    if (n === 1) this.browser.delete(url);
    else this.browser.set(url, n - 1);
    return true;
  }

  addPageOnly(entry: RequestEntry): void {
    const list = this.pageOnly.get(entry.url);
    if (list) list.push(entry);
    else this.pageOnly.set(entry.url, [entry]);
  }

  takePageOnly(url: string): RequestEntry | undefined {
    if (this.pageOnly.size === 0) return undefined;
    const list = this.pageOnly.get(url);
    const e = list?.shift();
    if (list && list.length === 0) this.pageOnly.delete(url);
    return e;
  }
}

/** Mutable builder with indexes; `record` is what gets shown and exported. */
export class RecordBuilder {
  record: PageRecord | null = null;
  private reqIndex: RequestIndex;
  private hops = new Map<string, number>();
  private cookieIndex = new Map<string, CookieEntry>();
  private storageIndex = new Map<string, StorageEntry>();
  private mainRequestId: string | null = null;
  /** Which views (header, page, browser) have reported the latest write of a cookie */
  private writeViews = new WeakMap<CookieEntry, Set<Source | 'header'>>();
  /** Hosts the page talked to, for attributing cookies.onChanged (which has no tab) */
  readonly hosts = new Set<string>();
  /** Same hosts with their site: one lookup per request, and one host string per host instead of one per request */
  private knownHosts = new Map<string, KnownHost>();
  /** Resource Timing reconciliation, from the page's first report on (null until then: no cost for the rest) */
  private resources: ResourceMatch | null = null;
  /** The note said of a page-only request, withdrawn if its browser events turn up after all */
  private pageOnlyNotes = new WeakMap<RequestEntry, RecordError>();

  /** @param indexSize request ids kept in the fast index; older ones are found by a scan (tests make it small). */
  constructor(readonly tabId: number, indexSize = 2048) {
    this.reqIndex = new RequestIndex(Math.max(1, Math.floor(indexSize / 2)));
  }

  private findRequest(requestId: string): RequestEntry | undefined {
    const hop = this.hops.size === 0 ? 0 : this.hops.get(requestId) ?? 0;
    return this.reqIndex.get(requestId, hop, this.record?.requests ?? []);
  }

  private page(t: number, url = ''): PageRecord {
    if (!this.record) this.record = newPage(this.tabId, url, t, true);
    return this.record;
  }

  private reset(url: string, t: number, requestId: string): void {
    this.record = newPage(this.tabId, url, t);
    this.reqIndex.clear();
    this.hops.clear();
    this.cookieIndex.clear();
    this.storageIndex.clear();
    this.hosts.clear();
    this.knownHosts.clear();
    this.resources = null;
    this.mainRequestId = requestId;
  }

  apply(ev: AuditEvent): void {
    // A page report written before this record's navigation started is the previous document's: it reaches the worker
    // after the next navigation began (reports of a page left before its load are sent at its pagehide).
    if (this.record && !this.record.partial && isPageEvent(ev) && ev.t < this.record.startedAt) return;
    switch (ev.k) {
      case 'nav':
        // A main-frame redirect keeps its requestId: same page, longer chain.
        if (ev.requestId !== this.mainRequestId || !this.record) this.reset(ev.url, ev.t, ev.requestId);
        return;
      case 'redirect': {
        const page = this.page(ev.t);
        const entry = this.findRequest(ev.requestId);
        if (entry) {
          entry.redirectTo = ev.to;
          entry.status = ev.status;
          if (ev.ip) entry.ip = ev.ip;
        }
        if (ev.requestId === this.mainRequestId) {
          page.redirects.push({ from: ev.from, to: ev.to, status: ev.status, t: ev.t });
          page.url = ev.to;
          const host = parseUrl(ev.to)?.host ?? '';
          page.site = host ? hostInfo(host).site : page.site;
        }
        this.hops.set(ev.requestId, (this.hops.get(ev.requestId) ?? 0) + 1);
        this.reqIndex.delete(ev.requestId);
        return;
      }
      case 'req': {
        const page = this.page(ev.t, ev.type === 'main_frame' ? ev.url : '');
        // Most pages redirect few requests: skip the lookup while none has.
        const hop = this.hops.size === 0 ? 0 : this.hops.get(ev.requestId) ?? 0;
        // Resource Timing names a request by its first URL: redirect hops are not matched.
        const matchable = this.resources !== null && ev.type !== 'main_frame' && hop === 0;
        if (matchable) {
          const early = this.claimPageOnly(ev.url, ev.requestId);
          if (early) {
            // The page's report came first (the worker was restarting): its entry becomes the browser's.
            early.type = ev.type;
            early.method = ev.method;
            early.t = Math.min(early.t, ev.t);
            early.frameId = ev.frameId;
            if (ev.frameUrl) early.frameUrl = ev.frameUrl;
            if (ev.initiator) early.initiator = ev.initiator;
            if (ev.viaWorker) early.viaWorker = true;
            return;
          }
        }
        const entry = this.newEntry(page, hop ? `${ev.requestId}#${hop}` : ev.requestId, ev.url, ev.t, ev.type, ev.method, ev.frameId, 'browser');
        if (ev.frameUrl) entry.frameUrl = ev.frameUrl;
        if (ev.initiator) entry.initiator = ev.initiator;
        if (ev.viaWorker) entry.viaWorker = true;
        if (entry.host === '' && hostOfUrl(ev.url) === null) page.errors.push({ t: ev.t, where: 'request', message: `unparseable URL kept as is: ${ev.url.slice(0, 200)}` });
        page.requests.push(entry);
        this.reqIndex.set(ev.requestId, entry);
        if (matchable) this.resources?.countBrowser(ev.url);
        return;
      }
      case 'pres':
        this.applyPageResource(ev.t, ev.url, ev.initiator, ev.frameUrl);
        return;
      case 'resp': {
        const entry = this.findRequest(ev.requestId) ?? this.orphan(ev.requestId, ev.url, ev.t);
        entry.status = ev.status;
        entry.fromCache = ev.fromCache;
        if (ev.ip) entry.ip = ev.ip;
        for (const c of ev.setCookies) {
          if (!entry.setCookies.includes(c.name)) entry.setCookies.push(c.name);
          const domain = c.domain ? c.domain.replace(/^\./, '').toLowerCase() : entry.host;
          this.noteCookieWrite({
            name: c.name, domain, path: c.path ?? '/', value: c.value, t: ev.t, setBy: 'http', setByUrl: entry.url,
            source: 'header', httpOnly: c.httpOnly, secure: c.secure, ...(c.sameSite ? { sameSite: c.sameSite } : {}),
          });
        }
        return;
      }
      case 'reqerr': {
        const entry = this.findRequest(ev.requestId) ?? this.orphan(ev.requestId, ev.url, ev.t);
        entry.error = ev.error;
        return;
      }
      case 'cookie':
        this.applyBrowserCookie(ev);
        if (!ev.removed && isCmpStoreName(ev.name)) this.inferFromCmpStore(ev.t);
        return;
      case 'pcookie':
        this.applyPageCookie(ev);
        if (isCmpStoreName(ev.name)) this.inferFromCmpStore(ev.t);
        return;
      case 'pstorage':
        this.applyStorage(ev);
        if (isCmpStoreName(ev.key)) this.inferFromCmpStore(ev.t);
        return;
      case 'pbeacon': {
        const page = this.page(ev.t);
        const host = parseUrl(ev.url)?.host ?? '';
        // The browser's own 'ping' request is the ground truth; the page report adds the script.
        const twin = page.requests.find((r) => r.type === 'ping' && r.url === ev.url && !r.initiator?.startsWith('script:'));
        if (twin) {
          if (ev.script) twin.initiator = `script:${ev.script}`;
          return;
        }
        page.requests.push({
          id: `beacon:${page.requests.length}`, url: ev.url, host, site: host ? hostInfo(host).site : '',
          party: partyOf(host, page.site), type: 'beacon', method: 'POST', t: ev.t, frameId: -1, frameUrl: ev.frameUrl,
          ...(ev.script ? { initiator: `script:${ev.script}` } : {}), setCookies: [], source: 'page',
        });
        return;
      }
      case 'error':
        this.page(ev.t).errors.push({ t: ev.t, where: ev.where, message: ev.message });
        return;
      case 'ptcf': {
        const c = this.page(ev.t).consent;
        const last = c.tcf[c.tcf.length - 1];
        if (!last || last.tcString !== ev.tcString || last.eventStatus !== ev.eventStatus) {
          const { k: _k, ...rest } = ev;
          pushCapped(c.tcf, rest);
        }
        const inferred = choiceFromTcf(ev.eventStatus, ev.tcString);
        if (inferred) this.noteChoice({ ...inferred, at: ev.t, source: 'signal' });
        return;
      }
      case 'pgcm': {
        const { k: _k, ...rest } = ev;
        pushCapped(this.page(ev.t).consent.consentMode, rest);
        return;
      }
      case 'pgpp': {
        const c = this.page(ev.t).consent;
        if (c.gpp[c.gpp.length - 1]?.gppString !== ev.gppString) {
          const { k: _k, ...rest } = ev;
          pushCapped(c.gpp, rest);
        }
        return;
      }
      case 'pcmp': {
        const c = this.page(ev.t).consent;
        for (const g of ev.globals) if (!c.globals.includes(g) && c.globals.length < 50) c.globals.push(g);
        return;
      }
      case 'pform': {
        const page = this.page(ev.t);
        for (const box of ev.checkboxes) {
          const same = (f: PageRecord['forms'][number]): boolean => f.frameUrl === ev.frameUrl && f.label === box.label && f.name === box.name;
          if (page.forms.length < SIGNAL_LIST_MAX && !page.forms.some(same)) page.forms.push({ ...box, t: ev.t, frameUrl: ev.frameUrl });
        }
        return;
      }
      case 'choice':
        this.noteChoice({ action: ev.action, at: ev.t, source: ev.source, via: ev.via });
        return;
      case 'auto': {
        const { k: _k, ...rest } = ev;
        pushCapped(this.page(ev.t).consent.automation, rest);
        return;
      }
      case 'clean': {
        const { k: _k, t, ...rest } = ev;
        this.page(t).consent.clean = { at: t, ...rest };
        return;
      }
    }
  }

  /** The earliest answer is the phase boundary; an automation click beats the signal it caused. */
  private noteChoice(choice: Choice): void {
    const c = this.page(choice.at).consent;
    const first = c.choice;
    if (!first) {
      c.choice = choice;
      return;
    }
    const sameAnswer = first.action === choice.action && Math.abs(first.at - choice.at) < 5000;
    if (sameAnswer) {
      if (choice.at < first.at || (first.source === 'signal' && choice.source !== 'signal')) {
        c.choice = { ...choice, at: Math.min(first.at, choice.at) };
      }
      return;
    }
    if (choice.at < first.at) {
      c.changes.unshift(first);
      c.choice = choice;
    } else if (!c.changes.some((x) => x.action === choice.action && Math.abs(x.at - choice.at) < 5000)) {
      pushCapped(c.changes, choice);
    }
  }

  /** A CMP cookie or storage key changed: the banner may just have been answered by hand. */
  private inferFromCmpStore(t: number): void {
    const page = this.page(t);
    const live = page.cookies.filter((c) => !c.removed);
    const inferred = choiceFromCmpStore(live.map((c) => ({ name: c.name, value: c.value })), page.storage.map((s) => ({ key: s.key, value: s.value })));
    if (!inferred) return;
    // The answer is the burst of CMP writes that ends with the latest one (not a late report of an older write):
    // its first write is the moment of choice, so the CMP's own cookies of that burst are all after it.
    const times: number[] = [];
    for (const c of live) if (isCmpStoreName(c.name)) times.push(c.lastT);
    for (const st of page.storage) if (isCmpStoreName(st.key)) times.push(st.lastT);
    const latest = times.length ? Math.max(...times) : t;
    const at = Math.min(latest, ...times.filter((x) => x >= latest - CMP_BURST_MS));
    this.noteChoice({ ...inferred, at, source: 'signal' });
  }

  /** A response whose request event was lost (worker stopped between the two): keep the request, say so. */
  private orphan(requestId: string, url: string, t: number): RequestEntry {
    const early = this.resources === null ? null : this.claimPageOnly(url, requestId);
    if (early) return early;
    const page = this.page(t);
    const entry = this.newEntry(page, requestId, url, t, 'other', 'GET', -1, 'browser');
    page.requests.push(entry);
    page.errors.push({ t, where: 'request', message: `request start not recorded, kept from its response: ${url.slice(0, 200)}` });
    this.reqIndex.set(requestId, entry);
    this.resources?.countBrowser(url);
    return entry;
  }

  /**
   * The page's Resource Timing saw `url` load. A browser request for it not yet matched takes the report; otherwise the
   * browser's events for it never arrived (worker stopped at that moment), and the page's word keeps the request.
   */
  private applyPageResource(t: number, url: string, initiator: string, frameUrl: string): void {
    const page = this.page(t);
    this.resources ??= ResourceMatch.of(page.requests);
    if (this.resources.takeBrowser(url)) return;
    const entry = this.newEntry(page, `res:${page.requests.length}`, url, t, kindOfInitiator(initiator), 'GET', -1, 'page');
    entry.frameUrl = frameUrl;
    page.requests.push(entry);
    this.resources.addPageOnly(entry);
    const note: RecordError = { t, where: 'request', message: `request seen only by the page's Resource Timing, its browser events were not received: ${url.slice(0, 200)}` };
    page.errors.push(note);
    this.pageOnlyNotes.set(entry, note);
  }

  /** A browser event for a request the page reported first: that entry becomes the browser's, its note goes. */
  private claimPageOnly(url: string, requestId: string): RequestEntry | null {
    const entry = this.resources?.takePageOnly(url) ?? null;
    if (!entry) return null;
    entry.id = requestId;
    entry.source = 'browser';
    this.reqIndex.set(requestId, entry);
    const note = this.pageOnlyNotes.get(entry);
    const errors = this.record?.errors;
    if (note && errors) {
      const i = errors.indexOf(note);
      if (i !== -1) errors.splice(i, 1);
    }
    return entry;
  }

  /** A request entry with host, registrable domain and party from the page's host table (host '' if unparseable). */
  private newEntry(page: PageRecord, id: string, url: string, t: number, type: RequestEntry['type'], method: string, frameId: number, source: Source): RequestEntry {
    const parsedHost = hostOfUrl(url);
    const known = parsedHost ? this.knownHost(parsedHost) : null;
    const host = known ? known.host : '';
    const site = known ? known.site : '';
    return { id, url, host, site, party: host === '' || site === page.site ? 'first' : 'third', type, method, t, frameId, setCookies: [], source };
  }

  private knownHost(host: string): KnownHost {
    let known = this.knownHosts.get(host);
    if (!known) {
      known = { host, site: hostInfo(host).site };
      this.knownHosts.set(host, known);
      this.hosts.add(host);
    }
    return known;
  }

  /** Does a cookie for `domain` plausibly belong to this tab's page? */
  concernsCookieDomain(domain: string): boolean {
    const page = this.record;
    if (!page) return false;
    if (hostInfo(domain).site === page.site) return true;
    for (const h of this.hosts) if (domainMatches(h, domain)) return true;
    return false;
  }

  private applyBrowserCookie(ev: CookieEvent): void {
    const domain = ev.domain.replace(/^\./, '').toLowerCase();
    const key = `${ev.name}|${domain}|${ev.path}`;
    const existing = this.cookieIndex.get(key);
    if (ev.removed) {
      // 'overwrite' removals precede the new value: not a removal the user sees.
      if (existing && ev.cause !== 'overwrite') existing.removed = true;
      return;
    }
    const entry = this.noteCookieWrite({
      name: ev.name, domain, path: ev.path, value: ev.value, t: ev.t, setBy: 'unknown', source: 'browser',
      httpOnly: ev.httpOnly, secure: ev.secure, sameSite: ev.sameSite, session: ev.session,
      ...(ev.expires !== undefined ? { expires: ev.expires } : {}),
    });
    if (ev.httpOnly && entry.setBy === 'unknown') entry.setBy = 'http'; // script cannot write HttpOnly cookies
  }

  private applyPageCookie(ev: PageCookieWrite): void {
    const page = this.page(ev.t);
    const frameHost = parseUrl(ev.frameUrl)?.host ?? '';
    const domain = cookieDomainFromRaw(ev.raw) ?? (frameHost || page.site);
    this.noteCookieWrite({
      name: ev.name, domain, path: '/', value: ev.value, t: ev.t, setBy: 'script', source: 'page',
      frameUrl: ev.frameUrl, ...(ev.script ? { script: ev.script } : {}),
    });
  }

  /** Merge a write into the cookie table; matching ignores the path when only the page knows it. */
  private noteCookieWrite(w: {
    name: string; domain: string; path: string; value: string; t: number; setBy: CookieSetter; source: Source | 'header';
    setByUrl?: string; script?: string; frameUrl?: string; httpOnly?: boolean; secure?: boolean; sameSite?: string;
    session?: boolean; expires?: number;
  }): CookieEntry {
    const page = this.page(w.t);
    const key = `${w.name}|${w.domain}|${w.path}`;
    let entry = this.cookieIndex.get(key) ?? this.findLoose(w.name, w.domain, w.value, w.t);
    if (!entry) {
      entry = {
        name: w.name, domain: w.domain, path: w.path, party: partyOf(w.domain, page.site), setBy: w.setBy,
        t: w.t, lastT: w.t, writes: 0, value: cap(w.value), valueLength: w.value.length, removed: false, confirmedBy: [],
      };
      page.cookies.push(entry);
      this.cookieIndex.set(key, entry);
    }
    // One write is seen up to three times (Set-Cookie header or page hook, and cookies.onChanged), in any order: count it once.
    const seen = this.writeViews.get(entry);
    const sameWrite = seen !== undefined && entry.value === cap(w.value) && Math.abs(w.t - entry.lastT) < 2000 && !seen.has(w.source);
    if (sameWrite) seen.add(w.source);
    else {
      entry.writes += 1;
      this.writeViews.set(entry, new Set([w.source]));
    }
    // Reports arrive out of order (page reports are parsed in idle time): only a newer write sets the value.
    const newest = w.t >= entry.lastT;
    entry.lastT = Math.max(entry.lastT, w.t);
    if (newest) {
      entry.value = cap(w.value);
      entry.valueLength = w.value.length;
      entry.removed = false;
    }
    if (w.source !== 'header' && !entry.confirmedBy.includes(w.source)) entry.confirmedBy.push(w.source);
    if (w.setBy !== 'unknown') {
      // http evidence (a Set-Cookie header) beats a guess; script evidence fills 'unknown'.
      if (entry.setBy === 'unknown' || w.setBy === 'http') entry.setBy = w.setBy;
    }
    if (entry.path !== w.path && w.source === 'browser') {
      this.cookieIndex.delete(`${entry.name}|${entry.domain}|${entry.path}`);
      entry.path = w.path;
      this.cookieIndex.set(key, entry);
    }
    if (w.domain !== entry.domain && w.source === 'browser') {
      this.cookieIndex.delete(`${entry.name}|${entry.domain}|${entry.path}`);
      entry.domain = w.domain;
      entry.party = partyOf(w.domain, page.site);
      this.cookieIndex.set(`${entry.name}|${entry.domain}|${entry.path}`, entry);
    }
    if (w.setByUrl) entry.setByUrl = w.setByUrl;
    if (w.script) entry.script = w.script;
    if (w.frameUrl) entry.frameUrl = w.frameUrl;
    if (w.httpOnly !== undefined) entry.httpOnly = w.httpOnly;
    if (w.secure !== undefined) entry.secure = w.secure;
    if (w.sameSite !== undefined) entry.sameSite = w.sameSite;
    if (w.session !== undefined) entry.session = w.session;
    if (w.expires !== undefined) entry.expires = w.expires;
    return entry;
  }

  /** A page-reported or header write and the browser's stored cookie may name the domain differently (host-only vs .domain). */
  private findLoose(name: string, domain: string, value: string, t: number): CookieEntry | undefined {
    const page = this.record;
    if (!page) return undefined;
    for (const c of page.cookies) {
      if (c.name !== name) continue;
      if (!(domainMatches(c.domain, domain) || domainMatches(domain, c.domain))) continue;
      if (c.value === cap(value) || Math.abs(c.lastT - t) < 2000) return c;
    }
    return undefined;
  }

  private applyStorage(ev: PageStorageWrite): void {
    const page = this.page(ev.t);
    const key = `${ev.api}|${ev.origin}|${ev.key}`;
    const host = parseUrl(ev.origin)?.host ?? '';
    let entry = this.storageIndex.get(key);
    if (!entry) {
      entry = {
        kind: ev.api, origin: ev.origin, host, party: partyOf(host, page.site), key: ev.key, value: cap(ev.value),
        valueLength: ev.valueLength, t: ev.t, lastT: ev.t, writes: 0, frameUrl: ev.frameUrl, source: 'page',
      };
      page.storage.push(entry);
      this.storageIndex.set(key, entry);
    }
    entry.writes += 1;
    if (ev.t >= entry.lastT) {
      entry.value = cap(ev.value);
      entry.valueLength = ev.valueLength;
      if (ev.script) entry.script = ev.script;
    }
    entry.t = Math.min(entry.t, ev.t);
    entry.lastT = Math.max(entry.lastT, ev.t);
  }
}

function pushCapped<T>(list: T[], item: T): void {
  if (list.length < SIGNAL_LIST_MAX) list.push(item);
}

/** `Domain=` attribute of a document.cookie string, if any. */
export function cookieDomainFromRaw(raw: string): string | null {
  const m = /;\s*domain\s*=\s*\.?([^;\s]+)/i.exec(raw);
  return m?.[1] ? cookieDomainToAscii(m[1]) || null : null;
}

/** Replay an event log into a record. */
export function buildRecord(tabId: number, events: Iterable<AuditEvent>): RecordBuilder {
  const b = new RecordBuilder(tabId);
  for (const ev of events) b.apply(ev);
  return b;
}
