// Parts of a request's or cookie's row (time, initiator, status,
// flags, confirmation) that the UI words in its language.
import type { Lang } from '../i18n/lang.ts';
import { localeNumber } from '../i18n/text.ts';
import type { CookieEntry, RequestEntry } from '../record/record.ts';

/** Milliseconds since page start as a short label: "+350 ms", "+1.25 s", "+2 min 05 s" (German: "+1,25 s"). */
export function relTime(t: number, startedAt: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(t) || !Number.isFinite(startedAt)) return '?';
  const d = Math.round(t - startedAt);
  const sign = d < 0 ? '−' : '+';
  const a = Math.abs(d);
  if (a < 1000) return `${sign}${a} ms`;
  if (a < 60_000) {
    const digits = a < 10_000 ? 2 : 1;
    return `${sign}${localeNumber(a / 1000, lang, digits, false)} s`;
  }
  const min = Math.floor(a / 60_000);
  if (min >= 60) return `${sign}${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
  return `${sign}${min} min ${String(Math.floor((a % 60_000) / 1000)).padStart(2, '0')} s`;
}

/** Who asked for a request, as parts the popup words in its language. */
export type InitiatorPart =
  | { kind: 'script'; url: string }
  | { kind: 'from'; url: string }
  | { kind: 'frame'; url: string }
  | { kind: 'inside'; url: string }
  | { kind: 'worker' };

/** "script: https://a/x.js" initiators carry the script that made the request (page-reported beacons). */
export function initiatorParts(r: RequestEntry): InitiatorPart[] {
  const parts: InitiatorPart[] = [];
  if (r.initiator)
    parts.push(
      r.initiator.startsWith('script:')
        ? { kind: 'script', url: r.initiator.slice(7) }
        : { kind: 'from', url: r.initiator },
    );
  if (r.frameId !== 0 && r.frameUrl && r.type !== 'sub_frame' && r.type !== 'main_frame')
    parts.push({ kind: 'frame', url: r.frameUrl });
  if (r.type === 'sub_frame' && r.frameUrl) parts.push({ kind: 'inside', url: r.frameUrl });
  if (r.viaWorker) parts.push({ kind: 'worker' });
  return parts;
}

export type StatusPart =
  | { kind: 'error'; error: string }
  | { kind: 'redirect'; status: number | null }
  | { kind: 'status'; status: number; fromCache: boolean }
  | { kind: 'pending' };

export function statusParts(r: RequestEntry): StatusPart {
  if (r.error) return { kind: 'error', error: r.error };
  if (r.redirectTo) return { kind: 'redirect', status: r.status ? r.status : null };
  if (r.status !== undefined) return { kind: 'status', status: r.status, fromCache: r.fromCache === true };
  return { kind: 'pending' };
}

/** Cookie attributes: the technical ones (HttpOnly, Secure, SameSite=…) keep their names in every language. */
export type CookieFlag =
  { kind: 'attr'; text: string } | { kind: 'session' } | { kind: 'expires'; date: string } | { kind: 'removed' };

export function cookieFlagParts(c: CookieEntry): CookieFlag[] {
  const flags: CookieFlag[] = [];
  if (c.httpOnly) flags.push({ kind: 'attr', text: 'HttpOnly' });
  if (c.secure) flags.push({ kind: 'attr', text: 'Secure' });
  if (c.sameSite && c.sameSite !== 'unspecified') flags.push({ kind: 'attr', text: `SameSite=${c.sameSite}` });
  if (c.session) flags.push({ kind: 'session' });
  else if (c.expires !== undefined && Number.isFinite(c.expires))
    flags.push({ kind: 'expires', date: expiryLabel(c.expires) });
  if (c.removed) flags.push({ kind: 'removed' });
  return flags;
}

/** Cookie expiry (ms since epoch, as the adapter stores it) as a date. */
function expiryLabel(expiresMs: number): string {
  const d = new Date(expiresMs);
  return Number.isNaN(d.getTime()) ? '?' : d.toISOString().slice(0, 10);
}

/**
 * How far a cookie write is confirmed: 'browser' (cookies API
 * saw it stored), 'page' (only the page's hooks reported it),
 * 'header' (a Set-Cookie header was seen but the browser never
 * reported storing it, e.g. a rejected third-party cookie).
 */
export function cookieConfirmation(c: CookieEntry): 'browser' | 'page' | 'header' {
  if (c.confirmedBy.includes('browser')) return 'browser';
  return c.confirmedBy.includes('page') ? 'page' : 'header';
}

/** True when only the page's own report says the cookie was written: the browser never confirmed storing it. */
export function pageReportedOnly(c: CookieEntry): boolean {
  return !c.confirmedBy.includes('browser');
}
