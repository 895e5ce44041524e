// Main-world hooks (cookie, storage, IndexedDB, beacon writes), the consent probes (utils/observe/page/consent-probes.ts) and both ends of the bridge to the isolated content script.
// The page shares this world: every built-in used after installation is captured first, so later page changes cannot steer us.
import { installConsentProbes } from './consent-probes.ts';
import {
  CHANNEL_PREFIX, HELLO_EVENT, MAX_NAME, MAX_RAW, MAX_STACK, MAX_URL, MAX_VALUE, PULL_SUFFIX, READY_EVENT,
  type Bridge, type Emit, type HookEvent, type StorageKind, type Trace,
} from './contract.ts';
import { scriptFromStack } from './stack.ts';

const NONCE = /^[0-9a-f]{32}$/;
/** Events queued at most, and sent in one crossing at most. */
const MAX_QUEUE = 5000;
/** While the page loads, the queue crosses at the latest this long after its first entry. */
const LOADING_FLUSH_MS = 1000;
const MAX_DETAIL = 8 * 1024 * 1024;
/** Cookie names whose first write took a stack; past this many, every write takes one again. */
const MAX_NAMED_COOKIES = 2000;

type Win = Window & typeof globalThis;
export interface Tracer {
  capture(): Trace | undefined;
  format(trace: Trace): string;
}
type Fn = (...args: never[]) => unknown;
const isFn = (x: unknown): x is Fn => typeof x === 'function';

/** Install everything in a page: entrypoint of the main-world content script (document_start, before page scripts); also starts the consent probes. */
export function startMainWorld(win: Win): void {
  let self = '';
  try {
    // Still pristine here: our own script's URL, skipped later when looking for the calling script.
    self = scriptFromStack(new win.Error().stack ?? '', []) ?? '';
  } catch {
    // no stack: every frame is then a candidate
  }
  const tracer = makeTracer(win);
  const emit = connectMainWorld(win, self, tracer);
  installHooks(win, emit, tracer);
  try {
    installConsentProbes(win, emit);
  } catch { /* the write hooks still work */ }
}

/**
 * Stacks of the page's callers, with built-ins captured now. A page that shortens or rewrites stacks must not hide the caller:
 * the limit is raised for the capture, `prepareStackTrace` is set aside for the formatting (V8 consults it then).
 */
export function makeTracer(win: Win): Tracer {
  const ErrorCtor = win.Error;
  const apply = win.Reflect.apply;
  const reflectSet = win.Reflect.set;
  const reflectGet = win.Reflect.get;
  const stackGetter = win.Object.getOwnPropertyDescriptor(ErrorCtor.prototype, 'stack')?.get;
  const strSlice = win.String.prototype.slice;
  return {
    capture(): Trace | undefined {
      const E = ErrorCtor;
      let limit: number | undefined;
      let swapLimit = false;
      try {
        // Only where the engine has it (V8). Changing the limit is costly in V8 (~0.2 ms a write): only when a page lowered
        // it below the default of 10.
        if (typeof E.stackTraceLimit === 'number' && E.stackTraceLimit < 10) { limit = E.stackTraceLimit; E.stackTraceLimit = 10; swapLimit = true; }
      } catch { /* a locked property: use what we get */ }
      try {
        return new E();
      } catch {
        return undefined;
      } finally {
        try {
          if (swapLimit && limit !== undefined) E.stackTraceLimit = limit;
        } catch { /* nothing to restore */ }
      }
    },
    format(trace: Trace): string {
      const E = ErrorCtor;
      let prepare: unknown;
      let swapPrepare = false;
      try {
        if (E.prepareStackTrace !== undefined) { prepare = E.prepareStackTrace; reflectSet(E, 'prepareStackTrace', undefined); swapPrepare = true; }
      } catch { /* a locked property: use what we get */ }
      try {
        const s: unknown = stackGetter ? apply(stackGetter, trace, []) : reflectGet(trace, 'stack');
        return typeof s === 'string' ? (s.length > MAX_STACK ? apply(strSlice, s, [0, MAX_STACK]) : s) : '';
      } catch {
        return '';
      } finally {
        try {
          if (swapPrepare) reflectSet(E, 'prepareStackTrace', prepare);
        } catch { /* nothing to restore */ }
      }
    },
  };
}

