// Cached per-analysis lookups every context step shares: tracker matches by host and script, IP places, cookie names.
import type { CookiePattern } from '../../data/types.ts';
import type { CollectorMatch } from '../knowledge/collector-match.ts';
import type { IpCountry } from '../knowledge/ip-country.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { PathRules, TrackerMatch } from '../knowledge/tracker-match.ts';
import { hostOfUrl } from '../url/url.ts';
import type { HostFact, RequestFact } from './context.ts';
import { HostIndex } from './host-index.ts';
import { pathOf } from './identifiers.ts';
import type { RequestTracker, TrackerInfo } from './types.ts';

type Place = RequestFact['place'];

/** A host's facts and what its requests need next: one lookup per request instead of one per cache. */
export interface HostEntry extends HostFact {
  /** Tracker info of the host-level match (undefined until asked). */
  info: TrackerInfo | undefined;
  /** Its copy as the host's request rows carry it: one per host and analysis, shared by those rows (read-only). */
  row: RequestTracker | undefined;
  /** The host-level match with its path overrides, when it has any (a request's match then depends on its path). */
  paths: PathRules | null;
  /** `isConsentTracker` of the host-level match: read per request, without reaching the tracker's object. */
  consent: boolean;
  /**
   * The last few addresses the host's requests were served from, with their places at the same index (a host's
   * requests mostly share one or a few: DNS gives each a handful).
   */
  ips: string[];
  places: Place[];
  /** The last address asked and its place, on the entry itself: most requests ask the one before them asked. */
  ip: string | undefined;
  place: Place;
}

/** Addresses remembered per host (the oldest is replaced). */
const HOST_ADDRESSES = 4;

export interface Lookups {
  /** Host facts by host, filled as requests are read; becomes Ctx.hosts. */
  hosts: Map<string, HostEntry>;
  /** Request rows' tracker copies for path-level matches, one per match (read-only, shared like `HostEntry.row`). */
  pathRows: Map<TrackerMatch, RequestTracker>;
  trackerInfo(m: TrackerMatch): TrackerInfo;
  isCmpHost(host: string): boolean;
  hostFact(host: string, thirdParty: boolean, site: string): HostEntry;
  /** The tracker info of a match found for the host: the host-level one is kept on its entry. */
  hostTracker(hf: HostEntry, m: TrackerMatch): TrackerInfo;
  scriptMatch(url: string | undefined): TrackerMatch | null;
  ipPlace(ip: string | undefined): Place;
  /** The place of an address one of the host's requests was served from. */
  hostPlace(hf: HostEntry, ip: string | undefined): Place;
  /** The place of a proxy's address a request went through: no country, whatever the address. */
  proxyPlace(ip: string | undefined): Place;
  collectorOf(url: string, path: string, method: string): CollectorMatch | null;
  lookupName(name: string): CookiePattern | null;
  ownerName(id: string | null): string | null;
}

export function isConsentTracker(m: TrackerMatch | null, isCmp: boolean): boolean {
  return m !== null && !isCmp && m.tracker.needsConsent && m.tracker.category !== 'consent-manager';
}

