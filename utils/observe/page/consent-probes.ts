// Main-world probes for the page's consent signals: IAB TCF (__tcfapi, or its postMessage locator from a child frame), IAB GPP
// (__gpp), Google Consent Mode commands on dataLayer, and the globals that identify a CMP. Every function we call and every
// object we read here belongs to the page: each access is guarded, each string capped, and our built-ins captured up front.
import {
  CMP_GLOBALS, MAX_ARGS_JSON, MAX_GPP_STRING, MAX_PARAM_ITEMS, MAX_PARAM_KEY, MAX_PARAM_KEYS, MAX_PARAM_STRING, MAX_SECTIONS,
  MAX_TC_STRING, type Emit,
} from './contract.ts';
import { disguiseFor, type Disguise } from './disguise.ts';
import { captureIntrinsics, type Intrinsics, type IntrinsicWindow } from './intrinsics.ts';

// A hostile page must not turn us into a flood or an endless loop.
const MAX_EVENTS_PER_KIND = 200;
const MAX_DISCOVERIES = 10;
const MAX_SCAN_PER_CALL = 5000;
const MAX_ARRAYS = 4;
const LOCATOR_TRIES = 5;
const LOCATOR_RETRY_MS = 1000;
/** How long after the load event inserted elements still trigger a dataLayer check (polling continues after). */
const WATCH_AFTER_LOAD_MS = 5000;

/** What the probes use of a window (the parent is only compared and messaged). */
export type ProbeWindow = IntrinsicWindow & { readonly parent?: unknown; readonly document?: Document; readonly MutationObserver?: typeof MutationObserver };
type Fn = (...args: never[]) => unknown;
const isFn = (x: unknown): x is Fn => typeof x === 'function';

export interface ProbeOptions {
  /** Poll period during the first `fastPeriodMs`, then `slowMs`. */
  fastMs?: number;
  slowMs?: number;
  fastPeriodMs?: number;
  /** No timers: the caller runs `check()` (tests). */
  manual?: boolean;
}

export interface Probes {
  /** One round of every probe, now. */
  check(): void;
  stop(): void;
}

interface Tracked { arr: object; seen: number }

