// Page-reported events come from code the page can imitate: validate every field, cap every string, never throw.
import type { PageBeacon, PageCookieApi, PageCookieWrite, PageEvent, PageStorageWrite, StorageKind } from './events.ts';
import { scriptFromStack } from './stack.ts';

export const MAX_NAME = 256;
export const MAX_VALUE = 4096;
export const MAX_URL = 8192;
export const MAX_RAW = 8192;
/** A stack as sent by the main world (parsed in the isolated world, whose built-ins the page cannot replace). */
export const MAX_STACK = 8192;

const COOKIE_APIS: ReadonlySet<string> = new Set<PageCookieApi>(['document.cookie', 'cookieStore']);
const STORAGE_APIS: ReadonlySet<string> = new Set<StorageKind>(['localStorage', 'sessionStorage', 'indexedDB']);
const SCRIPT_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:', 'data:']);
const BEACON_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

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
  const withScript = script ? { script } : {};
  switch (raw.k) {
    case 'pcookie': {
      const api = str(raw, 'api');
      const name = str(raw, 'name');
      const value = str(raw, 'value');
      const rawText = str(raw, 'raw');
      if (!api || !COOKIE_APIS.has(api) || name === undefined || value === undefined || rawText === undefined) return null;
      const ev: PageCookieWrite = {
        k: 'pcookie', t, api: api === 'cookieStore' ? 'cookieStore' : 'document.cookie',
        name: cap(name, MAX_NAME), value: cap(value, MAX_VALUE), raw: cap(rawText, MAX_RAW), frameUrl, ...withScript,
      };
      return ev;
    }
    case 'pstorage': {
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
        k: 'pstorage', t, api: kind, origin, key: cap(key, MAX_NAME), value: cap(value, MAX_VALUE), valueLength, frameUrl, ...withScript,
      };
      return ev;
    }
    case 'pbeacon': {
      const urlRaw = str(raw, 'url');
      const url = urlRaw === undefined ? undefined : safeUrl(urlRaw, BEACON_SCHEMES);
      if (!url) return null;
      const b = raw.bytes;
      const bytes = typeof b === 'number' && Number.isSafeInteger(b) && b >= 0 ? b : -1;
      const ev: PageBeacon = { k: 'pbeacon', t, url, bytes, frameUrl, ...withScript };
      return ev;
    }
    default:
      return null;
  }
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
  for (const key of ['k', 't', 'api', 'name', 'value', 'raw', 'key', 'valueLength', 'url', 'bytes']) {
    if (key in raw) out[key] = raw[key];
  }
  const stack = str(raw, 'stack');
  const script = stack === undefined ? undefined : scriptFromStack(cap(stack, MAX_STACK), selfUrls);
  if (script !== undefined) out.script = script;
  if (out.k === 'pcookie' && out.api === 'document.cookie' && typeof out.raw === 'string') {
    const { name, value } = parseCookieString(cap(out.raw, MAX_RAW));
    out.name = name;
    out.value = value;
  }
  if (out.k === 'pstorage') out.origin = origin;
  return out;
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