/** Wrap the write APIs so that each successful call also reports what it wrote; the page sees the same behaviour as before. */
export function installHooks(win: Win, emit: Bridge, tracer: Tracer = makeTracer(win)): void {
  const O = win.Object;
  const apply = win.Reflect.apply;
  const getDesc = O.getOwnPropertyDescriptor;
  const defineProp = O.defineProperty;
  const getProto = O.getPrototypeOf;
  const setProto = O.setPrototypeOf;
  const ProxyCtor = win.Proxy;
  const DateCtor = win.Date;
  const dateNow = DateCtor.now;
  const StringCtor = win.String;
  const strSlice = StringCtor.prototype.slice;
  const strIndexOf = StringCtor.prototype.indexOf;
  const strTrim = StringCtor.prototype.trim;
  const doc = win.document;
  /** An accessor's getter, from the prototype or the nearest ancestor that defines it. */
  const getter = (proto: object | undefined, name: string): Fn | undefined => {
    try {
      let o: unknown = proto;
      for (let i = 0; i < 10 && typeof o === 'object' && o !== null; i++) {
        const g = getDesc(o, name)?.get;
        if (g) return g;
        o = getProto(o);
      }
    } catch { /* not available */ }
    return undefined;
  };
  const URLCtor = win.URL;
  const urlHref = getter(URLCtor?.prototype, 'href');
  const baseUri = getter(doc, 'baseURI');
  const blobSize = getter(win.Blob?.prototype, 'size');
  const bufferLength = getter(win.ArrayBuffer?.prototype, 'byteLength');
  const typedLength = win.Uint8Array ? getter(getProto(win.Uint8Array.prototype), 'byteLength') : undefined;
  const viewLength = getter(win.DataView?.prototype, 'byteLength');
  const paramsToString = win.URLSearchParams?.prototype.toString;
  const Encoder = win.TextEncoder;
  const encoder = Encoder ? new Encoder() : undefined;
  const encode = Encoder?.prototype.encode;
  // Captured early in try/catch: reading storage throws in sandboxed frames.

  const now = (): number => apply(dateNow, DateCtor, []);
  const cap = (s: string, n: number): string => (s.length > n ? apply(strSlice, s, [0, n]) : s);
  /** DOMString conversion of primitives only: converting an object would run page code (toString) a second time. */
  const text = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return StringCtor(v);
    return undefined;
  };
  const arg = (args: ArrayLike<unknown>, i: number): unknown => (i < args.length ? args[i] : undefined);
  const trace = (): Trace | undefined => tracer.capture();
  const utf8Length = (s: string): number => {
    if (!encoder || !encode || !typedLength) return -1;
    return apply(typedLength, apply(encode, encoder, [s]), []);
  };
  const bodySize = (data: unknown): number => {
    if (data === undefined || data === null) return 0;
    if (typeof data === 'string') return utf8Length(data);
    if (typeof data !== 'object') return utf8Length(text(data) ?? '');
    // Brand-checked getters throw for other types: the first that answers knows the size.
    for (const g of [blobSize, bufferLength, typedLength, viewLength]) {
      if (!g) continue;
      try { return apply(g, data, []); } catch { /* not this type */ }
    }
    if (paramsToString) {
      try { return utf8Length(apply(paramsToString, data, [])); } catch { /* not URLSearchParams */ }
    }
    return -1; // FormData and the like: the size is not known without serialising
  };
  const resolveUrl = (u: unknown): string | undefined => {
    let s = text(u);
    if (s === undefined && urlHref) {
      try { s = apply(urlHref, u, []); } catch { /* not a URL object */ }
    }
    if (s === undefined || !URLCtor || !urlHref) return undefined;
    let base: unknown;
    try { base = baseUri ? apply(baseUri, doc, []) : undefined; } catch { /* keep undefined */ }
    try {
      const href: unknown = apply(urlHref, new URLCtor(s, typeof base === 'string' ? base : undefined), []);
      return typeof href === 'string' ? cap(href, MAX_URL) : undefined;
    } catch {
      return undefined;
    }
  };
  const findOwner = (start: unknown, name: string): object | undefined => {
    let o: unknown = start;
    for (let i = 0; i < 20 && typeof o === 'object' && o !== null; i++) {
      if (getDesc(o, name)) return o;
      o = getProto(o);
    }
    return undefined;
  };
  // Which Storage a setItem was called on: the window's getters are captured now but called only at the first setItem.
  // Reading localStorage at document_start would cost every page a synchronous check with the browser, used or not;
  // by the time a page calls setItem it has paid that itself. The getters throw in sandboxed frames.
  /** Reads `win[name]` later through the accessor (or data property) it has now. */
  const reader = (name: string): (() => unknown) => {
    const owner = findOwner(win, name);
    const d = owner ? getDesc(owner, name) : undefined;
    const get = d?.get;
    if (get) return () => apply(get, win, []);
    const value: unknown = d?.value;
    return () => value;
  };
  const readLocal = reader('localStorage');
  const readSession = reader('sessionStorage');
  let storages: { local: unknown; session: unknown } | undefined;
  const storageOf = (self: unknown): 'localStorage' | 'sessionStorage' | undefined => {
    if (!storages) {
      storages = { local: null, session: null };
      try { storages.local = readLocal(); } catch { /* no localStorage here */ }
      try { storages.session = readSession(); } catch { /* no sessionStorage here */ }
    }
    if (self === null || self === undefined) return undefined;
    return self === storages.local ? 'localStorage' : self === storages.session ? 'sessionStorage' : undefined;
  };
  /** Proxies keep name, length, `this` and a native-looking toString; the original's exceptions pass through untouched. */
  const wrap = (orig: Fn, after: (self: unknown, args: unknown[], result: unknown) => void): Fn => {
    const handler: ProxyHandler<Fn> = {
      apply(target, self: unknown, args: unknown[]): unknown {
        const result: unknown = apply(target, self, args);
        try { after(self, args, result); } catch { /* reporting must never break the page */ }
        return result;
      },
    };
    setProto(handler, null); // a trap inherited from a polluted Object.prototype must not become ours
    return new ProxyCtor(orig, handler);
  };
  const hookMethod = (owner: object | undefined, name: string, after: (self: unknown, args: unknown[], result: unknown) => void): void => {
    try {
      const d = owner ? getDesc(owner, name) : undefined;
      const orig: unknown = d?.value;
      if (!owner || !d || !isFn(orig) || !d.configurable) return;
      defineProp(owner, name, { value: wrap(orig, after), writable: d.writable, enumerable: d.enumerable, configurable: true });
    } catch { /* leave this API unhooked */ }
  };

  // document.cookie: only the setter is wrapped; the getter stays the original.
  try {
    const owner = findOwner(doc, 'cookie');
    const d = owner ? getDesc(owner, 'cookie') : undefined;
    if (owner && d?.set && d.configurable) {
      // The writing script comes from a stack trace, the costly part of a write (~40 µs): taken for the first write of
      // each cookie name only. A rewrite keeps the script found then (a page rewriting 50 cookies 1,000 times pays 50).
      const named: Record<string, true> = O.create(null);
      let namedCount = 0;
      const firstWriteOf = (raw: string): boolean => {
        const eq = apply(strIndexOf, raw, ['=']);
        const semi = apply(strIndexOf, raw, [';']);
        const end = eq !== -1 && (semi === -1 || eq < semi) ? eq : 0;
        const name: string = apply(strTrim, apply(strSlice, raw, [0, end]), []);
        if (named[name] === true) return false;
        if (namedCount < MAX_NAMED_COOKIES) { named[name] = true; namedCount += 1; }
        return true;
      };
      const set = wrap(d.set, (_self, args) => {
        const raw = text(arg(args, 0));
        if (raw !== undefined) emit({ k: 'page-cookie', t: now(), api: 'document.cookie', raw: cap(raw, MAX_RAW) }, firstWriteOf(raw) ? trace() : undefined);
      });
      defineProp(owner, 'cookie', { get: d.get, set, enumerable: d.enumerable, configurable: true });
    }
  } catch { /* leave document.cookie unhooked */ }

  hookMethod(win.CookieStore?.prototype ?? findOwner(win.cookieStore, 'set'), 'set', (_self, args) => {
    const first = arg(args, 0);
    let name: string | undefined;
    let value: string | undefined;
    if (typeof first === 'object' && first !== null) {
      // Data properties only: reading a getter would run page code a second time.
      const n: unknown = getDesc(first, 'name')?.value;
      const v: unknown = getDesc(first, 'value')?.value;
      name = typeof n === 'string' ? n : undefined;
      value = typeof v === 'string' ? v : '';
    } else {
      name = text(first);
      value = text(arg(args, 1)) ?? '';
    }
    if (name === undefined || value === undefined) return;
    emit({
      k: 'page-cookie', t: now(), api: 'cookieStore', name: cap(name, MAX_NAME), value: cap(value, MAX_VALUE),
      raw: cap(name + '=' + value, MAX_RAW),
    }, trace());
  });

  hookMethod(win.Storage?.prototype, 'setItem', (self, args) => {
    const api = storageOf(self);
    const key = text(arg(args, 0));
    const value = text(arg(args, 1));
    if (!api || key === undefined || value === undefined) return;
    emit({
      k: 'page-storage', t: now(), api, key: cap(key, MAX_NAME), value: cap(value, MAX_VALUE), valueLength: value.length,
    }, trace());
  });

  // The page's first read of localStorage / sessionStorage: the isolated world takes its baseline of the storage then,
  // synchronously, before the page can write. A page that never reads a storage costs nothing for it (no access at
  // document_start). The original accessor is put back after the first read, so later reads cost nothing either.
  const touch = emit.touch;
  if (touch) {
    for (const kind of ['localStorage', 'sessionStorage'] as const) {
      try {
        const owner = findOwner(win, kind);
        const d = owner ? getDesc(owner, kind) : undefined;
        const get = d?.get;
        if (!owner || !d || !get || !d.configurable) continue;
        let seen = false;
        const first = wrap(get, () => {
          if (seen) return;
          seen = true;
          touch(kind);
          try { defineProp(owner, kind, d); } catch { /* keep the wrapper: it only calls the original from now on */ }
        });
        defineProp(owner, kind, { get: first, set: d.set, enumerable: d.enumerable, configurable: true });
      } catch { /* unwatched: the isolated world takes its baseline at its own start */ }
    }
  }

  hookMethod(win.IDBFactory?.prototype, 'open', (_self, args) => {
    const name = text(arg(args, 0));
    if (name === undefined) return;
    emit({ k: 'page-storage', t: now(), api: 'indexedDB', key: cap(name, MAX_NAME), value: '', valueLength: 0 }, trace());
  });

  hookMethod(findOwner(win.navigator, 'sendBeacon'), 'sendBeacon', (_self, args, result) => {
    if (result !== true) return; // refused by the browser: nothing was sent
    const url = resolveUrl(arg(args, 0));
    if (url === undefined) return;
    emit({ k: 'page-beacon', t: now(), url, bytes: bodySize(arg(args, 1)) }, trace());
  });
}

