// Page-reported events come from code the page can imitate: validate every field, cap every string, never throw.
// Events of the consent signals are checked in signal-events.ts; the isolated world's side in from-main-world.ts.
import { MAX_BODY, MAX_NAME, MAX_RAW, MAX_URL, MAX_VALUE } from './contract.ts';
import { ATTRIBUTIONS, type Attribution } from '../events.ts';
import type {
  FormCheckbox,
  PageBeacon,
  PageBody,
  PageCookieApi,
  PageCookieWrite,
  PageEvent,
  PageFormsEvent,
  PageResource,
  PageStorageWrite,
  StorageKind,
} from '../events.ts';
import { cap, isObj, str } from './event-fields.ts';
import { validateSignal } from './signal-events.ts';
import { validateConnection } from './connection-events.ts';

const COOKIE_APIS: ReadonlySet<string> = new Set<PageCookieApi>(['document.cookie', 'cookieStore']);
const STORAGE_KINDS: readonly StorageKind[] = ['localStorage', 'sessionStorage', 'indexedDB', 'cacheStorage', 'opfs'];
const SCRIPT_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:', 'data:']);
const BEACON_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
const BODY_APIS: ReadonlySet<string> = new Set<PageBody['api']>(['sendBeacon', 'fetch', 'xhr']);
/** Resource Timing backups: only what webRequest would have seen (no data:, blob:, about:). */
const RESOURCE_SCHEMES: ReadonlySet<string> = BEACON_SCHEMES;

