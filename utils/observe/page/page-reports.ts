// Events the page's main-world hooks and the isolated-world recorder report: validated, and marked as the page's word.
import type { BodyFacts } from '../browser/browser-events.ts';

export type PageCookieApi = 'document.cookie' | 'cookieStore';
/**
 * How far a page-reported `script` can be trusted: 'confident' a real script URL from the engine's call sites;
 * 'named-by-page' a name the page gave its code (`//# sourceURL=`);
 * 'unverified' the engine's stack text, which may carry
 * such a name (Firefox); 'unknown' no caller found, or a stack the page could shape.
 */
export type Attribution = 'confident' | 'named-by-page' | 'unverified' | 'unknown';
export const ATTRIBUTIONS: readonly Attribution[] = ['confident', 'named-by-page', 'unverified', 'unknown'];
export interface PageCookieWrite {
  k: 'page-cookie';
  t: number;
  api: PageCookieApi;
  name: string;
  value: string;
  frameUrl: string;
  script?: string;
  attribution?: Attribution;
  /** The cookie string as written, capped (document.cookie) */
  raw: string;
}
/** 'cacheStorage': a Cache API entry (key: its request URL); 'opfs': an origin private file system file (its path). */
export type StorageKind = 'localStorage' | 'sessionStorage' | 'indexedDB' | 'cacheStorage' | 'opfs';
/**
 * How a storage write was seen: 'hook' our hooked API reported the call; 'poll' our comparison of the storage's
 * contents
 * (a write past the hooks, or from a realm without them: a worker's IndexedDB). Set in the isolated world, never by the
 * page.
 */
export type StorageSeenBy = 'hook' | 'poll';
export interface PageStorageWrite {
  k: 'page-storage';
  t: number;
  api: StorageKind;
  origin: string;
  key: string;
  value: string;
  valueLength: number;
  frameUrl: string;
  script?: string;
  attribution?: Attribution;
  seenBy?: StorageSeenBy;
}
/**
 * The isolated world's Cache API or OPFS listing of an origin was cut (more names than it lists, a directory level it
 * does not walk): a write past the cut is not seen, so the record has a gap there (record-gaps.ts). Never from the
 * main world (the recorder drops it there).
 */
export interface PageListingCut {
  k: 'page-listing-cut';
  t: number;
  api: 'cacheStorage' | 'opfs';
  origin: string;
  frameUrl: string;
}
/**
 * A resource the page's own Resource Timing saw load (`initiatorType` as given: fetch, script, img, ...). The backup
 * for a request whose browser events never reached the worker (stopped or restarting at that moment).
 */
export interface PageResource {
  k: 'page-resource';
  t: number;
  url: string;
  initiator: string;
  frameUrl: string;
  /** Resource Timing gave it no time and no response (duration, responseStart, transferSize 0): maybe never sent */
  empty?: true;
  /**
   * Not a timing entry: a trusted, enforced CSP violation of this document for this URL (`securitypolicyviolation`,
   * isTrusted, read by our isolated script), the directive that blocked it. The browser's word: it never left.
   */
  csp?: string;
}
export interface PageBeacon {
  k: 'page-beacon';
  t: number;
  url: string;
  /** 'fetch': a keepalive fetch (or one with a body while the page was hidden); absent: navigator.sendBeacon */
  api?: 'fetch';
  bytes: number;
  frameUrl: string;
  script?: string;
  attribution?: Attribution;
}
/**
 * A connection the page opened that no request shows (connection-events.ts): a WebRTC ICE server (STUN/TURN, its
 * `url` `stun:host:port`) or a `<link rel=preconnect>` (its `url` the origin). The party learns the visitor's address;
 * the server's is not known (no browser event names it).
 */
export interface PageConnection {
  k: 'page-connection';
  t: number;
  api: 'webrtc' | 'preconnect';
  url: string;
  host: string;
  frameUrl: string;
  script?: string;
  attribution?: Attribution;
}
/**
 * A Blob request body's first bytes as the page's hook read them (blob-bodies.ts): Chrome shows extensions none. The
 * text goes as far as the worker, which keeps only the fields that may be an id (body-ids.ts) and joins them to the
 * browser's request of that URL (request-reducer.ts).
 */
export interface PageBody {
  k: 'page-body';
  t: number;
  url: string;
  api: 'sendBeacon' | 'fetch' | 'xhr';
  /** The Blob's size */
  bytes: number;
  /** Its first MAX_BODY bytes as text: never stored (the worker drops it once scanned) */
  text?: string;
  /** What the worker's id scan kept of the text */
  body?: BodyFacts;
  frameUrl: string;
}
/** TCF v2 data read from the page's `__tcfapi` (getTCData / addEventListener callbacks). */
export interface PageTcfEvent {
  k: 'page-tcf';
  t: number;
  tcString: string;
  eventStatus: string;
  cmpId?: number;
  cmpVersion?: number;
  gdprApplies?: boolean;
  frameUrl: string;
  /**
   * Set by the background from the sender's frame id, never by the
   * page: only the top frame's signals can be the page's answer.
   */
  top?: boolean;
}
/** A Google Consent Mode command seen on dataLayer/gtag: ['consent', 'default'|'update', {...}] as JSON-safe data. */
export interface PageConsentModeEvent {
  k: 'page-consent-mode';
  t: number;
  args: unknown[];
  frameUrl: string;
}
/** IAB GPP data read from `__gpp`. */
export interface PageGppEvent {
  k: 'page-gpp';
  t: number;
  gppString: string;
  sections: number[];
  frameUrl: string;
}
/** Page globals that identify a consent manager (window.OneTrust, window.Cookiebot, ...). */
export interface PageCmpGlobalsEvent {
  k: 'page-cmp';
  t: number;
  globals: string[];
  frameUrl: string;
}

/** A checkbox in one of the page's forms, as it was before any interaction (read by the isolated content script). */
export interface FormCheckbox {
  label: string;
  checkedByDefault: boolean;
  name?: string;
  id?: string;
  formAction?: string;
}
/** Checkboxes seen in a frame's forms: pre-ticked consent or newsletter boxes are a finding. */
export interface PageFormsEvent {
  k: 'page-forms';
  t: number;
  checkboxes: FormCheckbox[];
  frameUrl: string;
}
