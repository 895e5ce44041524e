// Heuristic for third parties the dataset does not know: do
// they receive or store something that looks like a visitor id?
import { hostInfo } from '../url/party.ts';
import type { BodyFacts } from '../observe/events.ts';
import type { CookieFact, Ctx, RequestFact } from './context.ts';
import { idCandidates, idParams, isIdLike, looksLikePixelPath, queryParams, type QueryParam } from './identifiers.ts';
import { pathIdSegments, pathWithout, splitIds, unwrapParam, type WrappedParam } from './hidden-ids.ts';
import { isIdName, isNamedIdValue } from './named-ids.ts';
import { phrase } from './phrases.ts';
import type { ProfileVerdict } from './profile-compare.ts';
import { cookieKey, requestValues } from './profile-keys.ts';
import { placeText, profileNote, verdictText } from './profile-notes.ts';

export interface UnknownTracking {
  site: string;
  /** In the analysis language. */
  reasons: string[];
  requests: RequestFact[];
  cookies: CookieFact[];
  /** Reasons the shape rule gave whose value is the same in every fresh profile and does not look random: said, not
   * counted (a constant) */
  downgraded: string[];
  /**
   * Random-looking values the same in every fresh profile: still counted (a fingerprint-derived id is the same on one
   * machine, and a hostile page must not turn its finding into information by using one), said with why
   */
  sameRandom: string[];
  /** Reasons confirmed by the fresh profiles: the value differs between them */
  confirmed: string[];
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
      u = { site, reasons: [], requests: [], cookies: [], downgraded: [], sameRandom: [], confirmed: [] };
      out.set(site, u);
    }
    return u;
  };
  const addTo = (list: string[], reason: string): void => {
    if (list.length < MAX_REASONS && !list.includes(reason)) list.push(reason);
  };
  const addReason = (u: UnknownTracking, reason: string): void => addTo(u.reasons, reason);

  const unread: RequestFact[] = [];
  for (const r of ctx.requests) {
    if (!isUnknownThirdParty(r)) continue;
    const params = queryParams(r.entry.url);
    const found: string[] = [];
    // The other fresh profiles: a place whose value is the same in all is no visitor id, one that differs is.
    const p = placesOf(ctx, r.entry.url);
    // Values wrapped in JSON, a form or base64 inside a parameter, one level down, judged like the parameters.
    const wrapped = params.flatMap(unwrapParam);
    const all = wrapped.length > 0 ? [...params, ...wrapped] : params;
    if (sources.size > 0) {
      for (const q of all) {
        const label = echoOf(q.value, sources);
        if (label && p.keep(labelOf(q))) found.push(phrase(lang, 'echoInParam', { source: label, param: labelOf(q) }));
      }
      r.path.split('/').forEach((seg, i) => {
        const label = seg.length >= 16 ? sources.get(seg) : undefined;
        if (label && p.keep(`path segment ${i}`)) found.push(phrase(lang, 'echoInPath', { source: label }));
      });
    }
    // A Reporting API report the CLI joined (type `report`) is judged as Firefox records it: an XHR to its endpoint.
    const type = r.entry.type === 'report' ? 'xmlhttprequest' : r.entry.type;
    const beacon = type === 'beacon' || type === 'ping';
    // An XHR or fetch is judged as an image is: named ids always, any random-looking value on a collector path.
    if (type === 'image' || type === 'xmlhttprequest' || beacon) {
      const pixel = beacon || looksLikePixelPath(r.path);
      const named = beacon ? [] : idParams(all, true);
      const ids = (named.length > 0 || !pixel ? named : idParams(all, false)).filter((q) => p.keep(labelOf(q)));
      const split = (pixel ? splitIds(params) : []).filter((x) => p.keep(x.names.join('+')));
      const names = [...ids.map(labelOf), ...split.map((s) => s.names.join('+'))].map((n) => `"${n}"`);
      if (names.length > 0)
        found.push(
          phrase(lang, beacon ? 'beaconWithIds' : type === 'image' ? 'pixelWithIds' : 'xhrWithIds', vars(names)),
        );
    }
    const body = bodyFields(r.entry.body);
    if (body.length > 0) found.push(...bodyReasons(lang, r, body, sources));
    const inPath = pathIds(type, r.path).filter((n) => p.keep(`path segment ${n}`));
    if (inPath.length > 0) found.push(phrase(lang, 'idInPath', { kind: type, n: inPath.join(', ') }));
    // A per-visitor id the shape rule missed (short, odd-shaped): the profiles confirm it.
    for (const x of p.missed()) found.push(phrase(lang, 'perVisitorIn', { kind: type, ...x }));
    if (found.length === 0 && p.same.length === 0 && p.sameRandom.length === 0) {
      if (unreadBody(r)) unread.push(r);
      continue;
    }
    const u = get(r.hostFact.site);
    u.requests.push(r);
    for (const f of found) addReason(u, f);
    for (const n of p.same) addTo(u.downgraded, n);
    for (const n of p.sameRandom) addTo(u.sameRandom, n);
    for (const n of p.differs) addTo(u.confirmed, n);
    if (unreadBody(r)) unread.push(r);
  }
  // A body not read (binary) or read in part is said only where a finding on its party stands without it.
  for (const r of unread) {
    const u = out.get(r.hostFact.site);
    // Not on a party whose values were all constants (information): a note must not make it a warning.
    if (!u || u.reasons.length === 0) continue;
    addReason(u, phrase(lang, unreadBody(r)!, { kind: r.entry.type }));
  }

  for (const c of ctx.cookies) {
    if (c.entry.party !== 'third' || c.essential || c.tracking) continue;
    const random = isIdLike(c.entry.value);
    const shape = random || (isIdName(c.entry.name) && isNamedIdValue(c.entry.value));
    const domain = c.entry.domain;
    const v = ctx.profiles?.verdict(cookieKey(c.entry.name, domain)) ?? null;
    if (!shape && v?.kind !== 'differs') continue;
    if (ctx.knowledge.trackers.match(domain) !== null) continue;
    const site = hostInfo(domain).site;
    if (!site) continue;
    const u = get(site);
    u.cookies.push(c);
    const vars = { name: c.entry.name, length: c.entry.valueLength };
    const place = phrase(lang, 'placeCookie', { name: c.entry.name, domain });
    if (v?.kind === 'same' && !v.random) addTo(u.downgraded, profileNote(lang, place, v));
    else if (!shape && v)
      addReason(u, phrase(lang, 'perVisitorCookie', { name: c.entry.name, verdict: verdictText(lang, v) }));
    else addReason(u, phrase(lang, random ? 'randomThirdPartyCookie' : 'namedIdThirdPartyCookie', vars));
    if (shape && v?.kind === 'differs') addTo(u.confirmed, profileNote(lang, place, v));
    if (v?.kind === 'same' && v.random) addTo(u.sameRandom, profileNote(lang, place, v));
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
  // Ids the page's hook read from a hidden Blob: it was read, as the page's word (bodyWithIdsPage says so).
  return b?.binary ? 'bodyBinary' : b?.hidden && !b.page ? 'bodyHidden' : b?.cut ? 'bodyCut' : null;
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
    found.push(
      phrase(lang, r.entry.body?.page ? 'bodyWithIdsPage' : 'bodyWithIds', {
        kind: type,
        ...vars(ids.map((p) => `"${labelOf(p)}"`)),
      }),
    );
  return found;
}

