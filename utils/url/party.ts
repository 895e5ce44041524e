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

/** A host's info as the worker stores it: the host as asked, its registrable domain, 1 for an IP. */
export type StoredHost = [raw: string, site: string, ip: 0 | 1];

/** Hosts computed since the last `takeComputedHosts()`; null until a store asks, so that other contexts keep none. */
let computed: StoredHost[] | null = null;

function normalise(hostRaw: string): string {
  let host = hostRaw.trim().toLowerCase().replace(/\.$/, '');
  if (host.startsWith('.')) host = host.slice(1); // cookie domains: ".example.com"
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return host;
}

function remember(hostRaw: string, info: HostInfo): void {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(hostRaw, info);
}

export function hostInfo(hostRaw: string): HostInfo {
  const hit = cache.get(hostRaw);
  if (hit) return hit;
  const host = normalise(hostRaw);
  const p = parse(host, { allowPrivateDomains: true, extractHostname: false });
  const isIp = p.isIp === true || host.includes(':');
  const site = isIp ? host : (p.domain ?? host);
  const info: HostInfo = { host, site: site || host, isIp };
  remember(hostRaw, info);
  computed?.push([hostRaw, info.site, isIp ? 1 : 0]);
  return info;
}

/**
 * The hosts whose info the suffix table gave since the last call (the first call starts the list): the worker stores
 * them with the tab state, so that its next wake restores that state without building the table (`seedHosts`).
 */
export function takeComputedHosts(): StoredHost[] {
  const out = computed ?? [];
  computed = [];
  return out;
}

/** Puts stored host infos into the cache as `hostInfo` computed them; entries of another shape are skipped. */
export function seedHosts(list: unknown): void {
  if (!Array.isArray(list)) return;
  for (const e of list as unknown[]) {
    if (!Array.isArray(e) || e.length !== 3) continue;
    const [raw, site, ip] = e as unknown[];
    if (typeof raw !== 'string' || typeof site !== 'string' || (ip !== 0 && ip !== 1) || cache.has(raw)) continue;
    remember(raw, { host: normalise(raw), site, isIp: ip === 1 });
  }
}

export function siteOf(host: string): string {
  return hostInfo(host).site;
}

/** Party of `host` on a page whose top-level site is `topSite`. An empty host (data:, about:) belongs to the page. */
export function partyOf(host: string, topSite: string): Party {
  if (host === '') return 'first';
  return hostInfo(host).site === topSite ? 'first' : 'third';
}

/** A cookie's domain as RFC 6265 compares it: without its leading dot, lower case. */
function bareDomain(cookieDomain: string): string {
  return cookieDomain.replace(/^\./, '').toLowerCase();
}

/** The domain-match rule itself, for a bare domain `d` and `dotD` = `.${d}`. */
function hostInDomain(host: string, d: string, dotD: string): boolean {
  const h = host.toLowerCase();
  return h === d || h.endsWith(dotD);
}

/** RFC 6265 domain-match: does a cookie for `cookieDomain` get sent to `host`? */
export function domainMatches(host: string, cookieDomain: string): boolean {
  const d = bareDomain(cookieDomain);
  return hostInDomain(host, d, '.' + d);
}

/** `domainMatches` against one cookie domain, normalised once: for testing many hosts (a tab's) against it. */
export function cookieDomainMatcher(cookieDomain: string): (host: string) => boolean {
  const d = bareDomain(cookieDomain);
  const dotD = `.${d}`;
  return (host) => hostInDomain(host, d, dotD);
}
