// Consent signals the main-world probes report (TCF, Google Consent Mode, GPP, CMP globals): rebuilt from checked
// fields only.
import {
  CMP_GLOBALS,
  MAX_ARGS_JSON,
  MAX_GPP_STRING,
  MAX_PARAM_ITEMS,
  MAX_PARAM_KEY,
  MAX_PARAM_KEYS,
  MAX_PARAM_STRING,
  MAX_SECTIONS,
  MAX_TC_STRING,
  TCF_EVENT_STATUSES,
} from './contract.ts';
import type { PageCmpGlobalsEvent, PageConsentModeEvent, PageEvent, PageGppEvent, PageTcfEvent } from '../events.ts';
import { cap, isObj, str, type Obj } from './event-fields.ts';

const TCF_STATUSES: ReadonlySet<string> = new Set(TCF_EVENT_STATUSES);
const KNOWN_GLOBALS: ReadonlySet<string> = new Set(CMP_GLOBALS);
// base64url segments joined by '.' (TCF) or '~' (GPP); '=', '+' and '/' for CMPs that pad or use plain base64.
const TC_CHARS = /^[A-Za-z0-9_\-.=+/]*$/;
const GPP_CHARS = /^[A-Za-z0-9_\-.~=+/]*$/;

/**
 * A page-tcf, page-consent-mode, page-gpp or page-cmp event with a checked time `t`; null when it is not one or not
 * valid.
 */
export function validateSignal(raw: Obj, t: number, frameUrl: string): PageEvent | null {
  switch (raw.k) {
    case 'page-tcf': {
      const tcString = str(raw, 'tcString');
      const eventStatus = str(raw, 'eventStatus');
      if (tcString === undefined || tcString.length > MAX_TC_STRING || !TC_CHARS.test(tcString)) return null;
      if (eventStatus === undefined || !TCF_STATUSES.has(eventStatus)) return null;
      const ev: PageTcfEvent = {
        k: 'page-tcf',
        t,
        tcString,
        eventStatus,
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
    default:
      return null;
  }
}

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

/**
 * `['consent', 'default'|'update', {key: string | number | (string|number)[]}]`, rebuilt from scratch; values of other
 * types are dropped.
 */
function consentArgs(raw: unknown): unknown[] | null {
  if (!Array.isArray(raw) || raw.length !== 3 || raw[0] !== 'consent' || (raw[1] !== 'default' && raw[1] !== 'update'))
    return null;
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
