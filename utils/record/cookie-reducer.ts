// Cookie writes from three views (Set-Cookie header, page hook, cookies.onChanged) merged into one table entry each.
import type { CookieEvent, PageCookieWrite, SetCookieHeader, Source } from '../observe/events.ts';
import { domainMatches, partyOf } from '../url/party.ts';
import { cookieDomainToAscii, parseUrl } from '../url/url.ts';
import { cap, type CookieEntry, type CookieSetter, type PageAccess, type RequestEntry } from './page-record.ts';

interface CookieWrite {
  name: string; domain: string; path: string; value: string; t: number; setBy: CookieSetter; source: Source | 'header';
  setByUrl?: string; script?: string; frameUrl?: string; httpOnly?: boolean; secure?: boolean; sameSite?: string;
  session?: boolean; expires?: number;
}

export class CookieReducer {
  private index = new Map<string, CookieEntry>();
  /** Which views (header, page, browser) have reported the latest write of a cookie */
  private writeViews = new WeakMap<CookieEntry, Set<Source | 'header'>>();

  constructor(private readonly pages: PageAccess) {}

  reset(): void {
    this.index.clear();
  }

  browserCookie(ev: CookieEvent): void {
    const domain = ev.domain.replace(/^\./, '').toLowerCase();
    const existing = this.index.get(`${ev.name}|${domain}|${ev.path}`);
    if (ev.removed) {
      // 'overwrite' removals precede the new value: not a removal the user sees.
      if (existing && ev.cause !== 'overwrite') existing.removed = true;
      return;
    }
    const entry = this.noteWrite({
      name: ev.name, domain, path: ev.path, value: ev.value, t: ev.t, setBy: 'unknown', source: 'browser',
      httpOnly: ev.httpOnly, secure: ev.secure, sameSite: ev.sameSite, session: ev.session,
      ...(ev.expires !== undefined ? { expires: ev.expires } : {}),
    });
    if (ev.httpOnly && entry.setBy === 'unknown') entry.setBy = 'http'; // script cannot write HttpOnly cookies
  }

  pageCookie(ev: PageCookieWrite): void {
    const page = this.pages.page(ev.t);
    const frameHost = parseUrl(ev.frameUrl)?.host ?? '';
    const domain = cookieDomainFromRaw(ev.raw) ?? (frameHost || page.site);
    this.noteWrite({
      name: ev.name, domain, path: '/', value: ev.value, t: ev.t, setBy: 'script', source: 'page',
      frameUrl: ev.frameUrl, ...(ev.script ? { script: ev.script } : {}),
    });
  }

  /** A Set-Cookie header of the response to `request`. */
  headerCookie(request: RequestEntry, c: SetCookieHeader, t: number): void {
    if (!request.setCookies.includes(c.name)) request.setCookies.push(c.name);
    const domain = c.domain ? c.domain.replace(/^\./, '').toLowerCase() : request.host;
    this.noteWrite({
      name: c.name, domain, path: c.path ?? '/', value: c.value, t, setBy: 'http', setByUrl: request.url,
      source: 'header', httpOnly: c.httpOnly, secure: c.secure, ...(c.sameSite ? { sameSite: c.sameSite } : {}),
    });
  }

  /** Merge a write into the cookie table; matching ignores the path when only the page knows it. */
  private noteWrite(w: CookieWrite): CookieEntry {
    const page = this.pages.page(w.t);
    const key = `${w.name}|${w.domain}|${w.path}`;
    let entry = this.index.get(key) ?? this.findLoose(w.name, w.domain, w.value, w.t);
    if (!entry) {
      entry = {
        name: w.name, domain: w.domain, path: w.path, party: partyOf(w.domain, page.site), setBy: w.setBy,
        t: w.t, lastT: w.t, writes: 0, value: cap(w.value), valueLength: w.value.length, removed: false,
        confirmedBy: [],
      };
      page.cookies.push(entry);
      this.index.set(key, entry);
    }
    // One write is seen up to three times (Set-Cookie header or page hook, and cookies.onChanged), in any order:
    // count it once.
    const seen = this.writeViews.get(entry);
    const sameWrite = seen !== undefined && entry.value === cap(w.value) && Math.abs(w.t - entry.lastT) < 2000
      && !seen.has(w.source);
    if (sameWrite) seen.add(w.source);
    else {
      entry.writes += 1;
      this.writeViews.set(entry, new Set([w.source]));
    }
    // Reports arrive out of order (page reports are parsed in idle time): only a newer write sets the value.
    const newest = w.t >= entry.lastT;
    entry.lastT = Math.max(entry.lastT, w.t);
    if (newest) {
      entry.value = cap(w.value);
      entry.valueLength = w.value.length;
      entry.removed = false;
    }
    if (w.source !== 'header' && !entry.confirmedBy.includes(w.source)) entry.confirmedBy.push(w.source);
    if (w.setBy !== 'unknown') {
      // http evidence (a Set-Cookie header) beats a guess; script evidence fills 'unknown'.
      if (entry.setBy === 'unknown' || w.setBy === 'http') entry.setBy = w.setBy;
    }
    if (entry.path !== w.path && w.source === 'browser') {
      this.index.delete(`${entry.name}|${entry.domain}|${entry.path}`);
      entry.path = w.path;
      this.index.set(key, entry);
    }
    if (w.domain !== entry.domain && w.source === 'browser') {
      this.index.delete(`${entry.name}|${entry.domain}|${entry.path}`);
      entry.domain = w.domain;
      entry.party = partyOf(w.domain, page.site);
      this.index.set(`${entry.name}|${entry.domain}|${entry.path}`, entry);
    }
    if (w.setByUrl) entry.setByUrl = w.setByUrl;
    if (w.script) entry.script = w.script;
    if (w.frameUrl) entry.frameUrl = w.frameUrl;
    if (w.httpOnly !== undefined) entry.httpOnly = w.httpOnly;
    if (w.secure !== undefined) entry.secure = w.secure;
    if (w.sameSite !== undefined) entry.sameSite = w.sameSite;
    if (w.session !== undefined) entry.session = w.session;
    if (w.expires !== undefined) entry.expires = w.expires;
    return entry;
  }

  /** A page or header write and the browser's stored cookie may name the domain differently (host-only vs .domain). */
  private findLoose(name: string, domain: string, value: string, t: number): CookieEntry | undefined {
    const page = this.pages.current;
    if (!page) return undefined;
    for (const c of page.cookies) {
      if (c.name !== name) continue;
      if (!(domainMatches(c.domain, domain) || domainMatches(domain, c.domain))) continue;
      if (c.value === cap(value) || Math.abs(c.lastT - t) < 2000) return c;
    }
    return undefined;
  }
}

/** `Domain=` attribute of a document.cookie string, if any. */
export function cookieDomainFromRaw(raw: string): string | null {
  const m = /;\s*domain\s*=\s*\.?([^;\s]+)/i.exec(raw);
  return m?.[1] ? cookieDomainToAscii(m[1]) || null : null;
}
