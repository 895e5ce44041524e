// Write hooks of the Cache API (`Cache.put`, `add`, `addAll`: the request URL) and of the origin private file system
// (`getFileHandle(name, { create: true })`: the file's name): first witnesses with the caller's stack. The content, and
// whatever a worker or a page past these hooks writes, is read by the isolated world's listing (stored-files-poll.ts).
import { MAX_NAME, MAX_URL, type Emit, type Trace } from './contract.ts';
import type { HookKit } from './hook-kit.ts';
import type { Intrinsics } from './intrinsics.ts';

type Win = Window & typeof globalThis;
/** URLs of one `addAll` reported at most. */
const MAX_ADD_ALL = 50;

export function installStoredFileHooks(
  win: Win,
  emit: Emit,
  trace: () => Trace | undefined,
  i: Intrinsics,
  kit: HookKit,
  resolveUrl: (u: unknown) => string | undefined,
): void {
  const { apply, isArray } = i;
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
  const report = (api: 'cacheStorage' | 'opfs', key: string, value: string): void => {
    emit({ k: 'page-storage', t: now(), api, key, value, valueLength: value.length }, trace());
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

  // A file made in the root is keyed by its name, one in a directory by `directory/name` (the listing's path for one
  // level down; deeper, the listing's full path is a second entry).
  hookMethod(win.FileSystemDirectoryHandle?.prototype, 'getFileHandle', (self, args) => {
    const name = text(arg(args, 0));
    if (name === undefined || own(arg(args, 1), 'create') !== true) return;
    let dir: string | undefined;
    try {
      dir = handleName ? text(apply(handleName, self, [])) : undefined;
    } catch {
      return; // not a directory handle: the call threw
    }
    report('opfs', cap(dir ? `${dir}/${name}` : name, MAX_NAME), '');
  });
}
