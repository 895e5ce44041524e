// Builds the per-page audit record from the event log: a thin dispatcher over per-area reducers. Pure: same events,
// same record.
import { isCmpStoreName } from '../consent/choice-inference.ts';
import type { AuditEvent, CookieEvent, PageEvent } from '../observe/events.ts';
import { BatchLedger } from './batch-ledger.ts';
import { applyConsentEvent, inferFromCmpStore } from './consent-reducer.ts';
import { Connections } from './connection-entry.ts';
import { CookieReducer } from './cookie-reducer.ts';
import {
  newPage,
  pushCapped,
  SIGNAL_LIST_MAX,
  type CookieEntry,
  type PageAccess,
  type PageRecord,
} from './page-record.ts';
import { noteReportEndpoints } from './report-note.ts';
import { RequestReducer } from './request-reducer.ts';
import { listingCutMessage } from './record-gaps.ts';
import { StorageReducer } from './storage-reducer.ts';
import { cookieDomainMatcher, hostInfo } from '../url/party.ts';

export {
  RECORD_VERSION,
  isPageRecordShape,
  newPage,
  type Choice,
  type ConsentRecord,
  type CookieEntry,
  type CookieSetter,
  type PageRecord,
  type RecordError,
  type RedirectHop,
  type RequestEntry,
  type StorageEntry,
} from './page-record.ts';
export { cookieDomainFromRaw } from './cookie-reducer.ts';
export { recordGaps } from './record-gaps.ts';
export { RequestIndex } from './request-index.ts';

const PAGE_KINDS: ReadonlySet<string> = new Set<PageEvent['k']>([
  'page-cookie',
  'page-storage',
  'page-beacon',
  'page-connection',
  'page-body',
  'page-resource',
  'page-tcf',
  'page-consent-mode',
  'page-gpp',
  'page-cmp',
  'page-forms',
  'page-listing-cut',
]);
function isPageEvent(ev: AuditEvent): ev is PageEvent {
  return PAGE_KINDS.has(ev.k);
}
/** Events of a record begun without its navigation kept for that navigation (see `early`): the newest, at most. */
const EARLY_MAX = 1_000;

/** Mutable builder with indexes; `record` is what gets shown and exported. */
export class RecordBuilder implements PageAccess {
  record: PageRecord | null = null;
  /**
   * The tab's record before the current one (the document a reload or the page's own navigation replaced): the CLI
   * joins both when it saw a navigation it did not start. One only; a partial record's events moved into its successor.
   */
  previous: PageRecord | null = null;
  /** Bumped by every event applied: a packed copy of `record` made at one revision is current while it holds. */
  revision = 0;
  /** The page-events batches this page's record holds (not part of the record: for the worker's resend check). */
  readonly batches = new BatchLedger();
  private readonly requests: RequestReducer;
  private readonly cookies = new CookieReducer(this);
  private readonly storage = new StorageReducer(this);
  private readonly connections = new Connections();
  private readonly latestCookieWrite = (c: CookieEntry, at: number): { value: string; t: number } =>
    this.cookies.latestWrite(c, at);
  /**
   * Events applied to a record begun without its navigation (partial). A new tab's first page report and cookie change
   * can reach the worker before the request of its navigation (Firefox under load: issue 15.7's twin lost its own
   * cookie); those stamped after that navigation started are its page's and are applied again after it.
   */
  private early: AuditEvent[] = [];

  /** @param indexSize request ids kept in the fast index; older ones are found by a scan (tests make it small). */
  constructor(
    readonly tabId: number,
    indexSize = 2048,
  ) {
    this.requests = new RequestReducer(this, indexSize);
  }

  /** Hosts the page talked to, for attributing cookies.onChanged (which has no tab) */
  get hosts(): ReadonlySet<string> {
    return this.requests.hosts;
  }

  /** Whether the current page holds this browser cookie change (cookie-router.ts: a late claim after a stop). */
  holdsBrowserCookie(ev: CookieEvent): boolean {
    return this.record !== null && this.cookies.holds(ev);
  }

  get current(): PageRecord | null {
    return this.record;
  }

  page(t: number, url = ''): PageRecord {
    if (!this.record) this.record = newPage(this.tabId, url, t, true);
    return this.record;
  }

  private reset(url: string, t: number, requestId: string): void {
    if (this.record && !this.record.partial) this.previous = this.record;
    this.record = newPage(this.tabId, url, t);
    this.requests.reset(requestId);
    this.cookies.reset();
    this.storage.reset();
    this.connections.reset();
    this.batches.clear();
  }

