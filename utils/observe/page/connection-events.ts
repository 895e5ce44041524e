// Connections no request shows, as the page's hooks and the isolated world report them: a WebRTC ICE server URL
// (hooks-webrtc.ts) or a preconnect hint (preconnect-watch.ts). Untrusted text: parsed here, rebuilt from its parts.
import type { Attribution, PageConnection } from '../events.ts';
import { parseUrl } from '../../url/url.ts';
import { MAX_URL } from './contract.ts';

/** The default ports of RFC 7064 / 7065: 3478 for stun: and turn:, 5349 over TLS. */
const ICE_SCHEMES: Readonly<Record<string, number>> = { stun: 3478, turn: 3478, stuns: 5349, turns: 5349 };
// scheme, optional `//` (tolerated by Chromium), optional user@ (old TURN form: dropped, never kept), host or [IPv6],
// port, and a query (only `transport=` is kept).
const ICE_URL = /^([a-z]+):(?:\/\/)?(?:[^@/?#\s]*@)?(\[[0-9a-f:.]+\]|[^:/?#@\s[\]]+)(?::(\d{1,5}))?(?:\?([^#\s]*))?$/i;

/** `stun:host:port` (and `?transport=tcp|udp` for TURN) from an ICE server URL, with its host; null if not one. */
export function iceServer(raw: string): { url: string; host: string } | null {
  if (raw.length > MAX_URL) return null;
  const m = ICE_URL.exec(raw.trim());
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  const fallback = ICE_SCHEMES[scheme];
  if (fallback === undefined) return null;
  const port = m[3] === undefined ? fallback : Number(m[3]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  // The URL parser normalises the host as the browser's resolver gets it (case, IDN, IPv4 forms).
  const host = parseUrl(`https://${m[2]!}/`)?.host ?? '';
  if (host === '') return null;
  const transport = /(?:^|&)transport=(udp|tcp)(?:&|$)/i.exec(m[4] ?? '')?.[1]?.toLowerCase();
  const shown = host.includes(':') ? `[${host}]` : host;
  const query = transport && scheme.startsWith('turn') ? `?transport=${transport}` : '';
  return { url: `${scheme}:${shown}:${port}${query}`, host };
}

/** The origin a preconnect opens a connection to (http or https only), with its host; null otherwise. */
export function preconnectOrigin(raw: string): { url: string; host: string } | null {
  if (raw.length > MAX_URL) return null;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    const host = parseUrl(u.origin)?.host ?? '';
    return host === '' ? null : { url: u.origin, host };
  } catch {
    return null;
  }
}

/** Strict check of a page-reported connection (`t`, `frameUrl`, script already checked by validatePageEvent). */
export function validateConnection(
  raw: Readonly<Record<string, unknown>>,
  t: number,
  frameUrl: string,
  script: string | undefined,
  attribution: Attribution | undefined,
): PageConnection | null {
  if (typeof raw.url !== 'string') return null;
  const api = raw.api === 'webrtc' ? 'webrtc' : raw.api === 'preconnect' ? 'preconnect' : null;
  if (!api) return null;
  const target = api === 'webrtc' ? iceServer(raw.url) : preconnectOrigin(raw.url);
  if (!target) return null;
  const ev: PageConnection = { k: 'page-connection', t, api, url: target.url, host: target.host, frameUrl };
  if (script) ev.script = script;
  if (attribution) ev.attribution = attribution;
  return ev;
}
