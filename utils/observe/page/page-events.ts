// Page-reported events come from code the page can imitate: validate every field, cap every string, never throw.
import {
  CMP_GLOBALS, MAX_ARGS_JSON, MAX_GPP_STRING, MAX_NAME, MAX_PARAM_ITEMS, MAX_PARAM_KEY, MAX_PARAM_KEYS, MAX_PARAM_STRING, MAX_RAW,
  MAX_SECTIONS, MAX_STACK, MAX_TC_STRING, MAX_URL, MAX_VALUE, TCF_EVENT_STATUSES,
} from './contract.ts';
import { ATTRIBUTIONS, type Attribution } from '../events.ts';
import type {
  FormCheckbox, PageBeacon, PageCmpGlobalsEvent, PageConsentModeEvent, PageCookieApi, PageCookieWrite, PageEvent, PageFormsEvent,
  PageGppEvent, PageResource, PageStorageWrite, PageTcfEvent, StorageKind,
} from '../events.ts';
import { attributeStack } from './stack.ts';

const COOKIE_APIS: ReadonlySet<string> = new Set<PageCookieApi>(['document.cookie', 'cookieStore']);
const STORAGE_APIS: ReadonlySet<string> = new Set<StorageKind>(['localStorage', 'sessionStorage', 'indexedDB']);
const SCRIPT_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:', 'data:']);
const BEACON_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
/** Resource Timing backups: only what webRequest would have seen (no data:, blob:, about:). */
const RESOURCE_SCHEMES: ReadonlySet<string> = BEACON_SCHEMES;
const TCF_STATUSES: ReadonlySet<string> = new Set(TCF_EVENT_STATUSES);
const KNOWN_GLOBALS: ReadonlySet<string> = new Set(CMP_GLOBALS);
// base64url segments joined by '.' (TCF) or '~' (GPP); '=', '+' and '/' for CMPs that pad or use plain base64.
const TC_CHARS = /^[A-Za-z0-9_\-.=+/]*$/;
const GPP_CHARS = /^[A-Za-z0-9_\-.~=+/]*$/;

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function cap(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

function str(o: Obj, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

function safeUrl(raw: string, schemes: ReadonlySet<string>): string | undefined {
  // Capped before parsing: a URL is evidence, a megabyte of it is an attack on our memory.
  try {
    const u = new URL(cap(raw, MAX_URL));
    return schemes.has(u.protocol) ? cap(u.href, MAX_URL) : undefined;
  } catch {
    return undefined;
  }
}

/** A serialised origin such as `https://a.example:8443`, or undefined. */
function safeOrigin(raw: string): string | undefined {
  if (raw.length > MAX_URL) return undefined;
  try {
    const o = new URL(raw).origin;
    return o !== 'null' && o === raw ? o : undefined;
  } catch {
    return undefined;
  }
}

function validTime(t: unknown, now: number): number | null {
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) return null;
  return Number.isFinite(now) ? Math.min(t, now) : t;
}

/** Strict check of one page-reported event; `frameUrl` comes from the browser (sender.url or location.href), never from the event. */
export function validatePageEvent(raw: unknown, frameUrl: string, now: number): PageEvent | null {
  try {
    return validate(raw, typeof frameUrl === 'string' ? cap(frameUrl, MAX_URL) : '', now);
  } catch {
    return null;
  }
}

function validate(raw: unknown, frameUrl: string, now: number): PageEvent | null {
  if (!isObj(raw)) return null;
  const t = validTime(raw.t, now);
  if (t === null) return null;
  const scriptRaw = str(raw, 'script');
  if (raw.script !== undefined && scriptRaw === undefined) return null;
  const script = scriptRaw === undefined ? undefined : safeUrl(scriptRaw, SCRIPT_SCHEMES);
  const attribution = typeof raw.attribution === 'string' && (ATTRIBUTIONS as readonly string[]).includes(raw.attribution)
    ? raw.attribution as Attribution : undefined;
  // A script the validator dropped (not http(s)) leaves its caller unknown.
  const withScript = { ...(script ? { script } : {}), ...(attribution ? { attribution: script ? attribution : 'unknown' as const } : {}) };
  switch (raw.k) {
    case 'page-cookie': {
      const api = str(raw, 'api');
      const name = str(raw, 'name');
      const value = str(raw, 'value');
      const rawText = str(raw, 'raw');
      if (!api || !COOKIE_APIS.has(api) || name === undefined || value === undefined || rawText === undefined) return null;
      const ev: PageCookieWrite = {
        k: 'page-cookie', t, api: api === 'cookieStore' ? 'cookieStore' : 'document.cookie',
        name: cap(name, MAX_NAME), value: cap(value, MAX_VALUE), raw: cap(rawText, MAX_RAW), frameUrl, ...withScript,
      };
      return ev;
    }
    case 'page-storage': {
      const api = str(raw, 'api');
      const key = str(raw, 'key');
      const value = str(raw, 'value');
      if (!api || !STORAGE_APIS.has(api) || key === undefined || value === undefined) return null;
      const len = raw.valueLength;
      // The main world caps values before sending; the real length travels beside them.
      const valueLength = typeof len === 'number' && Number.isSafeInteger(len) && len >= value.length ? len : value.length;
      const frameOrigin = safeOrigin(originOf(frameUrl));
      const rawOrigin = str(raw, 'origin');
      // about:blank/srcdoc frames have no origin in their URL but inherit their creator's: only then is the reported one used.
      const origin = frameOrigin ?? (rawOrigin !== undefined ? safeOrigin(rawOrigin) : undefined) ?? 'null';
      const kind: StorageKind = api === 'indexedDB' ? 'indexedDB' : api === 'sessionStorage' ? 'sessionStorage' : 'localStorage';
      const ev: PageStorageWrite = {
        k: 'page-storage', t, api: kind, origin, key: cap(key, MAX_NAME), value: cap(value, MAX_VALUE), valueLength, frameUrl, ...withScript,
        ...(raw.seenBy === 'hook' || raw.seenBy === 'poll' ? { seenBy: raw.seenBy } : {}),
      };
      return ev;
    }
    case 'page-beacon': {
      const urlRaw = str(raw, 'url');
      const url = urlRaw === undefined ? undefined : safeUrl(urlRaw, BEACON_SCHEMES);
      if (!url) return null;
      const b = raw.bytes;
      const bytes = typeof b === 'number' && Number.isSafeInteger(b) && b >= 0 ? b : -1;
      const ev: PageBeacon = { k: 'page-beacon', t, url, bytes, frameUrl, ...withScript };
      return ev;
    }
    case 'page-resource': {
      const urlRaw = str(raw, 'url');
      const initiatorRaw = str(raw, 'initiator');
      const url = urlRaw === undefined ? undefined : safeUrl(urlRaw, RESOURCE_SCHEMES);
      if (!url || initiatorRaw === undefined) return null;
      // The browser's request URL carries no fragment; Resource Timing's may.
      const hash = url.indexOf('#');
      const initiator = /^[a-z-]{1,32}$/.test(initiatorRaw) ? initiatorRaw : 'other';
      const ev: PageResource = { k: 'page-resource', t, url: hash === -1 ? url : url.slice(0, hash), initiator, frameUrl };
      return ev;
    }
    case 'page-tcf': {
      const tcString = str(raw, 'tcString');
      const eventStatus = str(raw, 'eventStatus');
      if (tcString === undefined || tcString.length > MAX_TC_STRING || !TC_CHARS.test(tcString)) return null;
      if (eventStatus === undefined || !TCF_STATUSES.has(eventStatus)) return null;
      const ev: PageTcfEvent = {
        k: 'page-tcf', t, tcString, eventStatus,
        ...(isSmallCount(raw.cmpId) ? { cmpId: raw.cmpId } : {}),
        ...(isSmallCount(raw.cmpVersion) ? { cmpVersion: raw.cmpVersion } : {}),
        ...(typeof raw.gdprApplies === 'boolean' ? { gdprApplies: raw.gdprApplies } : {}),
        frameUrl,
      };
      return ev;
    }
    case 'page-consent-mode': {
      const args = consentArgs(raw.args);
      if (!args) return null;
      const ev: PageConsentModeEvent = { k: 'page-consent-mode', t, args, frameUrl };
      return ev;
    }
    case 'page-gpp': {
      const gppString = str(raw, 'gppString');
      if (gppString === undefined || gppString.length > MAX_GPP_STRING || !GPP_CHARS.test(gppString)) return null;
      if (!Array.isArray(raw.sections)) return null;
      const sections: number[] = [];
      for (const s of raw.sections.slice(0, MAX_SECTIONS)) {
        if (typeof s === 'number' && Number.isInteger(s) && s >= -1 && s <= 10_000) sections.push(s);
      }
      const ev: PageGppEvent = { k: 'page-gpp', t, gppString, sections, frameUrl };
      return ev;
    }
    case 'page-cmp': {
      if (!Array.isArray(raw.globals)) return null;
      const globals: string[] = [];
      // Only names we look for: the page cannot plant arbitrary text in the report.
      for (const g of raw.globals.slice(0, CMP_GLOBALS.length * 2)) {
        if (typeof g === 'string' && KNOWN_GLOBALS.has(g) && !globals.includes(g)) globals.push(g);
      }
      const ev: PageCmpGlobalsEvent = { k: 'page-cmp', t, globals, frameUrl };
      return ev;
    }
    case 'page-forms': {
      if (!Array.isArray(raw.checkboxes)) return null;
      const checkboxes: FormCheckbox[] = [];
      for (const c of raw.checkboxes.slice(0, MAX_FORM_BOXES)) {
        if (!isObj(c) || typeof c.label !== 'string' || typeof c.checkedByDefault !== 'boolean') continue;
        const box: FormCheckbox = { label: cap(c.label.replace(/\s+/g, ' ').trim(), MAX_NAME), checkedByDefault: c.checkedByDefault };
        if (typeof c.name === 'string' && c.name) box.name = cap(c.name, MAX_NAME);
        if (typeof c.id === 'string' && c.id) box.id = cap(c.id, MAX_NAME);
        if (typeof c.formAction === 'string' && c.formAction) box.formAction = cap(c.formAction, MAX_URL);
        checkboxes.push(box);
      }
      const ev: PageFormsEvent = { k: 'page-forms', t, checkboxes, frameUrl };
      return ev;
    }
    default:
      return null;
  }
}

/** Checkboxes per report: forms with more are not consent forms worth listing one by one. */
const MAX_FORM_BOXES = 200;

function isSmallCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0xffffff;
}