/** The last URL checked, with its answer: a page's writes name one script over and over (1,000 writes, one parse). */
let lastSafe: { raw: string; schemes: ReadonlySet<string>; url: string | undefined } | undefined;
function safeUrl(raw: string, schemes: ReadonlySet<string>): string | undefined {
  if (lastSafe?.raw === raw && lastSafe.schemes === schemes) return lastSafe.url;
  let url: string | undefined;
  // Capped before parsing: a URL is evidence, a megabyte of it is an attack on our memory.
  try {
    const u = new URL(cap(raw, MAX_URL));
    url = schemes.has(u.protocol) ? cap(u.href, MAX_URL) : undefined;
  } catch {
    url = undefined;
  }
  lastSafe = { raw, schemes, url };
  return url;
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

/**
 * Strict check of one page-reported event; `frameUrl` comes from the browser (sender.url or location.href), never from
 * the event.
 */
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
  const attribution =
    typeof raw.attribution === 'string' && (ATTRIBUTIONS as readonly string[]).includes(raw.attribution)
      ? (raw.attribution as Attribution)
      : undefined;
  // A script the validator dropped (not http(s)) leaves its caller unknown.
  const attributed: Attribution | undefined = attribution && (script ? attribution : 'unknown');
  switch (raw.k) {
    case 'page-cookie': {
      const api = str(raw, 'api');
      const name = str(raw, 'name');
      const value = str(raw, 'value');
      const rawText = str(raw, 'raw');
      if (!api || !COOKIE_APIS.has(api) || name === undefined || value === undefined || rawText === undefined)
        return null;
      const ev: PageCookieWrite = {
        k: 'page-cookie',
        t,
        api: api === 'cookieStore' ? 'cookieStore' : 'document.cookie',
        name: cap(name, MAX_NAME),
        value: cap(value, MAX_VALUE),
        raw: cap(rawText, MAX_RAW),
        frameUrl,
      };
      withScript(ev, script, attributed);
      return ev;
    }
    case 'page-storage': {
      const api = str(raw, 'api');
      const key = str(raw, 'key');
      const value = str(raw, 'value');
      const kind = STORAGE_KINDS.find((k) => k === api);
      if (!kind || key === undefined || value === undefined) return null;
      const len = raw.valueLength;
      // The main world caps values before sending; the real length travels beside them.
      const valueLength =
        typeof len === 'number' && Number.isSafeInteger(len) && len >= value.length ? len : value.length;
      const frameOrigin = safeOrigin(originOf(frameUrl));
      const rawOrigin = str(raw, 'origin');
      // about:blank/srcdoc frames have no origin in their URL but inherit their creator's: only then is the reported
      // one used.
      const origin = frameOrigin ?? (rawOrigin !== undefined ? safeOrigin(rawOrigin) : undefined) ?? 'null';
      const ev: PageStorageWrite = {
        k: 'page-storage',
        t,
        api: kind,
        origin,
        key: cap(key, MAX_NAME),
        value: cap(value, MAX_VALUE),
        valueLength,
        frameUrl,
      };
      withScript(ev, script, attributed);
      if (raw.seenBy === 'hook' || raw.seenBy === 'poll') ev.seenBy = raw.seenBy;
      return ev;
    }
    case 'page-listing-cut': {
      const api = str(raw, 'api');
      const origin = safeOrigin(originOf(frameUrl)) ?? safeOrigin(str(raw, 'origin') ?? '');
      if ((api !== 'cacheStorage' && api !== 'opfs') || !origin) return null;
      return { k: 'page-listing-cut', t, api, origin, frameUrl };
    }
    case 'page-beacon': {
      const urlRaw = str(raw, 'url');
      const url = urlRaw === undefined ? undefined : safeUrl(urlRaw, BEACON_SCHEMES);
      if (!url) return null;
      const b = raw.bytes;
      const bytes = typeof b === 'number' && Number.isSafeInteger(b) && b >= 0 ? b : -1;
      const ev: PageBeacon = {
        k: 'page-beacon',
        t,
        url,
        bytes,
        frameUrl,
      };
      withScript(ev, script, attributed);
      if (raw.api === 'fetch') ev.api = 'fetch';
      return ev;
    }
    case 'page-connection':
      return validateConnection(raw, t, frameUrl, script, attributed);
    case 'page-body': {
      const urlRaw = str(raw, 'url');
      const url = urlRaw === undefined ? undefined : safeUrl(urlRaw, BEACON_SCHEMES);
      const api = str(raw, 'api');
      const text = str(raw, 'text');
      const b = raw.bytes;
      if (!url || !api || !BODY_APIS.has(api) || text === undefined) return null;
      if (typeof b !== 'number' || !Number.isSafeInteger(b) || b < 0) return null;
      // Over the bound the page read no more: a longer text is not what our hook sent.
      if (text.length > MAX_BODY) return null;
      const ev: PageBody = {
        k: 'page-body',
        t,
        url,
        api: api === 'fetch' ? 'fetch' : api === 'xhr' ? 'xhr' : 'sendBeacon',
        bytes: b,
        text,
        frameUrl,
      };
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
      const ev: PageResource = {
        k: 'page-resource',
        t,
        url: hash === -1 ? url : url.slice(0, hash),
        initiator,
        frameUrl,
      };
      if (raw.empty === true) ev.empty = true;
      // Only the isolated world's violation listener sets it (the main world's fields do not carry it).
      const csp = str(raw, 'csp');
      if (csp !== undefined && /^[a-z-]{1,32}$/.test(csp)) ev.csp = csp;
      return ev;
    }
    case 'page-tcf':
    case 'page-consent-mode':
    case 'page-gpp':
    case 'page-cmp':
      return validateSignal(raw, t, frameUrl);
    case 'page-forms': {
      if (!Array.isArray(raw.checkboxes)) return null;
      const checkboxes: FormCheckbox[] = [];
      for (const c of raw.checkboxes.slice(0, MAX_FORM_BOXES)) {
        if (!isObj(c) || typeof c.label !== 'string' || typeof c.checkedByDefault !== 'boolean') continue;
        const box: FormCheckbox = {
          label: cap(c.label.replace(/\s+/g, ' ').trim(), MAX_NAME),
          checkedByDefault: c.checkedByDefault,
        };
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

/**
 * The caller's fields, after the event's own and in this order (the record's key order): set one by one, since object
 * spreads cost each of a page's thousands of writes a property copy in the runtime.
 */
function withScript(
  ev: { script?: string; attribution?: Attribution },
  script: string | undefined,
  attribution: Attribution | undefined,
): void {
  if (script) ev.script = script;
  if (attribution) ev.attribution = attribution;
}

/** Checkboxes per report: forms with more are not consent forms worth listing one by one. */
const MAX_FORM_BOXES = 200;

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}
