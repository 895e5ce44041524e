// The project's own event types: every raw browser or page event becomes one of these, once, in adapter.ts.
// `k` names the kind in words: the few bytes it adds per stored event were measured not to matter (see the commit
// "Readable event codes"), and storage.session, where events persist, is emptied on every extension update.

/** Where a fact comes from: 'browser' = webRequest/cookies APIs (ground truth), 'page' = main-world hooks (page-reported, validated). */
export type Source = 'browser' | 'page';

export type ResourceKind =
  | 'main_frame' | 'sub_frame' | 'stylesheet' | 'script' | 'image' | 'font' | 'object' | 'xmlhttprequest'
  | 'ping' | 'csp_report' | 'media' | 'websocket' | 'webtransport' | 'webbundle' | 'other';

export interface SetCookieHeader {
  name: string;
  value: string;
  domain?: string;
  path?: string;
  expires?: number;
  maxAge?: number;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: string;
  partitioned: boolean;
}

/** A new top-level document in the tab: starts a new page record. */
export interface NavEvent { k: 'nav'; t: number; url: string; requestId: string }
export interface RedirectEvent { k: 'redirect'; t: number; requestId: string; from: string; to: string; status: number; ip?: string }
export interface RequestEvent {
  k: 'request'; t: number; requestId: string; url: string; method: string; type: ResourceKind;
  frameId: number; parentFrameId: number; frameUrl?: string; initiator?: string;
  /** Sent by a service worker (tabId -1) and attributed to this tab by its initiator. */
  viaWorker?: boolean;
}
export interface ResponseEvent {
  k: 'response'; t: number; requestId: string; url: string; status: number; ip?: string; fromCache: boolean;
  setCookies: SetCookieHeader[];
}
export interface RequestErrorEvent { k: 'request-error'; t: number; requestId: string; url: string; error: string }
/** cookies.onChanged: what the browser really stored or removed. */
export interface CookieEvent {
  k: 'cookie'; t: number; name: string; value: string; domain: string; path: string; hostOnly: boolean;
  secure: boolean; httpOnly: boolean; sameSite: string; session: boolean; expires?: number;
  removed: boolean; cause: string; partitionTopSite?: string;
  /** No tab's response or page claimed this change: it went to every tab of its site (record/cookie-router.ts) */
  unrouted?: boolean;
}
export type PageCookieApi = 'document.cookie' | 'cookieStore';
/**
 * How far a page-reported `script` can be trusted: 'confident' a real script URL from the engine's call sites;
 * 'named-by-page' a name the page gave its code (`//# sourceURL=`); 'unverified' the engine's stack text, which may carry
 * such a name (Firefox); 'unknown' no caller found, or a stack the page could shape.
 */
export type Attribution = 'confident' | 'named-by-page' | 'unverified' | 'unknown';
export const ATTRIBUTIONS: readonly Attribution[] = ['confident', 'named-by-page', 'unverified', 'unknown'];
export interface PageCookieWrite {
  k: 'page-cookie'; t: number; api: PageCookieApi; name: string; value: string; frameUrl: string; script?: string;
  attribution?: Attribution;
  /** The cookie string as written, capped (document.cookie) */
  raw: string;
}
export type StorageKind = 'localStorage' | 'sessionStorage' | 'indexedDB';
/** How a storage write was seen: 'hook' our hooked API reported the call; 'poll' our comparison of the storage's contents (a
 * write past the hooks, or from a realm without them: a worker's IndexedDB). Set in the isolated world, never by the page. */
export type StorageSeenBy = 'hook' | 'poll';
export interface PageStorageWrite {
  k: 'page-storage'; t: number; api: StorageKind; origin: string; key: string; value: string; valueLength: number;
  frameUrl: string; script?: string; attribution?: Attribution; seenBy?: StorageSeenBy;
}
/**
 * A resource the page's own Resource Timing saw load (`initiatorType` as given: fetch, script, img, ...). The backup
 * for a request whose browser events never reached the worker (stopped or restarting at that moment).
 */
