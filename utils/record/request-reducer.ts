// Network requests from the browser (webRequest) and the page (Resource Timing, beacons), redirects and orphans.
import type {
  PageBeacon,
  PageBody,
  PageResource,
  RedirectEvent,
  RequestErrorEvent,
  RequestEvent,
  ResourceKind,
  ResponseEvent,
  Source,
} from '../observe/events.ts';
import { hostInfo, partyOf } from '../url/party.ts';
import { hostOfUrl, parseUrl } from '../url/url.ts';
import {
  NO_SET_COOKIES,
  type PageAccess,
  type PageRecord,
  type RecordError,
  type RequestEntry,
} from './page-record.ts';
import { HostTable, type KnownHost } from './host-table.ts';
import { CspBlocks, isFetchDirective, kindOfDirective, notSentByError } from './not-sent.ts';
import { kindOfInitiator, RequestIndex, ResourceMatch } from './request-index.ts';
import { RequestRow } from './request-row.ts';

/** How far apart the page's send time and the browser's request time may be for a Blob body to join the request. */
const BODY_JOIN_MS = 10_000;
const MAX_WAITING_BODIES = 50;

function joinBody(entry: RequestEntry, ev: PageBody): void {
  const b = ev.body;
  if (!b?.ids) return;
  entry.body = { ...entry.body, ids: b.ids, page: true, ...(b.cut ? { cut: true as const } : {}) };
}

export class RequestReducer {
  /** The main-frame request of the current page: its redirects move the page. */
  mainRequestId: string | null = null;
  /** Hosts the page talked to, for attributing cookies.onChanged (which has no tab) */
  readonly hosts = new Set<string>();
  private index: RequestIndex;
  private hops = new Map<string, number>();
  /** Same hosts with their site: one lookup per request, and one host string per host instead of one per request */
  private knownHosts = new HostTable();
  /** Resource Timing reconciliation, from the page's first report on (null until then: no cost for the rest) */
  private resources: ResourceMatch | null = null;
  /** The note said of a page-only request, withdrawn if its browser events turn up after all */
  private pageOnlyNotes = new WeakMap<RequestEntry, RecordError>();
  /** URLs of page-reported beacons no ping has claimed yet: every ping checks this set, not the whole request list */
  private unclaimedBeacons = new Map<string, number>();
  /** Blob bodies the page's hook read whose browser request has not come yet (a few: a page sends few Blobs) */
  private waitingBodies: PageBody[] = [];
  /** Page beacons Resource Timing has reported too (one report joins one beacon) */
  private timedBeacons = new WeakSet<RequestEntry>();
  /** The browser's type of a page beacon's request: 'ping' (sendBeacon) or 'xmlhttprequest' (keepalive fetch) */
  private beaconKinds = new WeakMap<RequestEntry, ResourceKind>();
  /** Entries kept from a response whose start had not arrived, by request id, with their note */
  private orphans = new Map<string, { entry: RequestEntry; note: RecordError }>();
  /**
   * Resource Timing reports taken, by time, URL and frame: a batch the content script sends again (no answer came:
   * the worker stopped while storing it, and may have stored it) must not add the same load a second time.
   */
  private seenResources = new Set<string>();
  /** The page's CSP blocks (trusted violations): rows marked not sent, which their empty timing entries join */
  private cspBlocks = new CspBlocks();
  /**
   * The last initiator and frame URL kept: the browser hands each event its own copy of these, nearly all requests of
   * a page repeat one of a few, and a row keeping the previous row's string instead keeps no copy of its own.
   */
  private lastInitiator = '';
  private lastFrameUrl = '';

  constructor(
    private readonly pages: PageAccess,
    indexSize: number,
  ) {
    this.index = new RequestIndex(Math.max(1, Math.floor(indexSize / 2)));
  }

  reset(mainRequestId: string): void {
    this.index.clear();
    this.hops.clear();
    this.hosts.clear();
    this.knownHosts.clear();
    this.unclaimedBeacons.clear();
    this.waitingBodies = [];
    this.orphans.clear();
    this.seenResources.clear();
    this.cspBlocks.clear();
    this.resources = null;
    this.mainRequestId = mainRequestId;
  }

