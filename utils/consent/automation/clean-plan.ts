// What "Start clean audit" clears: the page's site and the
// hosts that set cookies or storage during the last load (issue
// 15.9: a host merely loaded, e.g. an <img> from a webmail site, is not wiped), and which stored consent it finds.
import { isCmpStoreName } from '../choice-inference.ts';
import { hostInfo } from '../../url/party.ts';
import type { PageRecord } from '../../record/record.ts';
import { parseUrl } from '../../url/url.ts';

export interface CleanPlan {
  /** Registrable domains whose cookies are removed */
  sites: string[];
  /** Origins whose storage (localStorage, IndexedDB, caches, service workers) is removed */
  origins: string[];
  /** Host names, for browsers that clear storage by host (Firefox) */
  hostnames: string[];
}

export function cleanPlan(tabUrl: string, last: PageRecord | null): CleanPlan | null {
  const top = parseUrl(tabUrl);
  if (!top || (top.scheme !== 'http' && top.scheme !== 'https') || !top.host) return null;
  const sites = new Set<string>([hostInfo(top.host).site]);
  const origins = new Set<string>([`${top.scheme}://${top.host}${top.port ? `:${top.port}` : ''}`]);
  const hostnames = new Set<string>([top.host]);
  const addUrl = (url: string): void => {
    const p = parseUrl(url);
    if (!p || !p.host || (p.scheme !== 'http' && p.scheme !== 'https' && p.scheme !== 'wss' && p.scheme !== 'ws'))
      return;
    sites.add(hostInfo(p.host).site);
    hostnames.add(p.host);
    const scheme = p.scheme === 'wss' ? 'https' : p.scheme === 'ws' ? 'http' : p.scheme;
    origins.add(`${scheme}://${p.host}${p.port ? `:${p.port}` : ''}`);
  };
  // Cookies the browser stored (or a server asked for) on this load: their site, and the host that set them.
  for (const c of last?.cookies ?? []) {
    if (c.refused !== undefined || !(c.confirmedBy.includes('browser') || c.setByUrl !== undefined)) continue;
    if (c.domain) sites.add(hostInfo(c.domain).site);
    if (c.setByUrl) addUrl(c.setByUrl);
  }
  for (const s of last?.storage ?? []) if (s.origin.startsWith('http')) addUrl(s.origin);
  return { sites: [...sites].sort(), origins: [...origins].sort(), hostnames: [...hostnames].sort() };
}

/** Consent stored from an earlier visit: CMP cookies/keys and the TCF cookie, as "name (domain)" labels. */
export function storedConsentNames(
  cookies: Array<{ name: string; domain: string }>,
  storageKeys: string[] = [],
): string[] {
  const out = new Set<string>();
  for (const c of cookies) if (isCmpStoreName(c.name)) out.add(`${c.name} (${c.domain.replace(/^\./, '')})`);
  for (const k of storageKeys) if (isCmpStoreName(k)) out.add(`${k} (storage)`);
  return [...out].sort();
}

/** The URL cookies.remove needs for a stored cookie. */
export function cookieUrl(c: { domain: string; path: string; secure: boolean }): string {
  return `${c.secure ? 'https' : 'http'}://${c.domain.replace(/^\./, '')}${c.path || '/'}`;
}
