// Raw browser events for unit tests, made by the real adapter: one place for the defaults of a page load, a response,
// a stored cookie and a form leak, so that each test states only what it is about.
import {
  fromBeforeRequest,
  fromCookieChange,
  fromResponseStarted,
  type RawCookieChange,
  type RawRequestDetails,
} from '../../utils/observe/browser/adapter.ts';
import type { AuditEvent, CookieEvent, FormLeakEvent, PageEvent } from '../../utils/observe/events.ts';

/** The main-frame request that starts a page in tab `tabId` at time `t`. */
export function navigation(url: string, tabId: number, t: number, requestId = 'main'): AuditEvent[] {
  return fromBeforeRequest({ requestId, url, type: 'main_frame', tabId, frameId: 0, timeStamp: t });
}

/** The response of request `requestId` of tab `tabId` at time `t`: status 200 unless `extra` says otherwise. */
export function responseStarted(
  requestId: string,
  url: string,
  tabId: number,
  t: number,
  extra: Partial<RawRequestDetails> = {},
): AuditEvent {
  return fromResponseStarted({ requestId, url, statusCode: 200, tabId, timeStamp: t, ...extra });
}

/**
 * cookies.onChanged at time `t`: path '/', secure, not httpOnly, SameSite=Lax, persistent, host-only unless `domain`
 * starts with a dot; `extra` overrides any of these, `change` makes it a removal or gives another cause.
 */
export function cookieStored(
  name: string,
  domain: string,
  value: string,
  t: number,
  extra: Partial<RawCookieChange['cookie']> = {},
  change: { removed?: boolean; cause?: string } = {},
): CookieEvent {
  const cookie = {
    name,
    value,
    domain,
    path: '/',
    hostOnly: !domain.startsWith('.'),
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: false,
    ...extra,
  };
  return fromCookieChange({ removed: change.removed ?? false, cause: change.cause ?? 'explicit', cookie }, t);
}

/** The form test's canary e-mail, SHA-256 of its normalised form, in a POST beacon body to tracker.adnet.test. */
export function formLeak(t: number, o: Partial<FormLeakEvent> = {}): FormLeakEvent {
  return {
    k: 'form-leak',
    t,
    url: 'https://tracker.adnet.test/beacon',
    host: 'tracker.adnet.test',
    method: 'POST',
    type: 'ping',
    field: 'email',
    encoding: 'sha256',
    normalised: true,
    where: 'body',
    ...o,
  };
}

/** A 4,000-character cookie value: writes of it fill a tab's storage budget fast. */
const FLOOD_VALUE = 'x'.repeat(4000);

/** Flood write `i` at 2000 + i on www.site.test, as the page reports it (document.cookie). */
export function floodPageCookie(i: number): PageEvent {
  return {
    k: 'page-cookie',
    t: 2000 + i,
    api: 'document.cookie',
    name: `flood${i}`,
    value: FLOOD_VALUE,
    raw: `flood${i}=${FLOOD_VALUE}`,
    frameUrl: 'https://www.site.test/',
  };
}

/** The same write as the browser stores it: a session cookie of www.site.test. */
export function floodStoredCookie(i: number): CookieEvent {
  return cookieStored(`flood${i}`, 'www.site.test', FLOOD_VALUE, 2000 + i, { session: true });
}