  redirect(ev: RedirectEvent): void {
    const page = this.pages.page(ev.t);
    const entry = this.find(ev.requestId);
    if (entry) {
      entry.redirectTo = ev.to;
      entry.status = ev.status;
      if (ev.ip) entry.ip = ev.ip;
      if (ev.proxied) entry.proxied = true;
    }
    if (ev.requestId === this.mainRequestId) {
      page.redirects.push({ from: ev.from, to: ev.to, status: ev.status, t: ev.t });
      page.url = ev.to;
      const host = parseUrl(ev.to)?.host ?? '';
      page.site = host ? hostInfo(host).site : page.site;
    }
    this.hops.set(ev.requestId, (this.hops.get(ev.requestId) ?? 0) + 1);
    this.index.delete(ev.requestId, this.pages.current?.requests ?? []);
  }

  request(ev: RequestEvent): void {
    const page = this.pages.page(ev.t, ev.type === 'main_frame' ? ev.url : '');
    // Most pages redirect few requests: skip the lookup while none has.
    const hop = this.hops.size === 0 ? 0 : (this.hops.get(ev.requestId) ?? 0);
    if (this.orphans.size && hop === 0 && this.startOfOrphan(ev)) return;
    // Resource Timing names a request by its first URL: redirect hops are not matched.
    const matchable = this.resources !== null && ev.type !== 'main_frame' && hop === 0;
    if (matchable) {
      const early = this.claimPageOnly(ev.url, ev.requestId);
      if (early) {
        // The page's report came first (the worker was restarting): its entry becomes the browser's.
        takeStart(early, ev);
        return;
      }
    }
    const beacon = this.unclaimedBeacons.size && hop === 0 ? this.claimPageBeacon(page, ev) : null;
    if (beacon) {
      if (ev.body?.hidden && this.waitingBodies.length > 0) this.claimBody(beacon);
      // Still the browser's request: Resource Timing's later report of it must find it, not make a second one.
      if (matchable && !this.timedBeacons.has(beacon)) this.resources?.countBrowser(ev.url);
      return;
    }
    const id = hop ? `${ev.requestId}#${hop}` : ev.requestId;
    const entry = this.newEntry(page, id, ev.url, ev.t, ev.type, ev.method, ev.frameId, 'browser');
    if (ev.frameUrl)
      entry.frameUrl = ev.frameUrl === this.lastFrameUrl ? this.lastFrameUrl : (this.lastFrameUrl = ev.frameUrl);
    if (ev.initiator)
      entry.initiator = ev.initiator === this.lastInitiator ? this.lastInitiator : (this.lastInitiator = ev.initiator);
    if (ev.viaWorker) entry.viaWorker = true;
    if (ev.body) {
      entry.body = ev.body;
      if (ev.body.hidden && this.waitingBodies.length > 0) this.claimBody(entry);
    }
    if (entry.host === '' && hostOfUrl(ev.url) === null) {
      page.errors.push({ t: ev.t, where: 'request', message: `unparseable URL kept as is: ${ev.url.slice(0, 200)}` });
    }
    // Appended is indexed: the index finds the newest entries by comparing ids (no map write per request).
    page.requests.push(entry);
    if (matchable) this.resources?.countBrowser(ev.url);
  }

  /** The response's entry (kept from the response alone if its start was lost), with status and cache set. */
  response(ev: ResponseEvent): RequestEntry {
    const entry = this.find(ev.requestId) ?? this.orphan(ev.requestId, ev.url, ev.t);
    entry.status = ev.status;
    entry.fromCache = ev.fromCache;
    if (ev.ip) entry.ip = ev.ip;
    if (ev.proxied) entry.proxied = true;
    return entry;
  }

  requestError(ev: RequestErrorEvent): void {
    const entry = this.find(ev.requestId) ?? this.orphan(ev.requestId, ev.url, ev.t);
    entry.error = ev.error;
    const notSent = notSentByError(entry, ev.error);
    if (notSent) entry.notSent = notSent;
  }

