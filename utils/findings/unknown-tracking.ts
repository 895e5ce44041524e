// Heuristic for third parties the dataset does not know: do
// they receive or store something that looks like a visitor id?
import { hostInfo } from '../url/party.ts';
import type { BodyFacts } from '../observe/events.ts';
import type { CookieFact, Ctx, RequestFact } from './context.ts';
import { idCandidates, idParams, isIdLike, looksLikePixelPath, queryParams, type QueryParam } from './identifiers.ts';
import { pathIdSegments, pathWithout, splitIds, unwrapParam, type WrappedParam } from './hidden-ids.ts';
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

  const unread: RequestFact[] = [];
  for (const r of ctx.requests) {
    if (!isUnknownThirdParty(r)) continue;
    const params = queryParams(r.entry.url);
    const found: string[] = [];
    // Values wrapped in JSON, a form or base64 inside a parameter, one level down, judged like the parameters.
    const wrapped = params.flatMap(unwrapParam);
    const all = wrapped.length > 0 ? [...params, ...wrapped] : params;
    if (sources.size > 0) {
      for (const p of all) {
        const label = echoOf(p.value, sources);
        if (label) found.push(phrase(lang, 'echoInParam', { source: label, param: labelOf(p) }));
      }
      for (const seg of r.path.split('/')) {
        const label = seg.length >= 16 ? sources.get(seg) : undefined;
        if (label) found.push(phrase(lang, 'echoInPath', { source: label }));
      }
    }
    const type = r.entry.type;
    const beacon = type === 'beacon' || type === 'ping';
    // An XHR or fetch is judged as an image is: named ids always, any random-looking value on a collector path.
    if (type === 'image' || type === 'xmlhttprequest' || beacon) {
      const pixel = beacon || looksLikePixelPath(r.path);
      const named = beacon ? [] : idParams(all, true);
      const ids = named.length > 0 || !pixel ? named : idParams(all, false);
      const split = pixel ? splitIds(params) : [];
      const names = [...ids.map(labelOf), ...split.map((s) => s.names.join('+'))].map((n) => `"${n}"`);
      if (names.length > 0)
        found.push(
          phrase(lang, beacon ? 'beaconWithIds' : type === 'image' ? 'pixelWithIds' : 'xhrWithIds', vars(names)),
        );
    }
    const body = bodyFields(r.entry.body);
    if (body.length > 0) found.push(...bodyReasons(lang, r, body, sources));
    const inPath = pathIds(type, r.path);
    if (inPath.length > 0) found.push(phrase(lang, 'idInPath', { kind: type, n: inPath.join(', ') }));
    if (found.length === 0) {
      if (unreadBody(r)) unread.push(r);
      continue;
    }
    const u = get(r.hostFact.site);
    u.requests.push(r);
    for (const f of found) addReason(u, f);
    if (unreadBody(r)) unread.push(r);
  }
  // A body not read (binary) or read in part is said only where a finding on its party stands without it.
  for (const r of unread) {
    const u = out.get(r.hostFact.site);
    if (!u) continue;
    addReason(u, phrase(lang, unreadBody(r)!, { kind: r.entry.type }));
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

/**
 * Which path segments (1-based) hold an id: any beacon's; an image's or XHR's only where the rest of the path reads
 * as a pixel or collector (`/c/<id>/p.gif`): photos and API resources sit under content hashes and site keys too.
 */
function pathIds(type: string, path: string): number[] {
  const beacon = type === 'beacon' || type === 'ping';
  if (!beacon && type !== 'image' && type !== 'xmlhttprequest') return [];
  const segs = pathIdSegments(path);
  if (segs.length === 0) return [];
  if (
    !beacon &&
    !looksLikePixelPath(
      pathWithout(
        path,
        segs.map((s) => s.segment),
      ),
    )
  )
    return [];
  return segs.map((s) => s.index);
}

/** Why a request's body was not read in full, as a phrase: binary, not shown by the browser, or cut. */
function unreadBody(r: RequestFact): 'bodyBinary' | 'bodyHidden' | 'bodyCut' | null {
  const b = r.entry.body;
  return b?.binary ? 'bodyBinary' : b?.hidden ? 'bodyHidden' : b?.cut ? 'bodyCut' : null;
}

/** The body fields the worker kept (body-ids.ts), as parameters; a record from a file is checked, not trusted. */
function bodyFields(body: BodyFacts | undefined): WrappedParam[] {
  const ids: unknown = body?.ids;
  if (!Array.isArray(ids)) return [];
  const out: WrappedParam[] = [];
  for (const f of ids.slice(0, 8) as unknown[]) {
    if (typeof f !== 'object' || f === null) continue;
    const { name, value, label } = f as Record<string, unknown>;
    if (typeof name === 'string' && typeof value === 'string' && typeof label === 'string')
      out.push({ name, value, label });
  }
  return out;
}

/**
 * A body's fields judged as the URL's parameters are: echoes of a stored id; named ids of any image, XHR or beacon
 * body; a random-looking value under any name only on a beacon or a collector path (`/v1/collect`, `/event`).
 */
function bodyReasons(
  lang: Ctx['lang'],
  r: RequestFact,
  body: readonly WrappedParam[],
  sources: ReadonlyMap<string, string>,
): string[] {
  const found: string[] = [];
  if (sources.size > 0)
    for (const p of body) {
      const label = echoOf(p.value, sources);
      if (label) found.push(phrase(lang, 'echoInBody', { source: label, field: p.label }));
    }
  const type = r.entry.type;
  const beacon = type === 'beacon' || type === 'ping';
  const pixel = beacon || looksLikePixelPath(r.path);
  const named = beacon ? [] : idParams(body, true);
  const ids = named.length > 0 || !pixel ? named : idParams(body, false);
  if (ids.length > 0)
    found.push(phrase(lang, 'bodyWithIds', { kind: type, ...vars(ids.map((p) => `"${labelOf(p)}"`)) }));
  return found;
}

const vars = (names: string[]) => ({ params: names.join(', ') });
const labelOf = (p: QueryParam | WrappedParam): string => ('label' in p ? p.label : p.name);
