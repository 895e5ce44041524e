// Google Consent Mode probe: `consent` commands pushed onto the page's dataLayer array(s), found by polling and by staying
// in the push chain (our push proxy, disguised as the page's own, calls the original first).
import { MAX_ARGS_JSON, MAX_PARAM_ITEMS, MAX_PARAM_KEY, MAX_PARAM_KEYS, MAX_PARAM_STRING } from './contract.ts';
import type { Disguise } from './disguise.ts';
import type { Intrinsics } from './intrinsics.ts';
import { isFn, type Fn, type ProbeKit, type ProbeWindow } from './probe-kit.ts';

// A hostile page must not turn us into an endless loop.
const MAX_SCAN_PER_CALL = 5000;
const MAX_ARRAYS = 4;

interface Tracked {
  arr: object;
  seen: number;
}

export function consentModeProbe(win: ProbeWindow, kit: ProbeKit, i: Intrinsics, disguise: Disguise): () => void {
  const { now, cap, quote, read, isObj, isCount, send } = kit;
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
      if (out.length + entry.length + 2 > budget) continue; // the known signals come first in practice; a huge extra is left out
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
  const scan = (rec: Tracked, t: number): void => {
    const len = read(rec.arr, 'length');
    if (!isCount(len)) return;
    if (len < rec.seen) rec.seen = len; // entries were removed: only what comes next is new
    const end = len < rec.seen + MAX_SCAN_PER_CALL ? len : rec.seen + MAX_SCAN_PER_CALL;
    while (rec.seen < end) {
      const i = rec.seen;
      rec.seen = i + 1; // first: a push from inside a command's processing must not see this entry again
      try {
        inspect(read(rec.arr, i), t);
      } catch {
        /* a hostile entry */
      }
    }
  };
  /** Keeps us in the push chain; GTM later replaces `push` with its own, which calls the one it found (ours). */
  const hookPush = (rec: Tracked): void => {
    try {
      const d = getDesc(rec.arr, 'push');
      if (d && !d.configurable) return;
      const orig = read(rec.arr, 'push');
      if (!isFn(orig)) return;
      const handler: ProxyHandler<Fn> = {
        apply(target, self: unknown, args: unknown[]): unknown {
          const result: unknown = apply(target, self, args);
          try {
            if (self === rec.arr) scan(rec, now());
          } catch {
            /* reporting must never break the page */
          }
          return result;
        },
      };
      setProto(handler, null); // a trap inherited from a polluted Object.prototype must not become ours
      const proxy = new ProxyCtor(orig, handler);
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
    const rec: Tracked = { arr, seen: 0 };
    if (tracked.length >= MAX_ARRAYS) tracked.length = 0; // a page cycling arrays: keep only the latest ones
    tracked[tracked.length] = rec;
    scan(rec, t); // what was pushed before we saw this array
    hookPush(rec);
  };
  return (): void => {
    const t = now();
    track(read(win, 'dataLayer'), t); // also a dataLayer the page replaced by a new array
    for (let i = 0; i < tracked.length; i++) {
      const rec = tracked[i];
      if (rec) scan(rec, t); // entries added by code that bypassed push
    }
  };
}
