// The edge: raw webRequest / cookies.onChanged details become AuditEvents here, and only here.
import {
  RESOURCE_KINDS,
  type AuditEvent,
  type BodyFacts,
  type CookieAttributes,
  type CookieEvent,
  type RequestEvent,
  type ResourceKind,
  type ResponseEvent,
} from '../events.ts';
import type { RawRequestBody } from './request-body.ts';
import { linkPreconnects } from './link-preconnect.ts';
import { setCookiesFromHeaders } from './set-cookie.ts';
import { reportEndpointsOf } from './report-endpoints.ts';

/** The subset of webRequest details we read (Chrome and Firefox); structural so tests can pass plain objects. */
export interface RawRequestDetails {
  requestId: string;
  url: string;
  method?: string;
  type?: string;
  tabId: number;
  frameId?: number;
  parentFrameId?: number;
  timeStamp?: number;
  initiator?: string;
  originUrl?: string;
  documentUrl?: string;
  /** Chrome: the document that made the request; on a main-frame request only a speculative one (prefetch) has it. */
  documentId?: string;
  ip?: string;
  /** Firefox only, present when the request went through a proxy (type "direct" when it did not) */
  proxyInfo?: { type?: string } | null;
  statusCode?: number;
  fromCache?: boolean;
  redirectUrl?: string;
  error?: string;
  responseHeaders?: Array<{ name: string; value?: string }>;
  /** onBeforeRequest with 'requestBody': scanned by the worker (utils/findings/body-ids.ts), never kept */
  requestBody?: RawRequestBody | null;
}

export interface RawCookieChange {
  removed: boolean;
  cause: string;
  cookie: CookieAttributes & { expirationDate?: number; partitionKey?: { topLevelSite?: string } };
}

// Each kind and method as one shared string: webRequest hands every event its own copies, and the record keeps one
// per request (a page's 5,000 rows would keep 5,000 copies of 'script' and of 'GET').
const KINDS: ReadonlyMap<string, ResourceKind> = new Map(RESOURCE_KINDS.map((k) => [k, k]));
const METHODS: ReadonlyMap<string, string> = new Map(
  ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'].map((m) => [m, m]),
);

function kindOf(type: string | undefined): ResourceKind {
  if (type === undefined) return 'other';
  const kind = KINDS.get(type);
  if (kind !== undefined) return kind;
  // Firefox names: beacon -> ping, imageset -> image, xml_dtd/xslt -> other
  if (type === 'beacon') return 'ping';
  if (type === 'imageset') return 'image';
  return 'other';
}

function methodOf(method: string | undefined): string {
  return method === undefined ? 'GET' : (METHODS.get(method) ?? method);
}

function time(d: { timeStamp?: number }): number {
  return typeof d.timeStamp === 'number' && Number.isFinite(d.timeStamp) ? Math.round(d.timeStamp) : Date.now();
}

/** `body`: what the worker's id scan of the request body kept (the adapter does not judge values itself). */
export function fromBeforeRequest(d: RawRequestDetails, viaWorker = false, body?: BodyFacts): AuditEvent[] {
  const t = time(d);
  const type = kindOf(d.type);
  const frameId = d.frameId ?? 0;
  const requestId = d.requestId;
  const url = d.url;
  const method = methodOf(d.method);
  const parentFrameId = d.parentFrameId ?? -1;
  const initiator = d.initiator ?? d.originUrl;
  // Chrome names the initiator of nearly every request: it is in the literal then, not added afterwards (which gave
  // every such event a property array of its own). Other optional fields are assigned, not spread.
  const req: RequestEvent =
    initiator && !d.documentUrl
      ? { k: 'request', t, requestId, url, method, type, frameId, parentFrameId, initiator }
      : { k: 'request', t, requestId, url, method, type, frameId, parentFrameId };
  // Firefox names the document; Chrome only its origin (initiator).
  if (d.documentUrl) {
    req.frameUrl = d.documentUrl;
    if (initiator) req.initiator = initiator;
  }
  if (viaWorker) req.viaWorker = true;
  if (body) req.body = body;
  // A main-frame fetch made by the shown document (speculation rules' prefetch or prerender) is that page's request,
  // not a navigation: the tab may never show it, and a page must not replace its own record by asking for another.
  if (type === 'main_frame' && frameId === 0 && !viaWorker && d.documentId === undefined)
    return [{ k: 'nav', t, url: d.url, requestId: d.requestId }, req];
  return [req];
}

export function fromResponseStarted(d: RawRequestDetails): AuditEvent {
  const t = time(d);
  const requestId = d.requestId;
  const url = d.url;
  const status = d.statusCode ?? 0;
  const fromCache = d.fromCache === true;
  const setCookies = setCookiesFromHeaders(d.responseHeaders, t);
  // One literal each, with and without the address (most responses have one): adding it to the object afterwards
  // gave every response event a property array of its own.
  const resp: ResponseEvent = d.ip
    ? { k: 'response', t, requestId, url, status, fromCache, setCookies, ip: d.ip }
    : { k: 'response', t, requestId, url, status, fromCache, setCookies };
  if (viaProxy(d)) resp.proxied = true;
  // Chromium sends a document's reports without a tab: its endpoints are what the record can say of them.
  if (d.type === 'main_frame' || d.type === 'sub_frame') {
    const reportTo = reportEndpointsOf(d.responseHeaders, url);
    if (reportTo.length > 0) resp.reportTo = reportTo;
    const preconnects = linkPreconnects(d.responseHeaders, url);
    if (preconnects) resp.preconnects = preconnects;
  }
  return resp;
}

/** Firefox names the proxy a request went through; Chrome has no such field (its `ip` is then the proxy's too). */
function viaProxy(d: RawRequestDetails): boolean {
  const p = d.proxyInfo;
  return typeof p === 'object' && p !== null && p.type !== 'direct';
}

/** A redirect is a response (it may set cookies) followed by a new hop of the same request. */
export function fromBeforeRedirect(d: RawRequestDetails): AuditEvent[] {
  const t = time(d);
  return [
    fromResponseStarted(d),
    {
      k: 'redirect',
      t,
      requestId: d.requestId,
      from: d.url,
      to: d.redirectUrl ?? '',
      status: d.statusCode ?? 0,
      ...(d.ip ? { ip: d.ip } : {}),
      ...(viaProxy(d) ? { proxied: true as const } : {}),
    },
  ];
}

export function fromErrorOccurred(d: RawRequestDetails): AuditEvent {
  return { k: 'request-error', t: time(d), requestId: d.requestId, url: d.url, error: d.error ?? 'unknown error' };
}

export function fromCookieChange(c: RawCookieChange, t = Date.now()): CookieEvent {
  const k = c.cookie;
  // Optional fields are assigned, not spread: a page may write thousands of cookies.
  const ev: CookieEvent = {
    k: 'cookie',
    t,
    name: k.name,
    value: k.value,
    domain: k.domain,
    path: k.path,
    hostOnly: k.hostOnly,
    secure: k.secure,
    httpOnly: k.httpOnly,
    sameSite: k.sameSite,
    session: k.session,
    removed: c.removed,
    cause: c.cause,
  };
  if (k.expirationDate !== undefined) ev.expires = Math.round(k.expirationDate * 1000);
  if (k.partitionKey?.topLevelSite) ev.partitionTopSite = k.partitionKey.topLevelSite;
  return ev;
}
