// The write hooks (document.cookie, cookieStore, Storage.setItem,
// IndexedDB, sendBeacon, keepalive fetch): each successful call also reports
// what it wrote, with the caller's stack; the page sees the same behaviour as before.
import { MAX_NAME, MAX_RAW, MAX_URL, MAX_VALUE, type Bridge, type Trace } from './contract.ts';
import { disguiseFor, type Disguise } from './disguise.ts';
import { captureIntrinsics, type Intrinsics } from './intrinsics.ts';
import { makeTracer, type Tracer } from './tracer.ts';

type Win = Window & typeof globalThis;
type Fn = (...args: never[]) => unknown;
const isFn = (x: unknown): x is Fn => typeof x === 'function';

/** Wrap the write APIs so that each successful call also reports what it wrote; the page sees no difference. */
export function installHooks(
  win: Win,
  emit: Bridge,
  tracer?: Tracer,
  i: Intrinsics = captureIntrinsics(win),
  disguise: Disguise = disguiseFor(win, i),
): void {
  const { apply, getDesc, defineProp, getProto, setProto, ProxyCtor, DateCtor, dateNow, StringCtor, strSlice } = i;
  const tracerOf = tracer ?? makeTracer(win, i);
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
    } catch {
      /* not available */
    }
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
    if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
      return StringCtor(v);
    return undefined;
  };
  const arg = (args: ArrayLike<unknown>, i: number): unknown => (i < args.length ? args[i] : undefined);
  const trace = (): Trace | undefined => tracerOf.capture();
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
      try {
        return apply(g, data, []);
      } catch {
        /* not this type */
      }
    }
    if (paramsToString) {
      try {
        return utf8Length(apply(paramsToString, data, []));
      } catch {
        /* not URLSearchParams */
      }
    }
    return -1; // FormData and the like: the size is not known without serialising
  };
  const resolveUrl = (u: unknown): string | undefined => {
    let s = text(u);
    if (s === undefined && urlHref) {
      try {
        s = apply(urlHref, u, []);
      } catch {
        /* not a URL object */
      }
    }
    if (s === undefined || !URLCtor || !urlHref) return undefined;
    let base: unknown;
    try {
      base = baseUri ? apply(baseUri, doc, []) : undefined;
    } catch {
      /* keep undefined */
    }
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
      try {
        storages.local = readLocal();
      } catch {
        /* no localStorage here */
      }
      try {
        storages.session = readSession();
      } catch {
        /* no sessionStorage here */
      }
    }
    if (self === null || self === undefined) return undefined;
    return self === storages.local ? 'localStorage' : self === storages.session ? 'sessionStorage' : undefined;
  };
  /** Proxies keep name, length and `this`, the disguise the original's toString; its exceptions pass untouched. */
  const wrap = (orig: Fn, after: (self: unknown, args: unknown[], result: unknown) => void): Fn => {
    const handler: ProxyHandler<Fn> = {
      apply(target, self: unknown, args: unknown[]): unknown {
        const result: unknown = apply(target, self, args);
        try {
          after(self, args, result);
        } catch {
          /* reporting must never break the page */
        }
        return result;
      },
    };
    setProto(handler, null); // a trap inherited from a polluted Object.prototype must not become ours
    const proxy = new ProxyCtor(orig, handler);
    disguise.register(proxy, orig);
    return proxy;
  };
  const hookMethod = (
    owner: object | undefined,
    name: string,
    after: (self: unknown, args: unknown[], result: unknown) => void,
  ): void => {
    try {
      const d = owner ? getDesc(owner, name) : undefined;
      const orig: unknown = d?.value;
      if (!owner || !d || !isFn(orig) || !d.configurable) return;
      defineProp(owner, name, {
        value: wrap(orig, after),
        writable: d.writable,
        enumerable: d.enumerable,
        configurable: true,
      });
    } catch {
      /* leave this API unhooked */
    }
  };

  // document.cookie: only the setter is wrapped; the getter stays the original.
  try {
    const owner = findOwner(doc, 'cookie');
    const d = owner ? getDesc(owner, 'cookie') : undefined;
    if (owner && d?.set && d.configurable) {
      // Every write takes the caller's stack (captured now, formatted at the crossing): a first-party write of a name
      // must not lend its attribution to a tracker's later writes of the same name.
      const set = wrap(d.set, (_self, args) => {
        const raw = text(arg(args, 0));
        if (raw !== undefined)
          emit({ k: 'page-cookie', t: now(), api: 'document.cookie', raw: cap(raw, MAX_RAW) }, trace());
      });
      defineProp(owner, 'cookie', { get: d.get, set, enumerable: d.enumerable, configurable: true });
    }
  } catch {
    /* leave document.cookie unhooked */
  }

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
    emit(
      {
        k: 'page-cookie',
        t: now(),
        api: 'cookieStore',
        name: cap(name, MAX_NAME),
        value: cap(value, MAX_VALUE),
        raw: cap(name + '=' + value, MAX_RAW),
      },
      trace(),
    );
  });

  hookMethod(win.Storage?.prototype, 'setItem', (self, args) => {
    const api = storageOf(self);
    const key = text(arg(args, 0));
    const value = text(arg(args, 1));
    if (!api || key === undefined || value === undefined) return;
    emit(
      {
        k: 'page-storage',
        t: now(),
        api,
        key: cap(key, MAX_NAME),
        value: cap(value, MAX_VALUE),
        valueLength: value.length,
      },
      trace(),
    );
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
          try {
            defineProp(owner, kind, d);
          } catch {
            /* keep the wrapper: it only calls the original from now on */
          }
        });
        defineProp(owner, kind, { get: first, set: d.set, enumerable: d.enumerable, configurable: true });
      } catch {
        /* unwatched: the isolated world takes its baseline at its own start */
      }
    }
  }

  hookMethod(win.IDBFactory?.prototype, 'open', (_self, args) => {
    const name = text(arg(args, 0));
    if (name === undefined) return;
    emit(
      { k: 'page-storage', t: now(), api: 'indexedDB', key: cap(name, MAX_NAME), value: '', valueLength: 0 },
      trace(),
    );
  });

  hookMethod(findOwner(win.navigator, 'sendBeacon'), 'sendBeacon', (_self, args, result) => {
    if (result !== true) return; // refused by the browser: nothing was sent
    const url = resolveUrl(arg(args, 0));
    if (url === undefined) return;
    emit({ k: 'page-beacon', t: now(), url, bytes: bodySize(arg(args, 1)) }, trace());
  });

  // fetch outlives the page with keepalive (a Request's own, or init's), as a beacon; so may one sent while hidden.
  const reqUrl = getter(win.Request?.prototype, 'url');
  const reqKeep = getter(win.Request?.prototype, 'keepalive');
  const visibility = getter(doc, 'visibilityState');
  /** An own data property only: a getter or an inherited one would run (or be chosen by) page code. */
  const own = (o: unknown, k: string): unknown => (typeof o === 'object' && o ? getDesc(o, k)?.value : undefined);
  hookMethod(findOwner(win, 'fetch'), 'fetch', (_self, args) => {
    const input = arg(args, 0);
    const init = arg(args, 1);
    const native = (g: Fn | undefined): unknown => (g && typeof input === 'object' ? apply(g, input, []) : undefined);
    let keep = own(init, 'keepalive') === true;
    let url = resolveUrl(input);
    if (url === undefined) {
      url = resolveUrl(native(reqUrl)); // throws for anything but a Request: nothing to report
      keep ||= own(init, 'keepalive') === undefined && native(reqKeep) === true;
    }
    const body = own(init, 'body');
    const hidden = body !== undefined && body !== null && visibility && apply(visibility, doc, []) === 'hidden';
    if (url !== undefined && (keep || hidden))
      emit({ k: 'page-beacon', t: now(), url, bytes: bodySize(body), api: 'fetch' }, trace());
  });
}
