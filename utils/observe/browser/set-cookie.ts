// Set-Cookie header parsing (RFC 6265 §5.2, lenient like browsers): never throws, skips what cannot be a cookie.
import type { SetCookieHeader } from '../events.ts';
import { cookieDomainToAscii } from '../../url/url.ts';

const MAX_HEADER = 16 * 1024;

export function parseSetCookie(header: string, now = Date.now()): SetCookieHeader | null {
  if (typeof header !== 'string') return null;
  const parts = header.slice(0, MAX_HEADER).split(';');
  const pair = parts.shift() ?? '';
  const eq = pair.indexOf('=');
  // A pair without '=' is a cookie with an empty name (RFC 6265bis); browsers store it, so do we.
  const name = (eq === -1 ? '' : pair.slice(0, eq)).trim();
  const value = (eq === -1 ? pair : pair.slice(eq + 1)).trim();
  if (name === '' && value === '') return null;
  const out: SetCookieHeader = { name, value, secure: false, httpOnly: false, partitioned: false };
  for (const attr of parts) {
    const i = attr.indexOf('=');
    const key = (i === -1 ? attr : attr.slice(0, i)).trim().toLowerCase();
    const val = i === -1 ? '' : attr.slice(i + 1).trim();
    switch (key) {
      // RFC 6265bis §5.6: the last attribute of each name wins;
      // an empty Domain is ignored, a Path not starting with '/'
      // means the default path (and so undoes an earlier Path).
      case 'domain':
        if (val) out.domain = cookieDomainToAscii(val);
        break;
      case 'path':
        if (val.startsWith('/')) out.path = val;
        else delete out.path;
        break;
      case 'expires': {
        const ms = Date.parse(val);
        if (!Number.isNaN(ms)) out.expires = ms;
        break;
      }
      case 'max-age': {
        const n = Number(val);
        if (/^-?\d+$/.test(val) && Number.isFinite(n)) {
          out.maxAge = n;
          out.expires = now + n * 1000;
        }
        break;
      }
      case 'secure':
        out.secure = true;
        break;
      case 'httponly':
        out.httpOnly = true;
        break;
      case 'samesite':
        if (val) out.sameSite = val.toLowerCase();
        break;
      case 'partitioned':
        out.partitioned = true;
        break;
    }
  }
  return out;
}

const NO_SET_COOKIES: readonly SetCookieHeader[] = Object.freeze([]);

/**
 * All cookies in a response's headers; Firefox joins several Set-Cookie values with '\n' in one header. Most responses
 * have none: they share one frozen empty list instead of a new array each.
 */
export function setCookiesFromHeaders(
  headers: ReadonlyArray<{ name: string; value?: string }> | undefined,
  now = Date.now(),
): readonly SetCookieHeader[] {
  let out: SetCookieHeader[] | null = null;
  if (!headers) return NO_SET_COOKIES;
  for (const h of headers) {
    // Every response's 10-20 headers pass here: the length test spares the rest a lower-cased copy (lower-casing
    // never shortens a name, and no longer or shorter one lower-cases to 'set-cookie').
    const name = h.name;
    if (typeof name !== 'string' || name.length !== 10 || name.toLowerCase() !== 'set-cookie') continue;
    if (typeof h.value !== 'string') continue;
    for (const line of h.value.split('\n')) {
      const c = parseSetCookie(line, now);
      if (c) (out ??= []).push(c);
    }
  }
  return out ?? NO_SET_COOKIES;
}

/**
 * Why a browser refuses to store `c` when set from `url` (RFC 6265bis §5.7 storage model and Chromium's SameSite rule),
 * or null when it may store it. `fromScript`: written by document.cookie, which cannot set HttpOnly cookies. Cookies a
 * browser refuses are attempts, never evidence of storage.
 */
export function cookieRefusal(c: SetCookieHeader, url: string, fromScript: boolean): string | null {
  const origin = originFacts(url);
  if (!origin) return null; // unknown origin: nothing to judge by, the browser's own events decide
  const { host, secureOrigin } = origin;
  if (fromScript && c.httpOnly) return 'HttpOnly cannot be set from a script';
  if (c.domain !== undefined && c.domain !== host && !host.endsWith(`.${c.domain}`))
    return `Domain=${c.domain} does not match ${host}`;
  if (c.secure && !secureOrigin) return 'Secure set from an insecure origin';
  const lower = c.name.toLowerCase();
  if (lower.startsWith('__secure-') && (!c.secure || !secureOrigin)) return '__Secure- prefix without Secure';
  if (lower.startsWith('__host-') && (!c.secure || !secureOrigin || c.domain !== undefined || c.path !== '/'))
    return '__Host- prefix needs Secure, no Domain and Path=/';
  if (c.sameSite === 'none' && !c.secure) return 'SameSite=None without Secure';
  return null;
}

/** Host and secure-ness of the last URL asked about: a page's writes come from one frame, parsed once. */
let lastOrigin: { url: string; facts: Readonly<{ host: string; secureOrigin: boolean }> | null } | undefined;
function originFacts(url: string): Readonly<{ host: string; secureOrigin: boolean }> | null {
  if (lastOrigin?.url === url) return lastOrigin.facts;
  let facts: { host: string; secureOrigin: boolean } | null = null;
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    facts = { host, secureOrigin: u.protocol === 'https:' || host === 'localhost' || host === '127.0.0.1' };
  } catch {
    facts = null;
  }
  lastOrigin = { url, facts };
  return facts;
}
