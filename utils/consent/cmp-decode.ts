// Generic interpreter for the declarative CMP decoders in data/cmps.ts: raw cookie/storage value -> categories.
import type { CategoryShape, CmpDecoder, ValueCoding } from '../../data/cmps.ts';
import { DEFAULT_VALUES } from '../../data/cmps.ts';
import { decodeTcString, isTcError } from './tcf.ts';

export const MAX_VALUE_CHARS = 64 * 1024;
const MAX_CATEGORIES = 500;

export type DecodeResult =
  | { ok: true; categories: Record<string, boolean>; special?: 'none' | 'accepted' | 'rejected' }
  | { ok: false; error: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function uriDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** JSON as stored: plain, or URI-encoded (possibly twice). */
function parseJsonLoose(raw: string, fromFirstBrace: boolean): unknown {
  let s = raw.trim();
  for (let i = 0; i < 3; i++) {
    const candidate = fromFirstBrace && s.includes('{') ? s.slice(s.indexOf('{')) : s;
    const r = parseJson(candidate);
    if (r.ok) return r.value;
    const next = uriDecode(s);
    if (next === s) break;
    s = next;
  }
  throw new Error('not JSON');
}

function parseBase64Json(raw: string): unknown {
  const s = uriDecode(raw.trim()).replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(s)) throw new Error('not base64');
  const bin = atob(s + '='.repeat((4 - (s.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const r = parseJson(text);
  if (!r.ok) throw new Error('base64 payload is not JSON');
  return r.value;
}

const JS_PAIR_RE = /([A-Za-z_$][\w$]*)\s*:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|true|false|null|-?\d+(?:\.\d+)?)/g;

/** Flat JS object literal as Cookiebot writes it: {stamp:'x',necessary:true,ver:1}. */
function parseJsObjectLiteral(raw: string): Record<string, unknown> {
  const s = uriDecode(raw.trim());
  if (!s.startsWith('{') || !s.endsWith('}')) throw new Error('not an object literal');
  const out: Record<string, unknown> = {};
  let n = 0;
  const re = new RegExp(JS_PAIR_RE.source, 'g');
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const key = m[1] ?? '';
    const v = m[2] ?? '';
    out[key] =
      v === 'true'
        ? true
        : v === 'false'
          ? false
          : v === 'null'
            ? null
            : v.startsWith("'") || v.startsWith('"')
              ? v.slice(1, -1)
              : Number(v);
    if (++n >= MAX_CATEGORIES) break;
  }
  if (n === 0) throw new Error('object literal without key:value pairs');
  return out;
}

function parsePairList(raw: string, listSep: string, pairSep: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of raw.split(listSep).slice(0, MAX_CATEGORIES)) {
    const i = part.indexOf(pairSep);
    if (i <= 0) continue;
    out[part.slice(0, i).trim()] = part.slice(i + pairSep.length).trim();
  }
  if (Object.keys(out).length === 0) throw new Error('no key:value pairs');
  return out;
}

function getPath(root: unknown, path: string[]): unknown {
  let cur = root;
  for (const k of path) {
    if (Array.isArray(cur) && /^\d+$/.test(k)) cur = cur[Number(k)];
    else if (isRecord(cur)) cur = cur[k];
    else return undefined;
  }
  return cur;
}

/** true / false / null (not judged) for one stored value. */
function judge(v: unknown, values: ValueCoding): boolean | null {
  if (v === null || v === undefined || typeof v === 'object') return null;
  const s = String(v).trim().toLowerCase();
  if (values.granted.some((g) => g.toLowerCase() === s)) return true;
  if (values.denied.some((d) => d.toLowerCase() === s)) return false;
  return null;
}

function applyShape(value: unknown, shape: CategoryShape, values: ValueCoding): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  const put = (k: string, b: boolean | null): void => {
    if (b !== null && Object.keys(out).length < MAX_CATEGORIES) out[k] = b;
  };
  switch (shape.kind) {
    case 'boolean-map': {
      if (!isRecord(value)) throw new Error('expected an object of categories');
      for (const [k, v] of Object.entries(value)) {
        if (shape.onlyKeys && !shape.onlyKeys.includes(k)) continue;
        if (shape.ignoreKeys?.includes(k)) continue;
        if (shape.ignoreKeyPrefixes?.some((p) => k.startsWith(p))) continue;
        put(k, judge(v, values));
      }
      return out;
    }
    case 'enabled-disabled': {
      const en = getPath(value, shape.enabledPath);
      const dis = getPath(value, shape.disabledPath);
      if (en !== undefined && !Array.isArray(en)) throw new Error('enabled list is not an array');
      if (dis !== undefined && !Array.isArray(dis)) throw new Error('disabled list is not an array');
      for (const id of dis ?? []) if (typeof id === 'string' || typeof id === 'number') put(String(id), false);
      for (const id of en ?? []) if (typeof id === 'string' || typeof id === 'number') put(String(id), true);
      return out;
    }
    case 'keys-present': {
      const present = Array.isArray(value) ? value.map(String) : isRecord(value) ? Object.keys(value) : null;
      if (!present) throw new Error('expected an object or a list');
      for (const k of shape.knownCategories) put(k, present.includes(k));
      for (const k of present) if (k !== '') put(k, true);
      return out;
    }
    case 'entries': {
      const items: [string, unknown][] = Array.isArray(value)
        ? value.map((item, i): [string, unknown] => {
            const key = shape.keyField && isRecord(item) ? item[shape.keyField] : undefined;
            return [typeof key === 'string' || typeof key === 'number' ? String(key) : String(i), item];
          })
        : isRecord(value)
          ? Object.entries(value)
          : [];
      if (!Array.isArray(value) && !isRecord(value)) throw new Error('expected a list or object of entries');
      for (const [k, item] of items) put(k, judge(getPath(item, shape.valuePath), values));
      return out;
    }
  }
}

