// Ids in a request's body (JSON, a form, multipart parts, a text beacon): the worker reads a capped sample at the edge
// and keeps only the fields that may be a visitor id; the analysis judges them as it judges URL parameters.
import type { BodyFacts, BodyField, PageBody } from '../observe/events.ts';
import { requestBodyOf, type RawRequestBody } from '../observe/browser/request-body.ts';
import { MAX_BODY } from '../observe/page/contract.ts';
import { fieldsOf, MAX_FIELDS, unwrapParam } from './hidden-ids.ts';
import { idCandidates } from './identifiers.ts';
import { isIdName, isNamedIdValue } from './named-ids.ts';

/**
 * Bytes of a body read: 64 KiB, as the page's hook reads a Blob (contract.ts). Only bodies over 4 kB pay for more
 * than the former 4 kB (bench/body-ids.bench-run.ts: about 2.6 x the 4 kB scan for 16 kB, 5.7 x for 64 kB).
 */
export const BODY_SAMPLE = MAX_BODY;
/** Fields kept per request, and the longest value kept: an id is short, a body's text is not kept. */
const MAX_KEPT = 8;
const MAX_VALUE = 256;
/** Levels of a JSON body read: an event batch's `{"batch":[{"context":{"uid":…}}]}` holds its id at the fourth. */
const BODY_DEPTH = 4;
/** The shortest value isIdLike takes (identifiers.ts): a shorter one is an id only under an id name. */
const MIN_RANDOM_ID = 16;
/** Secrets a form or login call posts: never kept, whatever they look like. */
const SECRET = /pass|pwd|secret|token|csrf|xsrf|captcha|nonce|cvc|cvv|iban|card/i;
/** A JSON cut by the sample: its `"key": "value"` and `"key": 123` pairs, without their nesting. */
const JSON_PAIR = /"([^"\\]{1,64})"\s*:\s*(?:"((?:[^"\\]|\\.){0,1024})"|(-?\d[\d.eE+-]{0,40}))/g;
const PART_NAME = /content-disposition:[^\r\n]*?\bname="([^"]{1,64})"/i;
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/** The webRequest details the scan reads. */
export interface BodyRequest {
  url: string;
  type?: string;
  initiator?: string;
  originUrl?: string;
  requestBody?: RawRequestBody | null;
}

function originOf(url: string | undefined): string {
  if (!url) return '';
  const scheme = url.indexOf('://');
  const end = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
  return end < 0 ? url : url.slice(0, end);
}

/**
 * A request's body scanned for ids, or undefined when there is nothing to keep. Not read: a page's own form posts
 * (main or sub frame: the form test's field) and requests to the page's own origin (never an unknown third party).
 */
export function bodyFactsOf(d: BodyRequest, sample = BODY_SAMPLE): BodyFacts | undefined {
  const raw = d.requestBody;
  if (!raw || typeof raw !== 'object' || d.type === 'main_frame' || d.type === 'sub_frame') return undefined;
  const from = originOf(d.initiator ?? d.originUrl);
  if (from !== '' && d.url.startsWith(from + '/')) return undefined;
  const fields: BodyField[] = [];
  let cut = false;
  let binary = false;
  // Chrome gives no bytes of a Blob body (sendBeacon or fetch with a Blob): only an error.
  const hidden = typeof raw.error === 'string' && !raw.raw && !raw.formData;
  if (raw.formData && typeof raw.formData === 'object') {
    let bytes = 0;
    for (const [name, values] of Object.entries(raw.formData)) {
      for (const v of Array.isArray(values) ? values : [values]) {
        if (typeof v !== 'string') continue;
        bytes += name.length + v.length;
        if (bytes > sample || fields.length >= MAX_FIELDS) cut = true;
        else fields.push({ name, value: v, label: `body.${name}` });
      }
    }
  }
  if (Array.isArray(raw.raw)) {
    const read = requestBodyOf({ raw: raw.raw }, sample);
    cut ||= read.truncated;
    const text = typeof read.body === 'string' ? read.body : textOf(read.body, read.truncated);
    if (text === null) binary = true;
    else if (text !== '') fields.push(...textBodyFields(text));
  }
  const ids = possibleIds(fields);
  if (ids.length === 0 && !binary && !cut && !hidden) return undefined;
  const facts: BodyFacts = {};
  if (ids.length > 0) facts.ids = ids;
  if (binary) facts.binary = true;
  if (hidden) facts.hidden = true;
  if (cut) facts.cut = true;
  return facts;
}

/** UTF-8 text, or null for a binary body (control characters, invalid UTF-8 before a character the cap cut). */
function textOf(bytes: Uint8Array, cut: boolean): string | null {
  return readable(UTF8.decode(bytes), cut);
}

/**
 * The page's report of a Blob body (utils/observe/page/blob-bodies.ts) as the worker keeps it: its text replaced by
 * the fields that may be an id, read as a webRequest body is; undefined when it holds none (nothing to add).
 */
export function pageBodyIds(ev: PageBody): PageBody | undefined {
  if (typeof ev.text !== 'string') return undefined;
  const cut = ev.bytes > BODY_SAMPLE;
  const text = readable(ev.text, cut);
  const ids = text === null || text === '' ? [] : possibleIds(textBodyFields(text));
  if (ids.length === 0) return undefined;
  const body: BodyFacts = cut ? { ids, cut: true, page: true } : { ids, page: true };
  const { k, t, url, api, bytes, frameUrl } = ev;
  return { k, t, url, api, bytes, body, frameUrl };
}

