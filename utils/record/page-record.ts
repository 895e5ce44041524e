// The per-page audit record: what the reducers build from the event log and what views and exports read.
import type {
  Attribution,
  BodyFacts,
  AutomationStatus,
  ChoiceSource,
  ConsentAction,
  FormCheckbox,
  FormLeakEvent,
  FormTestEvent,
  PageConsentModeEvent,
  PageGppEvent,
  PageTcfEvent,
  ResourceKind,
  Source,
  StorageKind,
  StorageSeenBy,
} from '../observe/events.ts';
import { hostInfo, type Party } from '../url/party.ts';
import { parseUrl } from '../url/url.ts';
import type { UnconfirmedReason } from './choice-gate.ts';

export const RECORD_VERSION = 1;

export type ConnectionKind = 'webrtc' | 'preconnect';

/** The `setCookies` of every request entry whose response set none (most): one frozen list, not an array each. */
export const NO_SET_COOKIES: readonly string[] = Object.freeze([]);

/** How far a Reporting API report's upload got when the audit ended (DevTools' report status). */
export type ReportDelivery = 'sent' | 'sending' | 'failed' | 'queued';

export interface RequestEntry {
  /** webRequest id, with `#n` for the n-th redirect hop */
  id: string;
  url: string;
  host: string;
  site: string;
  party: Party;
  /** 'report': a Reporting API report (cli/reporting-join.ts); 'webrtc' / 'preconnect': a connection no request shows,
   * reported by the page (connection-entry.ts) */
  type: ResourceKind | 'beacon' | 'report' | ConnectionKind;
  method: string;
  t: number;
  frameId: number;
  frameUrl?: string;
  initiator?: string;
  /** How far the script in a page-reported `initiator` (`script:<url>`, beacons) can be trusted */
  attribution?: Attribution;
  status?: number;
  ip?: string;
  /** The browser said the response came through a proxy (Firefox's proxyInfo, or a CLI run whose browser may use
   * one): `ip` is the proxy's address, so the server's location is not known */
  proxied?: true;
  fromCache?: boolean;
  error?: string;
  /**
   * The browser's word that this request never left: the webRequest error before sending (`net::ERR_NAME_NOT_RESOLVED`)
   * or `csp:<directive>` (a trusted CSP violation of the page). Shown, never judged as sent (not-sent.ts)
   */
  notSent?: string;
  redirectTo?: string;
  /** Names of cookies this response tried to set (read-only: entries without any share one frozen empty list) */
  setCookies: readonly string[];
  viaWorker?: boolean;
  /** The id scan of its body: possible ids found, or that it was binary or cut (never the body itself) */
  body?: BodyFacts;
  source: Source;
  /** A joined record (record-join.ts): the index in `PageRecord.documents` of the document it happened in */
  document?: number;
  /** A Reporting API report the CLI saw queued (type `report`, cli/reporting-join.ts): its type and its upload */
  report?: { type: string; delivery: ReportDelivery };
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
  /** First write that stored a non-empty value: what was stored judged when it happened, even if removed later */
  valueT?: number;
  /** Longest value written */
  valueMax?: number;
  /** When it was removed or emptied (the latest such write) */
  removedT?: number;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
  session?: boolean;
  expires?: number;
  /** Script URL that wrote it (script cookies, from the page's stack of the latest write) */
  script?: string;
  /** How far `script` can be trusted (latest page-reported write; absent for records made before it existed) */
  attribution?: Attribution;
  /** Request whose response set it (http cookies) */
  setByUrl?: string;
  /** 'browser' when cookies.onChanged confirmed the cookie was stored; 'page' when only the page reported the write */
  confirmedBy: Source[];
  /** Where the write was attempted from (frame URL for script writes) */
  frameUrl?: string;
  /**
   * Set when the browser refuses this write (RFC 6265bis: domain, prefix, SameSite=None without Secure): an attempt
   * only
   */
  refused?: string;
  /** The browser's latest change of it was claimed by no tab (another tab of the site may have written it) */
  unrouted?: boolean;
  /** A joined record: the index in `PageRecord.documents` of the document of its first write */
  document?: number;
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
  /** First write of a non-empty value, longest value, and when it was last emptied (see CookieEntry) */
  valueT?: number;
  valueMax?: number;
  removedT?: number;
  script?: string;
  attribution?: Attribution;
  /** The frame of the first write: a blob: or about:srcdoc URL when such a frame wrote it */
  frameUrl: string;
  source: Source;
  /**
   * How its writes were seen (hooked call, or a poll of the storage's contents); absent in records made before it
   * existed
   */
  seenBy?: StorageSeenBy[];
  /** A joined record: the index in `PageRecord.documents` of the document of its first write */
  document?: number;
}

