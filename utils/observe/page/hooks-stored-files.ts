// Write hooks of the Cache API (`Cache.put`, `add`, `addAll`: the request URL; `caches.open`: a cache's name) and of
// the origin private file system (`getFileHandle` and `getDirectoryHandle` with `{ create: true }`: the file's or
// folder's name; a writable stream's `write`: the file again, with the text written): first witnesses with the
// caller's stack. The content, and whatever a worker or a page past these hooks writes, is read by the isolated
// world's listing (stored-files-poll.ts).
import { MAX_NAME, MAX_URL, MAX_VALUE, type Emit, type Trace } from './contract.ts';
import type { HookKit } from './hook-kit.ts';
import type { Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;
/** URLs of one `addAll` reported at most; cache names whose first `open` in this document is reported. */
const MAX_ADD_ALL = 50;
const MAX_OPENED = 1000;

export function installStoredFileHooks(
  win: Win,
  emit: Emit,
  trace: () => Trace | undefined,
  i: Intrinsics,
  kit: HookKit,
  resolveUrl: (u: unknown) => string | undefined,
): void {
  const { apply, isArray, promiseThen, WeakMapCtor } = i;
  const { now, cap, text, arg, getter, own, hookMethod } = kit;
  const reqUrl = getter(win.Request?.prototype, 'url');
  const handleName = getter(win.FileSystemHandle?.prototype, 'name');
  /** A request as the Cache API takes it: a URL string or object, or a Request (its URL read by the native getter). */
  const urlOf = (input: unknown): string | undefined => {
    const url = resolveUrl(input);
    if (url !== undefined || typeof input !== 'object' || input === null || !reqUrl) return url;
    try {
      return text(apply(reqUrl, input, []));
    } catch {
      return undefined; // not a Request
    }
  };
  const report = (api: 'cacheStorage' | 'opfs', key: string, value: string, length = value.length): void => {
    emit({ k: 'page-storage', t: now(), api, key, value, valueLength: length }, trace());
  };
  const cached = (input: unknown): void => {
    const url = urlOf(input);
    if (url !== undefined) report('cacheStorage', cap(url, MAX_NAME), cap(url, MAX_URL));
  };

  const cacheProto = win.Cache?.prototype;
  hookMethod(cacheProto, 'put', (_self, args) => cached(arg(args, 0)));
  hookMethod(cacheProto, 'add', (_self, args) => cached(arg(args, 0)));
  hookMethod(cacheProto, 'addAll', (_self, args) => {
    const list = arg(args, 0);
    if (!isArray(list)) return; // another iterable would run page code a second time
    const n = own(list, 'length');
    for (let k = 0; typeof n === 'number' && k < n && k < MAX_ADD_ALL; k++) cached(own(list, String(k)));
  });

  // Each name's first `open` in this document: it makes the cache when there is none (a name can be the id itself); a
  // later one only reads it.
  const opened: Record<string, true> = Object.create(null) as Record<string, true>;
  let openedCount = 0;
  hookMethod(win.CacheStorage?.prototype, 'open', (_self, args) => {
    const name = text(arg(args, 0));
    if (name === undefined || opened[name] || openedCount >= MAX_OPENED) return;
    opened[name] = true;
    openedCount += 1;
    report('cacheStorage', cap(name, MAX_NAME), cap(name, MAX_NAME));
  });

  // Captured: the page may replace WeakMap.prototype's methods later.
  const mapGet = WeakMapCtor?.prototype.get;
  const mapSet = WeakMapCtor?.prototype.set;
  /** The key of a file handle made through the hook below, and of a writable stream made from one. */
  const keys = WeakMapCtor && new WeakMapCtor<object, string>();
  const remember = (result: unknown, key: string): void => {
    if (!keys || !mapSet || !promiseThen || typeof result !== 'object' || result === null) return;
    try {
      apply(promiseThen, result, [(h: unknown) => typeof h === 'object' && h && apply(mapSet, keys, [h, key]), null]);
    } catch {
      /* not a promise: the call threw */
    }
  };
  const keyOf = (o: unknown): string | undefined => {
    if (!keys || !mapGet || typeof o !== 'object' || o === null) return undefined;
    const k: unknown = apply(mapGet, keys, [o]);
    return typeof k === 'string' ? k : undefined;
  };
  /** `dir/name` under a named directory, `name` in the root: the listing's path one level down. */
  const created = (self: unknown, args: unknown[]): string | undefined => {
    const name = text(arg(args, 0));
    if (name === undefined || own(arg(args, 1), 'create') !== true) return undefined;
    try {
      const dir = keyOf(self) ?? (handleName ? text(apply(handleName, self, [])) : undefined);
      return cap(dir ? `${dir}/${name}` : name, MAX_NAME);
    } catch {
      return undefined; // not a directory handle: the call threw
    }
  };
  // A file made in the root is keyed by its name, one in a directory by `directory/name` (its path when the directory
  // came through these hooks too; otherwise the listing's full path may be a second entry).
  hookMethod(win.FileSystemDirectoryHandle?.prototype, 'getFileHandle', (self, args, result) => {
    const key = created(self, args);
    if (key === undefined) return;
    report('opfs', key, '');
    remember(result, key);
  });
  // A directory is a store of its own (its name can be the id): its path is its value.
  hookMethod(win.FileSystemDirectoryHandle?.prototype, 'getDirectoryHandle', (self, args, result) => {
    const key = created(self, args);
    if (key === undefined) return;
    report('opfs', key, key);
    remember(result, key);
  });
  // A write to a file already there: timed here, with the text written (other data: the listing reads the file).
  hookMethod(win.FileSystemFileHandle?.prototype, 'createWritable', (self, _args, result) => {
    let key = keyOf(self);
    try {
      key ??= handleName ? text(apply(handleName, self, [])) : undefined;
    } catch {
      return; // not a file handle: the call threw
    }
    if (key !== undefined) remember(result, key);
  });
  hookMethod(win.FileSystemWritableFileStream?.prototype, 'write', (self, args) => {
    const key = keyOf(self);
    if (key === undefined) return;
    const data = arg(args, 0);
    // A string, or `{ type: 'write', data }`; a seek or truncate writes nothing of its own.
    let written: string | undefined = typeof data === 'string' ? data : undefined;
    if (typeof data === 'object' && data !== null) {
      const type = own(data, 'type');
      if (type !== undefined && type !== 'write') return;
      const inner = own(data, 'data');
      if (typeof inner === 'string') written = inner;
    }
    report('opfs', key, written === undefined ? '' : cap(written, MAX_VALUE), written?.length);
  });
}