/**
 * Main-world end of the bridge. Handshake: we announce a random nonce on HELLO_EVENT at document_start; the isolated script,
 * which also runs at document_start, takes only the first hello and only before the page had a chance to run, and
 * acknowledges with preventDefault (dispatchEvent returns false synchronously). If it started after us, its READY_EVENT makes
 * us repeat the hello. Page scripts run later and never see the nonce, so they cannot read or forge the channel.
 *
 * What crosses, and when: a write costs the page only a queued reference (and, for a first write, a captured Error). While
 * the page loads, the queue crosses after the load event, or when it is full, or a second after its first entry, or at
 * pagehide; once loaded, at the end of each task. Serialising and formatting stacks happen at the crossing, so an audited
 * page loads nearly as fast as an unaudited one. The events keep the time of the write, which is what places them in a phase.
 */
export function connectMainWorld(win: Win, self: string, tracer: Tracer = makeTracer(win)): Bridge {
  const apply = win.Reflect.apply;
  const create = win.Object.create;
  const keys = win.Object.keys;
  const CustomEventCtor = win.CustomEvent;
  const target = win.EventTarget.prototype;
  const dispatch = target.dispatchEvent;
  const addListener = target.addEventListener;
  const removeListener = target.removeEventListener;
  // The window's own (EventTarget's in browsers), captured before the page runs.
  const addWindowListener = win.addEventListener;
  const JSONObj = win.JSON;
  const stringify = JSONObj.stringify;
  const later = win.setTimeout;
  const splice = win.Array.prototype.splice;
  const doc = win.document;
  const nonce = makeNonce(win);
  const channel = CHANNEL_PREFIX + nonce;
  /** Writes not yet across, in order; `traces[i]` is the caller's stack of `queue[i]` where one was taken. */
  const queue: HookEvent[] = [];
  const traces: Array<Trace | undefined> = [];
  let connected = false;
  let retryPending = false;
  let retries = 0;
  let loading = true;
  try { loading = doc.readyState !== 'complete'; } catch { /* treat as loading: the timer still sends */ }

  const quote = (s: string): string => apply(stringify, JSONObj, [s]); // strings never consult a page's toJSON
  /** Our own serialiser: JSON.stringify of an object would call a toJSON the page may add to Object.prototype. */
  const toJson = (ev: HookEvent, trace: Trace | undefined): string => {
    const ks: string[] = keys(ev);
    let out = '';
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === undefined || k === 'stack') continue;
      const v = ev[k];
      const json = typeof v === 'string' ? quote(v) : typeof v === 'number' ? (v === v && v !== Infinity && v !== -Infinity ? '' + v : 'null') : typeof v === 'boolean' ? (v ? 'true' : 'false') : undefined;
      if (json !== undefined) out += (out ? ',' : '') + quote(k) + ':' + json;
    }
    const stack = trace === undefined ? (typeof ev.stack === 'string' ? ev.stack : '') : tracer.format(trace);
    if (stack !== '' || trace !== undefined) out += (out ? ',' : '') + '"stack":' + quote(stack);
    return '{' + out + '}';
  };
  /** True when a listener of ours accepted the event. */
  const fire = (type: string, detail: string | null): boolean => {
    const init: CustomEventInit<string | null> = create(null);
    init.detail = detail;
    init.cancelable = true;
    init.bubbles = false;
    init.composed = false;
    return !apply(dispatch, doc, [new CustomEventCtor(type, init)]);
  };
  const HEAD = '{"v":1,"events":[';
  /** Send the queue in crossings of at most MAX_DETAIL characters; what is not taken stays queued, in order. */
  const flush = (): void => {
    if (!connected || queue.length === 0) return;
    let sent = 0;
    while (sent < queue.length) {
      let body = '';
      let n = 0;
      // Serialised here, once per crossing: a stack's text is made only now.
      for (let i = sent; i < queue.length && n < MAX_QUEUE; i++) {
        const ev = queue[i];
        if (ev === undefined) break;
        const json = toJson(ev, traces[i]);
        if (n > 0 && HEAD.length + body.length + json.length + 3 > MAX_DETAIL) break;
        body += (n ? ',' : '') + json;
        n += 1;
      }
      if (n === 0) break;
      if (!fire(channel, HEAD + body + ']}')) break;
      sent += n;
    }
    if (sent > 0) {
      apply(splice, queue, [0, sent]);
      apply(splice, traces, [0, sent]);
      retries = 0;
    }
    if (queue.length === 0) return;
    // No taker: document.open() erased the listener; the isolated script adds it back on its next tick.
    if (!retryPending && retries < 120) {
      retryPending = true;
      retries += 1;
      apply(later, win, [() => { retryPending = false; try { flush(); } catch { /* retried on the next event */ } }, 500]);
    }
  };
  const hello = (): void => {
    if (connected) return;
    if (fire(HELLO_EVENT, '{"n":' + quote(nonce) + ',"self":' + quote(self) + '}')) {
      connected = true;
      apply(removeListener, doc, [READY_EVENT, onReady]);
      // The isolated world asks for the queue before it compares storage with what the hooks reported.
      apply(addListener, doc, [channel + PULL_SUFFIX, onPull]);
      if (!loading) flush();
    }
  };
  const onReady = (): void => {
    try { hello(); } catch { /* stay unconnected */ }
  };
  const onPull = (e: Event): void => {
    try {
      flush();
      if (queue.length === 0) e.preventDefault(); // the acknowledgement: nothing of ours is left behind
    } catch { /* not acknowledged: the isolated world skips its comparison this time */ }
  };
  const onLoaded = (): void => {
    // After this the page has run: a late READY may be the page fishing for the nonce.
    apply(removeListener, doc, [READY_EVENT, onReady]);
    apply(removeListener, doc, ['DOMContentLoaded', onLoaded]);
  };
  const flushSafe = (): void => {
    try { flush(); } catch { /* retried on the next event */ }
  };
  /** After the load event's handlers, not during them: the page's load time is what an audit must not change. */
  const onLoad = (): void => {
    loading = false;
    apply(later, win, [flushSafe, 0]);
  };
  try {
    if (loading) apply(addWindowListener, win, ['load', onLoad, { once: true }]);
    // Leaving before the load (or a page that never finishes): what is queued goes now, while the isolated script listens.
    apply(addWindowListener, win, ['pagehide', () => { loading = false; flushSafe(); }]);
  } catch { /* no load or pagehide listener: the one-second timer still sends */ }
  try {
    apply(addListener, doc, [READY_EVENT, onReady]);
    if (doc.readyState === 'loading') apply(addListener, doc, ['DOMContentLoaded', onLoaded]);
    else apply(later, win, [onLoaded, 0]);
    hello();
  } catch { /* no bridge: events stay queued */ }

  const microtask = win.queueMicrotask;
  let scheduled = false;
  let timerSet = false;
  const flushSoon = (): void => {
    scheduled = false;
    if (!loading) flushSafe();
  };
  const onTimer = (): void => {
    timerSet = false;
    flushSafe();
  };
  const send: Emit = (ev: HookEvent, trace?: Trace): void => {
    try {
      // A loop of thousands of writes sends full queues as it goes instead of dropping.
      if (queue.length >= MAX_QUEUE) flush();
      if (queue.length >= MAX_QUEUE) return; // no taker yet: dropped, the browser's own cookie events still stand
      traces[queue.length] = trace;
      queue[queue.length] = ev;
      if (loading) {
        // A slow page still reports as it goes, once a second at most.
        if (!timerSet) {
          timerSet = true;
          apply(later, win, [onTimer, LOADING_FLUSH_MS]);
        }
        return;
      }
      // One crossing per task, not per write: a page writing document.cookie in a loop pays for one crossing.
      if (!scheduled) {
        scheduled = true;
        if (typeof microtask === 'function') apply(microtask, win, [flushSoon]);
        else flushSoon();
      }
    } catch { /* dropped */ }
  };
  const touch = (kind: StorageKind): void => {
    try {
      if (connected) fire(channel, '{"v":1,"touch":' + quote(kind) + '}');
    } catch { /* the isolated world then compares against its own start */ }
  };
  const bridge: Bridge = send;
  bridge.touch = touch;
  return bridge;
}

