// The isolated world's side of a main-world report: completes the raw event (calling script from its stack, cookie name
// and value from the written string, storage origin from our own location) before validatePageEvent checks it.
import { MAX_ARGS_JSON, MAX_RAW, MAX_STACK } from './contract.ts';
import { cap, isObj, str, type Obj } from './event-fields.ts';
import { attributeStack } from './stack.ts';

/** The reports whose stack names the calling script. */
const STACK_KINDS: ReadonlySet<unknown> = new Set(['page-cookie', 'page-storage', 'page-beacon', 'page-connection']);

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
 * Completes a raw main-world event in the isolated world: the calling script from its stack, the cookie name and value
 * from
 * the written string, the storage origin from our own `location`. Anything else passes through for validatePageEvent.
 */
export function fromMainWorld(raw: unknown, selfUrls: string[], origin: string): unknown {
  if (!isObj(raw)) return raw;
  // The fields kept as they are, in this order; one named store each (a loop's computed keys cost every event a
  // lookup in the runtime).
  const out: Obj = {};
  if ('k' in raw) out.k = raw.k;
  if ('t' in raw) out.t = raw.t;
  if ('api' in raw) out.api = raw.api;
  if ('name' in raw) out.name = raw.name;
  if ('value' in raw) out.value = raw.value;
  if ('raw' in raw) out.raw = raw.raw;
  if ('key' in raw) out.key = raw.key;
  if ('valueLength' in raw) out.valueLength = raw.valueLength;
  if ('url' in raw) out.url = raw.url;
  if ('bytes' in raw) out.bytes = raw.bytes;
  if ('tcString' in raw) out.tcString = raw.tcString;
  if ('eventStatus' in raw) out.eventStatus = raw.eventStatus;
  if ('cmpId' in raw) out.cmpId = raw.cmpId;
  if ('cmpVersion' in raw) out.cmpVersion = raw.cmpVersion;
  if ('gdprApplies' in raw) out.gdprApplies = raw.gdprApplies;
  if ('gppString' in raw) out.gppString = raw.gppString;
  if (out.k === 'page-body' && 'text' in raw) out.text = raw.text;
  // Lists cross the bridge as text (the bridge carries flat events): JSON for arguments and sections, comma-separated
  // names.
  if (out.k === 'page-consent-mode') out.args = parseCapped(raw.args, MAX_ARGS_JSON);
  if (out.k === 'page-gpp') out.sections = parseCapped(raw.sections, 1024);
  if (out.k === 'page-cmp')
    out.globals =
      typeof raw.globals === 'string' && raw.globals.length <= 4096
        ? raw.globals.split(',').filter((g) => g !== '')
        : undefined;
  const stack = str(raw, 'stack');
  if (stack !== undefined && STACK_KINDS.has(out.k)) {
    const kind =
      raw.stackKind === 'callsites' || raw.stackKind === 'engine' || raw.stackKind === 'page'
        ? raw.stackKind
        : undefined;
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