/** Starts the probes in a page (document_start): watches for the consent APIs, dataLayer and CMP globals, and reports them via `emit`. */
export function installConsentProbes(
  win: ProbeWindow, emit: Emit, opts: ProbeOptions = {}, i: Intrinsics = captureIntrinsics(win), disguise: Disguise = disguiseFor(win, i),
): Probes {
  const { fastMs = 250, slowMs = 2000, fastPeriodMs = 30_000, manual = false } = opts;
  const {
    apply, reflectGet, getDesc, defineProp, getProto, setProto, objProto, isArray, ProxyCtor, JSONObj, stringify, parse, DateCtor,
    dateNow, strSlice, later, cancel, addListener, msgData, msgSource, random, MathObj, keys: keysOf,
  } = i;
  const started = apply(dateNow, DateCtor, []);
  let parentAtStart: unknown; // `parent` is replaceable by the page: the real one is read before it runs
  try { parentAtStart = win.parent; } catch { /* detached */ }

  const now = (): number => apply(dateNow, DateCtor, []);
  const cap = (s: string, n: number): string => (s.length > n ? apply(strSlice, s, [0, n]) : s);
  const quote = (s: string): string => apply(stringify, JSONObj, [s]);
  /** A property read that may run page code (getters, proxies): never throws. */
  const read = (o: unknown, k: string | number): unknown => {
    if ((typeof o !== 'object' && typeof o !== 'function') || o === null) return undefined;
    try { return reflectGet(o, k); } catch { return undefined; }
  };
  const isObj = (x: unknown): x is object => typeof x === 'object' && x !== null;
  const isCount = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x <= 0xffffff && x % 1 === 0;
  const callPage = (fn: Fn, self: unknown, args: unknown[]): unknown => {
    try { return apply(fn, self, args); } catch { return undefined; }
  };
  const counts: Record<string, number> = { 'page-tcf': 0, 'page-gpp': 0, 'page-consent-mode': 0, 'page-cmp': 0 };
  const send = (kind: 'page-tcf' | 'page-gpp' | 'page-consent-mode' | 'page-cmp', ev: Readonly<Record<string, string | number | boolean>>): void => {
    const n = counts[kind] ?? 0;
    if (n >= MAX_EVENTS_PER_KIND) return;
    counts[kind] = n + 1;
    emit(ev);
  };
  /** A callback handed to page code: whatever it is called with, it never throws back into the page. */
  const guarded = (f: (a: unknown, b: unknown) => void) => (a?: unknown, b?: unknown): void => {
    try { f(a, b); } catch { /* page garbage */ }
  };

  // ---- IAB TCF v2
  let tcfLast = '';
  const onTcData = (data: unknown, success: unknown, fallbackStatus?: string): void => {
    if (success === false || !isObj(data)) return;
    const tcString = read(data, 'tcString');
    if (typeof tcString !== 'string' || tcString.length > MAX_TC_STRING) return;
    const rawStatus = read(data, 'eventStatus');
    const status = typeof rawStatus === 'string' ? cap(rawStatus, 32) : fallbackStatus;
    if (status === undefined) return;
    const cmpId = read(data, 'cmpId');
    const cmpVersion = read(data, 'cmpVersion');
    const gdprApplies = read(data, 'gdprApplies');
    const ev = {
      k: 'page-tcf', t: now(), tcString, eventStatus: status,
      ...(isCount(cmpId) ? { cmpId } : {}), ...(isCount(cmpVersion) ? { cmpVersion } : {}),
      ...(typeof gdprApplies === 'boolean' ? { gdprApplies } : {}),
    };
    const key = status + '|' + tcString + '|' + (isCount(cmpId) ? cmpId : '') + '|' + (isCount(cmpVersion) ? cmpVersion : '') + '|' + (typeof gdprApplies === 'boolean' ? gdprApplies : '');
    if (key === tcfLast) return; // stubs replaced by the real CMP, and CMPs that repeat themselves
    tcfLast = key;
    send('page-tcf', ev);
  };
  const onListener = guarded((d, s) => onTcData(d, s));
  const onGetTcData = guarded((d, s) => onTcData(d, s, 'getTCData'));
  let tcfFn: unknown;
  let tcfFound = 0;
  const probeTcf = (): void => {
    const fn = read(win, '__tcfapi');
    if (!isFn(fn) || fn === tcfFn || tcfFound >= MAX_DISCOVERIES) return;
    tcfFn = fn;
    tcfFound += 1;
    callPage(fn, win, ['getTCData', 2, onGetTcData]);
    callPage(fn, win, ['addEventListener', 2, onListener]);
  };

  // TCF from a child frame: the CMP's frame holds a child named __tcfapiLocator and answers postMessage calls.
  const callPrefix = 'consent-auditor-' + apply(strSlice, '' + apply(random, MathObj, []), [2, 14]) + '-';
  let locatorParent: unknown;
  let locatorPost: Fn | undefined;
  let locatorAnswered = false;
  let locatorTries = 0;
  let locatorLast = 0;
  const postLocatorCalls = (): void => {
    if (!locatorPost) return;
    locatorTries += 1;
    locatorLast = now();
    callPage(locatorPost, locatorParent, [{ __tcfapiCall: { command: 'getTCData', version: 2, parameter: undefined, callId: callPrefix + 'get' } }, '*']);
    callPage(locatorPost, locatorParent, [{ __tcfapiCall: { command: 'addEventListener', version: 2, parameter: undefined, callId: callPrefix + 'listen' } }, '*']);
  };
  const onMessage = (e: Event): void => {
    try {
      const source: unknown = msgSource ? apply(msgSource, e, []) : read(e, 'source');
      if (locatorParent === undefined || source !== locatorParent) return;
      let data: unknown = msgData ? apply(msgData, e, []) : read(e, 'data');
      if (typeof data === 'string') {
        if (data.length > MAX_TC_STRING * 2) return;
        data = apply(parse, JSONObj, [data]);
      }
      const ret = read(data, '__tcfapiReturn');
      const callId = read(ret, 'callId');
      if (callId === callPrefix + 'get' || callId === callPrefix + 'listen') locatorAnswered = true;
      if (callId === callPrefix + 'get') onTcData(read(ret, 'returnValue'), read(ret, 'success'), 'getTCData');
      else if (callId === callPrefix + 'listen') onTcData(read(ret, 'returnValue'), read(ret, 'success'));
    } catch { /* not for us */ }
  };
  const probeLocator = (): void => {
    if (locatorParent !== undefined) {
      // The locator frame can exist before its CMP listens: unanswered calls are repeated a few times.
      if (!locatorAnswered && locatorTries < LOCATOR_TRIES && now() - locatorLast >= LOCATOR_RETRY_MS) postLocatorCalls();
      return;
    }
    if (isFn(read(win, '__tcfapi'))) return;
    const parent = parentAtStart;
    if (!isObj(parent) || parent === win) return; // the top frame: its own __tcfapi or nothing
    // Only the frame right below the CMP's frame asks: its descendants would repeat the same answers.
    if (!isObj(read(read(parent, 'frames'), '__tcfapiLocator'))) return;
    // A same-origin parent is probed by our own script in that frame (even if its __tcfapi comes later): only a
    // cross-origin parent, whose globals throw on access, needs the locator.
    try { reflectGet(parent, '__tcfapi'); return; } catch { /* cross-origin */ }
    const post = read(parent, 'postMessage');
    if (!isFn(post)) return;
    locatorParent = parent;
    locatorPost = post;
    try { apply(addListener, win, ['message', onMessage]); } catch { return; }
    postLocatorCalls();
  };

  // ---- IAB GPP
  let gppLast = '';
  const onGpp = (data: unknown, success: unknown): void => {
    if (success === false || !isObj(data)) return;
    const gppString = read(data, 'gppString');
    if (typeof gppString !== 'string' || gppString.length > MAX_GPP_STRING) return;
    const list = read(data, 'applicableSections');
    let sections = '';
    if (isArray(list)) {
      const n = read(list, 'length');
      for (let i = 0; isCount(n) && i < n && i < MAX_SECTIONS; i++) {
        const s = read(list, i);
        if (typeof s === 'number' && s % 1 === 0 && s >= -1 && s <= 10_000) sections += (sections ? ',' : '') + s;
      }
    }
    const key = gppString + '|' + sections;
    if (key === gppLast) return;
    gppLast = key;
    send('page-gpp', { k: 'page-gpp', t: now(), gppString, sections: '[' + sections + ']' });
  };
  const onPing = guarded((d, s) => onGpp(d, s));
  const onGppEvent = guarded((d, s) => {
    const ping = read(d, 'pingData');
    onGpp(isObj(ping) ? ping : d, s);
  });
  let gppFn: unknown;
  let gppFound = 0;
  const probeGpp = (): void => {
    const fn = read(win, '__gpp');
    if (!isFn(fn) || fn === gppFn || gppFound >= MAX_DISCOVERIES) return;
    gppFn = fn;
    gppFound += 1;
    const sync = callPage(fn, win, ['ping', onPing]);
    if (isObj(sync)) onPing(sync, true); // GPP 1.0 answers ping by return value
    callPage(fn, win, ['addEventListener', onGppEvent]);
  };

  // ---- Google Consent Mode on dataLayer
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
      const v = read(params, k);
      let json: string | undefined;
      if (typeof v === 'string') json = quote(cap(v, MAX_PARAM_STRING));
      else if (typeof v === 'number' && v - v === 0) json = '' + v;
      else if (isArray(v)) {
        json = '';
        const len = read(v, 'length');
        for (let j = 0; isCount(len) && j < len && j < MAX_PARAM_ITEMS; j++) {
          const item = read(v, j);
          const itemJson = typeof item === 'string' ? quote(cap(item, MAX_PARAM_STRING)) : typeof item === 'number' && item - item === 0 ? '' + item : undefined;
          if (itemJson !== undefined) json += (json ? ',' : '') + itemJson;
        }
        json = '[' + json + ']';
      }
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
      try { inspect(read(rec.arr, i), t); } catch { /* a hostile entry */ }
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
          try { if (self === rec.arr) scan(rec, now()); } catch { /* reporting must never break the page */ }
          return result;
        },
      };
      setProto(handler, null); // a trap inherited from a polluted Object.prototype must not become ours
      const proxy = new ProxyCtor(orig, handler);
      disguise.register(proxy, orig); // the page's own push (or Array's) answers toString, not a proxy
      defineProp(rec.arr, 'push', { value: proxy, writable: true, enumerable: false, configurable: true });
    } catch { /* scanned by polling only */ }
  };
  const track = (arr: unknown, t: number): void => {
    if (!isArray(arr)) return;
    for (let i = 0; i < tracked.length; i++) {
      const rec = tracked[i];
      if (rec && rec.arr === arr) { scan(rec, t); return; }
    }
    const rec: Tracked = { arr, seen: 0 };
    if (tracked.length >= MAX_ARRAYS) tracked.length = 0; // a page cycling arrays: keep only the latest ones
    tracked[tracked.length] = rec;
    scan(rec, t); // what was pushed before we saw this array
    hookPush(rec);
  };
  const probeDataLayer = (): void => {
    const t = now();
    track(read(win, 'dataLayer'), t); // also a dataLayer the page replaced by a new array
    for (let i = 0; i < tracked.length; i++) {
      const rec = tracked[i];
      if (rec) scan(rec, t); // entries added by code that bypassed push
    }
  };

  // ---- CMP globals
  let globalsLast = '';
  const probeGlobals = (): void => {
    let present = '';
    for (let i = 0; i < CMP_GLOBALS.length; i++) {
      const name = CMP_GLOBALS[i];
      if (name === undefined) continue;
      let d: PropertyDescriptor | undefined;
      try { d = getDesc(win, name); } catch { continue; }
      // Descriptors only: a getter of the page is not run.
      if (d && (d.get !== undefined || d.value !== undefined)) present += (present ? ',' : '') + name;
    }
    if (present === globalsLast) return;
    globalsLast = present;
    send('page-cmp', { k: 'page-cmp', t: now(), globals: present });
  };

  const probes = [probeTcf, probeLocator, probeGpp, probeDataLayer, probeGlobals];
  const check = (): void => {
    for (let i = 0; i < probes.length; i++) { // no for-of: the page may replace the array iterator
      try { probes[i]?.(); } catch { /* next round */ }
    }
  };
  // No accessor on window.dataLayer (a page could see it and cloak): the array is looked for after each batch of
  // inserted elements, i.e. right after each parser- or script-inserted <script> ran, until the load event settles.
  let observer: MutationObserver | undefined;
  const MO = win.MutationObserver;
  const observe = MO?.prototype.observe;
  const disconnect = MO?.prototype.disconnect;
  const watchInsertions = (): void => {
    if (!MO || !observe || !disconnect || !win.document) return;
    const o = new MO(() => { try { probeDataLayer(); } catch { /* next check */ } });
    apply(observe, o, [win.document, { childList: true, subtree: true }]);
    observer = o;
    const unwatch = (): void => {
      try { apply(later, win, [() => { try { apply(disconnect, o, []); } catch { /* gone */ } }, WATCH_AFTER_LOAD_MS]); } catch { /* keeps watching */ }
    };
    if (win.document.readyState === 'complete') unwatch();
    else apply(addListener, win, ['load', unwatch, { once: true }]);
  };
  let stopped = false;
  let timer: unknown;
  const tick = (): void => {
    if (stopped) return;
    check();
    try { timer = apply(later, win, [tick, now() - started < fastPeriodMs ? fastMs : slowMs]); } catch { /* no more polling */ }
  };
  if (manual) check();
  else {
    tick();
    try { watchInsertions(); } catch { /* polling still runs */ }
    // Look again when the document is parsed and just before the visitor's first click or key: a fast answer
    // must not reach the CMP before we listen to it.
    try {
      const early = (): void => { try { check(); } catch { /* next tick */ } };
      if (win.document) apply(addListener, win.document, ['DOMContentLoaded', early]);
      for (const type of ['pointerdown', 'mousedown', 'keydown', 'touchstart']) apply(addListener, win, [type, early, { capture: true, passive: true }]);
    } catch { /* polling still runs */ }
  }
  return {
    check,
    stop(): void {
      stopped = true;
      try { apply(cancel, win, [timer]); } catch { /* nothing pending */ }
      try { if (observer && disconnect) apply(disconnect, observer, []); } catch { /* gone */ }
    },
  };
}