function makeNonce(win: Win): string {
  const words = new Uint32Array(4);
  try {
    win.crypto.getRandomValues(words);
  } catch {
    for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 0x1_0000_0000);
  }
  let hex = '';
  for (let i = 0; i < words.length; i++) hex += (words[i] ?? 0).toString(16).padStart(8, '0');
  return hex;
}

export interface MainWorldListener {
  /** Re-adds the channel listener (idempotent): document.open() erases listeners. */
  refresh(): void;
  readonly connected: boolean;
  /**
   * Asks the main world to send what it has queued, synchronously. True when nothing of the main world's can still be on
   * its way (sent now, or no main world connected); false when the main world did not answer.
   */
  pull(): boolean;
}

/**
 * Isolated-world end of the bridge: accepts the first hello only, and only before the page could run
 * (until DOMContentLoaded, or until the end of this task in documents that are already parsed, such as about:blank).
 */
export function listenMainWorld(
  win: Window, onReport: (events: unknown[], self: string) => void, onTouch: (kind: StorageKind) => void = () => {},
): MainWorldListener {
  const doc = win.document;
  let nonce: string | null = null;
  let self = '';
  let open = true;

  const detailOf = (e: Event): string | undefined => {
    const d: unknown = Reflect.get(e, 'detail');
    return typeof d === 'string' && d.length <= MAX_DETAIL ? d : undefined;
  };
  const parse = (s: string | undefined): unknown => {
    if (s === undefined) return undefined;
    try { return JSON.parse(s); } catch { return undefined; }
  };
  const onEvents = (e: Event): void => {
    e.preventDefault(); // the acknowledgement: the main world keeps its queue until it sees this
    const msg = parse(detailOf(e));
    if (typeof msg !== 'object' || msg === null || !('v' in msg) || msg.v !== 1) return;
    if ('touch' in msg) {
      if (msg.touch === 'localStorage' || msg.touch === 'sessionStorage') {
        try { onTouch(msg.touch); } catch { /* the consumer's problem, not the page's */ }
      }
      return;
    }
    if (!('events' in msg) || !Array.isArray(msg.events)) return;
    const events: unknown[] = msg.events.slice(0, MAX_QUEUE);
    try { onReport(events, self); } catch { /* the consumer's problem, not the page's */ }
  };
  const onHello = (e: Event): void => {
    if (!open || nonce !== null) return;
    const msg = parse(detailOf(e));
    if (typeof msg !== 'object' || msg === null || !('n' in msg) || typeof msg.n !== 'string' || !NONCE.test(msg.n)) return;
    nonce = msg.n;
    self = 'self' in msg && typeof msg.self === 'string' ? msg.self.slice(0, MAX_URL) : '';
    e.preventDefault();
    doc.removeEventListener(HELLO_EVENT, onHello);
    doc.addEventListener(CHANNEL_PREFIX + nonce, onEvents);
  };
  const close = (): void => {
    open = false;
    doc.removeEventListener(HELLO_EVENT, onHello);
  };
  doc.addEventListener(HELLO_EVENT, onHello);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', close, { once: true });
  else setTimeout(close, 0);
  doc.dispatchEvent(new CustomEvent(READY_EVENT));
  return {
    refresh(): void {
      if (nonce !== null) doc.addEventListener(CHANNEL_PREFIX + nonce, onEvents);
    },
    get connected(): boolean {
      return nonce !== null;
    },
    pull(): boolean {
      if (nonce === null) return true;
      return !doc.dispatchEvent(new CustomEvent(CHANNEL_PREFIX + nonce + PULL_SUFFIX, { cancelable: true }));
    },
  };
}