const vars = (names: string[]) => ({ params: names.join(', ') });

/** One request's places as the fresh profiles judge them (profile-compare.ts); all kept when there is no comparison. */
function placesOf(ctx: Ctx, url: string) {
  const lang = ctx.lang;
  const view = ctx.profiles;
  const verdicts = new Map<string, ProfileVerdict>();
  if (view)
    for (const x of requestValues(url)) {
      const v = view.verdict(x.key);
      if (v) verdicts.set(x.label, v);
    }
  const used = new Set<string>();
  const same: string[] = [];
  const sameRandom: string[] = [];
  const differs: string[] = [];
  return {
    same,
    sameRandom,
    differs,
    /**
     * Does the shape rule's hit at `label` still count? Not when its value is the same in every profile and does not
     * look random; a random-looking one still counts (it could be derived from this machine), with its note.
     */
    keep(label: string): boolean {
      used.add(label);
      const v = verdicts.get(label);
      if (!v) return true;
      const note = profileNote(lang, placeText(lang, label), v);
      if (v.kind === 'same') {
        const list = v.random ? sameRandom : same;
        if (!list.includes(note)) list.push(note);
        return v.random;
      }
      if (!differs.includes(note)) differs.push(note);
      return true;
    },
    /** Places whose value differs between the profiles and that no shape rule named. */
    missed(): Array<{ place: string; verdict: string }> {
      return [...verdicts]
        .filter(([label, v]) => v.kind === 'differs' && !used.has(label))
        .map(([label, v]) => ({ place: placeText(lang, label), verdict: verdictText(lang, v) }));
    },
  };
}
const labelOf = (p: QueryParam | WrappedParam): string => ('label' in p ? p.label : p.name);