/** The text, or null when it is binary; a cut text loses the replacement characters of a character split at the cut. */
function readable(decoded: string, cut: boolean): string | null {
  let text = decoded;
  if (cut) text = text.replace(/\ufffd{1,3}$/, '');
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text) ? null : text;
}

/** The fields of a raw text body: JSON (whole, or the pairs of a cut one), a form, multipart parts, or one value. */
export function textBodyFields(text: string): BodyField[] {
  const t = text.trim();
  if (t.startsWith('--') && PART_NAME.test(t)) return multipartFields(t);
  if (!(t.startsWith('{') || t.startsWith('['))) return fieldsOf(t, 'body', 'body');
  const fields = jsonBodyFields(t);
  if (fields !== null) return fields;
  // JSON that does not parse: cut by the sample (or broken), its pairs are read one by one.
  const out: BodyField[] = [];
  const candidate = candidateTest();
  for (const m of t.matchAll(JSON_PAIR)) {
    if (out.length >= MAX_FIELDS) break;
    const name = m[1]!;
    const value = m[2] === undefined ? (m[3] ?? '') : unescapeJson(m[2]);
    if (candidate(name, value)) out.push({ name, value, label: `body.${name}` });
  }
  return out;
}

/**
 * Whether a field can be an id at all (possibleIds' own first test), asked before the MAX_FIELDS cap: an event batch
 * repeats short fields (times, counters, enums) hundreds of times, and its id may come after them. Names repeat, so
 * the name test is asked once per name.
 */
function candidateTest(): (name: string, value: string) => boolean {
  const named = new Map<string, boolean>();
  return (name, value) => {
    if (value.length >= MIN_RANDOM_ID) return !SECRET.test(name);
    let id = named.get(name);
    if (id === undefined) named.set(name, (id = isIdName(name) && !SECRET.test(name)));
    return id && value.length > 0;
  };
}

/** A whole JSON's leaves that can be an id (BODY_DEPTH deep, every leaf of the sample looked at), or null. */
function jsonBodyFields(t: string): BodyField[] | null {
  let json: unknown;
  try {
    json = JSON.parse(t);
  } catch {
    return null;
  }
  const out: BodyField[] = [];
  const candidate = candidateTest();
  const walk = (v: unknown, name: string, label: string, depth: number): void => {
    if (out.length >= MAX_FIELDS) return;
    if (typeof v === 'string' || typeof v === 'number') {
      const value = String(v);
      if (candidate(name, value)) out.push({ name, value, label });
      return;
    }
    if (v === null || typeof v !== 'object' || depth >= BODY_DEPTH) return;
    if (Array.isArray(v)) for (const x of v) walk(x, name, label, depth + 1);
    else for (const [k, x] of Object.entries(v)) walk(x, k, `${label}.${k}`, depth + 1);
  };
  walk(json, 'body', 'body', 0);
  return out;
}

function unescapeJson(s: string): string {
  if (!s.includes('\\')) return s;
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}

/** multipart/form-data sent as raw bytes: each part's name and text (file parts too: their first bytes). */
function multipartFields(t: string): BodyField[] {
  const boundary = t.slice(0, t.search(/\r?\n/));
  const out: BodyField[] = [];
  for (const part of t.split(boundary)) {
    if (out.length >= MAX_FIELDS) break;
    const name = PART_NAME.exec(part)?.[1];
    const split = part.search(/\r?\n\r?\n/);
    if (!name || split < 0 || /filename=/i.test(part.slice(0, split))) continue;
    const value = part.slice(split).trim();
    out.push({ name, value, label: `body.${name}` });
  }
  return out;
}

/**
 * The fields that may be an id as the URL rules read one: a value under an id name, or a random-looking value or part
 * (idCandidates: what an echo of a stored id can be), also one level down (base64, JSON or a form inside a field).
 */
function possibleIds(fields: readonly BodyField[]): BodyField[] {
  const out: BodyField[] = [];
  const seen = new Set<string>();
  const keep = (f: BodyField): void => {
    const key = `${f.label}\n${f.value}`;
    if (out.length >= MAX_KEPT || seen.has(key) || SECRET.test(f.name) || f.value.length > MAX_VALUE) return;
    // A URL (the page's, a referrer) is no id, as in a URL parameter: its parts would read as random.
    if (f.value.includes('://')) return;
    if (!(isIdName(f.name) && isNamedIdValue(f.value)) && idCandidates(f.value).length === 0) return;
    seen.add(key);
    out.push({ name: f.name, value: f.value, label: f.label });
  };
  for (const f of fields) {
    if (out.length >= MAX_KEPT) break;
    // Most values of an event are short: under 16 characters only a named id can be one (isIdLike needs 16).
    if ((f.value.length < MIN_RANDOM_ID && !isIdName(f.name)) || SECRET.test(f.name)) continue;
    keep(f);
    for (const w of unwrapParam({ name: f.name, value: f.value }))
      keep({ name: w.name, value: w.value, label: f.label + w.label.slice(f.name.length) });
  }
  return out;
}