export interface RedirectHop {
  from: string;
  to: string;
  status: number;
  t: number;
}

export interface RecordError {
  t: number;
  where: string;
  message: string;
  /** The page's answer is not known (a click landed elsewhere): findings after the answer are not judged by it. */
  answerUnknown?: true;
}

export interface Choice {
  action: ConsentAction;
  at: number;
  source: ChoiceSource;
  via: string;
}

export interface ConsentRecord {
  /** The first answer to the banner: the boundary between "before choice" and "after accept/reject" */
  choice: Choice | null;
  /** Later answers (the visitor changed their mind) */
  changes: Choice[];
  // The signal events as the consent reducer keeps them: without their kind (and the background's top-frame mark).
  tcf: Array<Omit<PageTcfEvent, 'k' | 'top'>>;
  consentMode: Array<Omit<PageConsentModeEvent, 'k'>>;
  gpp: Array<Omit<PageGppEvent, 'k'>>;
  /** CMP globals the page defined */
  globals: string[];
  automation: Array<{ t: number; status: AutomationStatus; action?: ConsentAction; cmp?: string; detail?: string }>;
  /** Set when the audit was started clean: what was cleared and which stored consent was found first */
  clean: { at: number; clearedCookies: number; clearedOrigins: string[]; storedConsent: string[] } | null;
  /** First trusted visitor gesture (pointerdown/keydown) in any frame of the page; signals before it are claims only */
  gestureAt?: number | null;
  /** Answers the page's CMP signalled that were not taken as the choice: before any gesture, or from a sub-frame */
  unconfirmed?: Array<Choice & { reason: UnconfirmedReason }>;
}

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
  /**
   * "Test forms" in the extension: when canaries were typed and into which fields (absent: no form test on this page)
   */
  formTest?: { t: number; fields: FormTestEvent['fields'] } | null;
  /** Canary copies found during the form test (capped like the signal lists) */
  formLeaks?: Array<Omit<FormLeakEvent, 'k'>>;
  /**
   * Set when the tab went over its storage budget: how many events were not stored (at least, after a worker restart)
   */
  truncated?: { pageEvents: number; browserEvents: number; since: number } | null;
  errors: RecordError[];
  /**
   * Set when the record joins the documents of one audit (the page reloaded itself: utils/record/record-join.ts; a
   * window the page opened, `window`: record-join-windows.ts): each document's address and start, in order; entries
   * say theirs by index
   */
  documents?: Array<{ url: string; startedAt: number; window?: true }>;
}

const STORED_VALUE_MAX = 4096;

/** Values are kept up to 4 KiB: enough as evidence, bounded for huge pages. */
export function cap(value: string): string {
  return value.length > STORED_VALUE_MAX ? value.slice(0, STORED_VALUE_MAX) : value;
}

export function newPage(tabId: number, url: string, t: number, partial = false): PageRecord {
  const host = parseUrl(url)?.host ?? '';
  return {
    v: RECORD_VERSION,
    tabId,
    url,
    site: host ? hostInfo(host).site : '',
    startedAt: t,
    partial,
    redirects: [],
    requests: [],
    cookies: [],
    storage: [],
    errors: [],
    consent: {
      choice: null,
      changes: [],
      tcf: [],
      consentMode: [],
      gpp: [],
      globals: [],
      automation: [],
      clean: null,
      gestureAt: null,
      unconfirmed: [],
    },
    forms: [],
  };
}

export { isPageRecordShape } from './record-shape.ts';

/** Signal lists (TCF, consent mode, GPP, automation, forms, changes) stop growing here on a hostile page. */
export const SIGNAL_LIST_MAX = 500;

export function pushCapped<T>(list: T[], item: T): void {
  if (list.length < SIGNAL_LIST_MAX) list.push(item);
}

/** The current record, created partial when events arrive before its navigation: shared by all reducers. */
export interface PageAccess {
  readonly current: PageRecord | null;
  page(t: number, url?: string): PageRecord;
}
