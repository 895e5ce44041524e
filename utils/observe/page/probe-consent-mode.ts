// Google Consent Mode probe: `consent` commands pushed onto the page's dataLayer array(s), found by polling and by
// staying in the push chain (our push proxy, disguised as the page's own). No page code runs with our frames below it:
// the proxy's trap is the native Reflect.apply (our part runs in the getter the engine reads it through, before the
// push), and each entry is read from a copy taken from a clean stack (probe-kit.ts snapshot).
import { MAX_ARGS_JSON, MAX_PARAM_ITEMS, MAX_PARAM_KEY, MAX_PARAM_KEYS, MAX_PARAM_STRING } from './contract.ts';
import type { Disguise } from './disguise.ts';
import type { Intrinsics } from './intrinsics.ts';
import { isFn, type Fn, type ProbeKit, type ProbeWindow } from './probe-kit.ts';

// A hostile page must not turn us into an endless loop.
const MAX_SCAN_PER_CALL = 5000;
const MAX_ARRAYS = 4;
/** Push times kept for the entries of one batch (a page pushing in a loop shares the last one). */
const MAX_PUSH_TIMES = 1000;

interface Tracked {
  arr: object;
  seen: number;
  /** When each push since the last scan began (the entries are read after the script that pushed them). */
  pushes: number[];
  queued: boolean;
}

export function consentModeProbe(win: ProbeWindow, kit: ProbeKit, i: Intrinsics, disguise: Disguise): () => void {
  const { now, cap, quote, own: read, isObj, isCount, send, snapshot, soon } = kit;
  const { apply, getDesc, defineProp, getProto, setProto, objProto, isArray, ProxyCtor, keys: keysOf } = i;

  const scalarJson = (v: unknown): string | undefined =>
    typeof v === 'string' ? quote(cap(v, MAX_PARAM_STRING)) : typeof v === 'number' && v - v === 0 ? '' + v : undefined;
  const valueJson = (v: unknown): string | undefined => {
    if (!isArray(v)) return scalarJson(v);
    let json = '';
    const len = read(v, 'length');
    for (let j = 0; isCount(len) && j < len && j < MAX_PARAM_ITEMS; j++) {
      const itemJson = scalarJson(read(v, j));
      if (itemJson !== undefined) json += (json ? ',' : '') + itemJson;
    }
    return '[' + json + ']';
  };
  /** `{key: string | number | array of those}` as JSON, keys and strings capped; other values are left out. */
  const paramsJson = (params: unknown, budget: number): string | undefined => {
    if (!isObj(params) || isArray(params)) return undefined;
    const proto = getProto(params);
    if (proto !== objProto && proto !== null) return undefined;
    const ks: unknown = keysOf(params);
    if (!isArray(ks)) return undefined;
    let out = '';
    let n = 0;
    for (let i = 0; i < ks.length && n < MAX_PARAM_KEYS; i++) {
      const k: unknown = ks[i];
      if (typeof k !== 'string' || k === '__proto__') continue;
      const json = valueJson(read(params, k));
      if (json === undefined) continue;
      const entry = quote(cap(k, MAX_PARAM_KEY)) + ':' + json;
      // the known signals come first in practice; a huge extra is left out
      if (out.length + entry.length + 2 > budget) continue;
      out += (out ? ',' : '') + entry;
      n += 1;
    }
    return '{' + out + '}';
  };
  const inspect = (entry: unknown, t: number): void => {
    if (!isObj(entry) || read(entry, 0) !== 'consent') return;
    const action = read(entry, 1);
    if (action !== 'default' && action !== 'update') return;
    const head = '["consent",' + quote(action) + ',';
    const params = paramsJson(read(entry, 2), MAX_ARGS_JSON - head.length - 1);
    if (params !== undefined) send('page-consent-mode', { k: 'page-consent-mode', t, args: head + params + ']' });
  };
  const tracked: Tracked[] = [];
  /** New entries of a tracked array; a real array's entries are own data (an accessor or a Proxy entry is skipped). */
  const scan = (rec: Tracked, t: number): void => {
    const len = read(rec.arr, 'length');
    const pushes = rec.pushes;
    rec.pushes = [];
    if (!isCount(len)) return;
    if (len < rec.seen) rec.seen = len; // entries were removed: only what comes next is new
    const end = len < rec.seen + MAX_SCAN_PER_CALL ? len : rec.seen + MAX_SCAN_PER_CALL;
    // The last entries came from the pushes seen since the last scan, in order: each gets the time of its push.
    const first = end - pushes.length;
    while (rec.seen < end) {
      const i = rec.seen;
      rec.seen = i + 1; // first: a push from inside a command's processing must not see this entry again
      const pushT = i >= first ? pushes[i - first] : undefined;
      const when = typeof pushT === 'number' ? pushT : t;
      // Page getters of the entry (an `arguments` object, a command object) run under JSON.stringify, not under us.
      snapshot(read(rec.arr, i), (copy) => inspect(copy, when));
    }
  };
  const scanQueued = (rec: Tracked): void => {
    rec.queued = false;
    try {
      scan(rec, now());
    } catch {
      /* next poll */
    }
  };
  /**
   * Keeps us in the push chain; GTM later replaces `push` with its own, which calls the one it found (ours). The trap
   * is Reflect.apply itself, so the page's push runs with its caller right below it; the engine reads the trap through
   * our getter first, which notes the time and queues the scan for when the pushing script is done.
   */
  const hookPush = (rec: Tracked): void => {
    try {
      const d = getDesc(rec.arr, 'push');
      if (d && !d.configurable) return;
      // The page's own push or the one it inherits (Array's), found by descriptors: no getter of the page runs.
      let orig: unknown;
      for (let o: unknown = rec.arr, n = 0; orig === undefined && isObj(o) && n < 5; o = getProto(o), n++)
        orig = read(o, 'push');
      if (!isFn(orig)) return;
      const handler = {};
      setProto(handler, null); // a trap inherited from a polluted Object.prototype must not become ours
      const noted = (): typeof apply => {
        try {
          if (rec.pushes.length < MAX_PUSH_TIMES) rec.pushes[rec.pushes.length] = now();
          if (!rec.queued) {
            rec.queued = true;
            soon(() => scanQueued(rec));
          }
        } catch {
          /* polling still scans */
        }
        return apply;
      };
      defineProp(handler, 'apply', { get: noted, enumerable: true, configurable: false });
      const proxy = new ProxyCtor(orig, handler as ProxyHandler<Fn>);
      disguise.register(proxy, orig); // the page's own push (or Array's) answers toString, not a proxy
      defineProp(rec.arr, 'push', { value: proxy, writable: true, enumerable: false, configurable: true });
    } catch {
      /* scanned by polling only */
    }
  };
  const track = (arr: unknown, t: number): void => {
    if (!isArray(arr)) return;
    for (let i = 0; i < tracked.length; i++) {
      const rec = tracked[i];
      if (rec && rec.arr === arr) {
        scan(rec, t);
        return;
      }
    }
    const rec: Tracked = { arr, seen: 0, pushes: [], queued: false };
    if (tracked.length >= MAX_ARRAYS) tracked.length = 0; // a page cycling arrays: keep only the latest ones
    tracked[tracked.length] = rec;
    scan(rec, t); // what was pushed before we saw this array
    hookPush(rec);
  };
  return (): void => {
    const t = now();
    kit.global(win, 'dataLayer', (arr) => track(arr, t)); // also a dataLayer the page replaced by a new array
    for (let i = 0; i < tracked.length; i++) {
      const rec = tracked[i];
      if (rec) scan(rec, t); // entries added by code that bypassed push
    }
  };
}
