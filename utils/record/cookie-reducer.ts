// Cookie writes from three views (Set-Cookie header, page hook, cookies.onChanged) merged into one table entry each.
import { cookieRefusal, parseSetCookie } from '../observe/browser/set-cookie.ts';
import type { Attribution, CookieEvent, PageCookieWrite, SetCookieHeader, Source } from '../observe/events.ts';
import { domainMatches, partyOf } from '../url/party.ts';
import { frameHostOf } from '../url/url.ts';
import { cap, type CookieEntry, type CookieSetter, type PageAccess, type RequestEntry } from './page-record.ts';

interface CookieWrite {
  name: string;
  domain: string;
  path: string;
  value: string;
  t: number;
  setBy: CookieSetter;
  source: Source | 'header';
  setByUrl?: string;
  script?: string;
  attribution?: Attribution;
  frameUrl?: string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
  session?: boolean;
  expires?: number;
}

/** What the page said about a write: where from, which script, and how far that name can be trusted. */
interface Said {
  script?: string;
  attribution?: Attribution;
  frameUrl?: string;
}

/**
 * The latest attributed write names the script, with its confidence: an earlier write of the same cookie (a first-party
 * pre-write) cannot lend its name to a later one, and a later
 * write without a caller leaves none rather than the old one.
 */
export function attribute(entry: { script?: string; attribution?: Attribution }, said: Said): void {
  if (said.attribution !== undefined) {
    entry.attribution = said.attribution;
    if (said.script) entry.script = said.script;
    else delete entry.script;
  } else if (said.script) entry.script = said.script;
}

/** How long a page write the browser has not confirmed still counts for the CMP choice (see `latestWrite`). */
export const PENDING_MS = 5_000;

export class CookieReducer {
  private index = new Map<string, CookieEntry>();
  /** Which views (header, page, browser) have reported the latest write of a cookie */
  private writeViews = new WeakMap<CookieEntry, Set<Source | 'header'>>();
  /** The last browser changes (time, value) applied to each entry: `holds` tells a change delivered once already. */
  private browserSeen = new WeakMap<CookieEntry, Array<[number, string]>>();
  /** Page attribution (script, frame) of a write the browser has not confirmed yet, by name and value */
  private attribution = new Map<string, Said>();
  /**
   * A newer value the page wrote over a browser-confirmed cookie, until the browser reports its own change. Only the
   * CMP choice reads it: a CMP answer is several writes (choice, then "answered" marker), and the page's report of
   * them can arrive before the browser's. Without it the marker (a new cookie, taken from the page at once) would be
   * read with the old choice cookie (kept until the browser confirms): an accept recorded as a reject.
   */
  private pending = new WeakMap<CookieEntry, { value: string; t: number }>();

  constructor(private readonly pages: PageAccess) {}

  reset(): void {
    this.index.clear();
    this.attribution.clear();
    this.pending = new WeakMap();
    this.browserSeen = new WeakMap();
  }

  /** Whether this very browser change (cookie, time, value) was applied: a late delivery a stop made twice. */
  holds(ev: CookieEvent): boolean {
    const entry = this.index.get(`${ev.name}|${ev.domain.replace(/^\./, '').toLowerCase()}|${ev.path}`);
    const seen = entry && this.browserSeen.get(entry);
    return seen?.some(([t, value]) => t === ev.t && value === ev.value) === true;
  }

  /**
   * The value and time of the cookie's latest write as the page sequence has it (see `pending`), read at `at`. A page
   * value the browser has not confirmed within PENDING_MS was not stored (a write the browser drops silently), and one
   * older than the entry's own latest write (a Set-Cookie header since) is history: both leave the stored value.
   */
  latestWrite(entry: CookieEntry, at: number): { value: string; t: number } {
    const p = this.pending.get(entry);
    return p && p.t >= entry.lastT && at - p.t <= PENDING_MS
      ? { value: p.value, t: p.t }
      : { value: entry.value, t: entry.lastT };
  }

