// What the isolated world lists for stored-files-poll.ts: its origin's Cache API entries (`caches.keys()`, then each
// cache's requests) and its OPFS files (`navigator.storage.getDirectory()`), bounded; content is read only when asked.
import type { ListedFile } from './stored-files-poll.ts';

/** Entries listed at most per kind, directory levels walked, and characters read of a body or file. */
export const MAX_ENTRIES = 500;
export const MAX_DEPTH = 4;
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

export async function listCaches(caches: CacheLister): Promise<ListedFile[]> {
  const out: ListedFile[] = [];
  for (const name of await caches.keys()) {
    if (out.length >= MAX_ENTRIES) break;
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      if (out.length >= MAX_ENTRIES) break;
      const url = req.url;
      // The same URL in two caches is one entry: which cache holds it is not what identifies the visitor.
      out.push({
        api: 'cacheStorage',
        key: url,
        sig: name,
        read: async () => cachedValue(url, await cache.match(req)),
      });
    }
  }
  return out;
}

/** OPFS files by path (`dir/name`); a file's size and modification time tell when to read it again. */
export async function listFiles(root: DirLister): Promise<ListedFile[]> {
  const out: ListedFile[] = [];
  const walk = async (dir: DirLister, prefix: string, depth: number): Promise<void> => {
    // next() by hand: Firefox's content script sees the handle's iterator through an Xray without Symbol.asyncIterator.
    const it = dir.values();
    for (let r = await it.next(); !r.done; r = await it.next()) {
      if (out.length >= MAX_ENTRIES) return;
      const handle = r.value;
      const path = prefix + handle.name;
      if (handle.kind === 'directory' && isDir(handle)) {
        if (depth < MAX_DEPTH) await walk(handle, path + '/', depth + 1);
        continue;
      }
      if (!isFile(handle)) continue;
      // A file open in a worker's sync access handle cannot be read: its name is listed all the same.
      const file = await handle.getFile().catch(() => undefined);
      out.push({
        api: 'opfs',
        key: path,
        sig: file ? `${file.size}:${file.lastModified}` : 'locked',
        writtenAt: file?.lastModified,
        read: async () => (file ? { value: await head(file), valueLength: file.size } : { value: '', valueLength: 0 }),
      });
    }
  };
  await walk(root, '', 0);
  return out;
}

/** Both listings; a kind this context does not have (no secure context, OPFS refused) adds nothing. */
export function storedFilesLister(
  caches: CacheLister | undefined,
  root: (() => Promise<DirLister>) | undefined,
): (() => Promise<ListedFile[]>) | undefined {
  if (!caches && !root) return undefined;
  return async () => {
    const [a, b] = await Promise.all([
      caches ? listCaches(caches).catch(() => []) : [],
      root
        ? root()
            .then(listFiles)
            .catch(() => [])
        : [],
    ]);
    return [...a, ...b];
  };
}
