// Ids in a request's body (JSON, a form, multipart parts, a text beacon): the worker reads a capped sample at the edge
// and keeps only the fields that may be a visitor id; the analysis judges them as it judges URL parameters.
import type { BodyFacts, BodyField } from '../observe/events.ts';
import { requestBodyOf, type RawRequestBody } from '../observe/browser/request-body.ts';
import { fieldsOf, MAX_FIELDS, MAX_WRAPPED, unwrapParam } from './hidden-ids.ts';
import { idCandidates } from './identifiers.ts';
import { isIdName, isNamedIdValue } from './named-ids.ts';

/** Bytes of a body read: the first 4 kB, as much as a URL parameter's wrapped value (hidden-ids.ts). */
export const BODY_SAMPLE = MAX_WRAPPED;
/** Fields kept per request, and the longest value kept: an id is short, a body's text is not kept. */
const MAX_KEPT = 8;
const MAX_VALUE = 256;
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
export function bodyFactsOf(d: BodyRequest): BodyFacts | undefined {
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
        if (bytes > BODY_SAMPLE || fields.length >= MAX_FIELDS) cut = true;
        else fields.push({ name, value: v, label: `body.${name}` });
      }
    }
  }
  if (Array.isArray(raw.raw)) {
    const sample = requestBodyOf({ raw: raw.raw }, BODY_SAMPLE);
    cut ||= sample.truncated;
    const text = typeof sample.body === 'string' ? sample.body : textOf(sample.body, sample.truncated);
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
  let text = UTF8.decode(bytes);
  if (cut) text = text.replace(/\ufffd{1,3}$/, '');
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text) ? null : text;
}

/** The fields of a raw text body: JSON (whole, or the pairs of a cut one), a form, multipart parts, or one value. */
export function textBodyFields(text: string): BodyField[] {
  const t = text.trim();
  if (t.startsWith('--') && PART_NAME.test(t)) return multipartFields(t);
  const fields = fieldsOf(t, 'body', 'body');
  if (fields.length > 0 || !(t.startsWith('{') || t.startsWith('['))) return fields;
  // JSON that does not parse: cut by the sample (or broken), its pairs are read one by one.
  const out: BodyField[] = [];
  for (const m of t.matchAll(JSON_PAIR)) {
    if (out.length >= MAX_FIELDS) break;
    const value = m[2] ?? m[3] ?? '';
    out.push({ name: m[1]!, value: m[2] === undefined ? value : unescapeJson(value), label: `body.${m[1]!}` });
  }
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
