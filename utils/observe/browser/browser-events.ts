// Events from the browser's own APIs (webRequest, cookies): what the worker sees whatever the page does.

/** webRequest resource types as Chrome names them (the adapter maps Firefox's names onto these). */
export const RESOURCE_KINDS = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'font',
  'object',
  'xmlhttprequest',
  'ping',
  'csp_report',
  'media',
  'websocket',
  'webtransport',
  'webbundle',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

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
export interface NavEvent {
  k: 'nav';
  t: number;
  url: string;
  requestId: string;
}
export interface RedirectEvent {
  k: 'redirect';
  t: number;
  requestId: string;
  from: string;
  to: string;
  status: number;
  ip?: string;
  /** The browser says the request went through a proxy (Firefox's proxyInfo): `ip` is the proxy's address */
  proxied?: true;
}
export interface RequestEvent {
  k: 'request';
  t: number;
  requestId: string;
  url: string;
  method: string;
  type: ResourceKind;
  frameId: number;
  parentFrameId: number;
  frameUrl?: string;
  initiator?: string;
  /** Sent by a service worker (tabId -1) and attributed to this tab by its initiator. */
  viaWorker?: boolean;
  /** What the id scan of its body kept (never the body): set when it held a possible id or was not read in full */
  body?: BodyFacts;
}
/** One field of a request body: the key the id rules judge (`name`), where it sat (`label`, `body.user.uid`). */
export interface BodyField {
  name: string;
  value: string;
  label: string;
}
/** The id scan of a request body's first bytes (utils/findings/body-ids.ts). */
export interface BodyFacts {
  /** Fields whose value may be a visitor id (a few at most), judged by the analysis as URL parameters are */
  ids?: BodyField[];
  /** Not text (protobuf, an image): not scanned */
  binary?: true;
  /** The browser did not show it (Chrome: a Blob body): not scanned */
  hidden?: true;
  /** Longer than the scanned sample: only its start was read */
  cut?: true;
  /** `ids` were read by the page's hook from a Blob the browser did not show (`hidden`): the page's word */
  page?: true;
}
export interface ResponseEvent {
  k: 'response';
  t: number;
  requestId: string;
  url: string;
  status: number;
  ip?: string;
  /** The browser says the response came through a proxy (Firefox's proxyInfo): `ip` is the proxy's address */
  proxied?: true;
  fromCache: boolean;
  /** Read-only: a response without Set-Cookie shares one frozen empty list. */
  setCookies: readonly SetCookieHeader[];
  /** A document's response: the endpoints it names for the browser's reports (report-endpoints.ts), when any */
  reportTo?: string[];
  /** A document's `Link: rel=preconnect` origins (link-preconnect.ts): connections the browser opens, no request */
  preconnects?: string[];
}
export interface RequestErrorEvent {
  k: 'request-error';
  t: number;
  requestId: string;
  url: string;
  error: string;
}
/** A stored cookie's attributes, as cookies.onChanged reports them and as we keep them. */
export interface CookieAttributes {
  name: string;
  value: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string;
  session: boolean;
}
/** cookies.onChanged: what the browser really stored or removed. */
export interface CookieEvent extends CookieAttributes {
  k: 'cookie';
  t: number;
  expires?: number;
  removed: boolean;
  cause: string;
  partitionTopSite?: string;
  /** No tab's response or page claimed this change: it went to every tab of its site (record/cookie-router.ts) */
  unrouted?: boolean;
}
