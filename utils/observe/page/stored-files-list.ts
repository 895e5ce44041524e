// What the isolated world lists for stored-files-poll.ts: its origin's caches by name and their entries
// (`caches.keys()`, then each cache's requests), and its OPFS directories and files
// (`navigator.storage.getDirectory()`), bounded; content is read only when asked.
import type { ListedFile, Listing, StoredFileKind } from './stored-files-poll.ts';

/**
 * Names listed at most per kind (a flood of harmless entries must not hide a later one: every name up to this bound is
 * compared), caches opened, directory levels walked, OPFS files whose size and time are read per listing (the others
 * in turn, at the next listings), and characters read of a body or file.
 */
export const MAX_NAMES = 5000;
export const MAX_CACHES = 100;
export const MAX_DEPTH = 4;
export const MAX_CHECKS = 500;
export const HEAD_CHARS = 1024;
const MAX_HEADERS = 512;

/** The part of `caches` the listing uses (a test hands in its own). */
export interface CacheLister {
  keys(): Promise<string[]>;
  open(name: string): Promise<{
    keys(): Promise<ReadonlyArray<Request>>;
    match(req: Request): Promise<Response | undefined>;
  }>;
}

/** The part of an OPFS directory handle the listing uses (`values()` of FileSystemDirectoryHandle). */
export interface DirLister {
  values(): { next(): Promise<IteratorResult<{ kind: string; name: string }, unknown>> };
}
type FileEntry = { getFile(): Promise<Blob & { lastModified: number }> };
const isDir = (h: object): h is DirLister => 'values' in h && typeof h.values === 'function';
const isFile = (h: object): h is FileEntry => 'getFile' in h && typeof h.getFile === 'function';

const HEAD_BYTES = HEAD_CHARS * 4;
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes).slice(0, HEAD_CHARS);

/** The first characters of a file (a slice: the rest is never read). */
async function head(blob: Blob): Promise<string> {
  return text(new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer()));
}

/** The first characters of a response body, read as a stream and cancelled there: a page can cache a huge one. */
async function bodyHead(res: Response): Promise<{ text: string; bytes: number }> {
  const reader = res.body?.getReader();
  if (!reader) return { text: '', bytes: 0 };
  const buf = new Uint8Array(HEAD_BYTES);
  let n = 0;
  let more = true;
  while (n < HEAD_BYTES) {
    const { done, value } = await reader.read();
    if (done) {
      more = false;
      break;
    }
    const take = value.subarray(0, HEAD_BYTES - n);
    buf.set(take, n);
    n += take.length;
    if (take.length < value.length) break;
  }
  if (more) void reader.cancel().catch(() => {});
  const declared = Number(res.headers.get('content-length'));
  return { text: text(buf.subarray(0, n)), bytes: Number.isSafeInteger(declared) && declared > n ? declared : n };
}

/** A cached response as a storage value: the request URL, its headers and the first part of its body. */
async function cachedValue(url: string, res: Response | undefined): Promise<{ value: string; valueLength: number }> {
  if (!res) return { value: url, valueLength: url.length };
  const headers: string[] = [];
  res.headers.forEach((v, k) => headers.push(`${k}: ${v}`));
  const body = await bodyHead(res);
  const value = `${url}\n${headers.join('\n').slice(0, MAX_HEADERS)}\n\n${body.text}`;
  return { value, valueLength: Math.max(value.length, url.length + body.bytes) };
}

/** A cache or directory as a store of its own: its name is the value (an empty one named by an id is that id). */
const named = (api: StoredFileKind, key: string): ListedFile => ({
  api,
  key,
  sig: 'name',
  read: () => Promise.resolve({ value: key, valueLength: key.length }),
});