  browserCookie(ev: CookieEvent): void {
    const domain = ev.domain.replace(/^\./, '').toLowerCase();
    const existing = this.index.get(`${ev.name}|${domain}|${ev.path}`);
    if (ev.removed) {
      // 'overwrite' removals precede the new value: not a removal the user sees.
      if (existing && ev.cause !== 'overwrite') {
        this.pending.delete(existing);
        existing.removed = true;
        existing.removedT = Math.max(existing.removedT ?? ev.t, ev.t);
      }
      return;
    }
    const said = this.attribution.get(`${ev.name}\n${cap(ev.value)}`);
    const entry = this.noteWrite({
      name: ev.name,
      domain,
      path: ev.path,
      value: ev.value,
      t: ev.t,
      setBy: said ? 'script' : 'unknown',
      source: 'browser',
      httpOnly: ev.httpOnly,
      secure: ev.secure,
      sameSite: ev.sameSite,
      session: ev.session,
      ...(ev.expires !== undefined ? { expires: ev.expires } : {}),
      ...said,
    });
    if (ev.httpOnly && entry.setBy === 'unknown') entry.setBy = 'http'; // script cannot write HttpOnly cookies
    const seen = this.browserSeen.get(entry) ?? [];
    if (seen.length >= BROWSER_SEEN) seen.shift();
    seen.push([ev.t, ev.value]);
    this.browserSeen.set(entry, seen);
    // Said, not hidden: this tab's own views (header, page) of the write still count as its own.
    if (ev.unrouted && !this.writeViews.get(entry)?.has('header') && !this.writeViews.get(entry)?.has('page'))
      entry.unrouted = true;
    else delete entry.unrouted;
  }

  /**
   * The page's word about a write: attribution for what the browser confirms, never a change to a confirmed value.
   * A write the browser refuses (RFC 6265bis) gets its own entry, marked `refused`, and touches nothing else.
   */
  pageCookie(ev: PageCookieWrite): void {
    const page = this.pages.page(ev.t);
    const frameHost = frameHostOf(ev.frameUrl);
    const parsed = ev.api === 'document.cookie' ? parseSetCookie(ev.raw, ev.t) : null;
    const domain = parsed?.domain ?? (frameHost || page.site);
    const refused = parsed ? cookieRefusal(parsed, ev.frameUrl, true) : null;
    const said: Said = {
      frameUrl: ev.frameUrl,
      ...(ev.script ? { script: ev.script } : {}),
      ...(ev.attribution ? { attribution: ev.attribution } : {}),
    };
    if (refused !== null) {
      this.refusedWrite(ev, domain, refused, said);
      return;
    }
    if (this.attribution.size >= ATTRIBUTION_MAX) this.attribution.clear();
    this.attribution.set(`${ev.name}\n${cap(ev.value)}`, said);
    const key = `${ev.name}|${domain}|/`;
    const confirmed = this.index.get(key) ?? this.findLoose(ev.name, domain, ev.value, ev.t);
    if (confirmed?.confirmedBy.includes('browser')) {
      // Same value: the browser stored this very write, the page tells who wrote it. Another value: not stored (yet).
      if (confirmed.value === cap(ev.value)) {
        attribute(confirmed, said);
        confirmed.frameUrl = ev.frameUrl;
        if (confirmed.setBy === 'unknown') confirmed.setBy = 'script';
        if (!confirmed.confirmedBy.includes('page')) confirmed.confirmedBy.push('page');
        delete confirmed.unrouted; // this tab wrote it, if later than the router's hold
        if (ev.t >= (this.pending.get(confirmed)?.t ?? Infinity)) this.pending.delete(confirmed);
      } else if (ev.t > confirmed.lastT) this.pending.set(confirmed, { value: cap(ev.value), t: ev.t });
      return;
    }
    this.noteWrite({
      name: ev.name,
      domain,
      path: '/',
      value: ev.value,
      t: ev.t,
      setBy: 'script',
      source: 'page',
      ...said,
    });
  }

  private refusedWrite(ev: PageCookieWrite, domain: string, reason: string, said: Said): void {
    const page = this.pages.page(ev.t);
    const key = `refused|${ev.name}|${domain}`;
    let entry = this.index.get(key);
    if (!entry) {
      entry = {
        name: ev.name,
        domain,
        path: '/',
        party: partyOf(domain, page.site),
        setBy: 'script',
        t: ev.t,
        lastT: ev.t,
        writes: 0,
        value: cap(ev.value),
        valueLength: ev.value.length,
        removed: false,
        confirmedBy: ['page'],
        refused: reason,
      };
      page.cookies.push(entry);
      this.index.set(key, entry);
    }
    entry.writes += 1;
    entry.lastT = Math.max(entry.lastT, ev.t);
    entry.refused = reason;
    Object.assign(entry, said);
  }