  beacon(ev: PageBeacon): void {
    const page = this.pages.page(ev.t);
    const host = parseUrl(ev.url)?.host ?? '';
    // The browser's own request ('ping', or a fetch's 'xmlhttprequest') is the ground truth; the page adds the script.
    const kind: ResourceKind = ev.api === 'fetch' ? 'xmlhttprequest' : 'ping';
    const twin = page.requests.find((r) => r.type === kind && r.url === ev.url && !r.initiator?.startsWith('script:'));
    if (twin) {
      if (ev.script)
        Object.assign(
          twin,
          { initiator: `script:${ev.script}` },
          ev.attribution ? { attribution: ev.attribution } : {},
        );
      return;
    }
    const entry: RequestEntry = {
      id: `beacon:${page.requests.length}`,
      url: ev.url,
      host,
      site: host ? hostInfo(host).site : '',
      party: partyOf(host, page.site),
      type: 'beacon',
      method: ev.api === 'fetch' && ev.bytes === 0 ? 'GET' : 'POST',
      t: ev.t,
      frameId: -1,
      frameUrl: ev.frameUrl,
      ...(ev.script
        ? { initiator: `script:${ev.script}`, ...(ev.attribution ? { attribution: ev.attribution } : {}) }
        : {}),
      setCookies: NO_SET_COOKIES,
      source: 'page',
    };
    page.requests.push(entry);
    this.beaconKinds.set(entry, kind);
    const key = `${kind} ${ev.url}`;
    this.unclaimedBeacons.set(key, (this.unclaimedBeacons.get(key) ?? 0) + 1);
  }

  /**
   * The ids the page's hook read from a Blob body join the browser's request of that URL whose body the browser did not
   * show (Chrome), nearest in time: the page's word only adds ids there, it never replaces what the browser saw.
   */
  pageBody(ev: PageBody): void {
    if (!ev.body?.ids?.length) return;
    const page = this.pages.page(ev.t);
    const kind: ResourceKind = ev.api === 'sendBeacon' ? 'ping' : 'xmlhttprequest';
    let best: RequestEntry | undefined;
    for (let n = page.requests.length - 1; n >= 0; n--) {
      const r = page.requests[n]!;
      if (r.url !== ev.url || r.type !== kind || !r.body?.hidden || r.body.page) continue;
      if (Math.abs(r.t - ev.t) > BODY_JOIN_MS) continue;
      if (!best || Math.abs(r.t - ev.t) < Math.abs(best.t - ev.t)) best = r;
    }
    if (best) joinBody(best, ev);
    else if (this.waitingBodies.length < MAX_WAITING_BODIES) this.waitingBodies.push(ev);
  }

  private claimBody(entry: RequestEntry): void {
    const kind = entry.type === 'ping' ? 'sendBeacon' : entry.type === 'xmlhttprequest' ? 'other' : '';
    const at = this.waitingBodies.findIndex(
      (b) =>
        b.url === entry.url &&
        (kind === 'sendBeacon' ? b.api === 'sendBeacon' : kind === 'other' && b.api !== 'sendBeacon') &&
        Math.abs(entry.t - b.t) <= BODY_JOIN_MS,
    );
    if (at < 0) return;
    joinBody(entry, this.waitingBodies[at]!);
    this.waitingBodies.splice(at, 1);
  }

  /**
   * Resource Timing's report of a beacon our hook reported and no ping has claimed yet is that same beacon (Firefox
   * order, a slow worker): it joins the hook's entry, which the ping claims when it comes, once per beacon.
   */
  private timedBeacon(page: PageRecord, url: string, kind: ResourceKind): boolean {
    if (!this.unclaimedBeacons.has(`${kind} ${url}`)) return false;
    const entry = page.requests.find(
      (r) => r.source === 'page' && r.url === url && this.beaconKinds.get(r) === kind && !this.timedBeacons.has(r),
    );
    if (!entry) return false;
    this.timedBeacons.add(entry);
    return true;
  }

