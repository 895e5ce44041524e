// Ids that are not a plain `name=value` of the query: a path segment, parts split over parameters, a value wrapped in
// one level of base64, URL-encoding or JSON. The same rules then judge what was found (identifiers.ts, named-ids.ts).
import { isIdLike, queryParams, type QueryParam } from './identifiers.ts';

/** Folders of static builds and media: their hashes (`/assets/app.3f9a8b1c.js`, `/_next/static/…`) name a file. */
const STATIC_DIR =
  /^(static|assets?|_next|_nuxt|build|dist|media|images?|img|imgs|fonts?|chunks|cdn-cgi|wp-content|wp-includes|uploads|files|npm|gh|libs?|vendor|js|css|releases?)$/i;
const FILE_EXT = /\.[a-z][a-z0-9]{0,4}$/i;
/** A segment of options (`w_1200,h_800`, `k=v;k2=v2`) is no single value. */
const OPTION_CHARS = /[,=;&]/;
const UUID_PARTS = [8, 4, 4, 4, 12];
const HEX_PART = /^[0-9a-f]+$/i;
const SPLIT_PART = /^[0-9a-z]{4,15}$/i;
const MIN_SPLIT_PARTS = 3;
const BASE64 = /^[A-Za-z0-9+/_-]{12,}={0,2}$/;
export const MAX_WRAPPED = 4096;
export const MAX_FIELDS = 50;
const MAX_DEPTH = 3;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A value found inside another: `name` is the innermost key (what the rules judge), `label` says where it was. */
export interface WrappedParam extends QueryParam {
  label: string;
}

function decodeSegment(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Path segments that read as an id: random-looking (isIdLike), not under a folder of static files, not a list of
 * options, and for the last segment the file name without its extension (`/3f2a…b2.gif`), unless that name holds a
 * dot itself (`app.3f9a8b1c.js`: a build hash). Which requests are judged by their path is the caller's choice.
 */
export function pathIdSegments(path: string): { segment: string; index: number }[] {
  const segs = path.split('/').filter((s) => s !== '');
  if (segs.some((s) => STATIC_DIR.test(s))) return [];
  const out: { segment: string; index: number }[] = [];
  segs.forEach((raw, i) => {
    let s = decodeSegment(raw);
    if (i === segs.length - 1 && FILE_EXT.test(s)) {
      s = s.replace(FILE_EXT, '');
      if (s.includes('.')) return;
    }
    if (!OPTION_CHARS.test(s) && isIdLike(s)) out.push({ segment: s, index: i + 1 });
  });
  return out;
}

/** The path without the given segments: is what is left pixel-like (`/c/<id>/p.gif`), whatever the id spells? */
export function pathWithout(path: string, segments: readonly string[]): string {
  if (segments.length === 0) return path;
  const drop = new Set(segments);
  // The id's file extension stays: `/<id>.gif` is `/.gif`, a pixel still.
  return path
    .split('/')
    .map((raw) => {
      const s = decodeSegment(raw);
      const stem = s.replace(FILE_EXT, '');
      return drop.has(s) ? '' : drop.has(stem) ? s.slice(stem.length) : raw;
    })
    .join('/');
}

/**
 * An id split over adjacent parameters: three or more values of equal length (4 to 15 letters and digits, each with a
 * digit, one with a letter) that joined read as an id (`a=3f2a9b&b=7c1d5e&c=4f60a8`), or the five groups of a UUID.
 */
export function splitIds(params: readonly QueryParam[]): { names: string[]; value: string }[] {
  const out: { names: string[]; value: string }[] = [];
  const uuidAt = (i: number): boolean =>
    UUID_PARTS.every((n, k) => params[i + k]?.value.length === n && HEX_PART.test(params[i + k]!.value));
  for (let i = 0; i < params.length; i++) {
    const first = params[i]!;
    const len = first.value.length;
    if (len < 4 || len > 15) continue;
    if (len === UUID_PARTS[0] && uuidAt(i)) {
      const run = params.slice(i, i + UUID_PARTS.length);
      out.push({ names: run.map((p) => p.name), value: run.map((p) => p.value).join('-') });
      i += UUID_PARTS.length - 1;
      continue;
    }
    if (!SPLIT_PART.test(first.value) || !/\d/.test(first.value)) continue;
    let j = i + 1;
    while (
      j < params.length &&
      params[j]!.value.length === first.value.length &&
      SPLIT_PART.test(params[j]!.value) &&
      /\d/.test(params[j]!.value)
    )
      j++;
    const run = params.slice(i, j);
    const value = run.map((p) => p.value).join('');
    if (run.length >= MIN_SPLIT_PARTS && /[a-z]/i.test(value) && isIdLike(value)) {
      out.push({ names: run.map((p) => p.name), value });
      i = j - 1;
    }
  }
  return out;
}

function printable(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(s);
}

/** One level of base64 (standard or URL-safe) to UTF-8 text; null when it is not base64 or not text. */
function fromBase64(v: string): string | null {
  if (!BASE64.test(v) || v.length % 4 === 1) return null;
  const std = v.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  try {
    const bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const text = UTF8.decode(bytes);
    return printable(text) ? text : null;
  } catch {
    return null;
  }
}

/** The leaves of a JSON value as name/value pairs (at most MAX_FIELDS, MAX_DEPTH deep); names are the leaf keys. */
function jsonFields(json: unknown, label: string, out: WrappedParam[], name: string, depth = 0): void {
  if (out.length >= MAX_FIELDS) return;
  if (typeof json === 'string' || typeof json === 'number') {
    out.push({ name, value: String(json), label });
    return;
  }
  if (json === null || typeof json !== 'object' || depth >= MAX_DEPTH) return;
  for (const [k, v] of Object.entries(json)) {
    const key = Array.isArray(json) ? name : k;
    jsonFields(v, Array.isArray(json) ? label : `${label}.${k}`, out, key, depth + 1);
    if (out.length >= MAX_FIELDS) return;
  }
}

const FORM = /^[^=&\s]+=[^&]*(&[^=&\s]+=[^&]*)*$/;

/** What a text holds once read as JSON, a form, or else as one value under `name` (a request body too). */
export function fieldsOf(text: string, name: string, label: string): WrappedParam[] {
  const t = text.trim();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      const out: WrappedParam[] = [];
      jsonFields(JSON.parse(t), label, out, name);
      return out;
    } catch {
      return [];
    }
  }
  if (FORM.test(t))
    return queryParams(`?${t}`, MAX_FIELDS).map((p) => ({ ...p, label: label ? `${label}.${p.name}` : p.name }));
  return [{ name, value: t, label }];
}

/**
 * The values inside a parameter's value, one level down: a JSON object or array, a form (`uid%3D…%26x%3D1`), or
 * base64 of any of these or of a bare value (`d=eyJ1aWQiOi…` is `{"uid":…}`). Empty when the value is plain.
 */
export function unwrapParam(p: QueryParam): WrappedParam[] {
  let v = p.value.trim();
  if (v.length < 8 || v.length > MAX_WRAPPED) return [];
  if (/%[0-9a-f]{2}/i.test(v)) {
    try {
      v = decodeURIComponent(v);
    } catch {
      // A stray % keeps the text as it was.
    }
  }
  // Base64 first: its padding (`…fQ==`) would read as a form's `name=value`.
  const text = fromBase64(v);
  if (text !== null) return fieldsOf(text, p.name, `${p.name} (base64)`);
  return v.startsWith('{') || v.startsWith('[') || FORM.test(v) ? fieldsOf(v, p.name, p.name) : [];
}