export interface PageResource { k: 'page-resource'; t: number; url: string; initiator: string; frameUrl: string }
export interface PageBeacon {
  k: 'page-beacon'; t: number; url: string; bytes: number; frameUrl: string; script?: string; attribution?: Attribution;
}
/** TCF v2 data read from the page's `__tcfapi` (getTCData / addEventListener callbacks). */
export interface PageTcfEvent {
  k: 'page-tcf'; t: number; tcString: string; eventStatus: string; cmpId?: number; cmpVersion?: number; gdprApplies?: boolean;
  frameUrl: string;
  /** Set by the background from the sender's frame id, never by the page: only the top frame's signals can be the page's answer. */
  top?: boolean;
}
/** A Google Consent Mode command seen on dataLayer/gtag: ['consent', 'default'|'update', {...}] as JSON-safe data. */
export interface PageConsentModeEvent { k: 'page-consent-mode'; t: number; args: unknown[]; frameUrl: string }
/** IAB GPP data read from `__gpp`. */
export interface PageGppEvent { k: 'page-gpp'; t: number; gppString: string; sections: number[]; frameUrl: string }
/** Page globals that identify a consent manager (window.OneTrust, window.Cookiebot, ...). */
export interface PageCmpGlobalsEvent { k: 'page-cmp'; t: number; globals: string[]; frameUrl: string }

/** A checkbox in one of the page's forms, as it was before any interaction (read by the isolated content script). */
export interface FormCheckbox { label: string; checkedByDefault: boolean; name?: string; id?: string; formAction?: string }
/** Checkboxes seen in a frame's forms: pre-ticked consent or newsletter boxes are a finding. */
export interface PageFormsEvent { k: 'page-forms'; t: number; checkboxes: FormCheckbox[]; frameUrl: string }

export type ConsentAction = 'accept' | 'reject';
/** How the visitor's choice became known. */
export type ChoiceSource = 'automation' | 'user' | 'signal';
/** The visitor's answer to the banner: everything after it is in the "after accept/reject" phase. */
export interface ChoiceEvent { k: 'choice'; t: number; action: ConsentAction; source: ChoiceSource; via: string }
export type AutomationStatus = 'cmp-detected' | 'popup-found' | 'started' | 'done' | 'failed' | 'no-banner';
/** What the banner automation (autoconsent or the button-text fallback) did. */
export interface AutomationEvent { k: 'automation'; t: number; status: AutomationStatus; action?: ConsentAction; cmp?: string; detail?: string }
/**
 * A trusted input event (pointerdown, keydown: `isTrusted`, which no script can forge) seen by our isolated-world recorder
 * in one of the tab's frames. A CMP signal counts as the visitor's answer only after one of these.
 */
export interface GestureEvent { k: 'gesture'; t: number; top: boolean }
/** Events of this page not stored because the tab went over its storage budget (running totals; the latest counts). */
export interface TruncatedEvent { k: 'truncated'; t: number; pageEvents: number; browserEvents: number }
/** "Start clean audit": what was cleared before the reload, and which stored consent was found. */
export interface CleanStartEvent { k: 'clean'; t: number; clearedCookies: number; clearedOrigins: string[]; storedConsent: string[] }

/** "Test forms": canaries were typed into these fields of the page (extension); the scan of what follows starts at `t`. */
export interface FormTestEvent {
  k: 'form-test'; t: number; fields: Array<{ field: 'email' | 'phone' | 'name' | 'text'; control: string | null; frameUrl: string }>;
}
/**
 * A copy of a canary the background found during a form test: in a request (URL, header, body), a cookie or a storage
 * write. Only the match is kept, never the body it was found in.
 */
export interface FormLeakEvent {
  k: 'form-leak'; t: number; url: string; host: string; method: string; type: string;
  field: 'email' | 'phone' | 'name' | 'text'; encoding: string; normalised: boolean;
  where: 'url' | 'header' | 'body' | 'cookie' | 'storage';
  /** Cookie name or storage key that held the copy. */
  key?: string;
  /** Script that wrote the storage value, when the page's stack named it. */
  script?: string;
}

/** Something could not be recorded as it was: kept so that the report says so instead of silently dropping it. */
export interface RecordErrorEvent { k: 'error'; t: number; where: string; message: string }

export type PageEvent =
  | PageCookieWrite | PageStorageWrite | PageBeacon | PageResource | PageTcfEvent | PageConsentModeEvent | PageGppEvent | PageCmpGlobalsEvent
  | PageFormsEvent;
export type AuditEvent =
  | NavEvent | RedirectEvent | RequestEvent | ResponseEvent | RequestErrorEvent | CookieEvent | PageEvent | RecordErrorEvent
  | ChoiceEvent | AutomationEvent | CleanStartEvent | GestureEvent | TruncatedEvent | FormTestEvent | FormLeakEvent;
