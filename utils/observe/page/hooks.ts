// The write hooks (document.cookie, cookieStore, Storage.setItem, sendBeacon, keepalive fetch; IndexedDB in
// hooks-indexeddb.ts; the Cache API and OPFS in hooks-stored-files.ts; Blob bodies in blob-bodies.ts; WebRTC's ICE
// servers in hooks-webrtc.ts): each successful call also reports what it wrote, with the caller's stack; the page sees
// the same behaviour as before.
import { makeBlobBodies } from './blob-bodies.ts';
import { MAX_NAME, MAX_RAW, MAX_VALUE, type Bridge, type Trace } from './contract.ts';
import { disguiseFor, type Disguise } from './disguise.ts';
import { makeHookKit, type Fn } from './hook-kit.ts';
import { installIndexedDbHooks } from './hooks-indexeddb.ts';
import { installStoredFileHooks } from './hooks-stored-files.ts';
import { installWebRtcHooks } from './hooks-webrtc.ts';
import { captureIntrinsics, type Intrinsics } from './intrinsics.ts';
import { makePageMeasure } from './page-measure.ts';
import { makeTracer, type Tracer } from './tracer.ts';

type Win = Window & typeof globalThis;

/** Wrap the write APIs so that each successful call also reports what it wrote; the page sees no difference. */
export function installHooks(
  win: Win,
  emit: Bridge,
  tracer?: Tracer,
  i: Intrinsics = captureIntrinsics(win),
  disguise: Disguise = disguiseFor(win, i),
): void {
  const { apply, getDesc, defineProp } = i;
  const tracerOf = tracer ?? makeTracer(win, i);
  const kit = makeHookKit(win, i, disguise);
  const { now, cap, text, arg, getter, findOwner, own, wrap, hookMethod } = kit;
  const { bodySize, resolveUrl } = makePageMeasure(win, i, kit);
  const doc = win.document;
  const trace = (): Trace | undefined => tracerOf.capture(kit.below);
  const blobs = makeBlobBodies(win, i, kit, emit);
  blobs.hookXhr(resolveUrl);

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

  installIndexedDbHooks(win, emit, trace, i, kit);

  hookMethod(findOwner(win.navigator, 'sendBeacon'), 'sendBeacon', (_self, args, result) => {
    if (result !== true) return; // refused by the browser: nothing was sent
    const url = resolveUrl(arg(args, 0));
    if (url === undefined) return;
    const t = now();
    emit({ k: 'page-beacon', t, url, bytes: bodySize(arg(args, 1)) }, trace());
    blobs.read(url, arg(args, 1), 'sendBeacon', t);
  });

  // fetch outlives the page with keepalive (a Request's own, or init's), as a beacon; so may one sent while hidden.
  const reqUrl = getter(win.Request?.prototype, 'url');
  const reqKeep = getter(win.Request?.prototype, 'keepalive');
  const visibility = getter(doc, 'visibilityState');
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
    if (url !== undefined) blobs.read(url, body, 'fetch', now());
  });

  installStoredFileHooks(win, emit, trace, i, kit, resolveUrl);
  installWebRtcHooks(win, emit, (below) => tracerOf.capture(below), i, kit, disguise);
}