function tcfCategories(raw: string): Record<string, boolean> {
  const d = decodeTcString(uriDecode(raw));
  if (isTcError(d)) throw new Error(`TC string ${d.kind}: ${d.error}`);
  const out: Record<string, boolean> = {};
  // Purpose 11 (TCF 2.2) only counts when consented, so an accept-all from a 2.0/2.1-style UI still reads as accepted.
  const last = d.purposeConsents.includes(11) ? 11 : 10;
  for (let p = 1; p <= last; p++) out[`purpose${p}`] = d.purposeConsents.includes(p);
  return out;
}

function parseStructured(decoder: CmpDecoder, raw: string): unknown {
  switch (decoder.format) {
    case 'urlencoded-field': {
      const field = new URLSearchParams(raw).get(decoder.field);
      if (field === null) throw new Error(`field "${decoder.field}" missing`);
      return parsePairList(field, decoder.listSep, decoder.pairSep);
    }
    case 'pair-list':
      return parsePairList(uriDecode(raw), decoder.listSep, decoder.pairSep);
    case 'json-path':
      return getPath(parseJsonLoose(raw, decoder.jsonFromFirstBrace === true), decoder.path);
    case 'base64-json':
      return getPath(parseBase64Json(raw), decoder.path);
    case 'js-object-literal':
      return getPath(parseJsObjectLiteral(raw), decoder.path);
    case 'plain-value':
      return { [decoder.category]: uriDecode(raw).trim() };
    case 'id-list': {
      const trim = decoder.trim ?? '';
      let s = uriDecode(raw);
      while (s !== '' && trim.includes(s.charAt(0))) s = s.slice(1);
      while (s !== '' && trim.includes(s.charAt(s.length - 1))) s = s.slice(0, -1);
      return s === ''
        ? []
        : s
            .split(decoder.listSep)
            .map((x) => x.trim())
            .filter((x) => x !== '');
    }
    case 'tcf':
      return null;
  }
}

/**
 * The decoder's own special value for `value`, never an inherited member: a page storing `toString`, `constructor` or
 * `__proto__` as the CMP's cookie read Object.prototype's function as the choice (a state outside the five).
 */
function specialValueOf(decoder: CmpDecoder, value: string): 'none' | 'accepted' | 'rejected' | undefined {
  const table = decoder.specialValues;
  return table && Object.hasOwn(table, value) ? table[value] : undefined;
}

/** Decodes one stored value with one decoder; never throws. */
export function decodeCmpValue(decoder: CmpDecoder, raw: string): DecodeResult {
  try {
    if (typeof raw !== 'string') return { ok: false, error: 'value is not a string' };
    if (raw.length > MAX_VALUE_CHARS) return { ok: false, error: `value longer than ${MAX_VALUE_CHARS} chars` };
    const trimmed = raw.trim();
    const special = specialValueOf(decoder, trimmed) ?? specialValueOf(decoder, uriDecode(trimmed));
    if (special) return { ok: true, categories: {}, special };
    if (decoder.format === 'tcf') return { ok: true, categories: tcfCategories(trimmed) };
    const values = decoder.values ?? DEFAULT_VALUES;
    const parsed = parseStructured(decoder, trimmed);
    const shape: CategoryShape =
      decoder.shape ??
      (decoder.format === 'id-list' ? { kind: 'keys-present', knownCategories: [] } : { kind: 'boolean-map' });
    if (parsed === undefined) return { ok: false, error: 'path not found in stored value' };
    return { ok: true, categories: applyShape(parsed, shape, values) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'undecodable value' };
  }
}