  /**
   * Firefox may report sendBeacon from the page before webRequest sees the ping: the page's entry then becomes the
   * browser's (one request, browser's type and frame), keeping the script the page named.
   */
  private claimPageBeacon(page: PageRecord, ev: RequestEvent): RequestEntry | null {
    const key = `${ev.type} ${ev.url}`;
    const waiting = this.unclaimedBeacons.get(key);
    if (waiting === undefined) return null;
    const early = page.requests.find(
      (r) => r.source === 'page' && r.url === ev.url && this.beaconKinds.get(r) === ev.type,
    );
    if (!early) return null;
    if (waiting > 1) this.unclaimedBeacons.set(key, waiting - 1);
    else this.unclaimedBeacons.delete(key);
    early.id = ev.requestId;
    early.source = 'browser';
    early.type = ev.type;
    early.method = ev.method;
    early.t = Math.min(early.t, ev.t);
    early.frameId = ev.frameId;
    if (ev.frameUrl) early.frameUrl = ev.frameUrl;
    if (ev.body) early.body = ev.body;
    if (!early.initiator && ev.initiator) early.initiator = ev.initiator;
    this.index.set(ev.requestId, early, page.requests);
    return early;
  }

  /**
   * The page's Resource Timing saw `url` load. A browser request for it not yet matched takes the report; otherwise the
   * browser's events for it never arrived (worker stopped at that moment), and the page's word keeps the request.
   */
  pageResource(ev: PageResource): void {
    const { t, url } = ev;
    const seen = `${t}\n${url}\n${ev.frameUrl}\n${ev.csp ?? ''}`;
    if (this.seenResources.has(seen)) return;
    this.seenResources.add(seen);
    const page = this.pages.page(t);
    if (ev.csp !== undefined) {
      if (isFetchDirective(ev.csp)) this.cspBlocked(page, ev, ev.csp);
      return;
    }
    this.resources ??= ResourceMatch.of(page.requests);
    if (this.resources.takeBrowser(url)) return;
    const kind = kindOfInitiator(ev.initiator);
    if ((kind === 'ping' || kind === 'xmlhttprequest') && this.timedBeacon(page, url, kind)) return;
    // The same load a trusted CSP violation reported: never sent, already a row. Only an entry with no time and no
    // response can be one; any other stays a request the browser's events missed.
    if (ev.empty && this.cspBlocks.joins(url, ev.frameUrl, ev.initiator, t)) return;
    // A second try of a load whose first empty entry is still waiting for its violation: that row stands for both.
    if (ev.empty && this.cspBlocks.retries(url, ev.frameUrl, ev.initiator, t)) return;
    const entry = this.newEntry(page, `res:${page.requests.length}`, url, t, kind, 'GET', -1, 'page');
    entry.frameUrl = ev.frameUrl;
    page.requests.push(entry);
    this.resources.addPageOnly(entry);
    if (ev.empty) this.cspBlocks.noteEmptyTiming(entry, ev.initiator);
    const note: RecordError = {
      t,
      where: 'request',
      message:
        "request seen only by the page's Resource Timing, its browser events were not received: " + url.slice(0, 200),
    };
    page.errors.push(note);
    this.pageOnlyNotes.set(entry, note);
  }

  /**
   * A trusted CSP violation: the browser blocked `url` in this document before it left. The page-only rows of its empty
   * timing entries are that load (marked not sent, their notes withdrawn); without one it gets a row of its own. Rows
   * of the browser's own events are never touched: a page's report can add a blocked attempt, never remove a request.
   */
  private cspBlocked(page: PageRecord, ev: PageResource, directive: string): void {
    const reason = `csp:${directive}`;
    const twins = this.cspBlocks.twins(page.requests, ev.url, ev.frameUrl, directive, ev.t);
    for (const twin of twins) {
      this.resources?.dropPageOnly(twin);
      twin.notSent = reason;
      this.withdraw(this.pageOnlyNotes.get(twin));
      this.cspBlocks.add(twin, directive);
    }
    if (twins.length > 0) return;
    const entry = this.newEntry(
      page,
      `csp:${page.requests.length}`,
      ev.url,
      ev.t,
      kindOfDirective(directive),
      'GET',
      -1,
      'page',
    );
    entry.frameUrl = ev.frameUrl;
    entry.notSent = reason;
    page.requests.push(entry);
    this.cspBlocks.add(entry, directive);
  }