  apply(ev: AuditEvent): void {
    this.revision++;
    // A page report written before this record's navigation started is the previous document's: it reaches the worker
    // after the next navigation began (reports of a page left before its load are sent at its pagehide). The time is
    // compared first: it is one number, the kind a Set lookup, and nearly every event is later than the page's start.
    if (this.record && !this.record.partial && ev.t < this.record.startedAt && isPageEvent(ev)) return;
    if (ev.k !== 'nav' && (!this.record || this.record.partial)) {
      if (this.early.length >= EARLY_MAX * 2) this.early.splice(0, EARLY_MAX);
      this.early.push(ev);
    }
    switch (ev.k) {
      case 'nav': {
        // A main-frame redirect keeps its requestId: same page, longer chain.
        if (ev.requestId === this.requests.mainRequestId && this.record) return;
        const early = this.early;
        this.early = [];
        this.reset(ev.url, ev.t, ev.requestId);
        for (const e of early) if (e.t > ev.t) this.apply(e);
        return;
      }
      case 'redirect':
        return this.requests.redirect(ev);
      case 'request':
        return this.requests.request(ev);
      case 'page-resource':
        return this.requests.pageResource(ev);
      case 'response': {
        const entry = this.requests.response(ev);
        // Most responses set no cookie (one shared frozen empty list): no iterator for them.
        if (ev.setCookies.length !== 0) for (const c of ev.setCookies) this.cookies.headerCookie(entry, c, ev.t);
        if (ev.reportTo) noteReportEndpoints(this.page(ev.t), entry, ev.reportTo, ev.t);
        if (ev.preconnects) this.connections.fromHeader(this.page(ev.t), ev.preconnects, ev.t, ev.url);
        return;
      }
      case 'request-error':
        return this.requests.requestError(ev);
      case 'page-beacon':
        return this.requests.beacon(ev);
      case 'page-body':
        return this.requests.pageBody(ev);
      case 'page-connection':
        return this.connections.add(this.page(ev.t), ev);
      case 'cookie':
        this.cookies.browserCookie(ev);
        if (!ev.removed && isCmpStoreName(ev.name)) inferFromCmpStore(this, ev.t, this.latestCookieWrite);
        return;
      case 'page-cookie':
        this.cookies.pageCookie(ev);
        if (isCmpStoreName(ev.name)) inferFromCmpStore(this, ev.t, this.latestCookieWrite);
        return;
      case 'page-storage':
        this.storage.write(ev);
        if (isCmpStoreName(ev.key)) inferFromCmpStore(this, ev.t, this.latestCookieWrite);
        return;
      case 'batch':
        this.batches.take(ev.doc, ev.id);
        return;
      case 'page-listing-cut': {
        // One note per kind and origin: the verdicts read it as a gap (record-gaps.ts).
        const page = this.page(ev.t);
        const message = listingCutMessage(ev.api, ev.origin);
        if (!page.errors.some((e) => e.where === 'listing' && e.message === message))
          page.errors.push({ t: ev.t, where: 'listing', message });
        return;
      }
      case 'form-test':
        this.page(ev.t).formTest = { t: ev.t, fields: ev.fields.slice(0, SIGNAL_LIST_MAX) };
        return;
      case 'form-leak': {
        const { k: _k, ...leak } = ev;
        pushCapped((this.page(ev.t).formLeaks ??= []), leak);
        return;
      }
      case 'error':
        this.page(ev.t).errors.push({ t: ev.t, where: ev.where, message: ev.message });
        return;
      case 'truncated': {
        const page = this.page(ev.t);
        const since = page.truncated?.since ?? ev.t;
        if (
          page.truncated &&
          page.truncated.pageEvents + page.truncated.browserEvents >= ev.pageEvents + ev.browserEvents
        )
          return;
        page.truncated = { pageEvents: ev.pageEvents, browserEvents: ev.browserEvents, since };
        // One note, kept current: the report's notes say the record is incomplete and by how much.
        const message = `over this tab's storage budget: at least ${ev.pageEvents} page-reported and ${ev.browserEvents} browser events were not kept`;
        const note = page.errors.find((e) => e.where === 'budget');
        if (note) note.message = message;
        else page.errors.push({ t: since, where: 'budget', message });
        return;
      }
      default:
        applyConsentEvent(this, ev);
    }
  }

  /**
   * `apply` for the worker's flush and replay: an event the builder cannot apply (a bug, or tldts failing to load)
   * leaves an error in the record instead of throwing, so that one bad event cannot stop a flush (which would store
   * nothing and apply the other tabs' events twice) or a restore (which would stall every later event).
   */
  applyOrNote(ev: AuditEvent): void {
    try {
      this.apply(ev);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      this.apply({
        k: 'error',
        t: ev.t,
        where: 'record',
        message: `event '${ev.k}' not applied: ${why}`.slice(0, 500),
      });
    }
  }

  /** Does a cookie for `domain` plausibly belong to this tab's page? */
  concernsCookieDomain(domain: string): boolean {
    const page = this.record;
    if (!page) return false;
    if (hostInfo(domain).site === page.site) return true;
    // Normalised once, not per host: each cookie change asks this of every tab, which may have talked to 100s of hosts.
    const matches = cookieDomainMatcher(domain);
    for (const h of this.requests.hosts) if (matches(h)) return true;
    return false;
  }
}

/** Replay an event log into a record. */
export function buildRecord(tabId: number, events: Iterable<AuditEvent>): RecordBuilder {
  const b = new RecordBuilder(tabId);
  for (const ev of events) b.apply(ev);
  return b;
}
