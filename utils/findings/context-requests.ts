// Context step one: every recorded request with its host fact, path-aware tracker match, server place and collector.
import type { Knowledge } from '../knowledge/knowledge.ts';
import { matchPath, type TrackerMatch } from '../knowledge/tracker-match.ts';
import { phaseOf } from '../record/phase.ts';
import type { Choice, PageRecord, RequestEntry } from '../record/record.ts';
import { hostInfo } from '../url/party.ts';
import type { RequestFact } from './context.ts';
import { isConsentTracker, type HostEntry, type Lookups } from './context-lookups.ts';
import { pathOf } from './identifiers.ts';
import type { AnalyzedRequest, RequestTracker } from './types.ts';

function scriptOfInitiator(initiator: string | undefined): string | null {
  return initiator?.startsWith('script:') ? initiator.slice(7) : null;
}

/** The tracker fields a request (and the report's third-party row) carries: a copy, never the knowledge's array. */
export function requestTracker(t: RequestTracker): RequestTracker {
  return {
    name: t.name,
    company: t.company,
    companyCountry: t.companyCountry,
    category: t.category,
    parent: t.parent,
    parentCountry: t.parentCountry,
    transferCountries: [...t.transferCountries],
    dpf: t.dpf,
  };
}

const trackerRow = (hf: HostEntry, match: TrackerMatch, lookups: Lookups): RequestTracker =>
  requestTracker(lookups.hostTracker(hf, match));

function pathRow(hf: HostEntry, match: TrackerMatch, lookups: Lookups): RequestTracker {
  let row = lookups.pathRows.get(match);
  if (row === undefined) lookups.pathRows.set(match, (row = trackerRow(hf, match, lookups)));
  return row;
}

/** One recorded request's facts: what the analysis derives per request (and what the core-path bench times). */
export function requestFact(entry: RequestEntry, lookups: Lookups, choice: Choice | null, start: number): RequestFact {
  const host = typeof entry.host === 'string' ? entry.host : '';
  const thirdParty = entry.party === 'third';
  const hf = lookups.hostFact(host, thirdParty, entry.site || (host ? hostInfo(host).site : ''));
  const path = pathOf(entry.url);
  // Path overrides only exist on some hosts, kept on the host's entry (no host lookup per request); the host-level
  // match is reused otherwise.
  const match = hf.paths === null ? hf.match : matchPath(hf.paths, path);
  // Through a proxy the address is the proxy's: its country is not the server's.
  const place = entry.proxied ? lookups.proxyPlace(entry.ip) : lookups.hostPlace(hf, entry.ip);
  const phase = phaseOf(entry.t, choice);
  const script = scriptOfInitiator(entry.initiator);
  const out: AnalyzedRequest = {
    id: entry.id,
    url: entry.url,
    host,
    site: hf.site,
    thirdParty,
    // The host-level match's copy is made once per host (most requests), a path match's once per match.
    tracker:
      match === null
        ? null
        : match === hf.match
          ? (hf.row ??= trackerRow(hf, match, lookups))
          : pathRow(hf, match, lookups),
    serverIp: entry.ip ?? null,
    serverCountry: place?.country ?? null,
    phase,
    t: entry.t - start,
    type: entry.type,
    method: entry.method,
    script,
    attribution: script ? (entry.attribution ?? null) : null,
  };
  if (entry.proxied) out.viaProxy = true;
  if (entry.notSent) out.notSent = entry.notSent;
  const collector = lookups.collectorOf(entry.url, path, entry.method);
  const consentTracker =
    (match === hf.match ? hf.consent : isConsentTracker(match, hf.isCmp)) ||
    (match === null && collector?.needsConsent === true);
  return { entry, out, match, hostFact: hf, path, place, collector, consentTracker };
}

export function requestFacts(
  record: PageRecord,
  knowledge: Knowledge,
  lookups: Lookups,
  choice: Choice | null,
): RequestFact[] {
  const requests: RequestFact[] = [];
  for (const entry of record.requests ?? []) requests.push(requestFact(entry, lookups, choice, record.startedAt));
  return requests;
}
