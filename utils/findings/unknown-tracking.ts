// Heuristic for third parties the dataset does not know: do
// they receive or store something that looks like a visitor id?
import { hostInfo } from '../url/party.ts';
import type { CookieFact, Ctx, RequestFact } from './context.ts';
import { idCandidates, idParams, isIdLike, looksLikePixelPath, queryParams } from './identifiers.ts';
import { isIdName, isNamedIdValue } from './named-ids.ts';
import { phrase } from './phrases.ts';

export interface UnknownTracking {
  site: string;
  /** In the analysis language. */
  reasons: string[];
  requests: RequestFact[];
  cookies: CookieFact[];
}

const MAX_REASONS = 10;
const MAX_SOURCES = 5000;
const cache = new WeakMap<Ctx, Map<string, UnknownTracking>>();

export function unknownTracking(ctx: Ctx): Map<string, UnknownTracking> {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const result = compute(ctx);
  cache.set(ctx, result);
  return result;
}

function isUnknownThirdParty(r: RequestFact): boolean {
  return r.out.thirdParty && r.match === null && r.hostFact.match === null && !r.hostFact.isCmp && r.out.host !== '';
}

function compute(ctx: Ctx): Map<string, UnknownTracking> {
  const lang = ctx.lang;
  // Identifier values the page stores, by value: an echo of one in a request to an unknown party is the strongest sign.
  const sources = new Map<string, string>();
  const addSource = (value: string, label: string): void => {
    if (sources.size >= MAX_SOURCES) return;
    for (const c of idCandidates(value)) if (!sources.has(c)) sources.set(c, label);
  };
  for (const c of ctx.cookies)
    if (!c.essential && c.entry.valueLength <= 1024)
      addSource(c.entry.value, phrase(lang, 'sourceCookie', { name: c.entry.name, domain: c.entry.domain }));
  for (const s of ctx.storage)
    if (!s.essential && s.entry.valueLength <= 1024)
      addSource(
        s.entry.value,
        phrase(lang, 'sourceStorage', { kind: s.entry.kind, key: s.entry.key, host: s.entry.host }),
      );

  const out = new Map<string, UnknownTracking>();
  const get = (site: string): UnknownTracking => {
    let u = out.get(site);
    if (!u) {
      u = { site, reasons: [], requests: [], cookies: [] };
      out.set(site, u);
    }
    return u;
  };
  const addReason = (u: UnknownTracking, reason: string): void => {
    if (u.reasons.length < MAX_REASONS && !u.reasons.includes(reason)) u.reasons.push(reason);
  };

  for (const r of ctx.requests) {
    if (!isUnknownThirdParty(r)) continue;
    const params = queryParams(r.entry.url);
    const found: string[] = [];
    if (sources.size > 0) {
      for (const p of params) {
        const label = echoOf(p.value, sources);
        if (label) found.push(phrase(lang, 'echoInParam', { source: label, param: p.name }));
      }
      for (const seg of r.path.split('/')) {
        const label = seg.length >= 16 ? sources.get(seg) : undefined;
        if (label) found.push(phrase(lang, 'echoInPath', { source: label }));
      }
    }
    const type = r.entry.type;
    if (type === 'image') {
      const named = idParams(params, true);
      const any = looksLikePixelPath(r.path) ? idParams(params, false) : [];
      const ids = named.length > 0 ? named : any;
      if (ids.length > 0)
        found.push(phrase(lang, 'pixelWithIds', { params: ids.map((p) => `"${p.name}"`).join(', ') }));
    } else if (type === 'beacon' || type === 'ping') {
      const ids = idParams(params, false);
      if (ids.length > 0)
        found.push(phrase(lang, 'beaconWithIds', { params: ids.map((p) => `"${p.name}"`).join(', ') }));
    }
    if (found.length === 0) continue;
    const u = get(r.hostFact.site);
    u.requests.push(r);
    for (const f of found) addReason(u, f);
  }

  for (const c of ctx.cookies) {
    if (c.entry.party !== 'third' || c.essential || c.tracking) continue;
    const random = isIdLike(c.entry.value);
    if (!random && !(isIdName(c.entry.name) && isNamedIdValue(c.entry.value))) continue;
    const domain = c.entry.domain;
    if (ctx.knowledge.trackers.match(domain) !== null) continue;
    const site = hostInfo(domain).site;
    if (!site) continue;
    const u = get(site);
    u.cookies.push(c);
    const vars = { name: c.entry.name, length: c.entry.valueLength };
    addReason(u, phrase(lang, random ? 'randomThirdPartyCookie' : 'namedIdThirdPartyCookie', vars));
  }
  return out;
}

function echoOf(value: string, sources: ReadonlyMap<string, string>): string | undefined {
  if (value.length < 16) return undefined;
  const direct = sources.get(value);
  if (direct) return direct;
  for (const part of value.split(/[.|:~]/)) {
    if (part.length < 16) continue;
    const label = sources.get(part);
    if (label) return label;
  }
  return undefined;
}
