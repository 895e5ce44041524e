// The project's own event types: every raw browser or page event becomes one of these, once, in adapter.ts.

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
  k: 'req'; t: number; requestId: string; url: string; method: string; type: ResourceKind;
  frameId: number; parentFrameId: number; frameUrl?: string; initiator?: string;
  /** Sent by a service worker (tabId -1) and attributed to this tab by its initiator. */
  viaWorker?: boolean;
}
export interface ResponseEvent {
  k: 'resp'; t: number; requestId: string; url: string; status: number; ip?: string; fromCache: boolean;
  setCookies: SetCookieHeader[];
}
export interface RequestErrorEvent { k: 'reqerr'; t: number; requestId: string; url: string; error: string }
/** cookies.onChanged: what the browser really stored or removed. */
export interface CookieEvent {
  k: 'cookie'; t: number; name: string; value: string; domain: string; path: string; hostOnly: boolean;
  secure: boolean; httpOnly: boolean; sameSite: string; session: boolean; expires?: number;
  removed: boolean; cause: string; partitionTopSite?: string;
}
export type PageCookieApi = 'document.cookie' | 'cookieStore';
export interface PageCookieWrite {
  k: 'pcookie'; t: number; api: PageCookieApi; name: string; value: string; frameUrl: string; script?: string;
  /** The cookie string as written, capped (document.cookie) */
  raw: string;
}
export type StorageKind = 'localStorage' | 'sessionStorage' | 'indexedDB';
export interface PageStorageWrite {
  k: 'pstorage'; t: number; api: StorageKind; origin: string; key: string; value: string; valueLength: number;
  frameUrl: string; script?: string;
}
export interface PageBeacon { k: 'pbeacon'; t: number; url: string; bytes: number; frameUrl: string; script?: string }
/** Something could not be recorded as it was: kept so that the report says so instead of silently dropping it. */
export interface RecordErrorEvent { k: 'error'; t: number; where: string; message: string }

export type PageEvent = PageCookieWrite | PageStorageWrite | PageBeacon;
export type AuditEvent =
  | NavEvent | RedirectEvent | RequestEvent | ResponseEvent | RequestErrorEvent | CookieEvent | PageEvent | RecordErrorEvent;
