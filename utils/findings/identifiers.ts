// Does a string look like a visitor identifier? Length, character
// mix and Shannon entropy; cheap enough for every value.
import { rarePairShare } from './letter-pairs.ts';
import { isIdName, isNamedIdValue } from './named-ids.ts';

const MIN_ID = 16;
const MAX_ID = 1024;
const MIN_ENTROPY = 3.0;
const MIN_ENTROPY_NUMERIC = 2.6;
/** Words of English and German stay under 0.25 rare letter pairs; 16 random letters reach 0.3 in 95 draws of 100. */
const MIN_RARE_PAIRS = 0.3;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?([+-]\d{2}:?\d{2})?)?$/;
const NOT_ID_CHARS = /[\s{}[\]<>"'\\]/;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A long, random-looking token: UUIDs, hex/base64 ids, numeric client ids. Words, JSON, URLs and dates are not. */
export function isIdLike(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (v.length < MIN_ID || v.length > MAX_ID) return false;
  // The nil UUID (all zeros) is what a script sends when it has no id.
  if (UUID.test(v)) return !/^[0-]+$/.test(v);
  if (NOT_ID_CHARS.test(v) || v.includes('://') || ISO_DATE.test(v)) return false;
  // Without a digit: random letters (a base64 or base36 draw that held none) are mostly rare letter pairs, words not.
  if (!/\d/.test(v)) return entropy(v) >= MIN_ENTROPY && rarePairShare(v) >= MIN_RARE_PAIRS;
  // Ten digits carry at most log2(10) = 3.32 bits: numeric ids (GA client ids) get a lower bar.
  const numeric = /^[\d.]+$/.test(v);
  return entropy(v) >= (numeric ? MIN_ENTROPY_NUMERIC : MIN_ENTROPY);
}

/** The value and the parts of it that a script might send on its own (GA1.1.<cid> sends "<cid>"). */
export function idCandidates(value: string): string[] {
  const out = new Set<string>();
  const v = value.trim();
  if (v.length > MAX_ID) return [];
  if (isIdLike(v)) out.add(v);
  const parts = v.split(/[.|:~]/);
  if (parts.length > 1) {
    for (const p of parts) if (isIdLike(p)) out.add(p);
    const lastTwo = parts.slice(-2).join('.');
    if (isIdLike(lastTwo)) out.add(lastTwo);
  }
  return Array.from(out);
}

const ID_PARAM =
  /^(u|uid|uuid|user_?id|userid|cid|client_?id|vid|visitor_?id|visitorid|sid|session_?id|did|device_?id|fp|fpid|fingerprint|guid|gid|pid|bid|tuid|anon_?id|anonymous_?id|_?id)$/i;
/** Cache-busters and media options carry random-looking values that identify nobody. */
const NOT_ID_PARAM =
  /^(v|ver|version|hash|h|rev|cb|cachebust|cache_?buster|_|t|ts|timestamp|w|width|q|quality|fm|format|fit|crop|sig|signature|s|dpr|rnd|random|r|z|ord|correlator|nonce|integrity|etag|build|release)$/i;

export interface QueryParam {
  name: string;
  value: string;
}

/** Query parameters of a URL without building a URL object; malformed escapes keep the raw text. */
export function queryParams(url: string, max = 100): QueryParam[] {
  const q = url.indexOf('?');
  if (q < 0) return [];
  const hash = url.indexOf('#', q);
  const qs = url.slice(q + 1, hash < 0 ? undefined : hash);
  const out: QueryParam[] = [];
  for (const pair of qs.split('&')) {
    if (out.length >= max) break;
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    out.push({ name, value });
  }
  return out;
}

function decode(s: string): string {
  if (!s.includes('%') && !s.includes('+')) return s;
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * Query parameters that carry an identifier: an id-named parameter with
 * an id-like value, or any id-like value not known as a cache-buster.
 * A parameter whose name says visitor id (uid, visitor_id) needs no random-looking value, only a non-placeholder.
 */
export function idParams(params: readonly QueryParam[], requireIdName: boolean): QueryParam[] {
  return params.filter((p) => {
    if (isIdName(p.name) && isNamedIdValue(p.value)) return true;
    if (!isIdLike(p.value)) return false;
    if (ID_PARAM.test(p.name)) return true;
    return !requireIdName && !NOT_ID_PARAM.test(p.name);
  });
}

/** Path of a URL (no query/hash), without a URL object. */
export function pathOf(url: string): string {
  const scheme = url.indexOf('://');
  const start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
  if (start < 0) return '/';
  // The first '?' or '#' after it ends the path (two native searches: a character loop cost more per request).
  const query = url.indexOf('?', start);
  const hash = url.indexOf('#', start);
  const end = query < 0 ? (hash < 0 ? url.length : hash) : hash < 0 || query < hash ? query : hash;
  return url.slice(start, end) || '/';
}

const PIXEL_PATH =
  /(\.gif$|pixel|\/px\b|\/p\.|track|collect|beacon|event|\/hit|\/pv\b|impression|\/imp\b|\/sync|cookie-?match|usermatch|\/log\b|\/b\b|\/i\b|\/t\b)/i;

export function looksLikePixelPath(path: string): boolean {
  return PIXEL_PATH.test(path);
}