  /**
   * A Set-Cookie header of the response to `request` (what the
   * server asked for; the browser's events say what it stored).
   */
  headerCookie(request: RequestEntry, c: SetCookieHeader, t: number): void {
    if (!request.setCookies.includes(c.name)) request.setCookies = [...request.setCookies, c.name];
    const domain = c.domain ? c.domain.replace(/^\./, '').toLowerCase() : request.host;
    this.noteWrite({
      name: c.name,
      domain,
      path: c.path ?? '/',
      value: c.value,
      t,
      setBy: 'http',
      setByUrl: request.url,
      source: 'header',
      httpOnly: c.httpOnly,
      secure: c.secure,
      ...(c.sameSite ? { sameSite: c.sameSite } : {}),
    });
  }

  /** Merge a write into the cookie table; matching ignores the path when only the page knows it. */
  private noteWrite(w: CookieWrite): CookieEntry {
    const page = this.pages.page(w.t);
    const key = `${w.name}|${w.domain}|${w.path}`;
    let entry = this.index.get(key) ?? this.findLoose(w.name, w.domain, w.value, w.t);
    if (!entry) {
      entry = {
        name: w.name,
        domain: w.domain,
        path: w.path,
        party: partyOf(w.domain, page.site),
        setBy: w.setBy,
        t: w.t,
        lastT: w.t,
        writes: 0,
        value: cap(w.value),
        valueLength: w.value.length,
        removed: false,
        confirmedBy: [],
      };
      page.cookies.push(entry);
      this.index.set(key, entry);
    }
    // One write is seen up to three times (Set-Cookie header or page hook, and cookies.onChanged), in any order: count
    // it once.
    const seen = this.writeViews.get(entry);
    const sameWrite =
      seen !== undefined && entry.value === cap(w.value) && Math.abs(w.t - entry.lastT) < 2000 && !seen.has(w.source);
    if (sameWrite) seen.add(w.source);
    else {
      entry.writes += 1;
      this.writeViews.set(entry, new Set([w.source]));
    }
    // This tab's own view of the write, come after the change no tab had claimed yet: it was this tab's after all.
    if (sameWrite && w.source !== 'browser') delete entry.unrouted;
    // Reports arrive out of order (page reports are parsed in idle time): only a newer write sets the value.
    const newest = w.t >= entry.lastT;
    entry.lastT = Math.max(entry.lastT, w.t);
    // The browser's own report of a write (or a later Set-Cookie header) settles what the page said before it.
    if (w.source !== 'page' && w.t >= (this.pending.get(entry)?.t ?? Infinity)) this.pending.delete(entry);
    if (newest) {
      entry.value = cap(w.value);
      entry.valueLength = w.value.length;
      entry.removed = false;
    }
    noteValue(entry, w.value.length, w.t, newest);
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
    attribute(entry, w);
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
      if (c.name !== name || c.refused !== undefined) continue;
      if (!(domainMatches(c.domain, domain) || domainMatches(domain, c.domain))) continue;
      if (c.value === cap(value) || Math.abs(c.lastT - t) < 2000) return c;
    }
    return undefined;
  }
}

/**
 * Keeps what each write stored, at its time: the first non-empty value and the latest emptying (shared with storage).
 */
export function noteValue(
  entry: { valueT?: number; valueMax?: number; removedT?: number },
  length: number,
  t: number,
  newest: boolean,
): void {
  if (length > 0) {
    entry.valueT = Math.min(entry.valueT ?? t, t);
    entry.valueMax = Math.max(entry.valueMax ?? 0, length);
  } else if (newest) {
    entry.removedT = t;
  }
}

/** Attributions waiting for the browser's confirmation; a page writing endless distinct values cannot grow it. */
const ATTRIBUTION_MAX = 500;

/** `Domain=` attribute of a document.cookie string as browsers read it (RFC 6265bis: the last one wins), if any. */
export function cookieDomainFromRaw(raw: string): string | null {
  return parseSetCookie(raw)?.domain ?? null;
}
/** Browser changes remembered per cookie for `holds`: a change redelivered after a stop is at most this many back. */
const BROWSER_SEEN = 4;
