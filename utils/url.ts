// Safe URL parsing: never throws; odd schemes and garbage become a value the caller can report.
export interface ParsedUrl {
  href: string;
  scheme: string;
  /** Lower-case host without port or IPv6 brackets; '' for schemes without a host (data:, blob: of opaque origin, about:). */
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

/** Origin string for display and grouping; 'null' when the URL has none. */
export function originOf(raw: string): string {
  try {
    return new URL(raw).origin;
  } catch {
    return 'null';
  }
}

const SIMPLE_HOST = /^[a-z0-9.-]+$/;

/**
 * Host of a URL, fast path for the normalised http(s)/ws(s) URLs browsers hand to webRequest (no URL object);
 * anything unusual goes through the full parser. null when unparseable.
 */
export function hostOfUrl(raw: string): string | null {
  const schemeEnd = raw.indexOf('://');
  if (schemeEnd > 0 && schemeEnd <= 5) {
    const scheme = raw.slice(0, schemeEnd);
    if (scheme === 'https' || scheme === 'http' || scheme === 'wss' || scheme === 'ws') {
      const start = schemeEnd + 3;
      let end = raw.length;
      for (let i = start; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c === 47 || c === 63 || c === 35) { end = i; break; } // / ? #
      }
      let host = raw.slice(start, end);
      if (host.includes('@')) return parseUrl(raw)?.host ?? null;
      const colon = host.lastIndexOf(':');
      if (colon !== -1) {
        const port = host.slice(colon + 1);
        if (host.includes(']') || !/^\d{0,5}$/.test(port) || Number(port) > 65535) return parseUrl(raw)?.host ?? null;
        host = host.slice(0, colon);
      }
      // A numeric last label is an IPv4 form the URL parser normalises (0, 127.1, 0x7f.1): leave it to the parser.
      const last = host.charCodeAt(host.lastIndexOf('.') + 1);
      const numeric = last >= 48 && last <= 57;
      if (host.length > 0 && host.length < 254 && !numeric && SIMPLE_HOST.test(host) && !host.startsWith('.')) return host;
    }
  }
  const p = parseUrl(raw);
  return p ? p.host : null;
}