type ParamValue = string | number | Array<string | number>;

function paramValue(v: unknown): ParamValue | undefined {
  if (typeof v === 'string') return cap(v, MAX_PARAM_STRING);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (!Array.isArray(v)) return undefined;
  const out: Array<string | number> = [];
  for (const item of v.slice(0, MAX_PARAM_ITEMS)) {
    if (typeof item === 'string') out.push(cap(item, MAX_PARAM_STRING));
    else if (typeof item === 'number' && Number.isFinite(item)) out.push(item);
  }
  return out;
}

/** `['consent', 'default'|'update', {key: string | number | (string|number)[]}]`, rebuilt from scratch; values of other types are dropped. */
function consentArgs(raw: unknown): unknown[] | null {
  if (!Array.isArray(raw) || raw.length !== 3 || raw[0] !== 'consent' || (raw[1] !== 'default' && raw[1] !== 'update')) return null;
  const src: unknown = raw[2];
  if (!isObj(src)) return null;
  const params: Record<string, ParamValue> = {};
  let n = 0;
  for (const [key, v] of Object.entries(src)) {
    if (n >= MAX_PARAM_KEYS) break;
    if (key === '__proto__' || key.length > MAX_PARAM_KEY) continue;
    const value = paramValue(v);
    if (value === undefined) continue;
    params[key] = value;
    n += 1;
  }
  const args: unknown[] = ['consent', raw[1], params];
  return JSON.stringify(args).length <= MAX_ARGS_JSON ? args : null;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

/** `name=value; attrs` as document.cookie takes it (a pair without `=` is a nameless cookie, as browsers store it). */
export function parseCookieString(raw: string): { name: string; value: string } {
  if (typeof raw !== 'string') return { name: '', value: '' };
  const semi = raw.indexOf(';');
  const pair = semi >= 0 ? raw.slice(0, semi) : raw;
  const eq = pair.indexOf('=');
  if (eq < 0) return { name: '', value: pair.trim() };
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
}

/**
 * Completes a raw main-world event in the isolated world: the calling script from its stack, the cookie name and value from
 * the written string, the storage origin from our own `location`. Anything else passes through for validatePageEvent.
 */
export function fromMainWorld(raw: unknown, selfUrls: string[], origin: string): unknown {
  if (!isObj(raw)) return raw;
  const out: Obj = {};
  for (const key of ['k', 't', 'api', 'name', 'value', 'raw', 'key', 'valueLength', 'url', 'bytes', 'tcString', 'eventStatus', 'cmpId', 'cmpVersion', 'gdprApplies', 'gppString']) {
    if (key in raw) out[key] = raw[key];
  }
  // Lists cross the bridge as text (the bridge carries flat events): JSON for arguments and sections, comma-separated names.
  if (out.k === 'page-consent-mode') out.args = parseCapped(raw.args, MAX_ARGS_JSON);
  if (out.k === 'page-gpp') out.sections = parseCapped(raw.sections, 1024);
  if (out.k === 'page-cmp') out.globals = typeof raw.globals === 'string' && raw.globals.length <= 4096 ? raw.globals.split(',').filter((g) => g !== '') : undefined;
  const stack = str(raw, 'stack');
  if (stack !== undefined && (out.k === 'page-cookie' || out.k === 'page-storage' || out.k === 'page-beacon')) {
    const kind = raw.stackKind === 'callsites' || raw.stackKind === 'engine' || raw.stackKind === 'page' ? raw.stackKind : undefined;
    const { script, attribution } = attributeStack(cap(stack, MAX_STACK), selfUrls, kind);
    if (script !== undefined) out.script = script;
    out.attribution = attribution;
  }
  if (out.k === 'page-cookie' && out.api === 'document.cookie' && typeof out.raw === 'string') {
    const { name, value } = parseCookieString(cap(out.raw, MAX_RAW));
    out.name = name;
    out.value = value;
  }
  if (out.k === 'page-storage') {
    out.origin = origin;
    out.seenBy = 'hook'; // the main world reports only what its hooks saw
  }
  return out;
}

function parseCapped(s: unknown, max: number): unknown {
  if (typeof s !== 'string' || s.length > max) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** What the isolated world remembers of one storage value: enough to tell a change, without keeping megabytes. */
export interface StoredValue { length: number; head: string }

export function storedValue(value: string): StoredValue {
  return { length: value.length, head: cap(value, MAX_VALUE) };
}

function sameStored(a: StoredValue | undefined, b: StoredValue): boolean {
  return a !== undefined && a.length === b.length && a.head === b.head;
}

export interface StorageChange { key: string; value: string; valueLength: number }

/**
 * Keys of a storage snapshot that appeared or changed since `known` (which hooked writes also update), and updates `known`.
 * Keys are capped like event keys so that a hooked write and a snapshot of the same key agree.
 */
export function diffStorage(known: Map<string, StoredValue>, snapshot: Iterable<readonly [string, string]>): StorageChange[] {
  const changes: StorageChange[] = [];
  const seen = new Set<string>();
  for (const [rawKey, value] of snapshot) {
    if (typeof rawKey !== 'string' || typeof value !== 'string') continue;
    const key = cap(rawKey, MAX_NAME);
    seen.add(key);
    const now = storedValue(value);
    if (sameStored(known.get(key), now)) continue;
    known.set(key, now);
    changes.push({ key, value: now.head, valueLength: now.length });
  }
  // A removed key that comes back is a new write.
  for (const key of [...known.keys()]) if (!seen.has(key)) known.delete(key);
  return changes;
}

/** A hooked write (already capped): the snapshot that follows must not report it again. */
export function noteStorageWrite(known: Map<string, StoredValue>, key: string, head: string, valueLength: number): void {
  known.set(cap(key, MAX_NAME), { length: valueLength, head: cap(head, MAX_VALUE) });
}
