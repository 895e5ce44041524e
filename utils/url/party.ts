// First or third party, by registrable domain (eTLD+1) with
// tldts; IP hosts, localhost and intranet names compare whole.
import { parse } from 'tldts';

export type Party = 'first' | 'third';

export interface HostInfo {
  host: string;
  /** Registrable domain; for IPs, localhost and single-label hosts the host itself. */
  site: string;
  isIp: boolean;
}

const cache = new Map<string, HostInfo>();
const CACHE_MAX = 20_000;

export function hostInfo(hostRaw: string): HostInfo {
  const hit = cache.get(hostRaw);
  if (hit) return hit;
  let host = hostRaw.trim().toLowerCase().replace(/\.$/, '');
  if (host.startsWith('.')) host = host.slice(1); // cookie domains: ".example.com"
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  const p = parse(host, { allowPrivateDomains: true, extractHostname: false });
  const isIp = p.isIp === true || host.includes(':');
  const site = isIp ? host : (p.domain ?? host);
  const info: HostInfo = { host, site: site || host, isIp };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(hostRaw, info);
  return info;
}

export function siteOf(host: string): string {
  return hostInfo(host).site;
}

/** Party of `host` on a page whose top-level site is `topSite`. An empty host (data:, about:) belongs to the page. */
export function partyOf(host: string, topSite: string): Party {
  if (host === '') return 'first';
  return hostInfo(host).site === topSite ? 'first' : 'third';
}

/** RFC 6265 domain-match: does a cookie for `cookieDomain` get sent to `host`? */
export function domainMatches(host: string, cookieDomain: string): boolean {
  const d = cookieDomain.replace(/^\./, '').toLowerCase();
  const h = host.toLowerCase();
  return h === d || h.endsWith('.' + d);
}