export async function listCaches(caches: CacheLister): Promise<Listing> {
  const entries: ListedFile[] = [];
  const names = await caches.keys();
  let cut = names.length > MAX_CACHES;
  for (const name of names.slice(0, MAX_CACHES)) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      if (entries.length >= MAX_NAMES) {
        cut = true;
        break;
      }
      const url = req.url;
      // The same URL in two caches is one entry: which cache holds it is not what identifies the visitor.
      entries.push({
        api: 'cacheStorage',
        key: url,
        sig: name,
        read: async () => cachedValue(url, await cache.match(req)),
      });
    }
  }
  // After the entries: a cache named like one of its URLs is that entry, whose value holds the URL (the name) already.
  for (const name of names.slice(0, MAX_NAMES)) entries.push(named('cacheStorage', name));
  return { entries, cut: cut ? ['cacheStorage'] : [], failed: [] };
}

/**
 * OPFS directories and files by path (`dir/name`), every name up to MAX_NAMES; a file's size and modification time
 * (which tell when to read it again) for MAX_CHECKS files a listing, from `from` on: the caller passes the returned
 * `next` to the following listing, so that every file is checked in turn however many there are.
 */
export async function listFiles(root: DirLister, from = 0): Promise<Listing & { next: number }> {
  const entries: ListedFile[] = [];
  let files = 0;
  let cut = false;
  const walk = async (dir: DirLister, prefix: string, depth: number): Promise<void> => {
    // next() by hand: Firefox's content script sees the handle's iterator through an Xray without Symbol.asyncIterator.
    const it = dir.values();
    for (let r = await it.next(); !r.done; r = await it.next()) {
      if (entries.length >= MAX_NAMES) {
        cut = true;
        return;
      }
      const handle = r.value;
      const path = prefix + handle.name;
      if (handle.kind === 'directory' && isDir(handle)) {
        entries.push(named('opfs', path));
        // A level not walked may hold files: said as a cut, as a flood past MAX_NAMES is.
        if (depth < MAX_DEPTH) await walk(handle, path + '/', depth + 1);
        else cut = true;
        continue;
      }
      if (!isFile(handle)) continue;
      const index = files++;
      if (index < from || index >= from + MAX_CHECKS) {
        // Not checked this time: its name says whether it is new; reading a new one asks for the file then.
        entries.push({ api: 'opfs', key: path, read: async () => fileContent(await handle.getFile()) });
        continue;
      }
      // A file open in a worker's sync access handle cannot be read: its name is listed all the same.
      const file = await handle.getFile().catch(() => undefined);
      entries.push({
        api: 'opfs',
        key: path,
        sig: file ? `${file.size}:${file.lastModified}` : 'locked',
        writtenAt: file?.lastModified,
        read: () => Promise.resolve(file ? fileContent(file) : { value: '', valueLength: 0 }),
      });
    }
  };
  await walk(root, '', 0);
  return { entries, cut: cut ? ['opfs'] : [], failed: [], next: from + MAX_CHECKS < files ? from + MAX_CHECKS : 0 };
}

async function fileContent(file: Blob): Promise<{ value: string; valueLength: number }> {
  return { value: await head(file), valueLength: file.size };
}

/** Both listings; a kind this context does not have (no secure context, OPFS refused) adds nothing. */
export function storedFilesLister(
  caches: CacheLister | undefined,
  root: (() => Promise<DirLister>) | undefined,
): (() => Promise<Listing>) | undefined {
  if (!caches && !root) return undefined;
  let from = 0;
  const none: Listing = { entries: [], cut: [], failed: [] };
  // A listing that failed this time says so: what it listed before is kept, not taken for removed (and new after).
  const failed = (api: StoredFileKind): Listing => ({ ...none, failed: [api] });
  return async () => {
    const [a, b] = await Promise.all([
      caches ? listCaches(caches).catch(() => failed('cacheStorage')) : none,
      root
        ? root()
            .then((dir) => listFiles(dir, from))
            .then((l) => {
              from = l.next;
              return l;
            })
            .catch(() => failed('opfs'))
        : none,
    ]);
    return { entries: [...a.entries, ...b.entries], cut: [...a.cut, ...b.cut], failed: [...a.failed, ...b.failed] };
  };
}
