// Safe URL parsing: never throws; odd schemes and garbage become a value the caller can report.
export interface ParsedUrl {
  href: string;
  scheme: string;
  /**
   * Lower-case host without port or IPv6 brackets; '' for schemes
   * without a host (data:, blob: of opaque origin, about:).
   */
  host: string;
  port: string;
  path: string;
  search: string;
}

const MAX_URL = 64 * 1024;

export function parseUrl(raw: string): ParsedUrl | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  let u: URL;
  try {
    u = new URL(raw.length > MAX_URL ? raw.slice(0, MAX_URL) : raw);
  } catch {
    return null;
  }
  let host = u.hostname.toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  const scheme = u.protocol.replace(/:$/, '');
  // blob:https://a.example/uuid carries its creator's origin: that is the party.
  if (scheme === 'blob' && host === '') {
    const inner = parseUrl(u.pathname);
    if (inner) host = inner.host;
  }
  return { href: u.href, scheme, host, port: u.port, path: u.pathname, search: u.search };
}

let lastFrame = { url: '', host: '' };
/**
 * `parseUrl(url)?.host ?? ''`, remembering the last URL asked: a page's cookie writes come from one frame, so its URL
 * is parsed once, not per write (the worker's claims and the cookie reducer both ask).
 */
export function frameHostOf(url: string): string {
  if (lastFrame.url !== url) lastFrame = { url, host: parseUrl(url)?.host ?? '' };
  return lastFrame.host;
}

/** Origin string for display and grouping; 'null' when the URL has none. */
export function originOf(raw: string): string {
  try {
    return new URL(raw).origin;
  } catch {
    return 'null';
  }
}

/**
 * Host of a URL, fast path for the normalised http(s)/ws(s) URLs browsers hand to webRequest (no URL object);
 * anything unusual goes through the full parser. null when unparseable.
 */
export function hostOfUrl(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const fast = plainHost(raw);
  if (fast !== null) return fast;
  const p = parseUrl(raw);
  return p ? p.host : null;
}

/** Length of an `http://`, `https://`, `ws://` or `wss://` prefix (lower case, as browsers normalise it); 0 otherwise. */
export function plainSchemeLength(raw: string): number {
  let i: number;
  if (raw.charCodeAt(0) === 104 && raw.charCodeAt(1) === 116 && raw.charCodeAt(2) === 116 && raw.charCodeAt(3) === 112)
    i = 4; // http
  else if (raw.charCodeAt(0) === 119 && raw.charCodeAt(1) === 115)
    i = 2; // ws
  else return 0;
  if (raw.charCodeAt(i) === 115) i++; // s
  return raw.charCodeAt(i) === 58 && raw.charCodeAt(i + 1) === 47 && raw.charCodeAt(i + 2) === 47 ? i + 3 : 0;
}

/**
 * One pass over the authority of a plain URL: lower-case letters, digits, '-' and '.', an optional numeric port.
 * null whenever the URL parser could read the host differently (user info, IPv6, IPv4 forms, IDNA, upper case,
 * percent escapes, tabs): the caller then asks the full parser.
 */
function plainHost(raw: string): string | null {
  return plainHostSpan(raw, scratch) ? raw.slice(scratch.start, scratch.end) : null;
}

/** Where a plain URL's host lies in it, with `hostHash` of it: a table can look the host up without slicing it out. */
export interface HostSpan {
  start: number;
  end: number;
  hash: number;
}

const scratch: HostSpan = { start: 0, end: 0, hash: 0 };

/** FNV-1a over `s` from `start` to `end`: the hash `plainHostSpan` gives of the host it finds. */
export function hostHash(s: string, start = 0, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * `plainHost` without the string: false where it gives null, else true with the host's span and hash in `span`.
 * (The hash is `hostHash` of the host, computed in the same pass.)
 */
export function plainHostSpan(raw: string, span: HostSpan): boolean {
  const start = plainSchemeLength(raw);
  if (start === 0) return false;
  const n = raw.length;
  let hostEnd = -1;
  let port = -1;
  let label = start;
  let prevLabel = start;
  let hash = 0x811c9dc5;
  let i = start;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) break; // / ? #
    if (hostEnd >= 0) {
      if (c < 48 || c > 57) return false;
      port = port * 10 + (c - 48);
      if (port > 65535) return false;
      continue;
    } else if (c === 46) {
      prevLabel = label;
      label = i + 1;
    } else if (c === 58) {
      hostEnd = i;
      port = 0;
      continue;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) {
      // A punycode label must decode; only the full parser checks that.
      if (
        i === label &&
        c === 120 &&
        raw.charCodeAt(i + 1) === 110 &&
        raw.charCodeAt(i + 2) === 45 &&
        raw.charCodeAt(i + 3) === 45
      )
        return false;
    } else return false;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  if (hostEnd < 0) hostEnd = i;
  const length = hostEnd - start;
  if (length === 0 || length > 253 || raw.charCodeAt(start) === 46) return false;
  // A numeric last label (ignoring one trailing dot) is an IPv4
  // form the parser normalises (0, 127.1, 0x7f.1, 1.2.3.4.).
  const last = raw.charCodeAt(label === hostEnd ? prevLabel : label);
  if (last >= 48 && last <= 57) return false;
  span.start = start;
  span.end = hostEnd;
  span.hash = hash;
  return true;
}

const MAX_DOMAIN = 253 * 4;

/**
 * A cookie `Domain=` value in the form hosts are compared in (RFC 6265 §5.1.2: IDNA to A-labels, lower case, no leading
 * dot), so `.münchen.de` matches the request host `xn--mnchen-3ya.de`. The WHATWG URL parser does the IDNA mapping in
 * every runtime (extension pages, service worker, Node); a value it refuses is kept lower-cased rather than dropped.
 */
export function cookieDomainToAscii(value: string): string {
  const d = value.trim().replace(/^\./, '').toLowerCase();
  // ASCII needs no mapping; characters that would end the host part (/?#@:\) must not be silently cut off.
  // The range starts at NUL on purpose: this tests for any non-ASCII character.
  // eslint-disable-next-line no-control-regex -- see above
  if (d === '' || d.length > MAX_DOMAIN || !/[^\x00-\x7f]/.test(d) || /[/?#@:\\\s%]/.test(d)) return d;
  try {
    const host = new URL(`http://${d}/`).hostname;
    return host === '' ? d : host;
  } catch {
    return d;
  }
}