export function createLookups(knowledge: Knowledge): Lookups {
  const matcher = knowledge.trackers;
  const infoCache = new Map<string, TrackerInfo>();
  const scriptCache = new Map<string, TrackerMatch | null>();
  // Places are shared by the requests served from one address: nothing writes to them.
  const ipCache = new Map<string, Place>();
  const proxyCache = new Map<string, Place>();
  const hosts = new Map<string, HostEntry>();
  // The same entries as `hosts`, for the per-request lookup (the Map stays the analysis's view of them, in its order).
  const hostIndex = new HostIndex<HostEntry>();

  const trackerInfo = (m: TrackerMatch): TrackerInfo => {
    let info = infoCache.get(m.tracker.id);
    if (!info) {
      const r = knowledge.recipients(m.company);
      info = {
        id: m.tracker.id,
        name: m.tracker.name,
        company: m.company.name,
        companyCountry: m.company.country,
        parent: r.parent,
        parentCountry: r.parentCountry,
        dpf: r.dpf,
        transferCountries: r.transferCountries,
        destinations: r.destinations,
        recipientsResearched: r.researched,
        category: m.tracker.category,
        needsConsent: m.tracker.needsConsent,
      };
      infoCache.set(m.tracker.id, info);
    }
    return info;
  };

  // A CMP host or a subdomain of one: the host and its suffix after each dot, looked up in a set.
  const cmpHosts = new Set(knowledge.cmpHosts);
  const isCmpHost = (host: string): boolean => {
    for (let suffix = host; ;) {
      if (cmpHosts.has(suffix)) return true;
      const dot = suffix.indexOf('.');
      if (dot < 0) return false;
      suffix = suffix.slice(dot + 1);
    }
  };

  const hostFact = (host: string, thirdParty: boolean, site: string): HostEntry => {
    let f = hostIndex.get(host);
    if (!f) {
      // The host-level match is `matcher.match(host)`: its rules' result.
      const rules = host ? matcher.rules(host) : null;
      const match = rules === null ? null : rules.result;
      const isCmp = host ? isCmpHost(host) : false;
      f = {
        host,
        site,
        thirdParty,
        match,
        isCmp,
        info: undefined,
        row: undefined,
        paths: rules !== null && rules.overrides !== null ? rules : null,
        consent: isConsentTracker(match, isCmp),
        ips: [],
        places: [],
        ip: undefined,
        place: null,
      };
      hosts.set(host, f);
      hostIndex.add(f);
    }
    return f;
  };

  const hostTracker = (hf: HostEntry, m: TrackerMatch): TrackerInfo =>
    m === hf.match ? (hf.info ??= trackerInfo(m)) : trackerInfo(m);

  const scriptMatch = (url: string | undefined): TrackerMatch | null => {
    if (!url) return null;
    let m = scriptCache.get(url);
    if (m === undefined) {
      const host = hostOfUrl(url);
      m = host ? matcher.match(host, pathOf(url)) : null;
      scriptCache.set(url, m);
    }
    return m;
  };

  const ipPlace = (ip: string | undefined): Place => {
    if (!ip) return null;
    let place = ipCache.get(ip);
    if (place === undefined) {
      let c: IpCountry | null = null;
      try {
        c = knowledge.ipLookup ? knowledge.ipLookup(ip) : null;
      } catch {
        c = null;
      }
      place = c ? { ip, country: c.country, kind: c.kind } : { ip, country: null, kind: 'unknown' };
      ipCache.set(ip, place);
    }
    return place;
  };

  // Compared as text, so the answer is always the one ipPlace gives for that address.
  const hostPlace = (hf: HostEntry, ip: string | undefined): Place => {
    if (ip === undefined) return null;
    if (ip === hf.ip) return hf.place;
    const { ips, places } = hf;
    for (let i = 0; i < ips.length; i++) {
      if (ips[i] === ip) {
        hf.ip = ip;
        return (hf.place = places[i]!);
      }
    }
    const place = ipPlace(ip);
    if (ips.length === HOST_ADDRESSES) {
      ips.shift();
      places.shift();
    }
    ips.push(ip);
    places.push(place);
    hf.ip = ip;
    hf.place = place;
    return place;
  };

  const proxyPlace = (ip: string | undefined): Place => {
    if (!ip) return null;
    let place = proxyCache.get(ip);
    if (place === undefined) proxyCache.set(ip, (place = { ip, country: null, kind: 'proxy' }));
    return place;
  };

  const collectors = knowledge.collectors;
  const collectorOf = (url: string, path: string, method: string): CollectorMatch | null =>
    collectors ? collectors.matchIn(url, path, method) : null;
  const lookupName = (name: string): CookiePattern | null => {
    try {
      return knowledge.cookies.lookup(name);
    } catch {
      return null;
    }
  };

  const ownerName = (id: string | null): string | null => (id ? (knowledge.trackerById.get(id)?.name ?? id) : null);

  return {
    hosts,
    pathRows: new Map(),
    trackerInfo,
    isCmpHost,
    hostFact,
    hostTracker,
    scriptMatch,
    ipPlace,
    hostPlace,
    proxyPlace,
    collectorOf,
    lookupName,
    ownerName,
  };
}