  private find(requestId: string): RequestEntry | undefined {
    const hop = this.hops.size === 0 ? 0 : (this.hops.get(requestId) ?? 0);
    return this.index.get(requestId, hop, this.pages.current?.requests ?? []);
  }

  /** A response whose request event was lost (worker stopped between the two): keep the request, say so. */
  private orphan(requestId: string, url: string, t: number): RequestEntry {
    const early = this.resources === null ? null : this.claimPageOnly(url, requestId);
    if (early) return early;
    const page = this.pages.page(t);
    const entry = this.newEntry(page, requestId, url, t, 'other', 'GET', -1, 'browser');
    page.requests.push(entry);
    const note: RecordError = {
      t,
      where: 'request',
      message: `request start not recorded, kept from its response: ${url.slice(0, 200)}`,
    };
    page.errors.push(note);
    this.orphans.set(requestId, { entry, note });
    this.index.set(requestId, entry, page.requests);
    this.resources?.countBrowser(url);
    return entry;
  }

  /**
   * The start of a request kept from its response: after a worker restart Chromium can deliver a request's start after
   * its response. The entry takes the start's details and its note goes; a second entry would count the request twice.
   */
  private startOfOrphan(ev: RequestEvent): boolean {
    const kept = this.orphans.get(ev.requestId);
    if (!kept || kept.entry.url !== ev.url) return false;
    this.orphans.delete(ev.requestId);
    takeStart(kept.entry, ev);
    this.withdraw(kept.note);
    return true;
  }

  /** A note the record no longer needs (the event it was missing came after all). */
  private withdraw(note: RecordError | undefined): void {
    const errors = this.pages.current?.errors;
    const i = note && errors ? errors.indexOf(note) : -1;
    if (i !== -1) errors?.splice(i, 1);
  }

  /** A browser event for a request the page reported first: that entry becomes the browser's, its note goes. */
  private claimPageOnly(url: string, requestId: string): RequestEntry | null {
    const entry = this.resources?.takePageOnly(url) ?? null;
    if (!entry) return null;
    entry.id = requestId;
    entry.source = 'browser';
    this.index.set(requestId, entry, this.pages.current?.requests ?? []);
    this.withdraw(this.pageOnlyNotes.get(entry));
    return entry;
  }

  /** A request entry with host, registrable domain and party from the page's host table (host '' if unparseable). */
  private newEntry(
    page: PageRecord,
    id: string,
    url: string,
    t: number,
    type: RequestEntry['type'],
    method: string,
    frameId: number,
    source: Source,
  ): RequestEntry {
    const known = this.knownHosts.ofUrl(url, this.newHost);
    if (known === null) return new RequestRow(id, url, '', '', 'first', type, method, t, frameId, source);
    // The page's site is one string while the page lasts: the party is worked out again only when it changes.
    if (known.partyOf !== page.site) {
      known.partyOf = page.site;
      known.party = known.site === page.site ? 'first' : 'third';
    }
    return new RequestRow(id, url, known.host, known.site, known.party, type, method, t, frameId, source);
  }

  /** A host first seen on this page. */
  private readonly newHost = (host: string): KnownHost => {
    this.hosts.add(host);
    return { host, site: hostInfo(host).site, partyOf: undefined, party: 'third' };
  };
}

/** An entry made before its request's start arrived takes the start's details (type, method, frame, earliest time). */
function takeStart(entry: RequestEntry, ev: RequestEvent): void {
  entry.type = ev.type;
  entry.method = ev.method;
  entry.t = Math.min(entry.t, ev.t);
  entry.frameId = ev.frameId;
  if (ev.frameUrl) entry.frameUrl = ev.frameUrl;
  if (ev.initiator) entry.initiator = ev.initiator;
  if (ev.viaWorker) entry.viaWorker = true;
  if (ev.body) entry.body = ev.body;
}
